#pragma once

#include "changeplan.h"
#include "harness/apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace hci {
class AccountSession;
class HarnessClient;
}

namespace hci::cli {

class Console;

// Sends a plan the way the window applies its queue: scope after scope, each through an account
// session (conflict check, at most one update and one reset, read-back), one write at a time.
class PlanApplier : public QObject
{
    Q_OBJECT

public:
    PlanApplier(HarnessClient *client, Console *console, QObject *parent = nullptr);

    // The requests the plan would send, as cURL commands with $HARNESS_API_KEY for the key;
    // each scope's after a comment line naming it.
    static QString requests(HarnessClient *client, const ChangePlan &plan);

    void apply(const ChangePlan &plan);

Q_SIGNALS:
    // A scope's session, made and about to apply: the history follows it from here.
    void sessionStarted(hci::AccountSession *session);
    void finished(int exitCode);

private:
    void applyNext();
    void scopeApplied(int confirmed);
    void scopeFailed(const ApiError &error, const QStringList &unconfirmed);
    // After the search for the fields Harness refused in a batch without naming them.
    void refusedFieldsFound(const QStringList &refused, int confirmed);
    // Names what was applied before and what was not sent after the current scope, then ends.
    void stop(int exitCode);

    HarnessClient *m_client;
    Console *m_console;
    QList<ScopePlan> m_todo;
    QStringList m_done; // scopes applied and confirmed, for the summary of a failure
    QPointer<ConfigDocument> m_document;
    QPointer<AccountSession> m_session;
};

} // namespace hci::cli
