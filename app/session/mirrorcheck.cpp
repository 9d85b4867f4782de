#include "mirrorcheck.h"

#include "registry/registryclient.h"
#include "registry/registryreply.h"

#include <QCoreApplication>

namespace hci {

QString MirrorPresence::text() const
{
    switch (state) {
    case State::Checking:
        return QCoreApplication::translate("hci::MirrorPresence", "checking…");
    case State::Exists:
        return QCoreApplication::translate("hci::MirrorPresence", "exists");
    case State::Missing:
        return QCoreApplication::translate("hci::MirrorPresence", "missing");
    case State::Unknown:
        return QCoreApplication::translate("hci::MirrorPresence", "could not check: %1").arg(reason);
    }
    return {};
}

MirrorCheck::MirrorCheck(RegistryClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

MirrorCheck::~MirrorCheck()
{
    cancel();
}

void MirrorCheck::cancel()
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
    }
}

void MirrorCheck::start(const QStringList &targets)
{
    cancel();
    m_results.clear();
    for (const QString &target : targets) {
        if (m_results.contains(target))
            continue;
        m_results.insert(target, MirrorPresence{});
        RegistryReply *reply = m_client->checkTag(target);
        m_pending.insert(reply, target);
        connect(reply, &RegistryReply::finished, this, [this, reply, target] { answered(reply, target); });
    }
    if (m_pending.isEmpty()) // nothing to ask: say so from the event loop, as for answers
        QMetaObject::invokeMethod(this, &MirrorCheck::finished, Qt::QueuedConnection);
}

void MirrorCheck::answered(RegistryReply *reply, const QString &target)
{
    if (!m_pending.remove(reply))
        return;
    MirrorPresence presence;
    if (reply->isOk() && reply->presence() == RegistryReply::Presence::Present) {
        presence.state = MirrorPresence::State::Exists;
    } else if (reply->isOk() && reply->presence() == RegistryReply::Presence::Missing) {
        presence.state = MirrorPresence::State::Missing;
    } else {
        presence.state = MirrorPresence::State::Unknown;
        presence.reason = reply->error().userMessage();
    }
    m_results.insert(target, presence);
    Q_EMIT checked(target, presence);
    if (m_pending.isEmpty())
        Q_EMIT finished();
}

int MirrorCheck::missingCount() const
{
    int count = 0;
    for (const MirrorPresence &presence : m_results)
        count += presence.state == MirrorPresence::State::Missing ? 1 : 0;
    return count;
}

} // namespace hci
