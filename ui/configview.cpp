#include "configview.h"

#include "configtreemodel.h"

#include <QHeaderView>
#include <QResizeEvent>

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

void ConfigView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        shareWidth();
}

void ConfigView::shareWidth()
{
    QHeaderView *columns = header();
    if (columns->count() < ConfigTreeModel::ColumnCount)
        return;
    const int fixed = columns->sectionSize(ConfigTreeModel::StateColumn) + columns->sectionSize(ConfigTreeModel::ResetColumn);
    const int room = viewport()->width() - fixed;
    // Shares of the room, and the least each column needs to stay readable.
    struct Share {
        int column;
        int percent;
        int least;
    };
    const Share shares[] = {
        {ConfigTreeModel::FieldColumn, 29, 150},
        {ConfigTreeModel::ImageColumn, 26, 140},
        {ConfigTreeModel::DefaultColumn, 14, 80},
        {ConfigTreeModel::OverrideColumn, 30, 140},
    };
    int given = 0;
    for (const Share &share : shares) {
        const int width = share.column == ConfigTreeModel::OverrideColumn
            ? qMax(share.least, room - given) // the last takes what rounding left over
            : qMax(share.least, room * share.percent / 100);
        columns->resizeSection(share.column, width);
        given += width;
    }
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
