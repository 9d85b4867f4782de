#include "planapplier.h"

#include "console.h"
#include "exitcode.h"
#include "session/accountsession.h"

namespace hci::cli {

PlanApplier::PlanApplier(HarnessClient *client, Console *console, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_console(console)
{ }

QString PlanApplier::requests(HarnessClient *client, const ChangePlan &plan)
{
    QString text;
    for (const ScopePlan &scope : plan.scopes) {
        if (scope.changes.isEmpty())
            continue;
        ConfigDocument document;
        Planner::queue(scope, &document);
        AccountSession session(client, &document);
        session.setScope(scope.snapshot.module(), scope.snapshot.infra());
        text += QStringLiteral("# %1\n").arg(scopeName(scope.scope())) + session.previewAsCurl() + QStringLiteral("\n\n");
    }
    return text;
}

void PlanApplier::apply(const ChangePlan &plan)
{
    m_todo.clear();
    for (const ScopePlan &scope : plan.scopes) {
        if (!scope.changes.isEmpty())
            m_todo.append(scope);
    }
    QMetaObject::invokeMethod(this, [this] { applyNext(); }, Qt::QueuedConnection);
}

void PlanApplier::applyNext()
{
    if (m_session)
        m_session->deleteLater(); // and its document with it, after it
    if (m_todo.isEmpty()) {
        Q_EMIT finished(Success);
        return;
    }
    const ScopePlan &scope = m_todo.first();
    m_document = new ConfigDocument(this);
    Planner::queue(scope, m_document);
    m_session = new AccountSession(m_client, m_document, this);
    m_document->setParent(m_session);
    m_session->setScope(scope.snapshot.module(), scope.snapshot.infra());
    Q_EMIT sessionStarted(m_session);

    connect(m_session, &AccountSession::conflictsFound, this, [this](const QList<Conflict> &conflicts) {
        // The command line said what the fields should be; it wins, and the person hears of it.
        QStringList fields;
        for (const Conflict &conflict : conflicts) {
            fields.append(conflict.field);
            m_console->note(tr("%1 changed on the server since it was read (now %2); it is set as asked.")
                                .arg(conflict.field,
                                    conflict.serverValue.isEmpty() ? tr("the default") : conflict.serverValue));
        }
        m_session->resolveConflicts(fields);
    });
    connect(m_session, &AccountSession::waiting, this, [this](int delayMs, const ApiError &reason) {
        m_console->waiting(delayMs, reason);
    });
    connect(m_session, &AccountSession::applied, this, &PlanApplier::scopeApplied);
    connect(m_session, &AccountSession::applyFailed, this, &PlanApplier::scopeFailed);
    connect(m_session, &AccountSession::refusedFieldsFound, this, &PlanApplier::refusedFieldsFound);

    const ChangeSet set = m_document->changeSet();
    QStringList parts;
    if (!set.updates.isEmpty())
        parts.append(tr("%n update(s)", nullptr, int(set.updates.size())));
    if (!set.resets.isEmpty())
        parts.append(tr("%n reset(s)", nullptr, int(set.resets.size())));
    m_console->progress(tr("%1: sending %2…").arg(scopeName(scope.scope()), parts.join(tr(" and "))));
    m_session->apply();
}

void PlanApplier::scopeApplied(int confirmed)
{
    const QString name = scopeName(m_todo.takeFirst().scope());
    m_console->progress(tr("%1: %n change(s) applied and confirmed.", nullptr, confirmed).arg(name));
    m_done.append(name);
    applyNext();
}

void PlanApplier::scopeFailed(const ApiError &error, const QStringList &unconfirmed)
{
    const QString name = scopeName(m_todo.first().scope());
    if (m_session->canFindRefusedFields()) {
        // Harness's generic 500 for a batch names no field: each one alone tells which it refuses.
        const QStringList candidates = m_session->refusalCandidates();
        m_console->note(tr("%1: Harness refused the changes without saying which field it did not accept "
                           "(HTTP %2). Sending the %n field(s) one at a time to find out…",
            nullptr, int(candidates.size()))
                            .arg(name)
                            .arg(error.httpStatus));
        m_session->findRefusedFields();
        return;
    }
    m_console->apiError(error);
    if (!unconfirmed.isEmpty())
        m_console->note(tr("%1: not confirmed: %2").arg(name, unconfirmed.join(QStringLiteral(", "))));
    stop(exitCodeFor(error));
}

void PlanApplier::refusedFieldsFound(const QStringList &refused, int confirmed)
{
    const QString name = scopeName(m_todo.first().scope());
    const QHash<QString, ApiError> answers = m_session->refusedFields();
    for (const QString &field : refused) {
        const ApiError answer = answers.value(field);
        const QString why = answer.serverMessage.isEmpty() ? answer.userMessage() : answer.serverMessage;
        m_console->error(tr("%1: Harness refused %2: %3").arg(name, field, why));
        if (!answer.correlationId.isEmpty())
            m_console->note(tr("  Correlation ID: %1").arg(answer.correlationId));
    }
    if (refused.isEmpty()) {
        // Each field alone was accepted: the batch's 500 was the server's own trouble, and it is over.
        scopeApplied(confirmed);
        return;
    }
    if (confirmed > 0)
        m_console->note(tr("%1: the other %n change(s) were applied and confirmed.", nullptr, confirmed).arg(name));
    stop(DataError);
}

void PlanApplier::stop(int exitCode)
{
    if (!m_done.isEmpty())
        m_console->note(tr("Applied and confirmed before: %1").arg(m_done.join(QStringLiteral(", "))));
    QStringList notSent;
    for (qsizetype index = 1; index < m_todo.size(); ++index)
        notSent.append(scopeName(m_todo.at(index).scope()));
    if (!notSent.isEmpty())
        m_console->note(tr("Not sent: %1").arg(notSent.join(QStringLiteral(", "))));
    m_todo.clear();
    Q_EMIT finished(exitCode);
}

} // namespace hci::cli
