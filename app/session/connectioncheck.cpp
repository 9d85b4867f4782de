#include "connectioncheck.h"

#include "harness/apireply.h"
#include "harness/harnessclient.h"

namespace hci {

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_client(new HarnessClient(this))
{
    // A check should answer within seconds, not wait out a long rate limit.
    m_client->setRetryPolicy(RetryPolicy{2, std::chrono::milliseconds(500), std::chrono::milliseconds(2000)});
    m_client->setTransferTimeout(std::chrono::seconds(15));
}

ConnectionCheck::~ConnectionCheck() = default;

bool ConnectionCheck::start(const Profile &profile, const QString &apiKey, QString *whyNot)
{
    stop();
    if (!m_client->setConnection(profile.connection(apiKey), whyNot))
        return false;
    ApiReply *reply = m_client->getDefaultConfig(Module::Ci, Infra::K8);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_reply != reply)
            return; // stopped, or replaced by a newer check
        m_reply = nullptr;
        Q_EMIT finished(reply->isOk(), int(reply->images().size()), reply->error());
    });
    return true;
}

void ConnectionCheck::stop()
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    if (reply)
        reply->abort();
}

} // namespace hci
