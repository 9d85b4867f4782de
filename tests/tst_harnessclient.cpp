// End to end: the API client against the sandbox server, over real HTTP on loopback.

#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#endif
#include <QtTest>
#include <memory>

using namespace hci;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;
using Fault = SandboxServer::Fault;

Q_DECLARE_METATYPE(hci::Module)
Q_DECLARE_METATYPE(hci::Infra)
Q_DECLARE_METATYPE(hci::AuthKind)
Q_DECLARE_METATYPE(hci::ApiError::Kind)

// Waits on the event loop, never blocking it.
#define AWAIT(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), 15000)

namespace {

constexpr int kMaxAttempts = 3;

// A self-signed certificate for 127.0.0.1 and its key, made for this test only.
const QByteArray kUntrustedCertificate
    = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                        "MIIBjzCCATagAwIBAgIUXQBz6YXeuP7Nvzu0OjiZ7oI0sCwwCgYIKoZIzj0EAwIw\n"
                        "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNjE0MzU1M1oYDzIxMjYxMTAy\n"
                        "MTQzNTUzWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
                        "PQMBBwNCAARCBD5PPy5JAvlMd5YSFd+USvAHirSyLMetuq3TkCudsBB7LLAaUUNO\n"
                        "hiWd04adiShKUbVrpFImUKF+lEb/yuo4o2QwYjAdBgNVHQ4EFgQUsLhDCqOKnYHy\n"
                        "wn66GybvlkisE1IwHwYDVR0jBBgwFoAUsLhDCqOKnYHywn66GybvlkisE1IwDwYD\n"
                        "VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0cAMEQC\n"
                        "IE3TPDE+h+NTtsjAnBYI99zprdQBogvXd4rtZU1pLW3/AiBeTIh19e6xHUs6X/9s\n"
                        "MkXaomm9CK/CO+qNMvkfKNWi7A==\n"
                        "-----END CERTIFICATE-----\n");
const QByteArray kUntrustedKey = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                                                   "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg4Nsp9PWfvJ6t5gbw\n"
                                                   "YcBdSngwWxx7+SkhaSWHm48vc4KhRANCAARCBD5PPy5JAvlMd5YSFd+USvAHirSy\n"
                                                   "LMetuq3TkCudsBB7LLAaUUNOhiWd04adiShKUbVrpFImUKF+lEb/yuo4\n"
                                                   "-----END PRIVATE KEY-----\n");

// Every log line of the run, to prove no key is ever in one.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QStringList capturedLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

QString queryValue(const SandboxServer::RecordedRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasQueryItem(const SandboxServer::RecordedRequest &request, const QString &name)
{
    for (const auto &item : request.query) {
        if (item.first == name)
            return true;
    }
    return false;
}

} // namespace

class TestHarnessClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyEndpoint_data();
    void everyEndpoint();
    void overridesOnlyBothWays();
    void nullValueResets();
    void allOrNothing();
    void wrongKey();
    void accountMismatchAndMissing();
    void readOnlyKey_data();
    void readOnlyKey();
    void retriedThenOk_data();
    void retriedThenOk();
    void rateLimitHonoursRetryAfter();
    void retriedInVain_data();
    void retriedInVain();
    void faults_data();
    void faults();
    void hangTimesOut();
    void redirectIsNotFollowed();
    void plainHttpToRemoteIsRefused();
    void tlsFailureIsReported();
    void inFlightCount();
    void abortStopsRequestAndRetry();
    void deletedReplyLeavesNoTrace();
    void keyNeverLeaks();

private:
    std::unique_ptr<ApiReply> keep(ApiReply *reply);
    std::unique_ptr<ApiReply> settled(ApiReply *reply);
    void connectAs(const QString &key, AuthKind authKind = AuthKind::ApiKey, const QString &account = {});
    QString someField(Module module, Infra infra) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HarnessClient> m_client;
};

void TestHarnessClient::initTestCase()
{
    // The CTest environment enables these already; a run by hand gets them too.
    QLoggingCategory::setFilterRules(QStringLiteral("hci.*.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestHarnessClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString whyNot;
    QVERIFY2(m_server->start(&whyNot), qPrintable(whyNot));
    m_client = std::make_unique<HarnessClient>();
    RetryPolicy policy;
    policy.maxAttempts = kMaxAttempts;
    policy.initialDelay = 5ms;
    policy.maxDelay = 2000ms;
    m_client->setRetryPolicy(policy);
    m_client->setTransferTimeout(10s);
    connectAs(m_server->apiKey());
}

void TestHarnessClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<ApiReply> TestHarnessClient::keep(ApiReply *reply)
{
    reply->setAutoDelete(false);
    return std::unique_ptr<ApiReply>(reply);
}

// Keeps the reply and runs the event loop until it finished; for checks without spies.
std::unique_ptr<ApiReply> TestHarnessClient::settled(ApiReply *reply)
{
    std::unique_ptr<ApiReply> owned = keep(reply);
    if (!QTest::qWaitFor([&owned] { return owned->isFinished(); }, 15000))
        QTest::qFail("the reply never finished", __FILE__, __LINE__);
    return owned;
}

void TestHarnessClient::connectAs(const QString &key, AuthKind authKind, const QString &account)
{
    Connection connection;
    connection.gatewayUrl = m_server->gatewayUrl();
    connection.accountId = account.isEmpty() ? m_server->accountId() : account;
    connection.apiKey = key;
    connection.authKind = authKind;
    QString whyNot;
    QVERIFY2(m_client->setConnection(connection, &whyNot), qPrintable(whyNot));
}

QString TestHarnessClient::someField(Module module, Infra infra) const
{
    const ImageMap defaults = m_server->store().defaults(module, infra);
    if (defaults.contains(QStringLiteral("gitCloneTag")))
        return QStringLiteral("gitCloneTag");
    return defaults.isEmpty() ? QString() : defaults.firstKey();
}

void TestHarnessClient::everyEndpoint_data()
{
    QTest::addColumn<Module>("module");
    QTest::addColumn<Infra>("infra");
    QTest::addColumn<AuthKind>("authKind");
    for (Module module : allModules()) {
        for (Infra infra : allInfras()) {
            QTest::addRow("%s-%s-key", qPrintable(moduleId(module)), qPrintable(infraId(infra)))
                << module << infra << AuthKind::ApiKey;
            QTest::addRow("%s-%s-bearer", qPrintable(moduleId(module)), qPrintable(infraId(infra)))
                << module << infra << AuthKind::Bearer;
        }
    }
}

void TestHarnessClient::everyEndpoint()
{
    QFETCH(Module, module);
    QFETCH(Infra, infra);
    QFETCH(AuthKind, authKind);
    connectAs(m_server->apiKey(), authKind);
    const QString prefix = QStringLiteral("/gateway") + apiPrefix(module);

    auto defaults = keep(m_client->getDefaultConfig(module, infra));
    QSignalSpy defaultsDone(defaults.get(), &ApiReply::finished);
    AWAIT(defaults);
    QCOMPARE(defaultsDone.count(), 1);
    QVERIFY2(defaults->isOk(), qPrintable(defaults->error().technicalDetails()));
    QCOMPARE(defaults->attempts(), 1);
    QCOMPARE(defaults->images(), m_server->store().defaults(module, infra));
    QVERIFY(!defaults->correlationId().isEmpty());

    const QString field = someField(module, infra);
    QVERIFY(!field.isEmpty());
    const QString image = QStringLiteral("registry.example.com/mirror/image:1.2.3");
    const auto update = settled(m_client->updateConfig(module, infra, { { field, image } }));
    QVERIFY2(update->isOk(), qPrintable(update->error().technicalDetails()));
    QCOMPARE(update->data(), QJsonValue(true));

    const auto overrides = settled(m_client->getCustomerConfig(module, infra));
    QVERIFY(overrides->isOk());
    QCOMPARE(overrides->images(), (QMap<QString, QString> { { field, image } }));

    const auto deprecated = settled(m_client->getDeprecatedConfig(module));
    QVERIFY2(deprecated->isOk(), qPrintable(deprecated->error().technicalDetails()));

    const auto reset = settled(m_client->resetConfig(module, infra, { field }));
    QVERIFY2(reset->isOk(), qPrintable(reset->error().technicalDetails()));
    QVERIFY(m_server->store().overrides(m_server->accountId(), module, infra).isEmpty());

    const QList<SandboxServer::RecordedRequest> seen = m_server->requests();
    QCOMPARE(seen.size(), 5);
    const QStringList endpoints { QStringLiteral("get-default-config"), QStringLiteral("update-config"),
        QStringLiteral("get-customer-config"), QStringLiteral("get-deprecated-config"),
        QStringLiteral("reset-config") };
    for (int i = 0; i < seen.size(); ++i) {
        const SandboxServer::RecordedRequest &request = seen.at(i);
        QCOMPARE(request.path, prefix + QLatin1Char('/') + endpoints.at(i));
        QCOMPARE(queryValue(request, QStringLiteral("accountIdentifier")), m_server->accountId());
        QCOMPARE(request.hadApiKeyHeader, authKind == AuthKind::ApiKey);
        QCOMPARE(request.hadBearerHeader, authKind == AuthKind::Bearer);
        const bool withInfra = endpoints.at(i) != QLatin1String("get-deprecated-config");
        QCOMPARE(hasQueryItem(request, QStringLiteral("infra")), withInfra);
        if (withInfra)
            QCOMPARE(queryValue(request, QStringLiteral("infra")), infraId(infra));
    }
    QCOMPARE(seen.at(1).method, QByteArrayLiteral("POST"));
    QCOMPARE(QJsonDocument::fromJson(seen.at(1).body),
        QJsonDocument(
            QJsonArray { QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("value"), image } } }));
    QCOMPARE(queryValue(seen.at(2), QStringLiteral("overridesOnly")), QStringLiteral("true"));
    QCOMPARE(seen.at(4).method, QByteArrayLiteral("POST"));
    QCOMPARE(QJsonDocument::fromJson(seen.at(4).body),
        QJsonDocument(QJsonArray { QJsonObject { { QStringLiteral("field"), field } } }));
}

void TestHarnessClient::overridesOnlyBothWays()
{
    const QString image = QStringLiteral("harness/drone-git:1.6.8-rootless");
    const auto update
        = settled(m_client->updateConfig(Module::Ci, Infra::K8, { { QStringLiteral("gitCloneTag"), image } }));
    QVERIFY(update->isOk());

    auto only = keep(m_client->getCustomerConfig(Module::Ci, Infra::K8, true));
    auto merged = keep(m_client->getCustomerConfig(Module::Ci, Infra::K8, false));
    AWAIT(only);
    AWAIT(merged);
    QCOMPARE(only->images().size(), 1);
    ImageMap expected = m_server->store().defaults(Module::Ci, Infra::K8);
    expected.insert(QStringLiteral("gitCloneTag"), image);
    QCOMPARE(merged->images(), expected);

    const auto seen = m_server->requests();
    QCOMPARE(seen.size(), 3);
    QStringList flags { queryValue(seen.at(1), QStringLiteral("overridesOnly")),
        queryValue(seen.at(2), QStringLiteral("overridesOnly")) };
    flags.sort();
    QCOMPARE(flags, (QStringList { QStringLiteral("false"), QStringLiteral("true") }));

    // Another infra keeps its own overrides.
    const auto vm = settled(m_client->getCustomerConfig(Module::Ci, Infra::Vm));
    QVERIFY(vm->isOk());
    QVERIFY(vm->images().isEmpty());
}

void TestHarnessClient::nullValueResets()
{
    const QString field = QStringLiteral("gitCloneTag");
    const auto set = settled(
        m_client->updateConfig(Module::Ci, Infra::K8, { { field, QStringLiteral("harness/drone-git:1.0.0") } }));
    QVERIFY(set->isOk());
    QCOMPARE(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).size(), 1);

    const auto unset = settled(m_client->updateConfig(Module::Ci, Infra::K8, { { field, std::nullopt } }));
    QVERIFY2(unset->isOk(), qPrintable(unset->error().technicalDetails()));
    QVERIFY(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).isEmpty());

    const QJsonArray body = QJsonDocument::fromJson(m_server->requests().last().body).array();
    QCOMPARE(body.size(), 1);
    QVERIFY(body.at(0).toObject().contains(QStringLiteral("value")));
    QVERIFY(body.at(0).toObject().value(QStringLiteral("value")).isNull());
}

void TestHarnessClient::allOrNothing()
{
    const auto update = settled(m_client->updateConfig(Module::Ci, Infra::K8,
        { { QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.0") },
            { QStringLiteral("noSuchField"), QStringLiteral("harness/nothing:1") } }));
    const ApiError &error = update->error();
    // Like Harness's server: a refused field is the generic 500, without the field's name.
    QCOMPARE(error.kind, Kind::Api);
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.code, QStringLiteral("UNKNOWN_ERROR"));
    QVERIFY(!error.serverMessage.isEmpty());
    QVERIFY(!error.correlationId.isEmpty());
    QCOMPARE(update->correlationId(), error.correlationId);
    QVERIFY(!error.userMessage().contains(QLatin1String("noSuchField")));
    QVERIFY(error.technicalDetails().contains(error.correlationId));
    QCOMPARE(update->attempts(), 1);
    QVERIFY(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).isEmpty());

    // VM has no addonTag: the same rule holds per infra.
    const auto vm = settled(
        m_client->updateConfig(Module::Ci, Infra::Vm, { { QStringLiteral("addonTag"), QStringLiteral("x:1") } }));
    QCOMPARE(vm->error().kind, Kind::Api);
    QCOMPARE(vm->error().httpStatus, 500);
}

void TestHarnessClient::wrongKey()
{
    const QString wrong = QStringLiteral("pat.%1.0123456789abcdef.NotTheRightSecretAtAll").arg(m_server->accountId());
    for (AuthKind authKind : { AuthKind::ApiKey, AuthKind::Bearer }) {
        connectAs(wrong, authKind);
        const auto reply = settled(m_client->getDefaultConfig(Module::Ci, Infra::K8));
        const ApiError &error = reply->error();
        QCOMPARE(error.kind, Kind::Api);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.code, QStringLiteral("INVALID_TOKEN"));
        QVERIFY(!error.correlationId.isEmpty());
        QVERIFY(error.userMessage().contains(QLatin1String("API key")));
        QCOMPARE(reply->attempts(), 1); // a refused key is not retried
    }
}

void TestHarnessClient::accountMismatchAndMissing()
{
    connectAs(m_server->apiKey(), AuthKind::ApiKey, QStringLiteral("someOtherAccount123456"));
    const auto other = settled(m_client->getCustomerConfig(Module::Ci, Infra::K8));
    QCOMPARE(other->error().kind, Kind::Api);
    QCOMPARE(other->error().httpStatus, 401);
    QCOMPARE(other->error().code, QStringLiteral("INVALID_TOKEN"));

    // Without an account ID the client refuses to send anything: the server would answer 401.
    Connection connection;
    connection.gatewayUrl = m_server->gatewayUrl();
    connection.apiKey = m_server->apiKey();
    QString whyNot;
    QVERIFY(!m_client->setConnection(connection, &whyNot));
    QVERIFY(!whyNot.isEmpty());
    m_server->clearRequests();
    auto missing = keep(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QVERIFY(!missing->isFinished()); // finished() comes later, once the caller could connect
    AWAIT(missing);
    QCOMPARE(missing->error().kind, Kind::InvalidRequest);
    QCOMPARE(missing->attempts(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestHarnessClient::readOnlyKey_data()
{
    QTest::addColumn<bool>("isUpdate");
    QTest::newRow("update") << true;
    QTest::newRow("reset") << false;
}

void TestHarnessClient::readOnlyKey()
{
    QFETCH(bool, isUpdate);
    connectAs(m_server->readOnlyApiKey());

    const auto read = settled(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QVERIFY(read->isOk());

    const QString field = QStringLiteral("gitCloneTag");
    const auto change
        = settled(isUpdate ? m_client->updateConfig(Module::Ci, Infra::K8, { { field, QStringLiteral("x:1") } })
                           : m_client->resetConfig(Module::Ci, Infra::K8, { field }));
    const ApiError &error = change->error();
    QCOMPARE(error.kind, Kind::Api);
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.code, QStringLiteral("NG_ACCESS_DENIED"));
    QVERIFY(!error.correlationId.isEmpty());
    QVERIFY(error.userMessage().contains(QLatin1String("permission")));
    QVERIFY(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).isEmpty());
}

void TestHarnessClient::retriedThenOk_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failures");
    QTest::newRow("429 twice") << Fault::RateLimit << 429 << 2;
    QTest::newRow("503 once") << Fault::Unavailable << 503 << 1;
}

void TestHarnessClient::retriedThenOk()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    QFETCH(int, failures);
    m_server->injectFault(fault, failures);
    QSignalSpy waiting(m_client.get(), &HarnessClient::waitingToRetry);
    auto reply = keep(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QSignalSpy retrying(reply.get(), &ApiReply::retrying);
    AWAIT(reply);
    QVERIFY2(reply->isOk(), qPrintable(reply->error().technicalDetails()));
    QVERIFY(!reply->images().isEmpty());
    QCOMPARE(reply->attempts(), failures + 1);
    QCOMPARE(m_server->requestCount(), failures + 1);
    QCOMPARE(retrying.count(), failures);
    QCOMPARE(waiting.count(), failures);
    for (int i = 0; i < failures; ++i) {
        QCOMPARE(retrying.at(i).at(0).toInt(), i + 1);
        QVERIFY(retrying.at(i).at(1).toInt() >= 0 && retrying.at(i).at(1).toInt() <= 2000);
        QCOMPARE(retrying.at(i).at(2).value<ApiError>().httpStatus, status);
        QCOMPARE(waiting.at(i).at(0).toInt(), retrying.at(i).at(1).toInt());
    }
}

void TestHarnessClient::rateLimitHonoursRetryAfter()
{
    m_server->injectFault(Fault::RateLimit, 1, 1);
    QElapsedTimer clock;
    clock.start();
    auto reply = keep(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QSignalSpy retrying(reply.get(), &ApiReply::retrying);
    AWAIT(reply);
    QVERIFY(reply->isOk());
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(1).toInt(), 1000);
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));

    // A Retry-After beyond the cap waits the cap only.
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.initialDelay = 5ms;
    policy.maxDelay = 50ms;
    m_client->setRetryPolicy(policy);
    m_server->injectFault(Fault::RateLimit, 1, 120);
    auto capped = keep(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QSignalSpy cappedRetrying(capped.get(), &ApiReply::retrying);
    AWAIT(capped);
    QVERIFY(capped->isOk());
    QCOMPARE(cappedRetrying.count(), 1);
    QCOMPARE(cappedRetrying.at(0).at(1).toInt(), 50);
}

void TestHarnessClient::retriedInVain_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << Fault::RateLimit << 429;
    QTest::newRow("503") << Fault::Unavailable << 503;
}

void TestHarnessClient::retriedInVain()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    m_server->injectFault(fault, -1, 0);
    QSignalSpy waiting(m_client.get(), &HarnessClient::waitingToRetry);
    const auto reply = settled(
        m_client->updateConfig(Module::Ci, Infra::K8, { { QStringLiteral("gitCloneTag"), QStringLiteral("x:1") } }));
    const ApiError &error = reply->error();
    QCOMPARE(error.kind, Kind::RateLimited);
    QCOMPARE(error.httpStatus, status);
    if (fault == Fault::RateLimit)
        QVERIFY(!error.correlationId.isEmpty());
    QCOMPARE(reply->attempts(), kMaxAttempts);
    QCOMPARE(waiting.count(), kMaxAttempts - 1);
    QCOMPARE(m_server->requestCount(), kMaxAttempts);
    QVERIFY(!error.userMessage().isEmpty());
    QCOMPARE(m_client->requestsInFlight(), 0);
    QVERIFY(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).isEmpty());
}

void TestHarnessClient::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status"); // -1: any
    // Qt itself resends once when a kept-alive connection closes before any answer: drop them all.
    QTest::addColumn<int>("count");
    QTest::newRow("server error") << Fault::ServerError << Kind::Api << 500 << 1;
    QTest::newRow("not json") << Fault::NotJson << Kind::NotJson << 200 << 1;
    QTest::newRow("html page") << Fault::HtmlPage << Kind::Http << 502 << 1;
    QTest::newRow("truncated") << Fault::Truncated << Kind::Network << -1 << 1;
    QTest::newRow("drop") << Fault::Drop << Kind::Network << 0 << -1;
    QTest::newRow("empty") << Fault::Empty << Kind::Empty << 200 << 1;
    QTest::newRow("wrong shape") << Fault::WrongShape << Kind::BadShape << 200 << 1;
    QTest::newRow("huge") << Fault::Huge << Kind::TooLarge << 200 << 1;
}

void TestHarnessClient::faults()
{
    QFETCH(Fault, fault);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(int, count);
    m_server->injectFault(fault, count);
    auto reply = keep(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    AWAIT(reply);
    QCOMPARE(finished.count(), 1);
    const ApiError &error = reply->error();
    QVERIFY2(error.kind == kind, qPrintable(error.technicalDetails()));
    if (status >= 0)
        QCOMPARE(error.httpStatus, status);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->images().isEmpty());
    QVERIFY(!error.userMessage().isEmpty());
    if (fault == Fault::ServerError) {
        QCOMPARE(error.code, QStringLiteral("UNKNOWN_ERROR"));
        QVERIFY(!error.correlationId.isEmpty());
        QVERIFY(error.userMessage().contains(error.correlationId));
    }

    m_server->clearFaults();
    // The client is not left in a bad state: the next call works.
    const auto next = settled(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QVERIFY2(next->isOk(), qPrintable(next->error().technicalDetails()));
}

void TestHarnessClient::hangTimesOut()
{
    m_client->setTransferTimeout(300ms);
    m_server->injectFault(Fault::Hang, 1);
    QElapsedTimer clock;
    clock.start();
    const auto reply = settled(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QVERIFY2(reply->error().kind == Kind::Timeout, qPrintable(reply->error().technicalDetails()));
    QVERIFY(clock.elapsed() >= 250);
    QCOMPARE(m_client->requestsInFlight(), 0);
    m_server->clearFaults();
}

void TestHarnessClient::redirectIsNotFollowed()
{
    m_server->injectFault(Fault::Redirect, 1);
    const auto reply = settled(
        m_client->updateConfig(Module::Ci, Infra::K8, { { QStringLiteral("gitCloneTag"), QStringLiteral("x:1") } }));
    QCOMPARE(reply->error().kind, Kind::Redirected);
    QCOMPARE(reply->error().httpStatus, 302);
    QVERIFY(reply->error().detail.contains(QLatin1String("127.0.0.2")));
    QCOMPARE(reply->attempts(), 1);
    // Give a followed redirect every chance to show up before checking it did not.
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestHarnessClient::plainHttpToRemoteIsRefused()
{
    Connection connection;
    connection.gatewayUrl = QUrl(QStringLiteral("http://app.harness.io/gateway"));
    connection.accountId = m_server->accountId();
    connection.apiKey = m_server->apiKey();
    QString whyNot;
    QVERIFY(!m_client->setConnection(connection, &whyNot));
    QVERIFY(whyNot.contains(QLatin1String("https")));

    const auto reply = settled(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QCOMPARE(reply->error().kind, Kind::InvalidRequest);
    QCOMPARE(reply->error().detail, whyNot);
    QCOMPARE(reply->attempts(), 0);
    QCOMPARE(m_server->requestCount(), 0);

    for (const QString &bad :
        { QStringLiteral("ftp://127.0.0.1/gateway"), QStringLiteral("http://10.1.2.3:8080/gateway") }) {
        connection.gatewayUrl = QUrl(bad);
        QVERIFY(!m_client->setConnection(connection));
    }
    connection.gatewayUrl = m_server->gatewayUrl();
    connection.apiKey = QStringLiteral("pat.a.b.c\r\nX-Injected: 1");
    QVERIFY(!m_client->setConnection(connection));
}

void TestHarnessClient::tlsFailureIsReported()
{
#if QT_CONFIG(ssl)
    // An https server on loopback with a self-signed certificate that no system trusts.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(kUntrustedCertificate));
    tls.setPrivateKey(QSslKey(kUntrustedKey, QSsl::Ec));
    QVERIFY(!tls.localCertificate().isNull());
    QVERIFY(!tls.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray received;
    int connections = 0;
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket *socket) {
        ++connections;
        connect(socket, &QIODevice::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });

    Connection connection;
    connection.gatewayUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/gateway").arg(server.serverPort()));
    connection.accountId = m_server->accountId();
    connection.apiKey = m_server->apiKey();
    QVERIFY(m_client->setConnection(connection));
    const auto reply = settled(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    const ApiError &error = reply->error();
    QVERIFY2(error.kind == Kind::Tls, qPrintable(error.technicalDetails()));
    QVERIFY(!error.detail.isEmpty());
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(connections >= 1);
    QVERIFY2(received.isEmpty(), received.constData()); // not one byte of the request, so not the key
#else
    QSKIP("Qt was built without TLS");
#endif
}

void TestHarnessClient::inFlightCount()
{
    m_server->setLatency(150);
    QSignalSpy changes(m_client.get(), &HarnessClient::requestsInFlightChanged);
    QCOMPARE(m_client->requestsInFlight(), 0);
    auto a = keep(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    auto b = keep(m_client->getCustomerConfig(Module::Ci, Infra::K8));
    auto c = keep(m_client->getDeprecatedConfig(Module::Ci));
    QCOMPARE(m_client->requestsInFlight(), 3);
    QCOMPARE(changes.count(), 3);
    QCOMPARE(changes.last().at(0).toInt(), 3);

    int countSeenInSlot = -1;
    connect(a.get(), &ApiReply::finished, this, [&] { countSeenInSlot = m_client->requestsInFlight(); });
    AWAIT(a);
    AWAIT(b);
    AWAIT(c);
    QVERIFY(countSeenInSlot >= 0 && countSeenInSlot <= 2); // already without the finished one
    QCOMPARE(m_client->requestsInFlight(), 0);
    QCOMPARE(changes.last().at(0).toInt(), 0);
    QCOMPARE(changes.count(), 6);
}

void TestHarnessClient::abortStopsRequestAndRetry()
{
    m_server->setLatency(500);
    auto reply = keep(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, Kind::Cancelled);
    QCOMPARE(m_client->requestsInFlight(), 0);
    reply->abort(); // twice is harmless
    QCOMPARE(finished.count(), 1);

    // Aborted while waiting to retry: no further try is made.
    m_server->setLatency(0);
    m_server->clearRequests();
    RetryPolicy slow;
    slow.initialDelay = 300ms;
    slow.maxDelay = 300ms;
    m_client->setRetryPolicy(slow);
    m_server->injectFault(Fault::RateLimit, 1);
    auto waiting = keep(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    QSignalSpy retrying(waiting.get(), &ApiReply::retrying);
    QTRY_COMPARE(retrying.count(), 1);
    waiting->abort();
    QCOMPARE(waiting->error().kind, Kind::Cancelled);
    QTest::qWait(400);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(waiting->attempts(), 1);
}

void TestHarnessClient::deletedReplyLeavesNoTrace()
{
    m_server->setLatency(200);
    ApiReply *reply = m_client->getDefaultConfig(Module::Ci, Infra::K8);
    QCOMPARE(m_client->requestsInFlight(), 1);
    QTRY_COMPARE(m_server->requestCount(), 1);
    delete reply;
    QCOMPARE(m_client->requestsInFlight(), 0);
    QTest::qWait(300); // the late answer must find nobody to crash into

    // Auto-deleted after finished().
    QPointer<ApiReply> autoDeleted = m_client->getDefaultConfig(Module::Ci, Infra::K8);
    QTRY_VERIFY_WITH_TIMEOUT(autoDeleted.isNull(), 5000);
}

void TestHarnessClient::keyNeverLeaks()
{
    const QString key = m_server->apiKey();
    const QString readOnlyKey = m_server->readOnlyApiKey();
    const QString wrongKey
        = QStringLiteral("pat.%1.feedfacefeedface.ThisKeyIsWrongButSecret").arg(m_server->accountId());
    const qsizetype logBefore = capturedLog().size();
    QList<ApiError> errors;
    const auto run = [&](ApiReply *started) {
        const auto reply = settled(started);
        if (reply->error().isError())
            errors.append(reply->error());
    };

    connectAs(key, AuthKind::ApiKey);
    run(m_client->getDefaultConfig(Module::Ci, Infra::K8));
    run(m_client->updateConfig(Module::Ci, Infra::K8, { { QStringLiteral("gitCloneTag"), key } })); // even as a value
    run(m_client->updateConfig(Module::Ci, Infra::K8, { { key, QStringLiteral("x:1") } })); // and as a field name
    m_server->injectFault(Fault::RateLimit, -1);
    run(m_client->getCustomerConfig(Module::Ci, Infra::K8));
    m_server->clearFaults();
    for (Fault fault : { Fault::Redirect, Fault::HtmlPage, Fault::NotJson, Fault::Drop, Fault::ServerError }) {
        m_server->injectFault(fault, -1);
        run(m_client->getDefaultConfig(Module::Ci, Infra::K8));
        m_server->clearFaults();
    }
    connectAs(key, AuthKind::Bearer);
    run(m_client->resetConfig(Module::Ci, Infra::K8, { key }));
    connectAs(readOnlyKey, AuthKind::ApiKey);
    run(m_client->resetConfig(Module::Ci, Infra::K8, { QStringLiteral("gitCloneTag") }));
    connectAs(wrongKey, AuthKind::Bearer);
    run(m_client->getDeprecatedConfig(Module::Idp));

    QVERIFY(errors.size() >= 8);
    const QStringList log = capturedLog().mid(logBefore);
    QVERIFY2(log.size() >= 10, "the client logged nothing: is hci.*.debug enabled?");
    bool sawPath = false;
    for (const QString &line : log) {
        for (const QString &secret : { key, readOnlyKey, wrongKey })
            QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("X-API-KEY"), Qt::CaseInsensitive), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Bearer")), qPrintable(line));
        sawPath = sawPath
            || (line.startsWith(QLatin1String("hci.harness "))
                && line.contains(QLatin1String("GET /gateway/ci/execution-config/get-default-config")));
    }
    QVERIFY(sawPath);
    for (const ApiError &error : std::as_const(errors)) {
        for (const QString &secret : { key, readOnlyKey, wrongKey }) {
            QVERIFY2(!error.userMessage().contains(secret), qPrintable(error.userMessage()));
            QVERIFY2(!error.technicalDetails().contains(secret), qPrintable(error.technicalDetails()));
        }
    }
}

QTEST_GUILESS_MAIN(TestHarnessClient)
#include "tst_harnessclient.moc"
