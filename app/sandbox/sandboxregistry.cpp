#include "sandboxregistry.h"

#include "core/imagereference.h"
#include "core/imageversion.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace hci {

const QString SandboxRegistry::kService = QStringLiteral("sandbox-registry");

namespace {

const QByteArray kApiVersion = QByteArrayLiteral("registry/2.0");

SandboxAnswer json(int status, const QJsonObject &object)
{
    SandboxAnswer answer;
    answer.status = status;
    answer.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")},
                      {QByteArrayLiteral("Docker-Distribution-Api-Version"), kApiVersion}};
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

// The registry's error shape: {"errors": [{"code": …, "message": …}]}.
SandboxAnswer registryError(int status, const QString &code, const QString &message)
{
    const QJsonObject entry{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return json(status, QJsonObject{{QStringLiteral("errors"), QJsonArray{entry}}});
}

QString randomToken()
{
    QString token;
    for (int i = 0; i < 32; ++i)
        token.append(QLatin1Char("0123456789abcdef"[QRandomGenerator::system()->bounded(16)]));
    return token;
}

} // namespace

SandboxRegistry::SandboxRegistry() = default;

bool SandboxRegistry::handles(const QString &path)
{
    return path == QLatin1String("/v2") || path.startsWith(QLatin1String("/v2/")) || path == QLatin1String("/token");
}

void SandboxRegistry::setTags(const QString &repository, const QStringList &tags)
{
    m_repositories.insert(repository, tags);
}

QStringList SandboxRegistry::tags(const QString &repository) const
{
    return m_repositories.value(repository);
}

void SandboxRegistry::removeRepository(const QString &repository)
{
    m_repositories.remove(repository);
}

void SandboxRegistry::seedFromImages(const ImageMap &images)
{
    QMap<QString, QSet<QString>> seeded;
    for (const QString &image : images) {
        const ImageReference reference = ImageReference::parse(image);
        if (!reference.isValid() || reference.registryHost() != QLatin1String("docker.io"))
            continue;
        QSet<QString> &tags = seeded[reference.registryPath()];
        tags.insert(QStringLiteral("latest"));
        const QString tag = reference.tag().isEmpty() ? QStringLiteral("latest") : reference.tag();
        const auto version = ImageVersion::fromTag(tag);
        if (!version || version->number().segmentCount() != 3) {
            tags.insert(tag);
            continue;
        }
        const QVersionNumber number = version->number();
        const bool prefixed = tag.startsWith(version->variant() + u'-') && !version->variant().isEmpty();
        for (int patch = qMax(0, number.microVersion() - 12); patch <= number.microVersion(); ++patch) {
            const QString release = QStringLiteral("%1.%2.%3").arg(number.majorVersion()).arg(number.minorVersion()).arg(patch);
            tags.insert(release);
            if (!version->variant().isEmpty())
                tags.insert(prefixed ? version->variant() + u'-' + release : release + u'-' + version->variant());
        }
    }
    for (auto it = seeded.cbegin(); it != seeded.cend(); ++it) {
        QSet<QString> all = it.value();
        const QStringList before = m_repositories.value(it.key());
        for (const QString &tag : before)
            all.insert(tag);
        m_repositories.insert(it.key(), QStringList(all.cbegin(), all.cend()));
    }
}

void SandboxRegistry::requireCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
    m_credentialsRequired = !username.isEmpty();
}

SandboxAnswer SandboxRegistry::answer(const SandboxRequest &request, quint16 port)
{
    if (request.path == QLatin1String("/token"))
        return tokenAnswer(request);

    QString path = request.path.mid(3); // after "/v2"
    if (path.isEmpty() || path == QLatin1String("/")) {
        if (!m_tokens.contains(request.bearerToken))
            return challenge(port, QString(), QStringLiteral("UNAUTHORIZED"));
        return json(200, QJsonObject());
    }
    path = path.mid(1);

    QString repository;
    QString reference;
    bool tagsList = false;
    if (path.endsWith(QLatin1String("/tags/list"))) {
        repository = path.chopped(int(qstrlen("/tags/list")));
        tagsList = true;
    } else if (const qsizetype at = path.lastIndexOf(QLatin1String("/manifests/")); at > 0) {
        repository = path.left(at);
        reference = path.mid(at + int(qstrlen("/manifests/")));
    } else {
        return registryError(404, QStringLiteral("UNSUPPORTED"), QStringLiteral("The sandbox registry serves tag lists and manifests."));
    }
    const bool read = request.method == "GET" || (request.method == "HEAD" && !tagsList);
    if (!read)
        return registryError(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("The sandbox registry is read-only."));

    if (m_tokens.value(request.bearerToken) != repository)
        return challenge(port, repository, QStringLiteral("UNAUTHORIZED"));
    if (!m_repositories.contains(repository))
        return registryError(404, QStringLiteral("NAME_UNKNOWN"), QStringLiteral("repository name not known to registry"));
    return tagsList ? tagList(request, repository) : manifest(repository, reference);
}

SandboxAnswer SandboxRegistry::challenge(quint16 port, const QString &repository, const QString &code) const
{
    SandboxAnswer answer = registryError(401, code, QStringLiteral("authentication required"));
    QString value = QStringLiteral("Bearer realm=\"http://%1:%2/token\",service=\"%3\"").arg(m_realmHost).arg(port).arg(kService);
    if (!repository.isEmpty())
        value += QStringLiteral(",scope=\"repository:%1:pull\"").arg(repository);
    answer.headers.append({QByteArrayLiteral("WWW-Authenticate"), value.toUtf8()});
    return answer;
}

SandboxAnswer SandboxRegistry::tokenAnswer(const SandboxRequest &request)
{
    if (request.method != "GET")
        return registryError(405, QStringLiteral("UNSUPPORTED"), QStringLiteral("GET the token."));
    if (!request.basicCredentials.isEmpty())
        ++m_tokenRequestsWithCredentials;
    if (m_credentialsRequired) {
        const QByteArray expected = QString(m_username + u':' + m_password).toUtf8();
        if (QByteArray::fromBase64(request.basicCredentials) != expected) {
            SandboxAnswer refused = registryError(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("credentials required"));
            refused.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                                    QByteArrayLiteral("Basic realm=\"") + kService.toUtf8() + '"'});
            return refused;
        }
    }
    const QString service = request.query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    const QString scope = request.query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    const QStringList parts = scope.split(u':');
    if (service != kService || parts.size() != 3 || parts.at(0) != QLatin1String("repository")
        || !parts.at(2).split(u',').contains(QLatin1String("pull")))
        return registryError(400, QStringLiteral("DENIED"), QStringLiteral("ask for service=%1 and scope=repository:<name>:pull").arg(kService));

    const QString token = randomToken();
    m_tokens.insert(token.toLatin1(), parts.at(1));
    ++m_tokensIssued;
    return json(200, QJsonObject{{m_accessTokenField ? QStringLiteral("access_token") : QStringLiteral("token"), token},
                                 {QStringLiteral("expires_in"), 300}});
}

SandboxAnswer SandboxRegistry::tagList(const SandboxRequest &request, const QString &repository) const
{
    // Lexical order, as the distribution registry lists them; "last" and "n" page through it.
    QStringList all = m_repositories.value(repository);
    std::sort(all.begin(), all.end());
    const QString last = request.query.queryItemValue(QStringLiteral("last"), QUrl::FullyDecoded);
    bool limited = false;
    const int n = request.query.queryItemValue(QStringLiteral("n")).toInt(&limited);
    QStringList page;
    for (const QString &tag : std::as_const(all)) {
        if (last.isEmpty() || tag > last)
            page.append(tag);
    }
    const bool more = limited && n > 0 && page.size() > n;
    if (limited && n > 0)
        page = page.mid(0, n);

    SandboxAnswer answer = json(200, QJsonObject{{QStringLiteral("name"), repository},
                                                  {QStringLiteral("tags"), QJsonArray::fromStringList(page)}});
    if (more) {
        const QByteArray next = QByteArrayLiteral("</v2/") + repository.toUtf8() + QByteArrayLiteral("/tags/list?n=")
            + QByteArray::number(n) + QByteArrayLiteral("&last=") + QUrl::toPercentEncoding(page.last())
            + QByteArrayLiteral(">; rel=\"next\"");
        answer.headers.append({QByteArrayLiteral("Link"), next});
    }
    return answer;
}

SandboxAnswer SandboxRegistry::manifest(const QString &repository, const QString &reference) const
{
    if (!m_repositories.value(repository).contains(reference))
        return registryError(404, QStringLiteral("MANIFEST_UNKNOWN"), QStringLiteral("manifest unknown"));
    // A stand-in image: its digests are derived from the name, so that each tag has its own.
    const QByteArray name = QString(repository + u':' + reference).toUtf8();
    const QString configDigest = QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Sha256).toHex());
    const QJsonObject config{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.docker.container.image.v1+json")},
                             {QStringLiteral("size"), 2},
                             {QStringLiteral("digest"), configDigest}};
    const QJsonObject body{{QStringLiteral("schemaVersion"), 2},
                           {QStringLiteral("mediaType"), QStringLiteral("application/vnd.docker.distribution.manifest.v2+json")},
                           {QStringLiteral("config"), config},
                           {QStringLiteral("layers"), QJsonArray()}};
    SandboxAnswer answer = json(200, body);
    answer.headers[0].second = QByteArrayLiteral("application/vnd.docker.distribution.manifest.v2+json");
    answer.headers.append({QByteArrayLiteral("Docker-Content-Digest"),
                           QByteArrayLiteral("sha256:") + QCryptographicHash::hash(answer.body, QCryptographicHash::Sha256).toHex()});
    return answer;
}

} // namespace hci
