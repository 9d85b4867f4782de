// The documentation's curl commands, run with the real curl against the sandbox, and the usage
// text the standalone sandbox prints, run as a shell script.

#include "tst_sandboxserver_http.h"

using namespace hci;
using namespace hci::testing;

class TestSandboxCurl : public QObject, private SandboxHttp
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void documentedCurlWalkthrough();
    void documentedUpdateWithItsTypoIsRejected();
    void usageCommandsRunAsAShellScript();

private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxCurl::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    m_server = std::make_unique<SandboxServer>();
    QString whyNot;
    QVERIFY2(m_server->start(&whyNot), qPrintable(whyNot));
    attach(m_server.get());
}

void TestSandboxCurl::init()
{
    m_server->store().clearOverrides();
    m_server->clearRequests();
}

void TestSandboxCurl::documentedCurlWalkthrough()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");

    // 1. get-default-config, with each documented way to authenticate.
    const QString bearerHeader = QStringLiteral("Authorization: Bearer ") + m_server->apiKey();
    for (const QString &auth : { keyHeader(), bearerHeader }) {
        const ProcessRun defaults
            = runCurl(documentedGet(QStringLiteral("get-default-config?accountIdentifier=%1&infra=K8"), auth));
        QVERIFY2(defaults.finished && defaults.exitCode == 0, defaults.errors.constData());
        QCOMPARE(defaults.status, 200);
        QCOMPARE(defaults.text("status"), QStringLiteral("SUCCESS"));
        QCOMPARE(defaults.data().size(), 48);
    }

    // 2. get-customer-config: "data": {} while everything is default.
    const QStringList overrides = documentedGet(
        QStringLiteral("get-customer-config?accountIdentifier=%1&infra=K8&overridesOnly=true"), keyHeader());
    const ProcessRun none = runCurl(overrides);
    QCOMPARE(none.status, 200);
    QVERIFY(none.body.contains(R"("data":{})"));

    // 3. update-config, the documented body with its missing quote restored.
    const ProcessRun update = runCurl(
        documentedPost(QStringLiteral("update-config?accountIdentifier=%1&infra=K8"), documentedUpdateBody(true)));
    QCOMPARE(update.status, 200);
    QCOMPARE(update.value("data"), QJsonValue(true));
    const QJsonObject changed = { { QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.9-rootless") },
        { QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:1.3.0") } };
    QCOMPARE(runCurl(overrides).data(), changed);

    // 4. reset-config puts both back.
    const ProcessRun reset = runCurl(documentedPost(QStringLiteral("reset-config?accountIdentifier=%1&infra=K8"),
        QStringLiteral("[\n    {\n        \"field\": \"gitCloneTag\"\n    },\n    {\n        \"field\": "
                       "\"gcsUploadTag\"\n    }\n]")));
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.value("data"), QJsonValue(true));
    QCOMPARE(runCurl(overrides).data(), QJsonObject());
}


void TestSandboxCurl::documentedUpdateWithItsTypoIsRejected()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    // As printed, the body is not JSON: the server refuses it and changes nothing.
    const ProcessRun run = runCurl(
        documentedPost(QStringLiteral("update-config?accountIdentifier=%1&infra=K8"), documentedUpdateBody(false)));
    QCOMPARE(run.status, 400);
    const QString problem = failureShapeProblem(run, QStringLiteral("body"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(storedOverrides().isEmpty());
}


void TestSandboxCurl::usageCommandsRunAsAShellScript()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    const QString usage = m_server->usage();
    QVERIFY(usage.contains(m_server->gatewayUrl().toString()));
    QVERIFY(usage.contains(m_server->accountId()));
    QVERIFY(usage.contains(m_server->apiKey()));
    QVERIFY(usage.contains(m_server->readOnlyApiKey()));
    QVERIFY(usage.contains(m_server->noAccessApiKey()));
    QVERIFY(!usage.contains(QLatin1String("app.harness.io")));

    // Everything but the commands is a comment, so what the tool prints can be pasted into a shell.
    const ProcessRun run = runShell(usage);
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    QCOMPARE(run.body.count(R"("status":"SUCCESS")"), 5);
    QCOMPARE(run.body.count(R"("data":true)"), 2);
    QCOMPARE(m_server->requestCount(), 5);
    for (const SandboxServer::RecordedRequest &request : m_server->requests())
        QVERIFY(request.hadApiKeyHeader);
    QVERIFY(storedOverrides().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxCurl)
#include "tst_sandboxcurl.moc"
