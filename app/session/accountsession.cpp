#include "accountsession.h"

#include "harness/apireply.h"
#include "harness/envelope.h"
#include "harness/harnessclient.h"
#include "harness/requestpreview.h"

#include <QLoggingCategory>
#include <utility>

Q_LOGGING_CATEGORY(lcSession, "hci.session", QtInfoMsg)

namespace hci {

namespace {

bool isAuthError(const ApiError &error)
{
    return error.httpStatus == 401 || error.httpStatus == 403 || error.code == QLatin1String("INVALID_TOKEN")
        || error.code == QLatin1String("NG_ACCESS_DENIED");
}

// Older servers lack get-deprecated-config: an API refusal of it means "nothing known", not a failed load.
// Network, auth, rate-limit and answer-shape failures still fail it, as they would the other calls.
bool meansNoDeprecatedList(const ApiError &error)
{
    if (isAuthError(error))
        return false;
    if (error.kind == ApiError::Kind::Api)
        return true;
    if (error.kind == ApiError::Kind::Http)
        return error.httpStatus == 400 || error.httpStatus == 404 || error.httpStatus == 405 || error.httpStatus == 501;
    return false;
}

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

QStringList fieldsOf(const ChangeSet &set)
{
    QStringList fields;
    for (const auto &update : set.updates)
        fields.append(update.first);
    fields.append(set.resets);
    return fields;
}

QStringList pendingFields(const ConfigDocument &document)
{
    QStringList fields;
    for (const PendingChange &change : document.pendingChanges())
        fields.append(change.field);
    return fields;
}

QList<FieldUpdate> fieldUpdates(const ChangeSet &set)
{
    QList<FieldUpdate> updates;
    for (const auto &[field, value] : set.updates)
        updates.append(FieldUpdate { field, value });
    return updates;
}

} // namespace

AccountSession::AccountSession(HarnessClient *client, ConfigDocument *document, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_document(document)
{
    Q_ASSERT(client && document);
}

AccountSession::~AccountSession()
{
    stopRequests();
}

void AccountSession::setScope(Module module, Infra infra)
{
    m_module = module;
    m_infra = infra;
}

void AccountSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AccountSession::watch(ApiReply *reply, std::function<void(ApiReply *)> onFinished)
{
    const quint64 run = m_run;
    m_replies.append(reply);
    connect(reply, &ApiReply::retrying, this,
        [this](int, int delayMs, const ApiError &reason) { Q_EMIT waiting(delayMs, reason); });
    connect(reply, &ApiReply::finished, this, [this, reply, run, onFinished = std::move(onFinished)] {
        m_replies.removeIf([reply](const QPointer<ApiReply> &item) { return !item || item == reply; });
        if (run != m_run)
            return; // aborted, or a run that was replaced
        onFinished(reply);
    });
}

void AccountSession::stopRequests()
{
    ++m_run;
    // abort() answers at once; the handlers above then see a stale run and return.
    const QList<QPointer<ApiReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

// ---- load

void AccountSession::load()
{
    if (m_state == State::Loading) {
        // The scope may have changed since: the newest request is the one the user waits for.
        qCDebug(lcSession) << "load restarted";
        stopRequests();
    } else if (isBusy()) {
        qCInfo(lcSession) << "load ignored while" << m_state;
        return;
    }
    ++m_run;
    m_load = LoadRun {};
    m_load.module = m_module;
    m_load.infra = m_infra;
    m_load.left = 3;
    setState(State::Loading);
    qCDebug(lcSession).noquote() << "loading" << moduleId(m_module) << infraId(m_infra);

    watch(m_client->getDefaultConfig(m_module, m_infra), [this](ApiReply *reply) {
        if (!reply->isOk())
            return failLoad(reply->error());
        m_load.defaults = reply->images();
        decodeImageMap(reply->data(), nullptr, nullptr, &m_load.readOnlyDefaults);
        loadPartDone();
    });
    watch(m_client->getCustomerConfig(m_module, m_infra, true), [this](ApiReply *reply) {
        if (!reply->isOk())
            return failLoad(reply->error());
        m_load.overrides = reply->images();
        decodeImageMap(reply->data(), nullptr, nullptr, &m_load.readOnlyOverrides);
        loadPartDone();
    });
    watch(m_client->getDeprecatedConfig(m_module), [this](ApiReply *reply) {
        if (!reply->isOk()) {
            if (!meansNoDeprecatedList(reply->error()))
                return failLoad(reply->error());
            qCInfo(lcSession).noquote() << "no deprecated images from this server:" << reply->error().code << "HTTP"
                                        << reply->error().httpStatus;
        } else {
            m_load.deprecated = reply->images();
        }
        loadPartDone();
    });
}

void AccountSession::loadPartDone()
{
    if (--m_load.left > 0)
        return;
    ++m_run; // the run is over; nothing of it is in flight any more
    const LoadRun load = std::exchange(m_load, LoadRun {});
    ConfigSnapshot snapshot(load.module, load.infra, load.defaults, load.overrides, load.deprecated);
    snapshot.setReadOnlyFields(load.readOnlyDefaults, load.readOnlyOverrides);
    m_document->setSnapshot(snapshot);
    setState(State::Idle);
    Q_EMIT loaded();
}

void AccountSession::failLoad(const ApiError &error)
{
    stopRequests();
    m_load = LoadRun {};
    setState(State::Idle);
    Q_EMIT loadFailed(error);
}

// ---- apply

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
    ++m_run;
    m_apply = ApplyRun {};
    const bool hasSnapshot = m_document->hasSnapshot();
    m_apply.module = hasSnapshot ? m_document->snapshot().module() : m_module;
    m_apply.infra = hasSnapshot ? m_document->snapshot().infra() : m_infra;
    setState(State::CheckingConflicts);
    watch(m_client->getCustomerConfig(m_apply.module, m_apply.infra, true),
        [this](ApiReply *reply) { checkedForConflicts(reply); });
}

void AccountSession::checkedForConflicts(ApiReply *reply)
{
    if (!reply->isOk()) {
        // Nothing was sent: every queued change is still unconfirmed.
        finishApplyFailed(reply->error(), pendingFields(*m_document));
        return;
    }
    m_apply.fresh = reply->images();
    // A field the server now has exactly as queued needs no choice: the fresh snapshot drops it.
    const QList<Conflict> all = m_document->conflictsWith(m_apply.fresh);
    for (const Conflict &conflict : all) {
        if (!ConfigDocument::isSatisfiedBy(conflict.pending, m_apply.fresh))
            m_apply.conflicts.append(conflict);
    }
    if (m_apply.conflicts.isEmpty()) {
        takeServerOverrides(m_apply.fresh);
        sendChanges();
        return;
    }
    qCInfo(lcSession) << m_apply.conflicts.size() << "queued field(s) changed on the server since load";
    setState(State::WaitingForConflictChoice);
    Q_EMIT conflictsFound(m_apply.conflicts);
}

void AccountSession::resolveConflicts(const QStringList &fieldsToOverwrite)
{
    if (m_state != State::WaitingForConflictChoice) {
        qCInfo(lcSession) << "resolveConflicts ignored while" << m_state;
        return;
    }
    // The loaded values become the server's current ones, so a later apply compares with them.
    takeServerOverrides(m_apply.fresh);
    for (const Conflict &conflict : std::as_const(m_apply.conflicts)) {
        if (!fieldsToOverwrite.contains(conflict.field))
            m_document->dropPending(conflict.field);
    }
    m_apply.conflicts.clear();
    sendChanges();
}

void AccountSession::cancelApply()
{
    if (m_state != State::CheckingConflicts && m_state != State::WaitingForConflictChoice) {
        qCInfo(lcSession) << "cancelApply ignored while" << m_state;
        return;
    }
    // The document keeps its loaded snapshot, so the same conflicts show again on the next apply.
    stopRequests();
    m_apply = ApplyRun {};
    setState(State::Idle);
}

void AccountSession::sendChanges()
{
    const ChangeSet set = m_document->changeSet();
    if (set.isEmpty()) {
        ++m_run;
        m_apply = ApplyRun {};
        setState(State::Idle);
        Q_EMIT applied(0);
        return;
    }
    m_apply.sent = set;
    m_apply.writesLeft = (set.updates.isEmpty() ? 0 : 1) + (set.resets.isEmpty() ? 0 : 1);
    setState(State::Applying);
    qCInfo(lcSession) << "sending" << set.updates.size() << "update(s) and" << set.resets.size() << "reset(s)";

    // Both at once: each is all-or-nothing on its own, and the read-back tells what took.
    if (!set.updates.isEmpty()) {
        watch(m_client->updateConfig(m_apply.module, m_apply.infra, fieldUpdates(set)),
            [this](ApiReply *reply) { writeDone(reply->error()); });
    }
    if (!set.resets.isEmpty()) {
        watch(m_client->resetConfig(m_apply.module, m_apply.infra, set.resets),
            [this](ApiReply *reply) { writeDone(reply->error()); });
    }
}

void AccountSession::writeDone(const ApiError &error)
{
    if (error.isError() && !m_apply.sendError.isError())
        m_apply.sendError = error;
    if (--m_apply.writesLeft > 0)
        return;
    // Failed or not, read back: a write can take even when its answer is lost.
    setState(State::Verifying);
    watch(
        m_client->getCustomerConfig(m_apply.module, m_apply.infra, true), [this](ApiReply *reply) { verified(reply); });
}

void AccountSession::verified(ApiReply *reply)
{
    const QStringList sentFields = fieldsOf(m_apply.sent);
    if (!reply->isOk()) {
        // Unknown what took: everything sent stays queued, and the next apply finds out.
        finishApplyFailed(reply->error(), sentFields);
        return;
    }
    const ImageMap after = reply->images();
    const QStringList confirmed = ConfigDocument::confirmedFields(m_apply.sent, after);
    takeServerOverrides(after);

    QStringList unconfirmed;
    for (const QString &field : sentFields) {
        if (!confirmed.contains(field))
            unconfirmed.append(field);
    }
    if (unconfirmed.isEmpty()) {
        ++m_run;
        m_apply = ApplyRun {};
        setState(State::Idle);
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

void AccountSession::finishApplyFailed(const ApiError &error, const QStringList &unconfirmedFields)
{
    ++m_run;
    m_apply = ApplyRun {};
    setState(State::Idle);
    qCWarning(lcSession).noquote() << "apply failed:" << apiErrorKindName(error.kind) << "HTTP" << error.httpStatus
                                   << error.code << ";" << unconfirmedFields.size() << "change(s) stay queued";
    Q_EMIT applyFailed(error, unconfirmedFields);
}

void AccountSession::takeServerOverrides(const ImageMap &overrides)
{
    const ConfigSnapshot &old = m_document->snapshot();
    // The read-only fields stay: the read-back's overrides replace only the images.
    m_document->setSnapshot(old.withOverrides(overrides, stillDeprecated(old.deprecated(), old.overrides(), overrides)));
}

// ---- preview

QString AccountSession::previewAsCurl() const
{
    const ChangeSet set = m_document->changeSet();
    const bool hasSnapshot = m_document->hasSnapshot();
    const Module module = hasSnapshot ? m_document->snapshot().module() : m_module;
    const Infra infra = hasSnapshot ? m_document->snapshot().infra() : m_infra;
    const AuthKind auth = m_client->connection().authKind;

    QStringList commands;
    if (!set.updates.isEmpty())
        commands.append(toCurlCommand(m_client->previewUpdateConfig(module, infra, fieldUpdates(set)), auth));
    if (!set.resets.isEmpty())
        commands.append(toCurlCommand(m_client->previewResetConfig(module, infra, set.resets), auth));
    return commands.join(QStringLiteral("\n\n"));
}

} // namespace hci
