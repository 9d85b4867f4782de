#include "apireply.h"

#include "logging.h"

#include <QNetworkReply>
#include <QTimer>

namespace hci {

ApiReply::ApiReply(Operation operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{ }

ApiReply::~ApiReply()
{
    dropNetworkReply();
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    dropNetworkReply();
    qCDebug(lcHarness) << "request cancelled by the app";
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    complete(cancelled);
}

void ApiReply::complete(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_retryTimer)
        m_retryTimer->stop();
    dropNetworkReply();
    // A slot may delete the reply outright; then there is nothing left to schedule.
    QPointer<ApiReply> alive(this);
    Q_EMIT finished();
    if (alive && m_autoDelete)
        deleteLater();
}

void ApiReply::dropNetworkReply()
{
    QNetworkReply *networkReply = m_networkReply;
    m_networkReply = nullptr;
    if (!networkReply)
        return;
    // Disconnect first: abort() emits finished() at once, and that must not settle us again.
    QObject::disconnect(networkReply, nullptr, this, nullptr);
    networkReply->abort();
    networkReply->deleteLater();
}

} // namespace hci
