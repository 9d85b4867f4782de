#pragma once

#include <QTreeView>

namespace hci {

// The table of fields. Typing or F2 anywhere on a field row edits that row's override, the one
// editable cell, so the keyboard works without first moving to the right column.
class ConfigView : public QTreeView
{
    Q_OBJECT

public:
    explicit ConfigView(QWidget *parent = nullptr);
    using QTreeView::edit;

    // Shares the width among the columns: State and Reset keep theirs, the Field, Image, Default
    // and Override columns split the rest, so nothing scrolls sideways while there is room.
    // Runs on every change of width; a column the user dragged keeps its width until then.
    void shareWidth();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
};

} // namespace hci
