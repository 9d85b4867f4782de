#include "storescope.h"

namespace hci {

QString StoreScope::key() const
{
    // The parts cannot contain a newline: ids, hosts and the fixed module and infra names.
    return QStringList{profileKey, accountId, moduleId(module), infraId(infra)}.join(QLatin1Char('\n'));
}

StoreScope StoreScope::forProfile(const QString &profileId, const QString &accountId, Module module, Infra infra)
{
    const bool sandbox = profileId == QLatin1String("sandbox");
    return StoreScope{profileId, sandbox ? QStringLiteral("sandbox") : accountId, module, infra};
}

StoreScope StoreScope::forHost(const QUrl &gatewayUrl, const QString &accountId, Module module, Infra infra)
{
    return StoreScope{QStringLiteral("host:") + gatewayUrl.authority().toLower(), accountId, module, infra};
}

} // namespace hci
