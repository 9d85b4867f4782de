#include "registryclient.h"

#include "registrylogging.h"
#include "registryprotocol.h"

#include "core/imagereference.h"
#include "net/loopback.h"
#include "net/replyguard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcRegistry, "hci.registry", QtInfoMsg)

namespace hci {

namespace {

const char *const kTooLarge = "hciTooLarge";

// Every manifest kind a tag can point at: multi-platform indexes and single images, OCI and Docker.
const QByteArray kManifestTypes = QByteArrayLiteral(
    "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, "
    "application/vnd.docker.distribution.manifest.list.v2+json, "
    "application/vnd.docker.distribution.manifest.v2+json");

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

// https everywhere; plain http only to this computer (tests, a local registry).
bool isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

QByteArray basicAuthorization(const RegistryCredentials &credentials)
{
    return QByteArrayLiteral("Basic ") + QString(credentials.username + u':' + credentials.password).toUtf8().toBase64();
}

// The error of an answer that did not carry what was asked, judged by its transport and status.
RegistryError answerError(QNetworkReply *network, int status)
{
    RegistryError error;
    error.httpStatus = status;
    if (network->property(kTooLarge).toBool()) {
        error.kind = RegistryError::Kind::TooLarge;
        return error;
    }
    TransportFailure failure = transportFailureOf(network);
    if (failure == TransportFailure::None && status == 0)
        failure = TransportFailure::Network; // no HTTP answer at all
    switch (failure) {
    case TransportFailure::None:
        break;
    case TransportFailure::Tls: {
        const QStringList reasons = tlsErrorsOf(network);
        error.kind = RegistryError::Kind::Tls;
        error.detail = reasons.isEmpty() ? network->errorString() : reasons.join(QLatin1String("; "));
        return error;
    }
    case TransportFailure::Timeout:
        error.kind = RegistryError::Kind::Timeout; // the client never aborts a request it still wants
        return error;
    case TransportFailure::Network:
        error.kind = RegistryError::Kind::Network;
        error.detail = network->errorString();
        return error;
    }
    const RegistryErrorBody body = decodeErrorBody(network->readAll());
    error.code = body.code;
    error.detail = body.message;
    if (status == 401 || status == 403)
        error.kind = RegistryError::Kind::Unauthorized;
    else if (status == 404)
        error.kind = RegistryError::Kind::NotFound;
    else if (status == 429)
        error.kind = RegistryError::Kind::RateLimited;
    else
        error.kind = RegistryError::Kind::Http;
    return error;
}

} // namespace

struct RegistryClient::Result
{
    RegistryError error;
    QStringList tags;
    bool truncated = false;
    RegistryReply::Presence presence = RegistryReply::Presence::Unknown;
    QString digest;
    RegistryLocation location;
    QDateTime at;
};

// One question to one registry, shared by every reply that asked it while it was open.
struct RegistryClient::Lookup
{
    RegistryReply::Operation operation = RegistryReply::Operation::ListTags;
    QString key;
    RegistryLocation where;
    QString tagOrDigest;  // CheckTag
    QString scope;        // repository:<name>:pull
    QUrl url;             // the page or manifest asked for now
    int pages = 0;
    QStringList tags;
    bool triedFreshAuth = false; // one new token or Basic try per request, then 401 is final
    quint64 generation = 0;
    QElapsedTimer clock;
    QList<QPointer<RegistryReply>> waiting;
};

RegistryClient::RegistryClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are judged here: a token must not follow one to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    qRegisterMetaType<hci::RegistryError>();
}

RegistryClient::~RegistryClient() = default;

void RegistryClient::setMirror(const RegistryMirror &mirror)
{
    if (mirror.host == m_mirror.host && mirror.prefix == m_mirror.prefix)
        return;
    m_mirror = mirror;
    clearCache();
}

RegistryLocation RegistryClient::locate(const ImageReference &reference) const
{
    return locateRepository(reference, m_mirror);
}

RegistryReply *RegistryClient::listTags(const QString &reference)
{
    return start(RegistryReply::Operation::ListTags, reference);
}

RegistryReply *RegistryClient::checkTag(const QString &reference)
{
    return start(RegistryReply::Operation::CheckTag, reference);
}

void RegistryClient::clearCache()
{
    m_cache.clear();
    m_lookups.clear(); // open lookups still answer their replies, but no longer fill the cache
    ++m_generation;
}

RegistryReply *RegistryClient::start(RegistryReply::Operation operation, const QString &reference)
{
    auto *reply = new RegistryReply(operation, reference, this);
    const ImageReference parsed = ImageReference::parse(reference.trimmed());
    const RegistryLocation where = parsed.isValid() ? locate(parsed) : RegistryLocation();
    reply->m_location = where;
    if (!where.isValid()) {
        Result result;
        result.error.kind = RegistryError::Kind::InvalidReference;
        result.error.detail = parsed.errorString();
        QMetaObject::invokeMethod(reply, [this, reply, result] { deliver(reply, result, false); }, Qt::QueuedConnection);
        return reply;
    }

    if (m_limits.localOnly && !isLoopbackHost(where.origin.host())) {
        Result result;
        result.error.kind = RegistryError::Kind::Offline;
        QMetaObject::invokeMethod(reply, [this, reply, result] { deliver(reply, result, false); }, Qt::QueuedConnection);
        return reply;
    }

    QString tagOrDigest;
    if (operation == RegistryReply::Operation::CheckTag)
        tagOrDigest = !parsed.digest().isEmpty() ? parsed.digest()
                                                 : (parsed.tag().isEmpty() ? QStringLiteral("latest") : parsed.tag());
    const QString key = (operation == RegistryReply::Operation::ListTags ? QStringLiteral("tags ")
                                                                         : QStringLiteral("manifest "))
        + where.origin.toString() + u'/' + where.repository + (tagOrDigest.isEmpty() ? QString() : u'@' + tagOrDigest);

    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend()
        && (!cached->error.isError()
            || cached->at.msecsTo(QDateTime::currentDateTimeUtc()) < m_limits.failureMemory.count())) {
        const Result result = *cached;
        QMetaObject::invokeMethod(reply, [this, reply, result] { deliver(reply, result, true); }, Qt::QueuedConnection);
        return reply;
    }
    if (const auto open = m_lookups.value(key)) {
        open->waiting.append(reply);
        return reply;
    }

    auto lookup = std::make_shared<Lookup>();
    lookup->operation = operation;
    lookup->key = key;
    lookup->where = where;
    lookup->tagOrDigest = tagOrDigest;
    lookup->scope = QStringLiteral("repository:%1:pull").arg(where.repository);
    lookup->url = operation == RegistryReply::Operation::ListTags ? where.tagsUrl(m_limits.pageSize)
                                                                  : where.manifestUrl(tagOrDigest);
    lookup->generation = m_generation;
    lookup->waiting.append(reply);
    lookup->clock.start();
    m_lookups.insert(key, lookup);
    run(lookup);
    return reply;
}

void RegistryClient::deliver(RegistryReply *reply, const Result &result, bool fromCache)
{
    if (!reply || reply->m_finished)
        return;
    reply->m_error = result.error;
    if (reply->m_error.isError() && reply->m_error.registry.isEmpty())
        reply->m_error.registry = reply->m_location.displayName();
    reply->m_tags = result.tags;
    reply->m_truncated = result.truncated;
    reply->m_presence = result.presence;
    reply->m_digest = result.digest;
    reply->m_fromCache = fromCache;
    reply->complete();
}

void RegistryClient::run(const std::shared_ptr<Lookup> &lookup)
{
    const Host &host = m_hosts[lookup->where.origin.toString()];
    if (host.bearerRealm) {
        // The registry asked for tokens before: get this scope's first rather than be refused.
        const auto token = host.tokens.constFind(lookup->scope);
        if (token == host.tokens.cend() || token->expires <= QDateTime::currentDateTimeUtc()) {
            fetchToken(lookup, *host.bearerRealm, host.bearerService, lookup->scope);
            return;
        }
    }
    send(lookup);
}

QNetworkRequest RegistryClient::baseRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_limits.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("HarnessCiImages/" HCI_VERSION_STRING));
    return request;
}

void RegistryClient::send(const std::shared_ptr<Lookup> &lookup)
{
    QNetworkRequest request = baseRequest(lookup->url);
    const QString origin = lookup->where.origin.toString();
    // Tokens and credentials belong to the registry's own origin, whatever URL is asked now.
    if (originOf(lookup->url) == origin) {
        const Host &host = m_hosts[origin];
        const auto token = host.tokens.constFind(lookup->scope);
        const auto credentials = m_credentials ? m_credentials->credentialsFor(lookup->where.credentialHost)
                                               : std::nullopt;
        if (token != host.tokens.cend() && token->expires > QDateTime::currentDateTimeUtc())
            request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token->value);
        else if (host.basic && credentials)
            request.setRawHeader(QByteArrayLiteral("Authorization"), basicAuthorization(*credentials));
    }
    const bool head = lookup->operation == RegistryReply::Operation::CheckTag;
    request.setRawHeader(QByteArrayLiteral("Accept"), head ? kManifestTypes : QByteArrayLiteral("application/json"));
    dispatch([this, request, head] { return head ? m_network->head(request) : m_network->get(request); },
             [this, lookup](QNetworkReply *network) { answered(lookup, network); });
}

void RegistryClient::answered(const std::shared_ptr<Lookup> &lookup, QNetworkReply *network)
{
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcRegistry).noquote() << (lookup->operation == RegistryReply::Operation::CheckTag ? "HEAD" : "GET")
                                  << lookup->url.path() << "->" << status;
    Result result;
    if (network->property(kTooLarge).toBool()) {
        result.error = answerError(network, status);
        finish(lookup, result);
        return;
    }
    if (status == 401 && challenged(lookup, network))
        return;
    if (status >= 300 && status < 400) {
        // Not followed: a registry's API answers in place, and a token must not travel with a redirect.
        const QUrl target = lookup->url.resolved(network->header(QNetworkRequest::LocationHeader).toUrl());
        result.error.kind = RegistryError::Kind::Redirected;
        result.error.httpStatus = status;
        result.error.detail = target.host();
    } else if (status == 200 && lookup->operation == RegistryReply::Operation::ListTags) {
        readPage(lookup, network);
        return;
    } else if (status == 200) {
        result.presence = RegistryReply::Presence::Present;
        result.digest = QString::fromLatin1(network->rawHeader(QByteArrayLiteral("Docker-Content-Digest")));
    } else if (status == 404 && lookup->operation == RegistryReply::Operation::CheckTag) {
        result.presence = RegistryReply::Presence::Missing; // an answer, not a failure
    } else {
        result.error = answerError(network, status);
    }
    finish(lookup, result);
}

void RegistryClient::readPage(const std::shared_ptr<Lookup> &lookup, QNetworkReply *network)
{
    Result result;
    QString whyNot;
    const auto page = decodeTagList(network->readAll(), &whyNot);
    if (!page) {
        result.error.kind = RegistryError::Kind::BadAnswer;
        result.error.httpStatus = 200;
        result.error.detail = whyNot;
        finish(lookup, result);
        return;
    }
    lookup->tags += page->tags;
    ++lookup->pages;
    const QUrl next = parseNextLink(network->rawHeader(QByteArrayLiteral("Link")), lookup->url);
    if (next.isEmpty() || lookup->pages >= m_limits.maxPages) {
        result.tags = lookup->tags;
        result.truncated = !next.isEmpty();
        finish(lookup, result);
        return;
    }
    if (originOf(next) != lookup->where.origin.toString()) {
        result.error.kind = RegistryError::Kind::Redirected;
        result.error.detail = tr("the next page is on %1").arg(next.host());
        finish(lookup, result);
        return;
    }
    lookup->url = next;
    lookup->triedFreshAuth = false; // a token may expire between pages
    send(lookup);
}

bool RegistryClient::challenged(const std::shared_ptr<Lookup> &lookup, QNetworkReply *network)
{
    if (lookup->triedFreshAuth || originOf(lookup->url) != lookup->where.origin.toString())
        return false;
    const QList<AuthChallenge> challenges = parseAuthChallenges(network->rawHeader(QByteArrayLiteral("WWW-Authenticate")));
    Host &host = m_hosts[lookup->where.origin.toString()];
    const auto bearer = findChallenge(challenges, QStringLiteral("bearer"));
    if (bearer && isAllowedUrl(QUrl(bearer->realm(), QUrl::StrictMode))) {
        lookup->triedFreshAuth = true;
        host.bearerRealm = bearer->realm();
        host.bearerService = bearer->service();
        host.tokens.remove(lookup->scope);
        fetchToken(lookup, bearer->realm(), bearer->service(), bearer->scope().isEmpty() ? lookup->scope : bearer->scope());
        return true;
    }
    const bool hasCredentials = m_credentials && m_credentials->credentialsFor(lookup->where.credentialHost);
    if (findChallenge(challenges, QStringLiteral("basic")) && hasCredentials) {
        lookup->triedFreshAuth = true;
        host.basic = true;
        send(lookup);
        return true;
    }
    return false;
}

void RegistryClient::fetchToken(const std::shared_ptr<Lookup> &lookup, const QString &realm, const QString &service,
                                const QString &scope)
{
    const QString origin = lookup->where.origin.toString();
    const QString waitKey = origin + u' ' + lookup->scope;
    QList<std::shared_ptr<Lookup>> &waiters = m_tokenWaiters[waitKey];
    waiters.append(lookup);
    if (waiters.size() > 1)
        return; // that token is on its way

    QUrl url(realm, QUrl::StrictMode);
    QUrlQuery query(url);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    query.addQueryItem(QStringLiteral("scope"), scope);
    url.setQuery(query);
    QNetworkRequest request = baseRequest(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // A private mirror's credentials go to its own token service only; anywhere else asks anonymously.
    if (originOf(url) == origin && m_credentials) {
        if (const auto credentials = m_credentials->credentialsFor(lookup->where.credentialHost))
            request.setRawHeader(QByteArrayLiteral("Authorization"), basicAuthorization(*credentials));
    }
    const QString tokenScope = lookup->scope;
    dispatch([this, request] { return m_network->get(request); },
             [this, waitKey, origin, tokenScope](QNetworkReply *network) {
                 tokenAnswered(waitKey, origin, tokenScope, network);
             });
}

void RegistryClient::tokenAnswered(const QString &waitKey, const QString &origin, const QString &scope,
                                   QNetworkReply *network)
{
    const QList<std::shared_ptr<Lookup>> waiters = m_tokenWaiters.take(waitKey);
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcRegistry).noquote() << "GET" << network->url().path() << "(token) ->" << status;
    Result result;
    if (status == 200 && !network->property(kTooLarge).toBool()) {
        QString whyNot;
        if (const auto token = decodeToken(network->readAll(), &whyNot)) {
            // Renewed a little early, so that a token does not run out between two pages.
            const int seconds = qMax(1, token->expiresInSeconds - 10);
            m_hosts[origin].tokens.insert(scope, Token{token->token, QDateTime::currentDateTimeUtc().addSecs(seconds)});
            for (const auto &lookup : waiters)
                send(lookup);
            return;
        }
        result.error.kind = RegistryError::Kind::BadAnswer;
        result.error.detail = whyNot;
    } else {
        result.error = answerError(network, status);
        if (result.error.kind == RegistryError::Kind::NotFound || result.error.kind == RegistryError::Kind::Http)
            result.error.kind = RegistryError::Kind::Unauthorized; // no token, whatever the reason
    }
    for (const auto &lookup : waiters)
        finish(lookup, result);
}

void RegistryClient::finish(const std::shared_ptr<Lookup> &lookup, Result result)
{
    result.location = lookup->where;
    result.at = QDateTime::currentDateTimeUtc();
    if (result.error.isError())
        result.error.registry = lookup->where.displayName();
    if (lookup->generation == m_generation)
        m_cache.insert(lookup->key, result);
    if (m_lookups.value(lookup->key) == lookup)
        m_lookups.remove(lookup->key);

    const QString outcome = result.error.isError()
        ? QStringLiteral("%1 HTTP %2 %3")
              .arg(registryErrorKindName(result.error.kind))
              .arg(result.error.httpStatus)
              .arg(result.error.code.isEmpty() ? QStringLiteral("-") : result.error.code)
        : (lookup->operation == RegistryReply::Operation::ListTags
               ? QStringLiteral("%1 tags in %2 pages").arg(result.tags.size()).arg(lookup->pages)
               : (result.presence == RegistryReply::Presence::Present ? QStringLiteral("present")
                                                                      : QStringLiteral("missing")));
    const QString line = QStringLiteral("%1 %2 -> %3 in %4 ms")
                             .arg(lookup->where.origin.host(), lookup->key.section(u' ', 0, 0), outcome)
                             .arg(lookup->clock.elapsed());
    if (result.error.isError())
        qCInfo(lcRegistry).noquote() << line;
    else
        qCDebug(lcRegistry).noquote() << line;

    const QList<QPointer<RegistryReply>> waiting = std::exchange(lookup->waiting, {});
    for (const QPointer<RegistryReply> &reply : waiting)
        deliver(reply, result, false);
}

void RegistryClient::dispatch(std::function<QNetworkReply *()> make, std::function<void(QNetworkReply *)> done)
{
    m_queue.enqueue([this, make = std::move(make), done = std::move(done)] {
        QNetworkReply *network = make();
        ++m_running;
        ++m_sent;
        Q_EMIT requestsInFlightChanged(m_running);
        // TLS reasons are kept for the details; an answer beyond the cap is stopped, never read.
        guardReply(network, this, m_limits.maxBodyBytes, [network] {
            network->setProperty(kTooLarge, true);
            network->abort();
        });
        connect(network, &QNetworkReply::finished, this, [this, network, done] {
            network->deleteLater();
            --m_running;
            Q_EMIT requestsInFlightChanged(m_running);
            done(network);
            pump();
        });
    });
    pump();
}

void RegistryClient::pump()
{
    while (m_running < qMax(1, m_limits.maxConcurrentRequests) && !m_queue.isEmpty())
        m_queue.dequeue()();
}

} // namespace hci
