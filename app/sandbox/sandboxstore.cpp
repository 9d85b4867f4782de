#include "sandboxstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <optional>

namespace hci {

namespace {

Q_LOGGING_CATEGORY(lcStore, "hci.sandbox.store", QtInfoMsg)

// Each resource is a whole documented answer; the defaults are its `data`.
ImageMap loadDocumentedDefaults(const QString &resource)
{
    ImageMap images;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStore) << "cannot open" << resource;
        return images;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcStore) << "not a JSON object:" << resource << error.errorString();
        return images;
    }
    const QJsonObject data = document.object().value(QLatin1String("data")).toObject();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (it.value().isString())
            images.insert(it.key(), it.value().toString());
    }
    return images;
}

// The tag of an image reference, without a digest; empty when there is none.
QString tagOf(const QString &image)
{
    QString reference = image;
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    if (at >= 0)
        reference.truncate(at);
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || colon < reference.lastIndexOf(QLatin1Char('/')))
        return {};
    return reference.mid(colon + 1);
}

// The major number of an x.y.z tag; rootless variants count as their plain version.
std::optional<int> majorVersion(const QString &image)
{
    static const QRegularExpression version(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)$"));
    QString tag = tagOf(image);
    if (tag.startsWith(QLatin1String("rootless-")))
        tag.remove(0, 9);
    if (tag.endsWith(QLatin1String("-rootless")))
        tag.chop(9);
    const QRegularExpressionMatch match = version.match(tag);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int major = match.captured(1).toInt(&ok);
    return ok ? std::optional<int>(major) : std::nullopt;
}

QString defaultsSlot(Module module, Infra infra)
{
    return moduleId(module) % QLatin1Char('/') % infraId(infra);
}

QString deprecatedSlot(const QString &account, Module module)
{
    return account % QLatin1Char('/') % moduleId(module);
}

} // namespace

SandboxStore::SandboxStore()
{
    const ImageMap k8 = loadDocumentedDefaults(QStringLiteral(":/sandbox/k8-default-config.json"));
    const ImageMap vm = loadDocumentedDefaults(QStringLiteral(":/sandbox/vm-default-config.json"));
    // The documentation shows one set of defaults; IaCM and IDP answer with the same images.
    for (Module module : allModules()) {
        m_defaults.insert(defaultsSlot(module, Infra::K8), k8);
        m_defaults.insert(defaultsSlot(module, Infra::Vm), vm);
    }
}

QString SandboxStore::slot(const QString &account, Module module, Infra infra)
{
    return account % QLatin1Char('/') % moduleId(module) % QLatin1Char('/') % infraId(infra);
}

ImageMap SandboxStore::defaults(Module module, Infra infra) const
{
    return m_defaults.value(defaultsSlot(module, infra));
}

void SandboxStore::setDefaults(Module module, Infra infra, const ImageMap &defaults)
{
    m_defaults.insert(defaultsSlot(module, infra), defaults);
}

bool SandboxStore::hasField(Module module, Infra infra, const QString &field) const
{
    return m_defaults.value(defaultsSlot(module, infra)).contains(field);
}

ImageMap SandboxStore::overrides(const QString &account, Module module, Infra infra) const
{
    return m_overrides.value(slot(account, module, infra));
}

ImageMap SandboxStore::merged(const QString &account, Module module, Infra infra) const
{
    ImageMap images = defaults(module, infra);
    const ImageMap own = overrides(account, module, infra);
    for (auto it = own.constBegin(); it != own.constEnd(); ++it)
        images.insert(it.key(), it.value());
    return images;
}

ImageMap SandboxStore::deprecated(const QString &account, Module module) const
{
    ImageMap result;
    for (Infra infra : allInfras()) {
        const ImageMap base = defaults(module, infra);
        const ImageMap own = overrides(account, module, infra);
        for (auto it = own.constBegin(); it != own.constEnd(); ++it) {
            if (result.contains(it.key()))
                continue; // K8 was looked at first; one entry per field is enough
            const std::optional<int> current = majorVersion(base.value(it.key()));
            const std::optional<int> chosen = majorVersion(it.value());
            if (current && chosen && *chosen < *current)
                result.insert(it.key(), it.value());
        }
    }
    const ImageMap marked = m_deprecated.value(deprecatedSlot(account, module));
    for (auto it = marked.constBegin(); it != marked.constEnd(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

void SandboxStore::setDeprecated(const QString &account, Module module, const ImageMap &images)
{
    m_deprecated.insert(deprecatedSlot(account, module), images);
}

bool SandboxStore::update(
    const QString &account, Module module, Infra infra, const QList<Update> &updates, QString *failure)
{
    // Check everything before touching anything: the server saves all of the list or none of it.
    for (const Update &update : updates) {
        if (!hasField(module, infra, update.field)) {
            if (failure) {
                *failure
                    = QStringLiteral("Field %1 does not exist for infra type: %2").arg(update.field, infraId(infra));
            }
            return false;
        }
    }
    ImageMap &own = m_overrides[slot(account, module, infra)];
    for (const Update &update : updates) {
        if (update.hasValue)
            own.insert(update.field, update.value);
        else
            own.remove(update.field);
    }
    return true;
}

bool SandboxStore::reset(
    const QString &account, Module module, Infra infra, const QStringList &fields, QString *failure)
{
    QList<Update> updates;
    updates.reserve(fields.size());
    for (const QString &field : fields)
        updates.append(Update { field, false, QString() });
    return update(account, module, infra, updates, failure);
}

void SandboxStore::clearOverrides()
{
    m_overrides.clear();
    m_deprecated.clear();
}

void SandboxStore::seedDemoOverrides(const QString &account)
{
    const QList<Update> demo{
        {QStringLiteral("liteEngineTag"), true, QStringLiteral("harness/ci-lite-engine:1.16.80")},
        {QStringLiteral("gitCloneTag"), true, QStringLiteral("registry.example.com/harness/drone-git:1.6.9-rootless")},
        {QStringLiteral("buildAndPushDockerRegistryTag"), true, QStringLiteral("plugins/kaniko:0.9.2")},
        {QStringLiteral("s3UploadTag"), true, QStringLiteral("plugins/s3:1.5.3")},
    };
    QString failure;
    const bool saved = update(account, Module::Ci, Infra::K8, demo, &failure);
    Q_ASSERT_X(saved, "seedDemoOverrides", qPrintable(failure));
    Q_UNUSED(saved)
}

} // namespace hci
