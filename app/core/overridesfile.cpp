#include "overridesfile.h"

#include "core/imagereference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hci {

QString OverridesFile::formatId()
{
    return QStringLiteral("harness-ci-images.overrides/1");
}

QByteArray OverridesFile::toJson() const
{
    QJsonArray scopeArray;
    for (const ScopeOverrides &scope : scopes) {
        QJsonObject overrides;
        for (auto it = scope.overrides.cbegin(); it != scope.overrides.cend(); ++it)
            overrides.insert(it.key(), it.value());
        scopeArray.append(QJsonObject {
            { QStringLiteral("module"), moduleId(scope.module) },
            { QStringLiteral("infra"), infraId(scope.infra) },
            { QStringLiteral("overrides"), overrides },
        });
    }
    const QJsonObject root {
        { QStringLiteral("format"), formatId() },
        { QStringLiteral("account"), account },
        { QStringLiteral("exported"), exported.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("scopes"), scopeArray },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<OverridesFile> OverridesFile::fromJson(const QByteArray &json, QStringList *problems)
{
    QStringList found;
    const auto fail = [&found, problems]() -> std::optional<OverridesFile> {
        if (problems)
            *problems = found;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        found.append(tr("It is not JSON: %1 at character %2.").arg(parseError.errorString()).arg(parseError.offset));
        return fail();
    }
    if (!document.isObject()) {
        found.append(tr("It is not a JSON object."));
        return fail();
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != formatId()) {
        found.append(format.isUndefined()
                ? tr("It names no format; an exported file says \"format\": \"%1\".").arg(formatId())
                : tr("Its format is \"%1\", not \"%2\".").arg(format.toVariant().toString(), formatId()));
        return fail();
    }

    OverridesFile file;
    file.account = root.value(QStringLiteral("account")).toString();
    file.exported = QDateTime::fromString(root.value(QStringLiteral("exported")).toString(), Qt::ISODate);
    const QJsonValue scopesValue = root.value(QStringLiteral("scopes"));
    if (!scopesValue.isArray()) {
        found.append(tr("It has no \"scopes\" array."));
        return fail();
    }

    QSet<QString> seen;
    const QJsonArray scopes = scopesValue.toArray();
    for (qsizetype index = 0; index < scopes.size(); ++index) {
        const QString where = tr("scope %1").arg(index + 1);
        const QJsonObject scopeObject = scopes.at(index).toObject();
        const std::optional<Module> module = moduleFromId(scopeObject.value(QStringLiteral("module")).toString());
        const std::optional<Infra> infra = infraFromId(scopeObject.value(QStringLiteral("infra")).toString());
        if (!scopes.at(index).isObject() || !module || !infra) {
            found.append(tr("%1: needs \"module\" (ci, iacm or idp) and \"infra\" (K8 or VM).").arg(where));
            continue;
        }
        const QString name = moduleId(*module) + u'/' + infraId(*infra);
        if (seen.contains(name)) {
            found.append(tr("%1: %2 is in the file twice.").arg(where, name));
            continue;
        }
        seen.insert(name);
        const QJsonValue overridesValue = scopeObject.value(QStringLiteral("overrides"));
        if (!overridesValue.isObject()) {
            found.append(tr("%1 (%2): \"overrides\" is not an object of field names and images.").arg(where, name));
            continue;
        }
        ScopeOverrides scope { *module, *infra, {} };
        const QJsonObject overrides = overridesValue.toObject();
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
                found.append(tr("%1: %2 is not an image reference.").arg(name, it.key()));
                continue;
            }
            const QString value = it.value().toString().trimmed();
            const ImageReference reference = ImageReference::parse(value);
            if (!reference.isValid()) {
                found.append(tr("%1: %2 = \"%3\": %4").arg(name, it.key(), value, reference.errorString()));
                continue;
            }
            scope.overrides.insert(it.key(), value);
        }
        file.scopes.append(scope);
    }
    if (!found.isEmpty())
        return fail();
    return file;
}

} // namespace hci
