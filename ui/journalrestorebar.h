#pragma once

#include "store/pendingjournal.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace hci {

// Offers back the edits that were queued and not applied when the app last stopped: when they
// were made, which ones, and which fields the server changed since (the apply's conflict rules).
class JournalRestoreBar : public QFrame
{
    Q_OBJECT

public:
    explicit JournalRestoreBar(QWidget *parent = nullptr);

    void offer(const Journal &journal, const QList<Conflict> &changedOnServer);
    void withdraw();
    const Journal &journal() const { return m_journal; }
    QStringList changedFields() const { return m_changed; }

Q_SIGNALS:
    // Queue these changes again (all of them, or all but the ones the server changed).
    void restoreRequested(const QList<hci::PendingChange> &changes);
    void discardRequested();

private:
    Journal m_journal;
    QStringList m_changed;
    QLabel *m_text;
    QPushButton *m_restore;
    QPushButton *m_restoreUnchanged;
    QPushButton *m_discard;
};

// A light wash of a colour over the window colour: readable in light and dark themes.
void tintFrame(QFrame *frame, const QColor &tint);

} // namespace hci
