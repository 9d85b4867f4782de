#include "registrylocation.h"

#include "core/imagereference.h"
#include "net/loopback.h"

#include <QCoreApplication>

namespace hci {

namespace {

const QString kDockerHub = QStringLiteral("docker.io");

// Docker Hub's images are served from another host than the one references name.
const QString kDockerHubRegistry = QStringLiteral("registry-1.docker.io");

bool isHarnessImage(const ImageReference &reference)
{
    const QString path = reference.registryPath();
    return reference.registryHost() == kDockerHub
        && (path.startsWith(QLatin1String("harness/")) || path.startsWith(QLatin1String("plugins/")));
}

std::pair<QString, int> splitHostPort(const QString &hostAndPort)
{
    QString host = hostAndPort;
    int port = -1;
    const qsizetype bracket = hostAndPort.indexOf(u']');
    const qsizetype colon = hostAndPort.lastIndexOf(u':');
    if (colon > bracket && (bracket >= 0 || hostAndPort.count(u':') == 1)) {
        host = hostAndPort.left(colon);
        port = hostAndPort.mid(colon + 1).toInt();
    }
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    return {host, port};
}

} // namespace

std::optional<RegistryMirror> RegistryMirror::parse(const QString &text, QString *whyNot)
{
    const auto refuse = [whyNot](const QString &why) -> std::optional<RegistryMirror> {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    };
    QString address = text.trimmed();
    if (address.isEmpty())
        return RegistryMirror();
    bool plainHttp = false;
    if (address.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        address = address.mid(8);
    } else if (address.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        address = address.mid(7);
        plainHttp = true;
    }
    while (address.endsWith(u'/'))
        address.chop(1);

    // The reference grammar decides: the mirror must read as the registry part of an image name.
    const ImageReference probe = ImageReference::parse(QString(address + QLatin1String("/harness/ci-addon")));
    if (!probe.isValid())
        return refuse(probe.errorString());
    if (probe.domain().isEmpty())
        return refuse(QCoreApplication::translate(
            "hci::RegistryMirror", "\"%1\" is not a registry host: name one such as mirror.example.com.").arg(address));

    RegistryMirror mirror;
    mirror.host = probe.domain();
    const qsizetype slash = address.indexOf(u'/');
    mirror.prefix = slash < 0 ? QString() : address.mid(slash + 1);
    if (plainHttp && !isLoopbackHost(splitHostPort(mirror.host).first))
        return refuse(QCoreApplication::translate(
            "hci::RegistryMirror", "Plain http:// is only allowed to this computer; use https://."));
    return mirror;
}

QString RegistryLocation::displayName() const
{
    if (origin.host() == kDockerHubRegistry)
        return QCoreApplication::translate("hci::RegistryLocation", "Docker Hub");
    return origin.port() > 0 ? QStringLiteral("%1:%2").arg(origin.host()).arg(origin.port()) : origin.host();
}

QUrl RegistryLocation::tagsUrl(int pageSize) const
{
    QUrl url = origin;
    url.setPath(QStringLiteral("/v2/%1/tags/list").arg(repository));
    if (pageSize > 0)
        url.setQuery(QStringLiteral("n=%1").arg(pageSize));
    return url;
}

QUrl RegistryLocation::manifestUrl(const QString &tagOrDigest) const
{
    QUrl url = origin;
    url.setPath(QStringLiteral("/v2/%1/manifests/%2").arg(repository, tagOrDigest));
    return url;
}

RegistryLocation locateRepository(const ImageReference &reference, const RegistryMirror &mirror)
{
    RegistryLocation location;
    if (!reference.isValid())
        return location;
    if (!mirror.isEmpty() && isHarnessImage(reference)) {
        location.origin = registryOrigin(mirror.host);
        location.repository = mirror.prefix.isEmpty() ? reference.registryPath()
                                                      : mirror.prefix + u'/' + reference.registryPath();
        location.credentialHost = mirror.host;
        location.viaMirror = true;
        return location;
    }
    const QString host = reference.registryHost();
    location.repository = reference.registryPath();
    location.credentialHost = host;
    location.origin = host == kDockerHub ? registryOrigin(kDockerHubRegistry) : registryOrigin(host);
    return location;
}

QUrl registryOrigin(const QString &hostAndPort)
{
    const auto [host, port] = splitHostPort(hostAndPort);
    QUrl url;
    url.setScheme(isLoopbackHost(host) ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    return url;
}

} // namespace hci
