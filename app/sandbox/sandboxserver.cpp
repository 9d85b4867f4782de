#include "sandboxserver.h"

#include "net/shellquote.h"

#include "sandboxanswers.h"
#include "sandboxregistry.h"
#include "sandboxservice.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace hci {

namespace {

Q_LOGGING_CATEGORY(lcServer, "hci.sandbox", QtInfoMsg)

QString randomText(int length, QStringView alphabet)
{
    QString text;
    text.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(random->bounded(int(alphabet.size()))));
    return text;
}

QString randomAccountId()
{
    return randomText(22, u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
}

// The shape of a Harness personal access token: pat.<account>.<token id>.<secret>.
QString randomApiKey(const QString &account)
{
    return QLatin1String("pat.") % account % QLatin1Char('.') % randomText(24, u"0123456789abcdef") % QLatin1Char('.')
        % randomText(20, u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// An answer that waits: for the latency to pass, or for a hang to be released.
class HeldAnswer : public QObject
{
public:
    HeldAnswer(QHttpServerResponder &&held, SandboxAnswer planned, QString forPath, bool isHead, QObject *parent)
        : QObject(parent)
        , responder(std::move(held))
        , socket(responder.socket())
        , answer(std::move(planned))
        , path(std::move(forPath))
        , head(isHead)
    { }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    SandboxAnswer answer;
    QString path;
    bool head = false;
};

struct PlannedFault
{
    SandboxServer::Fault fault = SandboxServer::Fault::None;
    int remaining = 1; // -1: until cleared
    int retryAfterSeconds = -1;
};

} // namespace

struct SandboxServer::Private
{
    SandboxServer *q = nullptr;
    Options options;
    SandboxStore store;
    SandboxRegistry registry;
    std::unique_ptr<QHttpServer> http;
    quint16 port = 0;
    int latencyMs = 0;
    int writeLatencyMs = 0;
    QJsonObject extraDefaultFields;
    QList<PlannedFault> faults;
    QList<RecordedRequest> recorded;
    QList<QPointer<HeldAnswer>> hanging;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    std::optional<PlannedFault> takeFault();
    void respond(QHttpServerResponder &&responder, const SandboxAnswer &answer, const QString &path, bool head);
    void deliver(QHttpServerResponder &responder, QTcpSocket *socket, const SandboxAnswer &answer, const QString &path,
        bool head);
    void startTrickle(QHttpServerResponder &&responder, const SandboxAnswer &answer, const QString &path);
    void releaseHanging();
};

std::optional<PlannedFault> SandboxServer::Private::takeFault()
{
    if (faults.isEmpty())
        return std::nullopt;
    PlannedFault &next = faults.first();
    const PlannedFault now = next;
    if (next.remaining > 0 && --next.remaining == 0)
        faults.removeFirst();
    return now;
}

void SandboxServer::Private::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // The request object is reused for the next request on the connection: copy what is needed.
    SandboxRequest incoming;
    incoming.method = methodName(request.method());
    incoming.url = request.url();
    incoming.path = incoming.url.path();
    incoming.query = request.query();
    incoming.body = request.body();
    for (const auto &header : request.headers()) {
        const QByteArray value = header.second.trimmed();
        if (header.first.compare("x-api-key", Qt::CaseInsensitive) == 0) {
            if (incoming.apiKeyHeader.isEmpty())
                incoming.apiKeyHeader = value;
        } else if (header.first.compare("content-type", Qt::CaseInsensitive) == 0) {
            incoming.contentType = value;
        } else if (header.first.compare("authorization", Qt::CaseInsensitive) == 0) {
            if (value.left(7).compare("bearer ", Qt::CaseInsensitive) == 0 && incoming.bearerToken.isEmpty())
                incoming.bearerToken = value.mid(7).trimmed();
            else if (value.left(6).compare("basic ", Qt::CaseInsensitive) == 0 && incoming.basicCredentials.isEmpty())
                incoming.basicCredentials = value.mid(6).trimmed();
        }
    }

    RecordedRequest record;
    record.method = incoming.method;
    record.path = incoming.path;
    const auto items = incoming.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        record.query.append({ item.first, item.second });
    record.hadApiKeyHeader = !incoming.apiKeyHeader.isEmpty();
    record.hadBearerHeader = !incoming.bearerToken.isEmpty();
    record.body = incoming.body;
    recorded.append(record);

    SandboxAnswer answer;
    const std::optional<PlannedFault> planned = takeFault();
    if (planned && planned->fault != Fault::None) {
        qCDebug(lcServer) << "fault" << planned->fault << "for" << incoming.method << incoming.path;
        answer = sandboxanswers::fault(planned->fault, planned->retryAfterSeconds, incoming.url, port);
    } else {
        const SandboxService::Credentials credentials { options.accountId, options.apiKey.toUtf8(),
            options.readOnlyApiKey.toUtf8(), options.noAccessApiKey.toUtf8() };
        answer = SandboxRegistry::handles(incoming.path)
            ? registry.answer(incoming, port)
            : SandboxService(store, credentials, extraDefaultFields).answer(incoming);
    }

    const bool head = incoming.method == "HEAD";
    if (answer.delivery == SandboxAnswer::Delivery::Hang) {
        hanging.append(new HeldAnswer(std::move(responder), answer, incoming.path, head, q));
        return;
    }
    if (answer.delivery == SandboxAnswer::Delivery::Trickle) {
        startTrickle(std::move(responder), answer, incoming.path);
        return;
    }
    if (!answer.commit || writeLatencyMs <= 0) {
        if (answer.commit)
            answer.commit();
        respond(std::move(responder), answer, incoming.path, head);
        return;
    }
    // The document was loaded and changed when the request came in; it is saved after the write
    // latency, whether or not the client still waits, and only then is the answer sent.
    auto *held = new HeldAnswer(std::move(responder), answer, incoming.path, head, q);
    QTimer::singleShot(writeLatencyMs, Qt::PreciseTimer, held, [this, held] {
        held->answer.commit();
        if (latencyMs <= 0) {
            deliver(held->responder, held->socket, held->answer, held->path, held->head);
            held->deleteLater();
            return;
        }
        QTimer::singleShot(latencyMs, Qt::PreciseTimer, held, [this, held] {
            deliver(held->responder, held->socket, held->answer, held->path, held->head);
            held->deleteLater();
        });
    });
}

void SandboxServer::Private::respond(
    QHttpServerResponder &&responder, const SandboxAnswer &answer, const QString &path, bool head)
{
    if (latencyMs <= 0) {
        deliver(responder, responder.socket(), answer, path, head);
        return;
    }
    auto *held = new HeldAnswer(std::move(responder), answer, path, head, q);
    QTimer::singleShot(latencyMs, Qt::PreciseTimer, held, [this, held] {
        deliver(held->responder, held->socket, held->answer, held->path, held->head);
        held->deleteLater();
    });
}

void SandboxServer::Private::startTrickle(
    QHttpServerResponder &&responder, const SandboxAnswer &answer, const QString &path)
{
    auto *held = new HeldAnswer(std::move(responder), answer, path, false, q);
    hanging.append(held);
    if (!held->socket || held->socket->state() != QAbstractSocket::ConnectedState)
        return;
    held->responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    for (const auto &header : answer.headers)
        held->responder.writeHeader(header.first, header.second);
    // Far more than will ever come at a byte a tick (days), yet under the size a client refuses at
    // once, so the client keeps waiting for the rest.
    held->responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(1024 * 1024));
    held->responder.writeBody(QByteArray()); // ends the headers
    auto *drip = new QTimer(held);
    drip->setInterval(250);
    QObject::connect(drip, &QTimer::timeout, held, [held, drip, sent = qsizetype(0)]() mutable {
        if (!held->socket || held->socket->state() != QAbstractSocket::ConnectedState) {
            drip->stop();
            return;
        }
        // The planned body first, then blanks, which JSON allows between tokens.
        const char byte = sent < held->answer.body.size() ? held->answer.body.at(sent) : ' ';
        ++sent;
        held->responder.writeBody(&byte, 1);
    });
    drip->start();
    qCDebug(lcServer) << "trickling" << path;
}

void SandboxServer::Private::deliver(
    QHttpServerResponder &responder, QTcpSocket *socket, const SandboxAnswer &answer, const QString &path, bool head)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcServer) << "client left before the answer to" << path;
        return;
    }
    if (answer.delivery == SandboxAnswer::Delivery::Drop) {
        // Closed from the event loop, so the server is done with the request first.
        QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });
        qCDebug(lcServer) << "dropped" << path;
        Q_EMIT q->requestHandled(path, 0);
        return;
    }

    const bool truncated = answer.delivery == SandboxAnswer::Delivery::Truncated;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    for (const auto &header : answer.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(answer.body.size()));
    if (head)
        responder.writeBody(QByteArray());
    else
        responder.writeBody(truncated ? answer.body.left(answer.body.size() / 2) : answer.body);
    if (truncated)
        QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });

    qCDebug(lcServer) << answer.status << path;
    Q_EMIT q->requestHandled(path, answer.status);
}

void SandboxServer::Private::releaseHanging()
{
    for (const QPointer<HeldAnswer> &held : std::as_const(hanging)) {
        if (!held)
            continue;
        // The client gets a closed connection; its request was never answered.
        if (held->socket)
            held->socket->abort();
        delete held.data();
    }
    hanging.clear();
}

SandboxServer::SandboxServer(QObject *parent)
    : SandboxServer(Options(), parent)
{ }

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
    // The registry emulation lists tags for every default image, so that tag lookups have answers.
    for (Module module : allModules()) {
        for (Infra infra : allInfras())
            d->registry.seedFromImages(d->store.defaults(module, infra));
    }
    if (d->options.accountId.isEmpty())
        d->options.accountId = randomAccountId();
    if (d->options.apiKey.isEmpty())
        d->options.apiKey = randomApiKey(d->options.accountId);
    if (d->options.readOnlyApiKey.isEmpty())
        d->options.readOnlyApiKey = randomApiKey(d->options.accountId);
    if (d->options.noAccessApiKey.isEmpty())
        d->options.noAccessApiKey = randomApiKey(d->options.accountId);
}

SandboxServer::~SandboxServer()
{
    d->releaseHanging();
    // Delayed answers die before the server whose sockets they point at. (Not findChildren(): without
    // Q_OBJECT of its own, a HeldAnswer would match every child, the HTTP server too.)
    const QObjectList children = this->children();
    for (QObject *child : children)
        delete dynamic_cast<HeldAnswer *>(child);
    d->http.reset();
}

bool SandboxServer::start(QString *whyNot)
{
    if (isListening())
        return true;
    if (d->options.apiKey == d->options.readOnlyApiKey || d->options.apiKey == d->options.noAccessApiKey
        || d->options.readOnlyApiKey == d->options.noAccessApiKey) {
        if (whyNot)
            *whyNot = tr("The API key, the read-only key and the key without rights must differ.");
        return false;
    }
    // A child, so that it goes along when the server is moved to a thread of its own (the window's).
    auto http = std::make_unique<QHttpServer>(this);
    // One dispatcher for every path: it needs the responder to delay, cut or withhold answers.
    http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        d->handle(request, std::move(responder));
    });
    const quint16 port = http->listen(QHostAddress::LocalHost, d->options.port);
    if (port == 0) {
        if (whyNot) {
            *whyNot = d->options.port == 0
                ? tr("Cannot listen on 127.0.0.1.")
                : tr("Cannot listen on 127.0.0.1 port %1: it may be in use.").arg(d->options.port);
        }
        return false;
    }
    d->http = std::move(http);
    d->port = port;
    qCInfo(lcServer) << "listening on" << gatewayUrl().toString();
    return true;
}

bool SandboxServer::isListening() const
{
    return d->http != nullptr;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::gatewayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    url.setPath(QStringLiteral("/gateway"));
    return url;
}

QString SandboxServer::accountId() const
{
    return d->options.accountId;
}

QString SandboxServer::apiKey() const
{
    return d->options.apiKey;
}

QString SandboxServer::readOnlyApiKey() const
{
    return d->options.readOnlyApiKey;
}

QString SandboxServer::noAccessApiKey() const
{
    return d->options.noAccessApiKey;
}

SandboxRegistry &SandboxServer::registry()
{
    return d->registry;
}

QString SandboxServer::registryHost() const
{
    return QStringLiteral("127.0.0.1:%1").arg(d->port);
}

SandboxStore &SandboxServer::store()
{
    return d->store;
}

const SandboxStore &SandboxServer::store() const
{
    return d->store;
}

void SandboxServer::setLatency(int milliseconds)
{
    d->latencyMs = qMax(0, milliseconds);
}

void SandboxServer::setWriteLatency(int milliseconds)
{
    d->writeLatencyMs = qMax(0, milliseconds);
}

void SandboxServer::setExtraDefaultFields(const QJsonObject &fields)
{
    d->extraDefaultFields = fields;
}

QJsonObject SandboxServer::extraDefaultFields() const
{
    return d->extraDefaultFields;
}

QJsonObject SandboxServer::newerServerFields()
{
    return QJsonObject { { QStringLiteral("cacheIntelligenceEnabled"), true },
        { QStringLiteral("imagePullRetries"), 3 },
        { QStringLiteral("pluginSettings"),
            QJsonObject { { QStringLiteral("registry"), QStringLiteral("docker.io") },
                { QStringLiteral("insecure"), false } } } };
}

void SandboxServer::injectFault(Fault fault, int count, int retryAfterSeconds)
{
    if (count == 0)
        return;
    d->faults.append(PlannedFault { fault, count < 0 ? -1 : count, retryAfterSeconds });
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
    d->releaseHanging();
}

QList<SandboxServer::RecordedRequest> SandboxServer::requests() const
{
    return d->recorded;
}

int SandboxServer::requestCount() const
{
    return int(d->recorded.size());
}

void SandboxServer::clearRequests()
{
    d->recorded.clear();
}

QString SandboxServer::usage() const
{
    const QString base = gatewayUrl().toString() + apiPrefix(Module::Ci);
    const QString account = QString::fromLatin1(QUrl::toPercentEncoding(d->options.accountId));
    const QString key = shellQuoted(QLatin1String("X-API-KEY: ") + d->options.apiKey);
    const auto call = [&](const QString &method, const QString &endpoint, const QString &query) {
        return QStringLiteral("curl --location --request %1 \"%2/%3?accountIdentifier=%4%5\" "
                              "--header %6")
            .arg(method, base, endpoint, account, query, key);
    };
    const QString json = QStringLiteral(" \\\n  --header 'Content-Type: application/json' \\\n"
                                        "  --data-raw ");

    QStringList lines;
    lines << QStringLiteral("# Harness CI images sandbox: a Harness-compatible execution-config API.")
          << QStringLiteral("# Base URL:      %1").arg(gatewayUrl().toString())
          << QStringLiteral("# Account ID:    %1").arg(d->options.accountId)
          << QStringLiteral("# API key:       %1  (reads and changes)").arg(d->options.apiKey)
          << QStringLiteral("# Read-only key: %1  (reads; update and reset answer 403)").arg(d->options.readOnlyApiKey)
          << QStringLiteral("# No-rights key: %1  (every call answers 403)").arg(d->options.noAccessApiKey)
          << QStringLiteral("# Modules: /ci, /iacm-manager and /idp, each with /execution-config; "
                            "infra K8 or VM.")
          << QStringLiteral("# 'Authorization: Bearer <key>' works in place of X-API-KEY.") << QString()
          << QStringLiteral("# 1. The latest default images and tags:")
          << call(QStringLiteral("GET"), QStringLiteral("get-default-config"), QStringLiteral("&infra=K8")) << QString()
          << QStringLiteral("# 2. The images your account overrides ({} when none):")
          << call(QStringLiteral("GET"), QStringLiteral("get-customer-config"),
                 QStringLiteral("&infra=K8&overridesOnly=true"))
          << QString() << QStringLiteral("# 3. Override images:")
          << call(QStringLiteral("POST"), QStringLiteral("update-config"), QStringLiteral("&infra=K8")) + json
            + QStringLiteral("'[{\"field\": \"gitCloneTag\", \"value\": "
                             "\"harness/drone-git:1.0.9-rootless\"}, {\"field\": "
                             "\"gcsUploadTag\", \"value\": \"plugins/gcs:1.3.0\"}]'")
          << QString() << QStringLiteral("# 4. Reset images to their defaults:")
          << call(QStringLiteral("POST"), QStringLiteral("reset-config"), QStringLiteral("&infra=K8")) + json
            + QStringLiteral("'[{\"field\": \"gitCloneTag\"}, {\"field\": \"gcsUploadTag\"}]'")
          << QString() << QStringLiteral("# 5. Overridden images a major version or more behind:")
          << call(QStringLiteral("GET"), QStringLiteral("get-deprecated-config"), QString());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace hci
