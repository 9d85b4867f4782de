#include "listing.h"

#include "core/fieldcatalog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace hci::cli {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString groupId(FieldGroup group)
{
    switch (group) {
    case FieldGroup::CiCore: return QStringLiteral("ci-core");
    case FieldGroup::BuildAndPush: return QStringLiteral("build-and-push");
    case FieldGroup::Buildx: return QStringLiteral("buildx");
    case FieldGroup::UploadAndCache: return QStringLiteral("upload-and-cache");
    case FieldGroup::Security: return QStringLiteral("security");
    case FieldGroup::Iacm: return QStringLiteral("iacm");
    case FieldGroup::Idp: return QStringLiteral("idp");
    case FieldGroup::Other: break;
    }
    return QStringLiteral("other");
}

} // namespace

QString Listing::stateId(FieldState state)
{
    switch (state) {
    case FieldState::DefaultOnly: return QStringLiteral("default");
    case FieldState::Overridden: return QStringLiteral("overridden");
    case FieldState::SameAsDefault: return QStringLiteral("same-as-default");
    case FieldState::Behind: return QStringLiteral("behind");
    case FieldState::Ahead: return QStringLiteral("ahead");
    case FieldState::Deprecated: return QStringLiteral("deprecated");
    case FieldState::OverrideOnly: return QStringLiteral("override-only");
    case FieldState::Edited: return QStringLiteral("edited");
    case FieldState::ResetQueued: return QStringLiteral("reset-queued");
    case FieldState::Unsupported: return QStringLiteral("unsupported");
    case FieldState::EmptyOverride: return QStringLiteral("empty-override");
    case FieldState::ReadOnly: return QStringLiteral("read-only");
    }
    return QStringLiteral("overridden");
}

QString Listing::stateText(FieldState state)
{
    switch (state) {
    case FieldState::DefaultOnly: return tr("default");
    case FieldState::Overridden: return tr("overridden");
    case FieldState::SameAsDefault: return tr("same as default");
    case FieldState::Behind: return tr("behind the default");
    case FieldState::Ahead: return tr("ahead of the default");
    case FieldState::Deprecated: return tr("deprecated");
    case FieldState::OverrideOnly: return tr("override only");
    case FieldState::Edited: return tr("edited");
    case FieldState::ResetQueued: return tr("reset queued");
    case FieldState::Unsupported: return tr("unsupported release");
    case FieldState::EmptyOverride: return tr("default (empty override stored)");
    case FieldState::ReadOnly: return tr("read-only");
    }
    return tr("overridden");
}

QString Listing::alignedColumns(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.isEmpty() ? 0 : rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths.value(column) + 2);
        }
        text += line + u'\n';
    }
    return text;
}

QString Listing::table(const QList<FieldComparison> &fields)
{
    const QString none = QStringLiteral("-");
    QList<QStringList> rows;
    rows.append({ tr("FIELD"), tr("STATE"), tr("DEFAULT"), tr("OVERRIDE") });
    for (const FieldComparison &field : fields) {
        rows.append({ field.field, stateText(field.state), field.defaultValue.isEmpty() ? none : field.defaultValue,
            field.overridden ? field.overrideValue : none });
    }
    return alignedColumns(rows);
}

QJsonArray Listing::json(const QList<FieldComparison> &fields)
{
    QJsonArray array;
    for (const FieldComparison &field : fields) {
        QJsonObject object;
        object.insert(QStringLiteral("field"), field.field);
        object.insert(QStringLiteral("group"), groupId(FieldCatalog::info(field.field).group));
        object.insert(QStringLiteral("default"), stringOrNull(field.defaultValue));
        object.insert(QStringLiteral("override"), field.overridden ? QJsonValue(field.overrideValue) : QJsonValue());
        object.insert(QStringLiteral("effective"), stringOrNull(field.effectiveValue()));
        object.insert(QStringLiteral("state"), stateId(field.state));
        object.insert(QStringLiteral("deprecated"), field.deprecated);
        array.append(object);
    }
    return array;
}

} // namespace hci::cli
