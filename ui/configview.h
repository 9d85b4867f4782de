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

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
};

} // namespace hci
