// The sandbox over real loopback HTTP: the exact answers a client or a curl user gets, errors and
// injected faults included. The documentation's curl commands: tst_sandboxcurl; the real server's
// surprises: tst_sandboxrealserver and tst_sandboxtiming.

#include "tst_sandboxserver_http.h"

using namespace hci;
using namespace hci::testing;

class TestSandboxServer : public QObject, private SandboxHttp
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void successHasTheDocumentedEnvelope();
    void everyModuleAndInfraServesTheDefaults_data();
    void everyModuleAndInfraServesTheDefaults();
    void refusedKeysAre401_data();
    void refusedKeysAre401();
    void infraMustBeK8OrVm_data();
    void infraMustBeK8OrVm();
    void malformedBodiesAre400_data();
    void malformedBodiesAre400();
    void postWithoutJsonContentTypeIs415();
    void emptyListAndNullValueBehaveLikeTheServer();
    void customerConfigShowsOverridesOrMergedView();

    void latencyDelaysEveryAnswerWithoutBlocking();
    void delayedAnswerToAClientThatLeftIsDropped();
    void faultsAreVisibleOverHttp_data();
    void faultsAreVisibleOverHttp();
    void truncatedAnswerStopsShortOfContentLength();
    void dropClosesWithoutAByte();
    void hangNeverAnswersUntilCleared();
    void faultsCountDownInOrderAndSaveNothing();
    void requestsAreRecordedWithoutKeys();
    void destroyingTheServerClosesHeldConnections();


private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxServer::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QString whyNot;
    QVERIFY2(m_server->start(&whyNot), qPrintable(whyNot));
    attach(m_server.get());
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->gatewayUrl().toString(), QStringLiteral("http://127.0.0.1:%1/gateway").arg(m_server->port()));
    static const QRegularExpression accountShape(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    QVERIFY(accountShape.match(m_server->accountId()).hasMatch());
    const QRegularExpression keyShape(QStringLiteral("^pat\\.%1\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}$")
                                          .arg(QRegularExpression::escape(m_server->accountId())));
    QVERIFY(keyShape.match(m_server->apiKey()).hasMatch());
    QVERIFY(keyShape.match(m_server->readOnlyApiKey()).hasMatch());
    QVERIFY(m_server->apiKey() != m_server->readOnlyApiKey());
}

void TestSandboxServer::init()
{
    m_server->clearFaults();
    m_server->setLatency(0);
    m_server->store().clearOverrides();
    m_server->clearRequests();
}

void TestSandboxServer::successHasTheDocumentedEnvelope()
{
    const HttpAnswer first = call("GET", QStringLiteral("get-default-config"), accountQuery());
    QVERIFY(first.finished);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.headers.value("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(first.keys(), kSuccessKeys);
    QCOMPARE(first.text("status"), QStringLiteral("SUCCESS"));
    QVERIFY(first.value("metaData").isNull());
    QVERIFY(isUuid(first.value("correlationId")));
    const QJsonObject data = first.data();
    QCOMPARE(data.size(), 48);
    QCOMPARE(data.value(QLatin1String("addonTag")).toString(), QStringLiteral("harness/ci-addon:1.16.92"));
    // Members in the documented order, as people read them in curl output.
    QVERIFY2(first.body.startsWith(R"({"status":"SUCCESS","data":{"addonTag":"harness/ci-addon:1.16.92",)"),
        first.body.left(80).constData());
    const QByteArray ending
        = R"("},"metaData":null,"correlationId":")" + first.text("correlationId").toUtf8() + R"("})";
    QVERIFY(first.body.endsWith(ending));

    const HttpAnswer second = call("GET", QStringLiteral("get-default-config"), accountQuery());
    QVERIFY(isUuid(second.value("correlationId")));
    QVERIFY(second.value("correlationId") != first.value("correlationId"));
}

void TestSandboxServer::everyModuleAndInfraServesTheDefaults_data()
{
    QTest::addColumn<Module>("module");
    QTest::addColumn<QString>("infra");
    QTest::addColumn<int>("count");
    // IaCM and IDP have lists of their own: tst_sandboxrealserver checks them.
    QTest::addRow("ci-K8") << Module::Ci << QStringLiteral("K8") << 48;
    QTest::addRow("ci-VM") << Module::Ci << QStringLiteral("VM") << 43;
}

void TestSandboxServer::everyModuleAndInfraServesTheDefaults()
{
    QFETCH(Module, module);
    QFETCH(QString, infra);
    QFETCH(int, count);
    const HttpAnswer answer
        = finish(start("GET", url(QStringLiteral("get-default-config"), accountQuery(infra), module), Key::Full));
    QCOMPARE(answer.status, 200);
    const QJsonObject data = answer.data();
    QCOMPARE(data.size(), count);
    QCOMPARE(data.contains(QLatin1String("liteEngineTag")), infra == QLatin1String("K8"));
    QCOMPARE(data.value(QLatin1String("gitCloneTag")).toString(), QStringLiteral("harness/drone-git:1.6.9-rootless"));
}

void TestSandboxServer::refusedKeysAre401_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("withAccount");
    QTest::addColumn<bool>("otherAccount");
    QTest::addColumn<QString>("message");
    QTest::newRow("no key") << int(Key::None) << true << false << "Authentication required";
    QTest::newRow("wrong key") << int(Key::Wrong) << true << false << "Invalid API token";
    QTest::newRow("no accountIdentifier")
        << int(Key::Full) << false << false << "Account detail is not present in the request";
    QTest::newRow("another account") << int(Key::Full) << true << true << "does not belong to account";
    QTest::newRow("bearer, another account") << int(Key::Bearer) << true << true << "does not belong";
}

void TestSandboxServer::refusedKeysAre401()
{
    QFETCH(int, key);
    QFETCH(bool, withAccount);
    QFETCH(bool, otherAccount);
    QFETCH(QString, message);
    Query query = { { QStringLiteral("infra"), QStringLiteral("K8") } };
    if (withAccount) {
        query.append({ QStringLiteral("accountIdentifier"),
            otherAccount ? QStringLiteral("someOtherAccount00001") : m_server->accountId() });
    }
    const HttpAnswer answer = call("GET", QStringLiteral("get-default-config"), query, Key(key));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.headers.value("content-type"), QByteArrayLiteral("application/json"));
    const QString problem = errorShapeProblem(answer, QStringLiteral("INVALID_TOKEN"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(answer.text("message").contains(message), answer.body.constData());
    // The presented key is never repeated back.
    QVERIFY(!answer.body.contains(kWrongKey.toUtf8()));
    QVERIFY(!answer.body.contains(m_server->apiKey().toUtf8()));
}

void TestSandboxServer::infraMustBeK8OrVm_data()
{
    QTest::addColumn<QString>("infra");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing") << QString() << "must not be null";
    QTest::newRow("empty") << ""
                           << "must not be null";
    QTest::newRow("lower case k8") << "k8"
                                   << "must be one of K8, VM";
    QTest::newRow("lower case vm") << "vm"
                                   << "must be one of K8, VM";
    QTest::newRow("unknown") << "DOCKER"
                             << "must be one of K8, VM";
}

void TestSandboxServer::infraMustBeK8OrVm()
{
    QFETCH(QString, infra);
    QFETCH(QString, error);
    const HttpAnswer answer = call("GET", QStringLiteral("get-customer-config"), accountQuery(infra));
    QCOMPARE(answer.status, 400);
    const QString problem = failureShapeProblem(answer, QStringLiteral("infra"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(answer.text("message"), QStringLiteral("infra: ") + error);
    QCOMPARE(answer.value("errors")[0][QLatin1String("error")].toString(), error);
}

void TestSandboxServer::malformedBodiesAre400_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QString>("message");
    const QString update = QStringLiteral("update-config");
    const QString reset = QStringLiteral("reset-config");
    QTest::newRow("not JSON") << update << QByteArray("gitCloneTag=harness/drone-git:1") << "body"
                              << "";
    QTest::newRow("no body") << reset << QByteArray() << "body"
                             << "";
    QTest::newRow("object, not array") << update
                                       << QByteArray(R"({"field":"gitCloneTag","value":"harness/drone-git:1"})")
                                       << "body"
                                       << "";
    QTest::newRow("array of strings") << reset << QByteArray(R"(["gitCloneTag"])") << "[0]"
                                      << "";
    QTest::newRow("missing field") << update << QByteArray(R"([{"value":"harness/drone-git:1"}])") << "field"
                                   << "field: must not be null";
    QTest::newRow("field not a string") << reset << QByteArray(R"([{"field":42}])") << "field"
                                        << "field: must be a string";
    QTest::newRow("value not a string") << update << QByteArray(R"([{"field":"gitCloneTag","value":1}])") << "value"
                                        << "value: must be a string";
    QTest::newRow("one bad item among good ones")
        << update << QByteArray(R"([{"field":"gcsUploadTag","value":"plugins/gcs:1.3.0"},{"fieldd":"gitCloneTag"}])")
        << "field"
        << "field: must not be null";
}

void TestSandboxServer::malformedBodiesAre400()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(QString, fieldId);
    QFETCH(QString, message);
    QString failure;
    QVERIFY(m_server->store().update(m_server->accountId(), Module::Ci, Infra::K8,
        { { QStringLiteral("gitCloneTag"), true, QStringLiteral("harness/drone-git:1.0.0") } }, &failure));
    const HttpAnswer answer = post(endpoint, body);
    QCOMPARE(answer.status, 400);
    const QString problem = failureShapeProblem(answer, fieldId);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!message.isEmpty())
        QCOMPARE(answer.text("message"), message);
    // Nothing saved, nothing reset.
    const ImageMap expected = { { QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.0") } };
    QCOMPARE(storedOverrides(), expected);
}

void TestSandboxServer::postWithoutJsonContentTypeIs415()
{
    QNetworkReply *reply = start("POST", url(QStringLiteral("update-config"), accountQuery()), Key::Full,
        R"([{"field":"gitCloneTag","value":"x/y:1"}])", QByteArrayLiteral("application/x-www-form-urlencoded"));
    const HttpAnswer answer = finish(reply);
    QCOMPARE(answer.status, 415);
    QCOMPARE(answer.text("code"), QStringLiteral("INVALID_REQUEST"));
    QVERIFY(storedOverrides().isEmpty());
}

void TestSandboxServer::emptyListAndNullValueBehaveLikeTheServer()
{
    const HttpAnswer empty = post(QStringLiteral("update-config"), "[]");
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.body.contains(R"("data":true)"));

    const QByteArray set = R"([{"field":"gitCloneTag","value":"a/b:1"},{"field":"s3UploadTag","value":"c/d:2"}])";
    QCOMPARE(post(QStringLiteral("update-config"), set).status, 200);
    QCOMPARE(storedOverrides().size(), 2);
    const QByteArray unset = R"([{"field":"gitCloneTag","value":null},{"field":"s3UploadTag"}])";
    QCOMPARE(post(QStringLiteral("update-config"), unset).status, 200);
    const HttpAnswer after = call("GET", QStringLiteral("get-customer-config"), accountQuery());
    QCOMPARE(after.data(), QJsonObject());
}

void TestSandboxServer::customerConfigShowsOverridesOrMergedView()
{
    const QByteArray mirror = R"([{"field":"addonTag","value":"artifactory.example.com/harness/ci-addon:1.16.22"}])";
    QCOMPARE(post(QStringLiteral("update-config"), mirror).status, 200);
    const QJsonObject expected
        = { { QStringLiteral("addonTag"), QStringLiteral("artifactory.example.com/harness/ci-addon:1.16.22") } };
    const HttpAnswer byDefault = call("GET", QStringLiteral("get-customer-config"), accountQuery());
    QCOMPARE(byDefault.data(), expected);
    Query onlyOverrides = accountQuery();
    onlyOverrides.append({ QStringLiteral("overridesOnly"), QStringLiteral("true") });
    QCOMPARE(call("GET", QStringLiteral("get-customer-config"), onlyOverrides).data(), expected);

    Query merged = accountQuery();
    merged.append({ QStringLiteral("overridesOnly"), QStringLiteral("false") });
    const QJsonObject all = call("GET", QStringLiteral("get-customer-config"), merged).data();
    QCOMPARE(all.size(), 48);
    QCOMPARE(all.value(QLatin1String("addonTag")).toString(),
        QStringLiteral("artifactory.example.com/harness/ci-addon:1.16.22"));
    QCOMPARE(all.value(QLatin1String("liteEngineTag")).toString(), QStringLiteral("harness/ci-lite-engine:1.16.92"));
    // Overrides are per module: IaCM still has none.
    const HttpAnswer iacm
        = finish(start("GET", url(QStringLiteral("get-customer-config"), accountQuery(), Module::Iacm), Key::Full));
    QCOMPARE(iacm.data(), QJsonObject());
}

void TestSandboxServer::latencyDelaysEveryAnswerWithoutBlocking()
{
    const int latency = 600;
    m_server->setLatency(latency);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *defaults = start("GET", url(QStringLiteral("get-default-config"), accountQuery()), Key::Full);
    QNetworkReply *refused = start("GET", url(QStringLiteral("get-default-config"), accountQuery()), Key::Wrong);
    // The test's own timer fires meanwhile: the server waits on a timer, not on the thread.
    bool pendingAt100ms = false;
    QTimer::singleShot(100, this, [&] { pendingAt100ms = !defaults->isFinished() && !refused->isFinished(); });
    QTRY_VERIFY_WITH_TIMEOUT(defaults->isFinished() && refused->isFinished(), 5000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(pendingAt100ms);
    QVERIFY2(elapsed >= latency, qPrintable(QString::number(elapsed)));
    // Both were delayed side by side, not one after the other.
    QVERIFY2(elapsed < 2 * latency - 50, qPrintable(QString::number(elapsed)));
    QCOMPARE(finish(defaults).status, 200);
    QCOMPARE(finish(refused).status, 401);
}

void TestSandboxServer::delayedAnswerToAClientThatLeftIsDropped()
{
    m_server->setLatency(300);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const HttpAnswer gaveUp
        = finish(start("GET", url(QStringLiteral("get-default-config"), accountQuery()), Key::Full, {}, {}, 50));
    QVERIFY(gaveUp.finished);
    QCOMPARE(gaveUp.status, 0);
    QVERIFY(gaveUp.error != QNetworkReply::NoError);
    // Past the latency, the server has nobody to answer and keeps serving.
    bool latencyPassed = false;
    QTimer::singleShot(500, this, [&latencyPassed] { latencyPassed = true; });
    QTRY_VERIFY(latencyPassed);
    QCOMPARE(handled.count(), 0);
    m_server->setLatency(0);
    QCOMPARE(call("GET", QStringLiteral("get-default-config"), accountQuery()).status, 200);
}

void TestSandboxServer::faultsAreVisibleOverHttp_data()
{
    using Fault = SandboxServer::Fault;
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("RateLimit") << Fault::RateLimit << -1 << 429 << QByteArray("application/json");
    QTest::newRow("RateLimit, Retry-After") << Fault::RateLimit << 7 << 429 << QByteArray("application/json");
    QTest::newRow("Unavailable") << Fault::Unavailable << 3 << 503 << QByteArray("text/html");
    QTest::newRow("ServerError") << Fault::ServerError << -1 << 500 << QByteArray("application/json");
    QTest::newRow("NotJson") << Fault::NotJson << -1 << 200 << QByteArray("text/plain");
    QTest::newRow("HtmlPage") << Fault::HtmlPage << -1 << 502 << QByteArray("text/html");
    QTest::newRow("Empty") << Fault::Empty << -1 << 200 << QByteArray("application/json");
    QTest::newRow("WrongShape") << Fault::WrongShape << -1 << 200 << QByteArray("application/json");
    QTest::newRow("Huge") << Fault::Huge << -1 << 200 << QByteArray("application/json");
    QTest::newRow("Redirect") << Fault::Redirect << -1 << 302 << QByteArray();
}

void TestSandboxServer::faultsAreVisibleOverHttp()
{
    using Fault = SandboxServer::Fault;
    QFETCH(Fault, fault);
    QFETCH(int, retryAfter);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);

    m_server->injectFault(fault, 1, retryAfter);
    const Query query = accountQuery();
    const HttpAnswer answer = call("GET", QStringLiteral("get-default-config"), query);
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.headers.value("content-type"), contentType);
    QCOMPARE(answer.headers.value("retry-after"), retryAfter >= 0 ? QByteArray::number(retryAfter) : QByteArray());
    QCOMPARE(answer.headers.value("content-length"), QByteArray::number(answer.body.size()));
    switch (fault) {
    case Fault::RateLimit:
    case Fault::ServerError:
        QCOMPARE(answer.keys(), kErrorKeys);
        QCOMPARE(answer.text("code"),
            fault == Fault::RateLimit ? QStringLiteral("TOO_MANY_REQUESTS") : QStringLiteral("UNKNOWN_ERROR"));
        if (fault == Fault::ServerError) {
            QCOMPARE(answer.text("message"),
                QStringLiteral("Oops, something went wrong on our end. Please contact Harness Support."));
        }
        break;
    case Fault::Unavailable:
    case Fault::HtmlPage:
    case Fault::NotJson:
        QVERIFY(!answer.body.isEmpty());
        QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
        QCOMPARE(answer.body.startsWith("<html>"), fault != Fault::NotJson);
        break;
    case Fault::Empty:
        QVERIFY(answer.body.isEmpty());
        break;
    case Fault::WrongShape:
        QCOMPARE(answer.text("status"), QStringLiteral("SUCCESS"));
        QCOMPARE(answer.value("data").toArray(), QJsonArray({ 1, 2, 3 }));
        break;
    case Fault::Huge:
        QVERIFY(answer.body.size() > 8 * 1024 * 1024);
        QCOMPARE(answer.text("status"), QStringLiteral("SUCCESS"));
        break;
    case Fault::Redirect: {
        QUrl expected = url(QStringLiteral("get-default-config"), query);
        expected.setHost(QStringLiteral("127.0.0.2"));
        QCOMPARE(QUrl::fromEncoded(answer.headers.value("location")), expected);
        break;
    }
    default:
        QFAIL("row without checks");
    }
    // One request only: the next one is answered normally.
    QCOMPARE(call("GET", QStringLiteral("get-default-config"), query).status, 200);
}

void TestSandboxServer::truncatedAnswerStopsShortOfContentLength()
{
    m_server->injectFault(SandboxServer::Fault::Truncated, 2);
    RawConnection raw(m_server->port(), rawGet());
    QTRY_COMPARE(raw.closed.count(), 1);
    const qsizetype split = raw.received.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    QVERIFY(raw.received.startsWith("HTTP/1.1 200 OK\r\n"));
    static const QRegularExpression lengthHeader(QStringLiteral("Content-Length: (\\d+)"));
    const QRegularExpressionMatch length = lengthHeader.match(QString::fromLatin1(raw.received.left(split)));
    QVERIFY(length.hasMatch());
    const qsizetype bodySize = raw.received.size() - split - 4;
    QVERIFY(bodySize > 0);
    QVERIFY2(bodySize < length.captured(1).toLongLong(), raw.received.constData());

    // A client that checks Content-Length sees an error, not a short success.
    const HttpAnswer answer = post(QStringLiteral("reset-config"), "[]");
    QVERIFY(answer.finished);
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
}

void TestSandboxServer::dropClosesWithoutAByte()
{
    m_server->injectFault(SandboxServer::Fault::Drop, -1);
    RawConnection raw(m_server->port(), rawGet());
    QTRY_COMPARE(raw.closed.count(), 1);
    QVERIFY(raw.received.isEmpty());
    QCOMPARE(m_server->requestCount(), 1);

    // Qt resends a request whose connection closed before any answer, so only a lasting drop
    // reaches the caller; nothing is saved by any of the attempts.
    const HttpAnswer answer = post(QStringLiteral("update-config"), R"([{"field":"gitCloneTag","value":"a/b:1"}])");
    QCOMPARE(answer.status, 0);
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_server->requestCount() > 2);
    QVERIFY(storedOverrides().isEmpty());
}

void TestSandboxServer::hangNeverAnswersUntilCleared()
{
    m_server->injectFault(SandboxServer::Fault::Hang, -1);
    // A client with a transfer timeout gives up on its own.
    const HttpAnswer gaveUp
        = finish(start("GET", url(QStringLiteral("get-default-config"), accountQuery()), Key::Full, {}, {}, 300));
    QVERIFY(gaveUp.finished);
    QVERIFY(gaveUp.elapsedMs >= 300);
    QCOMPARE(gaveUp.status, 0);
    QVERIFY(gaveUp.error == QNetworkReply::OperationCanceledError || gaveUp.error == QNetworkReply::TimeoutError);

    RawConnection raw(m_server->port(), rawGet());
    QTRY_COMPARE(m_server->requestCount(), 2);
    QCOMPARE(raw.socket.state(), QAbstractSocket::ConnectedState);
    // Clearing releases the held connection: it closes without an answer.
    m_server->clearFaults();
    QTRY_COMPARE(raw.closed.count(), 1);
    QVERIFY(raw.received.isEmpty());
    QCOMPARE(call("GET", QStringLiteral("get-default-config"), accountQuery()).status, 200);
}

void TestSandboxServer::faultsCountDownInOrderAndSaveNothing()
{
    using Fault = SandboxServer::Fault;
    m_server->injectFault(Fault::RateLimit, 2);
    m_server->injectFault(Fault::ServerError, 1);
    const QByteArray body = R"([{"field":"gitCloneTag","value":"harness/drone-git:1.0.9-rootless"}])";
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses.append(post(QStringLiteral("update-config"), body).status);
    QCOMPARE(statuses, QList<int>({ 429, 429, 500, 200 }));

    m_server->store().clearOverrides();
    m_server->injectFault(Fault::Unavailable, -1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(post(QStringLiteral("update-config"), body).status, 503);
    QVERIFY(storedOverrides().isEmpty());
    m_server->clearFaults();
    QCOMPARE(post(QStringLiteral("update-config"), body).status, 200);
    QCOMPARE(storedOverrides().size(), 1);
}

void TestSandboxServer::requestsAreRecordedWithoutKeys()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QByteArray body = R"([{"field":"gitCloneTag"}])";
    QCOMPARE(call("POST", QStringLiteral("reset-config"), accountQuery(QStringLiteral("VM")), Key::Bearer, body).status,
        200);
    QCOMPARE(call("GET", QStringLiteral("get-default-config"), accountQuery(QStringLiteral("k8"))).status, 400);

    const QList<SandboxServer::RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(m_server->requestCount(), 2);
    const SandboxServer::RecordedRequest &reset = requests.first();
    QCOMPARE(reset.method, QByteArrayLiteral("POST"));
    QCOMPARE(reset.path, QStringLiteral("/gateway/ci/execution-config/reset-config"));
    QCOMPARE(reset.query, accountQuery(QStringLiteral("VM")));
    QVERIFY(!reset.hadApiKeyHeader);
    QVERIFY(reset.hadBearerHeader);
    QCOMPARE(reset.body, body);
    QVERIFY(requests.last().hadApiKeyHeader);
    QVERIFY(!requests.last().hadBearerHeader);

    QCOMPARE(handled.count(), 2);
    QCOMPARE(handled.at(0).at(0).toString(), reset.path);
    QCOMPARE(handled.at(0).at(1).toInt(), 200);
    QCOMPARE(handled.at(1).at(1).toInt(), 400);
    m_server->clearRequests();
    QCOMPARE(m_server->requestCount(), 0);
}

void TestSandboxServer::destroyingTheServerClosesHeldConnections()
{
    auto doomed = std::make_unique<SandboxServer>();
    QVERIFY(doomed->start());
    SandboxHttp http;
    http.attach(doomed.get());
    doomed->injectFault(SandboxServer::Fault::Hang, 1);
    RawConnection hung(doomed->port(), http.rawGet());
    QTRY_COMPARE(doomed->requestCount(), 1);
    doomed->setLatency(5000);
    QNetworkReply *delayed
        = http.start("GET", http.url(QStringLiteral("get-default-config"), http.accountQuery()), Key::Full);
    QTRY_COMPARE(doomed->requestCount(), 2);

    // Neither the hung nor the delayed answer outlives the server, and both clients hear of it.
    doomed.reset();
    QTRY_COMPARE(hung.closed.count(), 1);
    QVERIFY(hung.received.isEmpty());
    const HttpAnswer answer = SandboxHttp::finish(delayed);
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 0);
    QVERIFY(answer.error != QNetworkReply::NoError);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
