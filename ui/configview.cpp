#include "configview.h"

#include "configtreemodel.h"

#include <QHeaderView>

namespace hci {

ConfigView::ConfigView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("configView"));
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    setAllColumnsShowFocus(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    header()->setStretchLastSection(false);
    setAccessibleName(tr("Image fields"));
    setAccessibleDescription(tr("One row per image field: default and override side by side. "
                                "Type or press F2 to edit a row's override; Delete resets it to the default."));
}

bool ConfigView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const bool byKeyboard = trigger == EditKeyPressed || trigger == AnyKeyPressed;
    if (byKeyboard && index.isValid() && index.column() != ConfigTreeModel::OverrideColumn
        && !index.data(ConfigTreeModel::IsGroupRole).toBool()) {
        const QModelIndex overrideCell = index.siblingAtColumn(ConfigTreeModel::OverrideColumn);
        setCurrentIndex(overrideCell);
        return QTreeView::edit(overrideCell, trigger, event);
    }
    return QTreeView::edit(index, trigger, event);
}

} // namespace hci
