#include "accountsession.h"

#include "accountsession_p.h"
#include "writequeue.h"

#include "harness/apireply.h"
#include "harness/envelope.h"
#include "harness/harnessclient.h"
#include "harness/requestpreview.h"

#include <QTimer>
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

} // namespace

AccountSession::AccountSession(HarnessClient *client, ConfigDocument *document, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_document(document)
    , m_deadline(new QTimer(this))
{
    Q_ASSERT(client && document);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &AccountSession::deadlinePassed);
}

AccountSession::~AccountSession()
{
    stopRequests();
    delete m_turn; // the next session in the account's queue goes on
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
    connect(reply, &ApiReply::retrying, this, [this, run](int, int delayMs, const ApiError &reason) {
        if (run == m_run)
            m_lastWaitReason = reason;
        Q_EMIT waiting(delayMs, reason);
    });
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

void AccountSession::startDeadline()
{
    m_lastWaitReason = ApiError {};
    m_deadline->start(int(m_deadlineMs.count()));
}

void AccountSession::stopDeadline()
{
    m_deadline->stop();
}

ApiError AccountSession::deadlineError() const
{
    // Still rate limited when time ran out: that is what the user can act on.
    if (m_lastWaitReason.isError()) {
        ApiError limited = m_lastWaitReason;
        limited.kind = ApiError::Kind::RateLimited;
        return limited;
    }
    ApiError error;
    error.kind = ApiError::Kind::DeadlinePassed;
    error.detail = tr("No complete answer within %n second(s).", nullptr, int((m_deadlineMs.count() + 999) / 1000));
    return error;
}

void AccountSession::deadlinePassed()
{
    qCWarning(lcSession) << "deadline passed while" << m_state;
    if (m_state == State::Loading) {
        failLoad(deadlineError());
    } else if (m_state == State::CheckingConflicts) {
        // Nothing was sent: every queued change is still unconfirmed.
        stopRequests();
        finishApplyFailed(deadlineError(), pendingFieldsOf(*m_document));
    }
}

bool AccountSession::connectionChanged(const Connection &pinned) const
{
    const Connection &now = m_client->connection();
    return now.gatewayUrl != pinned.gatewayUrl || now.accountId != pinned.accountId || now.apiKey != pinned.apiKey
        || now.authKind != pinned.authKind;
}

bool AccountSession::isLoadingCurrentScope() const
{
    return m_state == State::Loading && m_load.module == m_module && m_load.infra == m_infra
        && !connectionChanged(m_load.connection);
}

ApiError AccountSession::connectionChangedError()
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.detail = tr("the connection changed while the operation ran, so nothing more was sent to either account.");
    return error;
}

bool AccountSession::canCancel() const
{
    return m_state == State::Loading || m_state == State::CheckingConflicts
        || m_state == State::WaitingForConflictChoice;
}

void AccountSession::cancel()
{
    if (m_state == State::Loading) {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        failLoad(cancelled);
        return;
    }
    cancelApply();
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
    m_load.connection = m_client->connection();
    m_load.left = 3;
    setState(State::Loading);
    startDeadline();
    qCDebug(lcSession).noquote() << "loading" << moduleId(m_module) << infraId(m_infra);

    watch(m_client->getDefaultConfig(m_module, m_infra), [this](ApiReply *reply) {
        if (!reply->isOk())
            return failLoad(errorOf(reply));
        m_load.defaults = reply->images();
        m_load.readOnlyDefaults = reply->otherValues();
        loadPartDone();
    });
    watch(m_client->getCustomerConfig(m_module, m_infra, true), [this](ApiReply *reply) {
        if (!reply->isOk())
            return failLoad(errorOf(reply));
        m_load.overrides = reply->images();
        m_load.readOnlyOverrides = reply->otherValues();
        loadPartDone();
    });
    watch(m_client->getDeprecatedConfig(m_module), [this](ApiReply *reply) {
        if (!reply->isOk()) {
            if (!meansNoDeprecatedList(errorOf(reply)))
                return failLoad(errorOf(reply));
            qCInfo(lcSession).noquote() << "no deprecated images from this server:" << errorOf(reply).code << "HTTP"
                                        << errorOf(reply).httpStatus;
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
    // Another account's data must never show under this one's name.
    if (connectionChanged(m_load.connection))
        return failLoad(connectionChangedError());
    ++m_run; // the run is over; nothing of it is in flight any more
    stopDeadline();
    if (m_document->hasSnapshot()
        && (m_document->snapshot().module() != m_load.module || m_document->snapshot().infra() != m_load.infra))
        m_refused.clear(); // refusals belong to the scope they were found in
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
    stopDeadline();
    m_load = LoadRun {};
    setState(State::Idle);
    Q_EMIT loadFailed(error);
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

    // In the order the apply sends them: the update first, then the reset.
    QStringList commands;
    if (!set.updates.isEmpty())
        commands.append(toCurlCommand(m_client->previewUpdateConfig(module, infra, fieldUpdates(set.updates)), auth));
    if (!set.resets.isEmpty())
        commands.append(toCurlCommand(m_client->previewResetConfig(module, infra, set.resets), auth));
    return commands.join(QStringLiteral("\n\n"));
}

} // namespace hci
