#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTreeWidget;

namespace hci {

class ConfigDocument;

// Shows exactly what an apply will change (field, from, to) and the requests it will send, before
// anything is sent. Opened window-modal with open(); accepted() means "send".
class ApplyReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyReviewDialog(const ConfigDocument &document, const QString &accountDescription, const QString &curlPreview,
                      QWidget *parent = nullptr);

    int changeCount() const;
    QString requestsText() const;

private:
    QTreeWidget *m_changes;
    QPlainTextEdit *m_requests;
};

} // namespace hci
