#include "writequeue.h"

#include <QHash>
#include <QList>
#include <QUrl>

namespace hci {

namespace {

// Every turn of the process, per account, oldest first. Sessions live on the GUI thread only.
QHash<QString, QList<WriteTurn *>> &queues()
{
    static QHash<QString, QList<WriteTurn *>> all;
    return all;
}

} // namespace

WriteTurn *WriteTurn::join(const Connection &connection, QObject *parent)
{
    auto *turn = new WriteTurn(accountKey(connection), parent);
    QList<WriteTurn *> &queue = queues()[turn->m_key];
    queue.append(turn);
    if (queue.size() == 1) {
        // Later, so that the caller connects to granted() first; dropped if the turn is deleted before.
        QMetaObject::invokeMethod(turn, [turn] { turn->grant(); }, Qt::QueuedConnection);
    }
    return turn;
}

QString WriteTurn::accountKey(const Connection &connection)
{
    const QUrl &url = connection.gatewayUrl;
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("http") ? 80 : 443);
    return QStringLiteral("%1://%2:%3|%4").arg(scheme, url.host().toLower()).arg(port).arg(connection.accountId);
}

int WriteTurn::queueLength(const Connection &connection)
{
    return int(queues().value(accountKey(connection)).size());
}

WriteTurn::WriteTurn(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
}

WriteTurn::~WriteTurn()
{
    auto it = queues().find(m_key);
    if (it == queues().end())
        return;
    const bool wasFirst = !it->isEmpty() && it->first() == this;
    it->removeAll(this);
    if (it->isEmpty()) {
        queues().erase(it);
        return;
    }
    if (wasFirst) {
        WriteTurn *next = it->first();
        QMetaObject::invokeMethod(next, [next] { next->grant(); }, Qt::QueuedConnection);
    }
}

void WriteTurn::grant()
{
    if (m_granted)
        return;
    m_granted = true;
    Q_EMIT granted();
}

} // namespace hci
