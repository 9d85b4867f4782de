#include "historyrecorder.h"

#include "localstore.h"

#include "harness/apireply.h"
#include "harness/harnessclient.h"
#include "session/accountsession.h"

#include <QChildEvent>
#include <QPointer>
#include <QTimer>

namespace hci {

HistoryRecorder::HistoryRecorder(LocalStore *store, AccountSession *session, ScopeSource scope, QString source,
                                 QObject *parent)
    : QObject(parent)
    , m_history(store)
    , m_session(session)
    , m_scope(std::move(scope))
    , m_source(std::move(source))
{
    connect(session, &AccountSession::loaded, this, &HistoryRecorder::onLoaded);
    connect(session, &AccountSession::stateChanged, this, &HistoryRecorder::onStateChanged);
    connect(session, &AccountSession::applied, this, [this] { finishApply(true, {}); });
    connect(session, &AccountSession::applyFailed, this,
            [this](const ApiError &error, const QStringList &) {
                if (m_recording && !error.correlationId.isEmpty())
                    m_apply.correlationIds.append(error.correlationId);
                finishApply(false, error.userMessage());
            });
    // The client's replies are its children: their correlation IDs are read as they finish.
    session->client()->installEventFilter(this);
}

void HistoryRecorder::onLoaded()
{
    const std::optional<StoreScope> scope = m_scope();
    if (!scope || !scope->isValid())
        return;
    const ConfigSnapshot &snapshot = m_session->document()->snapshot();
    const LoadDifference difference = m_history.recordLoadSinceLastLook(*scope, snapshot);
    Q_EMIT loadRecorded(*scope, difference);
}

void HistoryRecorder::onStateChanged()
{
    if (m_session->state() != AccountSession::State::Applying || m_recording)
        return;
    const std::optional<StoreScope> scope = m_scope();
    if (!scope || !scope->isValid())
        return;
    // What is about to be sent, against the overrides it was checked against.
    const ConfigDocument *document = m_session->document();
    m_recording = true;
    m_sent = document->changeSet();
    m_apply = ApplyRecord{};
    m_apply.scope = *scope;
    m_apply.profileName = m_profileName;
    m_apply.appliedAt = QDateTime::currentDateTimeUtc();
    m_apply.source = m_source;
    const ImageMap &before = document->snapshot().overrides();
    auto beforeOf = [&before](const QString &field) {
        return before.contains(field) ? std::optional<QString>(before.value(field)) : std::nullopt;
    };
    for (const auto &[field, value] : std::as_const(m_sent.updates))
        m_apply.fields.append({field, beforeOf(field), value, false});
    for (const QString &field : std::as_const(m_sent.resets))
        m_apply.fields.append({field, beforeOf(field), std::nullopt, false});
}

void HistoryRecorder::finishApply(bool ok, const QString &message)
{
    if (!m_recording)
        return;
    m_recording = false;
    const ConfigSnapshot &after = m_session->document()->snapshot();
    const QStringList confirmed = ConfigDocument::confirmedFields(m_sent, after.overrides());
    for (AppliedField &field : m_apply.fields)
        field.confirmed = confirmed.contains(field.field);
    m_apply.ok = ok;
    m_apply.message = message;
    m_apply.correlationIds.removeDuplicates();
    const qint64 id = m_history.recordApply(m_apply);
    // The read-back is what this app left on the server: the next load compares with it, so that
    // only changes made elsewhere show as such.
    m_history.recordLoad(m_apply.scope, after, QStringLiteral("apply"));
    if (id > 0)
        Q_EMIT applyRecorded(id);
}

bool HistoryRecorder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded && m_recording) {
        // Still being constructed now: look at it once the event loop runs again.
        QPointer<QObject> child = static_cast<QChildEvent *>(event)->child();
        QTimer::singleShot(0, this, [this, child] {
            auto *reply = qobject_cast<ApiReply *>(child.data());
            if (!reply || !m_recording)
                return;
            connect(reply, &ApiReply::finished, this, [this, reply] {
                if (m_recording && !reply->correlationId().isEmpty())
                    m_apply.correlationIds.append(reply->correlationId());
            });
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hci
