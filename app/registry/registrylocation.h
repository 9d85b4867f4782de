#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace hci {

class ImageReference;

// Where lookups of Harness's own images (harness/*, plugins/* on Docker Hub) go instead of Docker Hub:
// a private mirror's host, with the path the mirror keeps them under. A per-profile setting.
struct RegistryMirror
{
    QString host;    // "mirror.example.com", "127.0.0.1:5000"
    QString prefix;  // "" or e.g. "dockerhub", as in mirror.example.com/dockerhub/harness/ci-addon

    bool isEmpty() const { return host.isEmpty(); }
    QString toString() const { return prefix.isEmpty() ? host : host + u'/' + prefix; }

    // "mirror.example.com", "mirror.example.com:5000/dockerhub", "https://mirror.example.com".
    // Empty text is no mirror. Nothing, with a translated reason, when it is not a registry address.
    static std::optional<RegistryMirror> parse(const QString &text, QString *whyNot = nullptr);
};

// The registry that answers for one image repository, and the name it knows the repository by.
struct RegistryLocation
{
    QUrl origin;             // https://registry-1.docker.io, http://127.0.0.1:5000 (loopback only)
    QString repository;      // "harness/ci-addon", "library/alpine"
    QString credentialHost;  // whose credentials apply: "docker.io", "mirror.example.com:5000"
    bool viaMirror = false;

    bool isValid() const { return origin.isValid() && !repository.isEmpty(); }
    // For people: "Docker Hub", or the registry's host.
    QString displayName() const;
    QUrl tagsUrl(int pageSize) const;
    QUrl manifestUrl(const QString &tagOrDigest) const;
};

// Docker Hub for docker.io references (registry-1.docker.io), else the host the reference names;
// https, except plain http to loopback hosts. Harness's images go to the mirror when one is set.
RegistryLocation locateRepository(const ImageReference &reference, const RegistryMirror &mirror = {});

// The origin (scheme, host, port) a registry host[:port] is reached at.
QUrl registryOrigin(const QString &hostAndPort);

} // namespace hci
