#include "comparemodel.h"

#include "core/configdocument.h"
#include "core/fieldcatalog.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace hci {

namespace {

// The override that counts on a side: a blank one is none, and a field the side does not list has none.
QString countedOverride(const ConfigDocument *document, const QString &field)
{
    if (!document || !document->hasSnapshot() || !document->snapshot().fields().contains(field))
        return {};
    const FieldComparison row = document->snapshot().compare(field);
    return row.overridden ? row.overrideValue : QString();
}

} // namespace

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareModel::setDocuments(const ConfigDocument *here, const ConfigDocument *there)
{
    for (const ConfigDocument *old : {m_here.data(), m_there.data()}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_here = here;
    m_there = there;
    for (const ConfigDocument *document : {here, there}) {
        if (!document)
            continue;
        connect(document, &ConfigDocument::snapshotChanged, this, &CompareModel::rebuild);
        connect(document, &ConfigDocument::fieldChanged, this, &CompareModel::fieldChanged);
        connect(document, &QObject::destroyed, this, &CompareModel::rebuild, Qt::QueuedConnection);
    }
    rebuild();
}

void CompareModel::setSideNames(const QString &here, const QString &there)
{
    m_hereName = here;
    m_thereName = there;
    Q_EMIT headerDataChanged(Qt::Horizontal, HereColumn, ThereColumn);
}

void CompareModel::rebuild()
{
    QSet<QString> seen;
    QStringList fields;
    for (const ConfigDocument *document : {m_here.data(), m_there.data()}) {
        if (!document || !document->hasSnapshot())
            continue;
        const QStringList listed = document->snapshot().fields();
        for (const QString &field : listed) {
            if (!seen.contains(field)) {
                seen.insert(field);
                fields.append(field);
            }
        }
    }
    beginResetModel();
    m_fields = FieldCatalog::sorted(fields);
    endResetModel();
}

void CompareModel::fieldChanged(const QString &field)
{
    const int row = int(m_fields.indexOf(field));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString CompareModel::fieldAt(int row) const
{
    return row >= 0 && row < m_fields.size() ? m_fields.at(row) : QString();
}

int CompareModel::differingCount() const
{
    int count = 0;
    for (const QString &field : m_fields)
        count += differs(field) ? 1 : 0;
    return count;
}

bool CompareModel::differs(const QString &field) const
{
    if (!m_here || !m_there || !m_here->hasSnapshot() || !m_there->hasSnapshot())
        return false;
    return countedOverride(m_here, field) != countedOverride(m_there, field);
}

QString CompareModel::valueText(const ConfigDocument *document, const QString &field) const
{
    if (!document || !document->hasSnapshot())
        return tr("Loading…");
    if (!document->snapshot().fields().contains(field))
        return tr("Not listed on this side");
    const FieldComparison row = document->snapshot().compare(field);
    if (row.overridden)
        return row.overrideValue;
    return row.defaultValue.isEmpty() ? tr("Default") : tr("Default: %1").arg(row.defaultValue);
}

QString CompareModel::queuedText(const ConfigDocument *document, const QString &field) const
{
    if (!document)
        return {};
    const std::optional<PendingChange> change = document->pendingChange(field);
    if (!change)
        return {};
    return change->kind == PendingChange::Kind::Reset ? tr("reset to the default") : change->value;
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const QString &field = m_fields.at(index.row());
    const bool differing = differs(field);
    switch (role) {
    case FieldKeyRole:
        return field;
    case DiffersRole:
        return differing;
    case QueuedThereRole:
        return !queuedText(m_there, field).isEmpty();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case FieldColumn:
            return FieldCatalog::info(field).label;
        case HereColumn:
            return valueText(m_here, field);
        case ThereColumn: {
            const QString queued = queuedText(m_there, field);
            const QString value = valueText(m_there, field);
            // The queued value first: it is what the next apply there sends.
            return queued.isEmpty() ? value : tr("%1 (queued)").arg(queued);
        }
        case DiffersColumn:
            return differing ? tr("Differs") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return QStringLiteral("%1\n%2").arg(field, FieldCatalog::info(field).description);
        if (index.column() == ThereColumn && !queuedText(m_there, field).isEmpty())
            return tr("Queued on %1, not sent yet: review and apply there to send it. Now: %2")
                .arg(m_thereName, valueText(m_there, field));
        return {};
    case Qt::FontRole:
        if (index.column() == ThereColumn && !queuedText(m_there, field).isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (index.column() == DiffersColumn && differing) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole: {
        // Defaults in the muted colour, so that overrides stand out.
        const ConfigDocument *side = index.column() == HereColumn ? m_here.data()
            : index.column() == ThereColumn                      ? m_there.data()
                                                                 : nullptr;
        if (side && side->hasSnapshot() && !side->snapshot().compare(field).overridden
            && queuedText(side, field).isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case Qt::BackgroundRole:
        if (differing) {
            // A tint that reads on light and dark palettes alike.
            QColor tint(QStringLiteral("#f9a825"));
            tint.setAlpha(60);
            return QBrush(tint);
        }
        return {};
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case HereColumn:
        return m_hereName.isEmpty() ? tr("This window") : m_hereName;
    case ThereColumn:
        return m_thereName.isEmpty() ? tr("Other side") : m_thereName;
    case DiffersColumn:
        return tr("Differs");
    }
    return {};
}

CompareFilterModel::CompareFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void CompareFilterModel::setOnlyDifferences(bool only)
{
    if (m_onlyDifferences == only)
        return;
    m_onlyDifferences = only;
    invalidateFilter();
}

bool CompareFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyDifferences)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(CompareModel::DiffersRole).toBool();
}

} // namespace hci
