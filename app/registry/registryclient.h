#pragma once

#include "registrycredentials.h"
#include "registrylocation.h"
#include "registryreply.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QQueue>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace hci {

class ImageReference;

// The Docker Registry HTTP API v2, for the tags of an image and whether a tag exists. Asynchronous,
// over one QNetworkAccessManager. Answers the registries' Bearer challenge with an anonymous token
// (or one bought with a private mirror's credentials), follows tag-list pages, and keeps every
// answer for the run. Credentials and tokens only go to the registry they belong to.
class RegistryClient : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int pageSize = 100;              // n= of each tag-list page
        int maxPages = 30;               // tag-list pages read at most per image
        int maxConcurrentRequests = 4;   // requests on the wire at once; the rest wait their turn
        qint64 maxBodyBytes = 4 << 20;   // one answer
        std::chrono::milliseconds transferTimeout{15000};
        std::chrono::milliseconds failureMemory{30000}; // a failure is answered from the cache this long
        // Ask only registries on this computer (loopback); any other answers at once that it was not
        // asked. On by default when HARNESS_CI_IMAGES_OFFLINE is set: for air-gapped machines, where
        // a lookup would only wait for its timeout, and for tests, which never leave the machine.
        bool localOnly = qEnvironmentVariableIsSet("HARNESS_CI_IMAGES_OFFLINE");
    };

    explicit RegistryClient(QObject *parent = nullptr);
    ~RegistryClient() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // The profile's mirror for Harness's images (empty for none). Forgets what was cached.
    void setMirror(const RegistryMirror &mirror);
    RegistryMirror mirror() const { return m_mirror; }

    // Where credentials for private registries come from; null for none. Not owned.
    void setCredentialSource(const RegistryCredentialSource *source) { m_credentials = source; }

    RegistryLocation locate(const ImageReference &reference) const;

    // Each returns at once; the reply's finished() comes later.
    RegistryReply *listTags(const QString &reference);
    // The reference's tag (Docker's implied "latest" when it names none) or digest.
    RegistryReply *checkTag(const QString &reference);

    void clearCache();

    int requestsInFlight() const { return m_running; }
    // Every HTTP request this client sent, tokens included: for tests that count them.
    int requestsSent() const { return m_sent; }

Q_SIGNALS:
    void requestsInFlightChanged(int count);

private:
    struct Lookup;
    struct Result;
    struct Token
    {
        QByteArray value;
        QDateTime expires;
    };
    struct Host
    {
        std::optional<QString> bearerRealm; // remembered from a challenge: later scopes get a token first
        QString bearerService;
        bool basic = false;                 // the registry asked for Basic credentials
        QHash<QString, Token> tokens;       // by scope
    };

    RegistryReply *start(RegistryReply::Operation operation, const QString &reference);
    void deliver(RegistryReply *reply, const Result &result, bool fromCache);
    void run(const std::shared_ptr<Lookup> &lookup);
    void send(const std::shared_ptr<Lookup> &lookup);
    void answered(const std::shared_ptr<Lookup> &lookup, QNetworkReply *network);
    void readPage(const std::shared_ptr<Lookup> &lookup, QNetworkReply *network);
    bool challenged(const std::shared_ptr<Lookup> &lookup, QNetworkReply *network);
    void fetchToken(const std::shared_ptr<Lookup> &lookup, const QString &realm, const QString &service,
                    const QString &scope);
    void tokenAnswered(const QString &waitKey, const QString &origin, const QString &scope, QNetworkReply *network);
    void finish(const std::shared_ptr<Lookup> &lookup, Result result);

    // Runs make() now, or once fewer than maxConcurrentRequests are on the wire; done() gets the answer.
    void dispatch(std::function<QNetworkReply *()> make, std::function<void(QNetworkReply *)> done);
    void pump();
    QNetworkRequest baseRequest(const QUrl &url) const;

    QNetworkAccessManager *m_network;
    Limits m_limits;
    RegistryMirror m_mirror;
    const RegistryCredentialSource *m_credentials = nullptr;
    QHash<QString, Host> m_hosts;                          // by origin
    QHash<QString, Result> m_cache;                        // by lookup key
    QHash<QString, std::shared_ptr<Lookup>> m_lookups;     // in flight, by lookup key
    QHash<QString, QList<std::shared_ptr<Lookup>>> m_tokenWaiters; // by origin and scope
    QQueue<std::function<void()>> m_queue;
    int m_running = 0;
    int m_sent = 0;
    quint64 m_generation = 0;                              // bumped by setMirror and clearCache
};

} // namespace hci
