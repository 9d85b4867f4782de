#include "harnessclient.h"

#include "envelope.h"
#include "logging.h"
#include "retrydelay.h"

#include "net/replyguard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace hci {

// One API call across its tries.
struct HarnessClient::Call
{
    Connection connection; // as at the start: a retry never carries the key to a newer address
    QByteArray method;
    QUrl url;
    QByteArray body;
    QElapsedTimer clock; // this try
    QString label; // method and path for the log: never the query, never a header
};

namespace {

QString endpoint(ApiReply::Operation operation)
{
    switch (operation) {
    case ApiReply::Operation::GetDefaultConfig:
        return QStringLiteral("/get-default-config");
    case ApiReply::Operation::GetCustomerConfig:
        return QStringLiteral("/get-customer-config");
    case ApiReply::Operation::UpdateConfig:
        return QStringLiteral("/update-config");
    case ApiReply::Operation::ResetConfig:
        return QStringLiteral("/reset-config");
    case ApiReply::Operation::GetDeprecatedConfig:
        return QStringLiteral("/get-deprecated-config");
    }
    Q_UNREACHABLE();
}

bool isPost(ApiReply::Operation operation)
{
    return operation == ApiReply::Operation::UpdateConfig || operation == ApiReply::Operation::ResetConfig;
}

// Only text a header can carry: no spaces, line breaks or other control characters.
bool isHeaderSafe(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

ApiError transportError(TransportFailure failure, const QNetworkReply *reply)
{
    ApiError result;
    result.detail = reply->errorString();
    switch (failure) {
    case TransportFailure::Tls:
        result.kind = ApiError::Kind::Tls;
        if (const QStringList reasons = tlsErrorsOf(reply); !reasons.isEmpty())
            result.detail = reasons.join(QLatin1Char('\n'));
        break;
    case TransportFailure::Timeout:
        // Our own aborts disconnect before aborting, so a cancel seen here is the transfer timeout.
        result.kind = ApiError::Kind::Timeout;
        break;
    case TransportFailure::None:
    case TransportFailure::Network:
        result.kind = ApiError::Kind::Network;
        break;
    }
    return result;
}

// Config calls carry {field: image}; update and reset carry `true`.
ApiError checkData(ApiReply::Operation operation, const QJsonValue &data, QMap<QString, QString> *images,
                   QMap<QString, QString> *otherValues)
{
    ApiError error;
    if (isPost(operation)) {
        if (!data.isBool() || !data.toBool()) {
            error.kind = ApiError::Kind::BadShape;
            error.detail = QCoreApplication::translate("hci::HarnessClient", "\"data\" is not true.");
        }
        return error;
    }
    QString whyNot;
    if (!decodeImageMap(data, images, &whyNot, otherValues)) {
        error.kind = ApiError::Kind::BadShape;
        error.detail = whyNot;
    }
    return error;
}

void scrubSecret(ApiError &error, const QString &secret)
{
    // Too short a "secret" would garble every message; real keys are long.
    if (secret.size() < 8)
        return;
    const QString mask = QStringLiteral("•••");
    error.serverMessage.replace(secret, mask);
    error.detail.replace(secret, mask);
    error.code.replace(secret, mask);
    for (ApiError::FieldError &fieldError : error.fieldErrors)
        fieldError.message.replace(secret, mask);
}

} // namespace

HarnessClient::HarnessClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are never followed: the key may only go to the gateway the profile names.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    qRegisterMetaType<hci::ApiError>();
}

HarnessClient::~HarnessClient()
{
    // Replies that outlive us (taken by the caller) must not call back into a dead client.
    const QSet<ApiReply *> active = m_active;
    for (ApiReply *reply : active) {
        QObject::disconnect(reply, nullptr, this, nullptr);
        if (reply->m_retryTimer)
            QObject::disconnect(reply->m_retryTimer, nullptr, this, nullptr);
    }
}

bool HarnessClient::setConnection(const Connection &connection, QString *whyNot)
{
    m_connection = connection;
    QString path = m_connection.gatewayUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_connection.gatewayUrl.setPath(path);

    const QUrl &url = m_connection.gatewayUrl;
    const QString scheme = url.scheme().toLower();
    QString problem;
    if (!url.isValid() || url.host().isEmpty())
        problem = QCoreApplication::translate("hci::HarnessClient", "The server address is not valid.");
    else if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        problem = QCoreApplication::translate("hci::HarnessClient", "The server address must start with https://.");
    else if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        problem = QCoreApplication::translate("hci::HarnessClient",
            "Plain http:// would send the API key unencrypted; use https:// "
            "(http:// is only allowed to this computer).");
    else if (!url.userInfo().isEmpty())
        problem = QCoreApplication::translate(
            "hci::HarnessClient", "The server address must not contain a user name or password.");
    else if (m_connection.accountId.isEmpty())
        problem = QCoreApplication::translate("hci::HarnessClient", "The account ID is missing.");
    else if (!isHeaderSafe(m_connection.accountId))
        problem = QCoreApplication::translate("hci::HarnessClient", "The account ID contains spaces or symbols.");
    else if (m_connection.apiKey.isEmpty())
        problem = QCoreApplication::translate("hci::HarnessClient", "The API key is missing.");
    else if (!isHeaderSafe(m_connection.apiKey))
        problem = QCoreApplication::translate(
            "hci::HarnessClient", "The API key contains spaces or line breaks; paste it again.");

    m_connectionValid = problem.isEmpty();
    m_connectionProblem = problem;
    if (whyNot)
        *whyNot = problem;
    if (!m_connectionValid)
        qCWarning(lcHarness).noquote() << "connection refused:" << problem;
    return m_connectionValid;
}

ApiReply *HarnessClient::getDefaultConfig(Module module, Infra infra)
{
    return start(
        ApiReply::Operation::GetDefaultConfig, prepare(ApiReply::Operation::GetDefaultConfig, module, infra, {}, {}));
}

ApiReply *HarnessClient::getCustomerConfig(Module module, Infra infra, bool overridesOnly)
{
    const QList<std::pair<QString, QString>> query { { QStringLiteral("overridesOnly"),
        overridesOnly ? QStringLiteral("true") : QStringLiteral("false") } };
    return start(ApiReply::Operation::GetCustomerConfig,
        prepare(ApiReply::Operation::GetCustomerConfig, module, infra, query, {}));
}

ApiReply *HarnessClient::updateConfig(Module module, Infra infra, const QList<FieldUpdate> &updates)
{
    return start(ApiReply::Operation::UpdateConfig, previewUpdateConfig(module, infra, updates));
}

ApiReply *HarnessClient::resetConfig(Module module, Infra infra, const QStringList &fields)
{
    return start(ApiReply::Operation::ResetConfig, previewResetConfig(module, infra, fields));
}

ApiReply *HarnessClient::getDeprecatedConfig(Module module)
{
    return start(ApiReply::Operation::GetDeprecatedConfig,
        prepare(ApiReply::Operation::GetDeprecatedConfig, module, std::nullopt, {}, {}));
}

RequestPreview HarnessClient::previewUpdateConfig(Module module, Infra infra, const QList<FieldUpdate> &updates) const
{
    QJsonArray body;
    for (const FieldUpdate &update : updates) {
        QJsonObject item { { QStringLiteral("field"), update.field } };
        // An absent value is sent as null: the server resets that field.
        item.insert(QStringLiteral("value"), update.value ? QJsonValue(*update.value) : QJsonValue(QJsonValue::Null));
        body.append(item);
    }
    return prepare(
        ApiReply::Operation::UpdateConfig, module, infra, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

RequestPreview HarnessClient::previewResetConfig(Module module, Infra infra, const QStringList &fields) const
{
    QJsonArray body;
    for (const QString &field : fields)
        body.append(QJsonObject { { QStringLiteral("field"), field } });
    return prepare(
        ApiReply::Operation::ResetConfig, module, infra, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

RequestPreview HarnessClient::prepare(ApiReply::Operation operation, Module module, std::optional<Infra> infra,
    const QList<std::pair<QString, QString>> &extraQuery, const QByteArray &body) const
{
    RequestPreview request;
    request.method = isPost(operation) ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    request.body = body;

    QUrl url = m_connection.gatewayUrl;
    url.setPath(url.path() + apiPrefix(module) + endpoint(operation));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("accountIdentifier"), m_connection.accountId);
    if (infra)
        query.addQueryItem(QStringLiteral("infra"), infraId(*infra));
    for (const auto &[key, value] : extraQuery)
        query.addQueryItem(key, value);
    url.setQuery(query);
    request.url = url;
    return request;
}

ApiReply *HarnessClient::start(ApiReply::Operation operation, const RequestPreview &request)
{
    auto *reply = new ApiReply(operation, this);
    track(reply);

    auto call = std::make_shared<Call>();
    call->connection = m_connection;
    call->method = request.method;
    call->body = request.body;
    call->label = QString::fromLatin1(call->method) + QLatin1Char(' ') + request.url.path();

    if (!m_connectionValid) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.detail = m_connectionProblem.isEmpty()
            ? QCoreApplication::translate("hci::HarnessClient", "No connection is set up.")
            : m_connectionProblem;
        // Later, so that the caller can connect to finished() first.
        QMetaObject::invokeMethod(
            reply, [this, reply, call, error] { finish(reply, call, error); }, Qt::QueuedConnection);
        return reply;
    }

    call->url = request.url;
    send(reply, call);
    return reply;
}

void HarnessClient::send(ApiReply *reply, const std::shared_ptr<Call> &call)
{
    ++reply->m_attempts;

    QNetworkRequest request(call->url);
    request.setTransferTimeout(int(m_transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // No cookies either way: the key is the only credential, and nothing lingers between profiles.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("HarnessCiImages/" HCI_VERSION_STRING));
    const QByteArray key = call->connection.apiKey.toLatin1();
    if (call->connection.authKind == AuthKind::Bearer)
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key);
    else
        request.setRawHeader(QByteArrayLiteral("X-API-KEY"), key);

    QNetworkReply *networkReply = nullptr;
    if (call->method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        networkReply = m_network->post(request, call->body);
    } else {
        networkReply = m_network->get(request);
    }
    reply->m_networkReply = networkReply;
    call->clock.start();
    qCDebug(lcHarness).noquote() << call->label << "try" << reply->m_attempts;

    // TLS reasons are kept for the error's details; an answer beyond the cap is not read at all.
    guardReply(networkReply, reply, kMaxAnswerBytes,
               [this, reply, call, networkReply] { refuseTooLarge(reply, call, networkReply); });
    connect(networkReply, &QNetworkReply::finished, reply,
        [this, reply, call, networkReply] { settle(reply, call, networkReply); });
}

void HarnessClient::refuseTooLarge(ApiReply *reply, const std::shared_ptr<Call> &call, QNetworkReply *networkReply)
{
    ApiError error;
    error.kind = ApiError::Kind::TooLarge;
    error.httpStatus = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.detail = QCoreApplication::translate("hci::HarnessClient", "More than %1 bytes; the download was stopped.")
                       .arg(kMaxAnswerBytes);
    reply->dropNetworkReply();
    finish(reply, call, error);
}

void HarnessClient::settle(ApiReply *reply, const std::shared_ptr<Call> &call, QNetworkReply *networkReply)
{
    reply->m_networkReply = nullptr;
    networkReply->deleteLater();

    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    ApiError error;
    DecodedAnswer answer;
    if (const TransportFailure failure = transportFailureOf(networkReply); failure != TransportFailure::None) {
        error = transportError(failure, networkReply);
        error.httpStatus = status;
        if (failure == TransportFailure::Tls)
            qCWarning(lcHarness).noquote() << call->label << "TLS:" << tlsErrorsOf(networkReply).join(QStringLiteral("; "));
    } else if (status >= 300 && status < 400) {
        error.kind = ApiError::Kind::Redirected;
        error.httpStatus = status;
        // The host only: a redirect target could carry tokens in its path or query.
        const QUrl target = call->url.resolved(networkReply->header(QNetworkRequest::LocationHeader).toUrl());
        error.detail = QCoreApplication::translate("hci::HarnessClient", "Redirect to %1 was not followed.")
                           .arg(target.host().isEmpty() ? QStringLiteral("?") : target.host());
    } else {
        answer = decodeAnswer(status, networkReply->readAll());
        error = answer.error;
        reply->m_correlationId = answer.correlationId;
    }

    if (status == 429 || status == 503) {
        if (scheduleRetry(reply, call, error, networkReply->rawHeader(QByteArrayLiteral("Retry-After"))))
            return;
        error.kind = ApiError::Kind::RateLimited;
    }

    if (!error.isError()) {
        QMap<QString, QString> images;
        QMap<QString, QString> otherValues;
        error = checkData(reply->operation(), answer.data, &images, &otherValues);
        error.httpStatus = error.isError() ? status : 0;
        error.correlationId = error.isError() ? answer.correlationId : QString();
        if (!error.isError()) {
            reply->m_data = answer.data;
            reply->m_images = std::move(images);
            reply->m_otherValues = std::move(otherValues);
        }
    }
    finish(reply, call, error);
}

bool HarnessClient::scheduleRetry(
    ApiReply *reply, const std::shared_ptr<Call> &call, const ApiError &reason, const QByteArray &retryAfter)
{
    if (reply->m_attempts >= std::max(1, m_retryPolicy.maxAttempts))
        return false;

    std::chrono::milliseconds delay = backoffDelay(
        reply->m_attempts, m_retryPolicy.initialDelay, m_retryPolicy.maxDelay, *QRandomGenerator::global());
    if (const auto asked = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc()))
        delay = std::min(*asked, m_retryPolicy.maxDelay);
    const int delayMs = int(std::max<qint64>(0, delay.count()));

    qCInfo(lcHarness).noquote() << QStringLiteral("%1 -> HTTP %2 in %3 ms, try %4; retrying in %5 ms%6")
                                       .arg(call->label)
                                       .arg(reason.httpStatus)
                                       .arg(call->clock.elapsed())
                                       .arg(reply->m_attempts)
                                       .arg(delayMs)
                                       .arg(retryAfter.isEmpty() ? QString() : QStringLiteral(" (Retry-After)"));

    ApiError told = reason;
    scrubSecret(told, call->connection.apiKey);
    QPointer<ApiReply> guard(reply);
    Q_EMIT reply->retrying(reply->m_attempts, delayMs, told);
    Q_EMIT waitingToRetry(delayMs, told);
    // A slot may have aborted or deleted the reply while we told it.
    if (!guard || reply->m_finished)
        return true;

    if (!reply->m_retryTimer) {
        reply->m_retryTimer = new QTimer(reply);
        reply->m_retryTimer->setSingleShot(true);
        connect(reply->m_retryTimer, &QTimer::timeout, this, [this, reply, call] { send(reply, call); });
    }
    reply->m_retryTimer->start(delayMs);
    return true;
}

void HarnessClient::finish(ApiReply *reply, const std::shared_ptr<Call> &call, ApiError error)
{
    if (reply->m_finished)
        return;
    scrubSecret(error, call->connection.apiKey);
    if (error.correlationId.isEmpty())
        error.correlationId = reply->m_correlationId;
    else
        reply->m_correlationId = error.correlationId;

    const QString line = QStringLiteral("%1 -> %2 in %3 ms, tries %4, correlation %5")
                             .arg(call->label)
                             .arg(error.isError() ? QStringLiteral("%1 HTTP %2 %3")
                                                        .arg(apiErrorKindName(error.kind))
                                                        .arg(error.httpStatus)
                                                        .arg(error.code.isEmpty() ? QStringLiteral("-") : error.code)
                                                  : QStringLiteral("ok"))
                             .arg(call->clock.isValid() ? call->clock.elapsed() : 0)
                             .arg(reply->m_attempts)
                             .arg(reply->m_correlationId.isEmpty() ? QStringLiteral("-") : reply->m_correlationId);
    if (error.isError())
        qCWarning(lcHarness).noquote() << line;
    else
        qCDebug(lcHarness).noquote() << line;
    reply->complete(error);
}

void HarnessClient::track(ApiReply *reply)
{
    m_active.insert(reply);
    // Connected before the caller can connect: the count is current in the caller's finished() slot.
    connect(reply, &ApiReply::finished, this, [this, reply] { untrack(reply); });
    connect(reply, &QObject::destroyed, this, [this, reply] { untrack(reply); });
    if (m_inFlight != m_active.size()) {
        m_inFlight = int(m_active.size());
        Q_EMIT requestsInFlightChanged(m_inFlight);
    }
}

void HarnessClient::untrack(ApiReply *reply)
{
    if (!m_active.remove(reply))
        return;
    m_inFlight = int(m_active.size());
    Q_EMIT requestsInFlightChanged(m_inFlight);
}

} // namespace hci
