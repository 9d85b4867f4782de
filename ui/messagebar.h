#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hci {

// An inline message above the table, where the user is looking: what happened, with Retry and
// Details when they help. Never a modal box for an error the user can act on in place.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the message; an empty details text hides the Details button, retry false hides Retry.
    void showMessage(Level level, const QString &text, const QString &details = {}, bool canRetry = false);
    void dismiss();
    // A button for the one step that helps with the message shown now (e.g. "Find the refused
    // fields"); clicking it emits actionRequested(). The next showMessage() or dismiss() removes it.
    void setAction(const QString &text, const QString &toolTip = {});
    QString actionText() const;

    Level level() const { return m_level; }
    QString text() const;
    QString details() const { return m_details; }

Q_SIGNALS:
    void retryRequested();
    // The text of the button clicked, for windows that offer more than one kind of next step.
    void actionRequested(const QString &action);

private:
    void toggleDetails();

    Level m_level = Level::Information;
    QString m_details;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detailsLabel;
    QPushButton *m_retry;
    QPushButton *m_action;
    QPushButton *m_detailsButton;
    QPushButton *m_close;
};

} // namespace hci
