#include "profile.h"

#include <QCoreApplication>
#include <QUuid>

namespace hci {

QUrl Profile::gatewayUrl(QString *whyNot) const
{
    if (cluster != Cluster::Custom) {
        if (whyNot)
            whyNot->clear();
        return gatewayUrlFor(cluster);
    }
    return normalizeGatewayUrl(customUrl, whyNot);
}

QString Profile::host() const
{
    return gatewayUrl().authority();
}

QString Profile::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("hci::Profile", "Give the profile a name.");
    QString why;
    if (kind == Kind::Stored && gatewayUrl(&why).isEmpty())
        return why;
    if (kind == Kind::Stored && accountId.trimmed().isEmpty())
        return QCoreApplication::translate("hci::Profile",
                                           "Enter the account ID (it fills itself in from a pat. or sat. key).");
    return {};
}

Connection Profile::connection(const QString &apiKey) const
{
    Connection connection;
    connection.gatewayUrl = gatewayUrl();
    connection.accountId = accountId.trimmed();
    connection.apiKey = apiKey.trimmed();
    connection.authKind = authKind;
    return connection;
}

bool Profile::operator==(const Profile &other) const
{
    return kind == other.kind && id == other.id && name == other.name && cluster == other.cluster
        && customUrl == other.customUrl && accountId == other.accountId && authKind == other.authKind
        && colour == other.colour && isProduction == other.isProduction && registryMirror == other.registryMirror
        && mirrorUser == other.mirrorUser;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::sandboxId()
{
    return QStringLiteral("sandbox");
}

QString Profile::environmentId()
{
    return QStringLiteral("environment");
}

QString Profile::registrySecretId(const QString &profileId)
{
    return profileId + QStringLiteral("/registry");
}

Profile Profile::sandbox()
{
    Profile profile;
    profile.kind = Kind::Sandbox;
    profile.id = sandboxId();
    profile.name = QCoreApplication::translate("hci::Profile", "Sandbox (built-in)");
    profile.cluster = Cluster::Custom;
    profile.colour = QStringLiteral("#2e7d32");
    return profile;
}

QStringList Profile::colourChoices()
{
    return {QStringLiteral("#1565c0"), QStringLiteral("#2e7d32"), QStringLiteral("#6a1b9a"),
            QStringLiteral("#ef6c00"), QStringLiteral("#00838f"), QStringLiteral("#546e7a")};
}

QString Profile::defaultColour()
{
    return colourChoices().constFirst();
}

QString Profile::productionColour()
{
    return QStringLiteral("#c62828");
}

} // namespace hci
