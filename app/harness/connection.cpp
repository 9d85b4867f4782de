#include "connection.h"

#include <QCoreApplication>

namespace hci {

namespace {

QString clusterHost(Cluster cluster)
{
    switch (cluster) {
    case Cluster::Prod1:
    case Cluster::Prod2:
        return QStringLiteral("app.harness.io");
    case Cluster::Prod3:
        return QStringLiteral("app3.harness.io");
    case Cluster::Prod0:
    case Cluster::Prod4:
        return QStringLiteral("accounts.harness.io");
    case Cluster::Eu:
        return QStringLiteral("accounts.eu.harness.io");
    case Cluster::Custom:
        break;
    }
    return {};
}

const QString kGatewayPath = QStringLiteral("/gateway");

} // namespace

QList<Cluster> allClusters()
{
    return { Cluster::Prod1, Cluster::Prod2, Cluster::Prod3, Cluster::Prod0, Cluster::Prod4, Cluster::Eu,
        Cluster::Custom };
}

QString clusterDisplayName(Cluster cluster)
{
    switch (cluster) {
    case Cluster::Prod1:
        return QCoreApplication::translate("hci::Connection", "Prod1 (app.harness.io)");
    case Cluster::Prod2:
        return QCoreApplication::translate("hci::Connection", "Prod2 (app.harness.io)");
    case Cluster::Prod3:
        return QCoreApplication::translate("hci::Connection", "Prod3 (app3.harness.io)");
    case Cluster::Prod0:
        return QCoreApplication::translate("hci::Connection", "Prod0 (accounts.harness.io)");
    case Cluster::Prod4:
        return QCoreApplication::translate("hci::Connection", "Prod4 (accounts.harness.io)");
    case Cluster::Eu:
        return QCoreApplication::translate("hci::Connection", "EU (accounts.eu.harness.io)");
    case Cluster::Custom:
        return QCoreApplication::translate("hci::Connection", "Custom URL");
    }
    return {};
}

QUrl gatewayUrlFor(Cluster cluster)
{
    const QString host = clusterHost(cluster);
    if (host.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(kGatewayPath);
    return url;
}

QUrl normalizeGatewayUrl(const QString &typed, QString *whyNot)
{
    const auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return QUrl();
    };

    QString text = typed.trimmed();
    if (text.isEmpty())
        return refuse(QCoreApplication::translate("hci::Connection", "Enter the address of the Harness server."));
    // "host:8080" would otherwise parse as scheme "host", so only an explicit "://" counts as a scheme.
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(
            QCoreApplication::translate("hci::Connection", "“%1” is not a valid address.").arg(typed.trimmed()));

    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(QCoreApplication::translate("hci::Connection", "The address must start with https://."));
    if (url.host().isEmpty())
        return refuse(QCoreApplication::translate("hci::Connection", "The address has no host name."));
    if (!url.userInfo().isEmpty())
        return refuse(
            QCoreApplication::translate("hci::Connection", "The address must not contain a user name or password."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return refuse(QCoreApplication::translate("hci::Connection",
            "Plain http:// would send the API key unencrypted; use https:// "
            "(http:// is only allowed to this computer)."));

    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());

    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(kGatewayPath))
        path += kGatewayPath;
    url.setPath(path);

    if (whyNot)
        whyNot->clear();
    return url;
}

QString accountIdFromApiKey(const QString &key)
{
    const QStringList parts = key.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 4)
        return {};
    if (parts.at(0) != QLatin1String("pat") && parts.at(0) != QLatin1String("sat"))
        return {};
    for (const QString &part : parts) {
        if (part.isEmpty())
            return {};
    }
    return parts.at(1);
}

} // namespace hci
