// AccountSession's apply: the conflict check, the writes one at a time, the read-back, and the search
// for the fields of a refused batch.
#include "accountsession.h"

#include "accountsession_p.h"
#include "writequeue.h"

#include "harness/apireply.h"
#include "harness/harnessclient.h"

#include <QTimer>

namespace hci {

namespace {

// A deprecated entry judged the override as loaded; once that override changed it says nothing.
ImageMap stillDeprecated(const ImageMap &deprecated, const ImageMap &before, const ImageMap &after)
{
    ImageMap result;
    for (auto it = deprecated.cbegin(); it != deprecated.cend(); ++it) {
        if (before.contains(it.key()) == after.contains(it.key()) && before.value(it.key()) == after.value(it.key()))
            result.insert(it.key(), it.value());
    }
    return result;
}

// The server answered the write itself, so the next one cannot overlap it. A timeout, a cut-off
// answer or a gateway error may leave the write still running on the server.
bool serverAnswered(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Api)
        return true;
    if (error.kind == ApiError::Kind::RateLimited)
        return error.httpStatus == 429;
    return error.kind == ApiError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500;
}

// What Harness answers for a field it does not accept: no field named, nothing of the write saved.
bool isGenericRefusal(const ApiError &error)
{
    return error.kind == ApiError::Kind::Api && error.httpStatus == 500
        && error.code == QLatin1String("UNKNOWN_ERROR");
}

ChangeSet onlyFields(const ChangeSet &set, const QStringList &fields)
{
    ChangeSet result;
    for (const auto &update : set.updates) {
        if (fields.contains(update.first))
            result.updates.append(update);
    }
    for (const QString &field : set.resets) {
        if (fields.contains(field))
            result.resets.append(field);
    }
    return result;
}

} // namespace

QStringList AccountSession::Write::fields() const
{
    QStringList result;
    for (const auto &update : updates)
        result.append(update.first);
    result.append(resets);
    return result;
}

void AccountSession::apply()
{
    if (isBusy()) {
        qCInfo(lcSession) << "apply ignored while" << m_state;
        return;
    }
    if (!m_document->hasPendingChanges()) {
        Q_EMIT applied(0);
        return;
    }
    m_refusalCandidates.clear();
    startApply(false, {});
}

void AccountSession::findRefusedFields()
{
    const QStringList fields = refusalCandidates();
    if (isBusy() || fields.isEmpty()) {
        qCInfo(lcSession) << "findRefusedFields ignored while" << m_state << "with" << fields.size() << "candidate(s)";
        return;
    }
    qCInfo(lcSession) << "sending" << fields.size() << "field(s) one per request to find the refused ones";
    startApply(true, fields);
}

bool AccountSession::canFindRefusedFields() const
{
    return !isBusy() && !refusalCandidates().isEmpty();
}

QStringList AccountSession::refusalCandidates() const
{
    QStringList fields;
    for (const QString &field : m_refusalCandidates) {
        if (m_document->pendingChange(field))
            fields.append(field);
    }
    return fields;
}

QHash<QString, ApiError> AccountSession::refusedFields() const
{
    QHash<QString, ApiError> result;
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it) {
        if (m_document->pendingChange(it.key()) == it->change)
            result.insert(it.key(), it->error);
    }
    return result;
}

void AccountSession::startApply(bool onePerRequest, const QStringList &only)
{
    ++m_run;
    m_apply = ApplyRun {};
    const bool hasSnapshot = m_document->hasSnapshot();
    m_apply.module = hasSnapshot ? m_document->snapshot().module() : m_module;
    m_apply.infra = hasSnapshot ? m_document->snapshot().infra() : m_infra;
    m_apply.connection = m_client->connection();
    m_apply.onePerRequest = onePerRequest;
    m_apply.only = only;
    setState(State::CheckingConflicts);
    checkForConflicts();
}

void AccountSession::checkForConflicts()
{
    startDeadline();
    delete m_turn;
    m_turn = WriteTurn::join(m_apply.connection, this);
    const quint64 run = m_run;
    connect(m_turn, &WriteTurn::granted, this, [this, run] {
        if (run != m_run || m_state != State::CheckingConflicts)
            return;
        if (connectionChanged(m_apply.connection))
            return finishApplyFailed(connectionChangedError(), pendingFieldsOf(*m_document));
        // The last read before writing, inside the turn: no write of this process can come between.
        watch(m_client->getCustomerConfig(m_apply.module, m_apply.infra, true),
            [this](ApiReply *reply) { checkedForConflicts(reply); });
    });
    if (WriteTurn::queueLength(m_apply.connection) > 1) {
        qCInfo(lcSession) << "waiting for another session's writes to this account";
        Q_EMIT waitingForTurn();
    }
}

void AccountSession::checkedForConflicts(ApiReply *reply)
{
    if (!reply->isOk()) {
        // Nothing was sent: every queued change is still unconfirmed.
        finishApplyFailed(errorOf(reply), pendingFieldsOf(*m_document));
        return;
    }
    m_apply.fresh = reply->images();
    // A field the server now has exactly as queued needs no choice: the fresh snapshot drops it.
    const QList<Conflict> all = m_document->conflictsWith(m_apply.fresh);
    for (const Conflict &conflict : all) {
        if (m_apply.onePerRequest && !m_apply.only.contains(conflict.field))
            continue;
        if (!ConfigDocument::isSatisfiedBy(conflict.pending, m_apply.fresh))
            m_apply.conflicts.append(conflict);
    }
    stopDeadline();
    if (m_apply.conflicts.isEmpty()) {
        takeServerOverrides(m_apply.fresh);
        sendChanges();
        return;
    }
    qCInfo(lcSession) << m_apply.conflicts.size() << "queued field(s) changed on the server since load";
    // The user may take minutes: other sessions write meanwhile, and the check runs again after.
    delete m_turn;
    m_turn = nullptr;
    setState(State::WaitingForConflictChoice);
    Q_EMIT conflictsFound(m_apply.conflicts);
}

void AccountSession::resolveConflicts(const QStringList &fieldsToOverwrite)
{
    if (m_state != State::WaitingForConflictChoice) {
        qCInfo(lcSession) << "resolveConflicts ignored while" << m_state;
        return;
    }
    // The values the user saw become the loaded ones, so that the next check compares with them.
    takeServerOverrides(m_apply.fresh);
    for (const Conflict &conflict : std::as_const(m_apply.conflicts)) {
        if (!fieldsToOverwrite.contains(conflict.field))
            m_document->dropPending(conflict.field);
    }
    m_apply.conflicts.clear();
    m_apply.fresh.clear();
    setState(State::CheckingConflicts);
    checkForConflicts();
}

void AccountSession::cancelApply()
{
    if (m_state != State::CheckingConflicts && m_state != State::WaitingForConflictChoice) {
        qCInfo(lcSession) << "cancelApply ignored while" << m_state;
        return;
    }
    // The document keeps its loaded snapshot, so the same conflicts show again on the next apply.
    stopRequests();
    endApply();
    Q_EMIT applyCancelled();
}

void AccountSession::sendChanges()
{
    ChangeSet set = m_document->changeSet();
    if (m_apply.onePerRequest)
        set = onlyFields(set, m_apply.only);
    if (set.isEmpty()) {
        const bool search = m_apply.onePerRequest;
        endApply();
        if (search)
            Q_EMIT refusedFieldsFound({}, 0);
        else
            Q_EMIT applied(0);
        return;
    }
    m_apply.sent = set;
    if (m_apply.onePerRequest) {
        for (const auto &update : set.updates)
            m_apply.writes.append(Write { false, { update }, {} });
        for (const QString &field : set.resets)
            m_apply.writes.append(Write { true, {}, { field } });
    } else {
        // The update first, then the reset: a fixed order, each after the previous answer.
        if (!set.updates.isEmpty())
            m_apply.writes.append(Write { false, set.updates, {} });
        if (!set.resets.isEmpty())
            m_apply.writes.append(Write { true, {}, set.resets });
    }
    setState(State::Applying);
    qCInfo(lcSession) << "sending" << set.updates.size() << "update(s) and" << set.resets.size() << "reset(s) in"
                      << m_apply.writes.size() << "request(s)";
    sendNextWrite();
}

void AccountSession::sendNextWrite()
{
    if (m_apply.nextWrite >= m_apply.writes.size())
        return readBack();
    if (connectionChanged(m_apply.connection)) {
        // What was sent went to the pinned account; nothing more goes to the new one.
        return finishApplyFailed(connectionChangedError(), fieldsOfChangeSet(m_apply.sent));
    }
    const Write write = m_apply.writes.at(m_apply.nextWrite++);
    ApiReply *reply = write.reset ? m_client->resetConfig(m_apply.module, m_apply.infra, write.resets)
                                  : m_client->updateConfig(m_apply.module, m_apply.infra, fieldUpdates(write.updates));
    watch(reply, [this, fields = write.fields()](ApiReply *answer) { writeDone(fields, errorOf(answer)); });
}

void AccountSession::writeDone(const QStringList &fields, const ApiError &error)
{
    if (error.isError()) {
        if (!m_apply.sendError.isError())
            m_apply.sendError = error;
        if (isGenericRefusal(error) && fields.size() > 1 && !m_apply.onePerRequest)
            m_apply.batchRefused.append(fields);
        if (m_apply.onePerRequest && serverAnswered(error))
            m_apply.refusals.insert(fields.constFirst(), error);
        if (!serverAnswered(error)) {
            // It may still run on the server: a next write now could overlap it and one would be lost.
            qCWarning(lcSession) << "a write's outcome is unknown; nothing more is sent before the read-back";
            m_apply.stoppedEarly = true;
            return readBack();
        }
    }
    sendNextWrite();
}

void AccountSession::readBack()
{
    // Failed or not, read back: a write can take even when its answer is lost.
    if (connectionChanged(m_apply.connection))
        return finishApplyFailed(connectionChangedError(), fieldsOfChangeSet(m_apply.sent));
    setState(State::Verifying);
    watch(
        m_client->getCustomerConfig(m_apply.module, m_apply.infra, true), [this](ApiReply *reply) { verified(reply); });
}

void AccountSession::verified(ApiReply *reply)
{
    const QStringList sentFields = fieldsOfChangeSet(m_apply.sent);
    if (!reply->isOk()) {
        // Unknown what took: everything sent stays queued, and the next apply finds out.
        if (m_apply.onePerRequest)
            m_refusalCandidates = m_apply.only;
        finishApplyFailed(errorOf(reply), sentFields);
        return;
    }
    const ImageMap after = reply->images();
    const QStringList confirmed = ConfigDocument::confirmedFields(m_apply.sent, after);
    // Remembered before the snapshot drops what took.
    QHash<QString, PendingChange> sentChanges;
    for (const QString &field : sentFields) {
        if (const auto change = m_document->pendingChange(field))
            sentChanges.insert(field, *change);
    }
    takeServerOverrides(after);

    QStringList unconfirmed;
    for (const QString &field : sentFields) {
        if (!confirmed.contains(field))
            unconfirmed.append(field);
    }
    if (m_apply.onePerRequest) {
        for (const QString &field : std::as_const(unconfirmed)) {
            ApiError why = m_apply.refusals.value(field);
            if (!why.isError()) {
                if (m_apply.stoppedEarly)
                    continue; // not asked yet, or its outcome is unknown: not a refusal
                why.kind = ApiError::Kind::NotConfirmed;
                why.correlationId = reply->correlationId();
            }
            m_refused.insert(field, Refusal { sentChanges.value(field), why });
        }
        if (!m_apply.stoppedEarly) {
            const int took = int(confirmed.size());
            m_refusalCandidates.clear();
            endApply();
            qCInfo(lcSession) << "the server refuses" << unconfirmed.size() << "field(s);" << took << "took";
            Q_EMIT refusedFieldsFound(unconfirmed, took);
            return;
        }
        m_refusalCandidates.clear();
        for (const QString &field : std::as_const(unconfirmed)) {
            if (!m_apply.refusals.contains(field))
                m_refusalCandidates.append(field);
        }
    } else {
        // The fields of a batch refused with the generic 500: findRefusedFields() can tell which.
        for (const QString &field : std::as_const(m_apply.batchRefused)) {
            if (unconfirmed.contains(field))
                m_refusalCandidates.append(field);
        }
    }
    if (unconfirmed.isEmpty()) {
        endApply();
        qCInfo(lcSession) << "applied and confirmed" << confirmed.size() << "change(s)";
        Q_EMIT applied(int(confirmed.size()));
        return;
    }
    ApiError error = m_apply.sendError;
    if (!error.isError()) {
        error.kind = ApiError::Kind::NotConfirmed;
        error.correlationId = reply->correlationId();
        error.detail = tr("Not confirmed: %1").arg(unconfirmed.join(QStringLiteral(", ")));
    }
    finishApplyFailed(error, unconfirmed);
}

void AccountSession::endApply()
{
    ++m_run;
    stopDeadline();
    delete m_turn; // the next session in the account's queue goes on
    m_turn = nullptr;
    m_apply = ApplyRun {};
    setState(State::Idle);
}

void AccountSession::finishApplyFailed(const ApiError &error, const QStringList &unconfirmedFields)
{
    endApply();
    qCWarning(lcSession).noquote() << "apply failed:" << apiErrorKindName(error.kind) << "HTTP" << error.httpStatus
                                   << error.code << ";" << unconfirmedFields.size() << "change(s) stay queued";
    Q_EMIT applyFailed(error, unconfirmedFields);
}

void AccountSession::takeServerOverrides(const ImageMap &overrides)
{
    const ConfigSnapshot &old = m_document->snapshot();
    m_document->setSnapshot(ConfigSnapshot(m_apply.module, m_apply.infra, old.defaults(), overrides,
        stillDeprecated(old.deprecated(), old.overrides(), overrides)));
}

} // namespace hci
