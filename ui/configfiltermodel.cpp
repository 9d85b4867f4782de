#include "configtreemodel.h"
#include "rowstatelook.h"

namespace hci {

ConfigFilterModel::ConfigFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    m_collator.setNumericMode(true); // 1.16.92 after 1.9.8
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void ConfigFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ConfigFilterModel::setOverridesOnly(bool overridesOnly)
{
    if (overridesOnly == m_overridesOnly)
        return;
    m_overridesOnly = overridesOnly;
    invalidateFilter();
}

bool ConfigFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A group shows through its fields (recursive filtering) whenever anything filters.
    if (index.data(ConfigTreeModel::IsGroupRole).toBool())
        return m_words.isEmpty() && !m_overridesOnly;
    if (m_overridesOnly && !index.data(ConfigTreeModel::HasOverrideRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true; // nothing to search for: the row's text is not needed
    const QString haystack = index.data(ConfigTreeModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ConfigFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.data(ConfigTreeModel::IsGroupRole).toBool()) {
        // The sort flips lessThan for descending order; groups keep catalog order either way.
        return sortOrder() == Qt::DescendingOrder ? left.row() > right.row() : left.row() < right.row();
    }
    switch (left.column()) {
    case ConfigTreeModel::StateColumn:
        // Most urgent first, so that an ascending sort on the State column lists what needs attention.
        return RowStateLook::urgency(RowState(left.data(ConfigTreeModel::RowStateRole).toInt()))
            < RowStateLook::urgency(RowState(right.data(ConfigTreeModel::RowStateRole).toInt()));
    case ConfigTreeModel::ResetColumn:
        return left.data(ConfigTreeModel::CanResetRole).toBool() && !right.data(ConfigTreeModel::CanResetRole).toBool();
    default:
        return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
    }
}

} // namespace hci
