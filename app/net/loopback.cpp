#include "loopback.h"

#include <QHostAddress>

namespace hci {

bool isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty())
        return false;
    if (name == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(name) && address.isLoopback();
}

} // namespace hci
