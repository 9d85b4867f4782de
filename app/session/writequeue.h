#pragma once

#include "harness/connection.h"

#include <QObject>
#include <QString>

namespace hci {

// One place in the process-wide queue of writes to an account (a host and an account ID).
//
// Harness keeps one document per account and saves it whole on every update-config and
// reset-config, with no version check: two writes in flight for one account lose one of them. So
// the sessions of this process (two windows, two AccountSessions, two HarnessClients) take turns:
// a session joins the queue before its last read before writing, and leaves it after its read-back.
// Between processes (a second copy of the app, a script, Terraform) nothing on this side can order
// the writes; the read-back after each apply is what tells the user that one was lost.
class WriteTurn : public QObject
{
    Q_OBJECT

public:
    // Joins the queue of the account; granted() follows from the event loop, at once when the queue
    // was empty, otherwise when every turn before this one is gone. Deleting the turn leaves the queue.
    static WriteTurn *join(const Connection &connection, QObject *parent);
    // The queue's key: scheme, host and port of the gateway, and the account ID.
    static QString accountKey(const Connection &connection);
    // Turns in the account's queue, the granted one included; for tests and the window.
    static int queueLength(const Connection &connection);

    ~WriteTurn() override;

    bool isGranted() const { return m_granted; }
    QString key() const { return m_key; }

Q_SIGNALS:
    void granted();

private:
    WriteTurn(const QString &key, QObject *parent);
    void grant();

    QString m_key;
    bool m_granted = false;
};

} // namespace hci
