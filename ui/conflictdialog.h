#pragma once

#include "core/configdocument.h"

#include <QDialog>
#include <QList>

class QTreeWidget;

namespace hci {

// Fields changed on the server since they were loaded, while a change to them is queued: the user
// sees both values and chooses, field by field. Nothing is overwritten silently.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const QList<Conflict> &conflicts, QWidget *parent = nullptr);

    // The fields whose queued change should be sent anyway.
    QStringList fieldsToOverwrite() const;
    void setOverwrite(const QString &field, bool overwrite);

private:
    QTreeWidget *m_list;
};

} // namespace hci
