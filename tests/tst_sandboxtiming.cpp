// The sandbox over time, as Harness's real server behaves: a write waits between loading the
// account's document and saving it whole, so two writes in flight lose one; a trickling answer
// that never ends; and the standalone tool's flags for both. Over real loopback HTTP.

#include "tst_sandboxserver_http.h"

using namespace hci;
using namespace hci::testing;

namespace {

QByteArray updateBody(const QString &field, const QString &value)
{
    return QJsonDocument(
        QJsonArray { QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("value"), value } } })
        .toJson(QJsonDocument::Compact);
}

QByteArray resetBody(const QString &field)
{
    return QJsonDocument(QJsonArray { QJsonObject { { QStringLiteral("field"), field } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxTiming : public QObject, private SandboxHttp
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // One document per account, saved whole: the last save wins.
    void overlappingWritesLoseOne_data();
    void overlappingWritesLoseOne();
    void writesOneAfterAnotherKeepBoth();
    void writeLatencyHoldsTheAnswerNotTheServer();
    void aWriteIsSavedEvenWhenTheClientLeft();

    void trickleSendsHeadersThenABytePerTickForever();
    void trickleDefeatsATransferTimeout();

    void standaloneHelpShowsTheNewFlags();
    void standaloneNewerServerAndWriteLatency();

private:
    HttpAnswer overrides(const QString &infra = QStringLiteral("K8"), bool overridesOnly = true);
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxTiming::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QString whyNot;
    QVERIFY2(m_server->start(&whyNot), qPrintable(whyNot));
    attach(m_server.get());
}

void TestSandboxTiming::init()
{
    m_server->clearFaults();
    m_server->setLatency(0);
    m_server->setWriteLatency(0);
    m_server->setExtraDefaultFields({});
    m_server->store().clearOverrides();
    m_server->clearRequests();
}

HttpAnswer TestSandboxTiming::overrides(const QString &infra, bool overridesOnly)
{
    Query query = accountQuery(infra);
    query.append({ QStringLiteral("overridesOnly"), overridesOnly ? QStringLiteral("true") : QStringLiteral("false") });
    return call("GET", QStringLiteral("get-customer-config"), query);
}

void TestSandboxTiming::overlappingWritesLoseOne_data()
{
    QTest::addColumn<QString>("secondEndpoint");
    QTest::addColumn<QString>("secondInfra");
    // An edit and a reset of another field, as an apply of a mixed queue sends them; and an edit
    // on each infra, which share the document too.
    QTest::newRow("update and reset, K8") << "reset-config"
                                          << "K8";
    QTest::newRow("update on K8, update on VM") << "update-config"
                                                << "VM";
}

void TestSandboxTiming::overlappingWritesLoseOne()
{
    QFETCH(QString, secondEndpoint);
    QFETCH(QString, secondInfra);
    const bool secondIsReset = secondEndpoint == QLatin1String("reset-config");
    const QString kept = QStringLiteral("s3UploadTag");
    QString failure;
    // Before: an override the reset takes away.
    QVERIFY(m_server->store().update(m_server->accountId(), Module::Ci, Infra::K8,
        { { kept, true, QStringLiteral("plugins/s3:1.0.0") } }, &failure));

    // Long enough that both requests are in before either is saved; checked below, not assumed.
    m_server->setWriteLatency(3000);
    QNetworkReply *first = start("POST", url(QStringLiteral("update-config"), accountQuery()), Key::Full,
        updateBody(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.0")));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QNetworkReply *second = start("POST", url(secondEndpoint, accountQuery(secondInfra)), Key::Full,
        secondIsReset ? resetBody(kept)
                      : updateBody(QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:1.0.0")));
    QTRY_COMPARE(m_server->requestCount(), 2);
    // Both loaded the document as it was: neither save has happened yet.
    QCOMPARE(storedOverrides(Infra::K8).size(), 1);
    QVERIFY(!first->isFinished() && !second->isFinished());

    const HttpAnswer firstAnswer = finish(first);
    const HttpAnswer secondAnswer = finish(second);
    // Each write was told it succeeded.
    QCOMPARE(firstAnswer.status, 200);
    QCOMPARE(firstAnswer.value("data"), QJsonValue(true));
    QCOMPARE(secondAnswer.status, 200);
    QCOMPARE(secondAnswer.value("data"), QJsonValue(true));

    // The second save wrote back the document it had loaded: the first write is gone.
    const QJsonObject k8 = overrides().data();
    QVERIFY2(!k8.contains(QLatin1String("gitCloneTag")), QJsonDocument(k8).toJson().constData());
    if (secondIsReset) {
        QVERIFY(k8.isEmpty());
    } else {
        QCOMPARE(k8.value(kept).toString(), QStringLiteral("plugins/s3:1.0.0"));
        QCOMPARE(overrides(QStringLiteral("VM")).data().value(QLatin1String("gcsUploadTag")).toString(),
            QStringLiteral("plugins/gcs:1.0.0"));
    }
}

void TestSandboxTiming::writesOneAfterAnotherKeepBoth()
{
    m_server->setWriteLatency(200);
    QCOMPARE(post(QStringLiteral("update-config"), updateBody(QStringLiteral("gitCloneTag"), QStringLiteral("a/b:1")))
                 .status,
        200);
    QCOMPARE(post(QStringLiteral("update-config"), updateBody(QStringLiteral("gcsUploadTag"), QStringLiteral("c/d:2")),
                 QStringLiteral("VM"))
                 .status,
        200);
    QCOMPARE(overrides().data().value(QLatin1String("gitCloneTag")).toString(), QStringLiteral("a/b:1"));
    QCOMPARE(overrides(QStringLiteral("VM")).data().value(QLatin1String("gcsUploadTag")).toString(),
        QStringLiteral("c/d:2"));
}

void TestSandboxTiming::writeLatencyHoldsTheAnswerNotTheServer()
{
    m_server->setWriteLatency(3000);
    QNetworkReply *write = start("POST", url(QStringLiteral("update-config"), accountQuery()), Key::Full,
        updateBody(QStringLiteral("gitCloneTag"), QStringLiteral("a/b:1")));
    QTRY_COMPARE(m_server->requestCount(), 1);
    // A read in the window answers at once, from the document as saved: without the write.
    const HttpAnswer during = overrides();
    QCOMPARE(during.status, 200);
    QCOMPARE(during.data(), QJsonObject());
    QVERIFY(!write->isFinished());
    // A refused write answers at once too: it never gets to the save.
    const HttpAnswer refused
        = post(QStringLiteral("update-config"), updateBody(QStringLiteral("noSuchTag"), QStringLiteral("x/y:1")));
    QCOMPARE(refused.status, 500);
    QVERIFY(!write->isFinished());
    QCOMPARE(finish(write).status, 200);
    QCOMPARE(overrides().data().value(QLatin1String("gitCloneTag")).toString(), QStringLiteral("a/b:1"));
}

void TestSandboxTiming::aWriteIsSavedEvenWhenTheClientLeft()
{
    m_server->setWriteLatency(1500);
    QNetworkReply *write = start("POST", url(QStringLiteral("update-config"), accountQuery()), Key::Full,
        updateBody(QStringLiteral("gitCloneTag"), QStringLiteral("a/b:1")));
    QTRY_COMPARE(m_server->requestCount(), 1);
    write->abort();
    write->deleteLater();
    // The server does not know the client left: the change lands, the outcome was unknown to the client.
    QTRY_COMPARE_WITH_TIMEOUT(storedOverrides().value(QStringLiteral("gitCloneTag")), QStringLiteral("a/b:1"), 10000);
}

void TestSandboxTiming::trickleSendsHeadersThenABytePerTickForever()
{
    m_server->injectFault(SandboxServer::Fault::Trickle, 1);
    RawConnection raw(m_server->port(), rawGet());
    QTRY_VERIFY(raw.received.contains("\r\n\r\n"));
    QVERIFY(raw.received.startsWith("HTTP/1.1 200 OK\r\n"));
    const qsizetype split = raw.received.indexOf("\r\n\r\n");
    static const QRegularExpression lengthHeader(QStringLiteral("Content-Length: (\\d+)"));
    const QRegularExpressionMatch length = lengthHeader.match(QString::fromLatin1(raw.received.left(split)));
    QVERIFY(length.hasMatch());
    const qint64 promised = length.captured(1).toLongLong();
    // Bytes keep coming, one at a time, and the answer never completes.
    const qsizetype bodyAtHeaders = raw.received.size() - split - 4;
    QTRY_VERIFY_WITH_TIMEOUT(raw.received.size() - split - 4 >= bodyAtHeaders + 4, 10000);
    QVERIFY(raw.received.size() - split - 4 < promised);
    QCOMPARE(raw.socket.state(), QAbstractSocket::ConnectedState);
    // The bytes are those of a real answer, from its start.
    const QByteArray body = raw.received.mid(split + 4);
    const QByteArray start = R"({"status":"SUCCESS","data":{})";
    QVERIFY2(start.startsWith(body) || body.startsWith(start), body.constData());
    // The next request is answered normally; clearing the faults closes the trickling one.
    QCOMPARE(call("GET", QStringLiteral("get-default-config"), accountQuery()).status, 200);
    m_server->clearFaults();
    QTRY_COMPARE(raw.closed.count(), 1);
}

void TestSandboxTiming::trickleDefeatsATransferTimeout()
{
    m_server->injectFault(SandboxServer::Fault::Trickle, 1);
    // A transfer timeout four times the trickle's tick: every byte resets it.
    QNetworkReply *reply
        = start("GET", url(QStringLiteral("get-default-config"), accountQuery()), Key::Full, {}, {}, 1000);
    int progress = 0;
    connect(reply, &QNetworkReply::downloadProgress, this, [&progress] { ++progress; });
    QTRY_VERIFY_WITH_TIMEOUT(progress >= 12 || reply->isFinished(), 20000);
    QVERIFY2(!reply->isFinished(), qPrintable(reply->errorString()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    m_server->clearFaults();
    const HttpAnswer answer = finish(reply);
    QVERIFY(answer.finished);
    QVERIFY(answer.error != QNetworkReply::NoError);
}

void TestSandboxTiming::standaloneHelpShowsTheNewFlags()
{
    const ProcessRun help = runProcess(QStringLiteral(HCI_SANDBOX_BINARY), { QStringLiteral("--help") });
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.body.contains("--write-latency <MS>"));
    QVERIFY(help.body.contains("--newer-server"));
    QVERIFY(help.body.contains("--no-access-key <KEY>"));

    const ProcessRun bad
        = runProcess(QStringLiteral(HCI_SANDBOX_BINARY), { QStringLiteral("--write-latency"), QStringLiteral("soon") });
    QVERIFY(bad.finished);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.errors.contains("--write-latency"));
}

void TestSandboxTiming::standaloneNewerServerAndWriteLatency()
{
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    sandbox.start(QStringLiteral(HCI_SANDBOX_BINARY),
        { QStringLiteral("--newer-server"), QStringLiteral("--write-latency"), QStringLiteral("3000") });
    QByteArray printed;
    connect(&sandbox, &QProcess::readyReadStandardOutput, this, [&] { printed += sandbox.readAllStandardOutput(); });
    QTRY_VERIFY_WITH_TIMEOUT(printed.contains("Listening until stopped"), 20000);
    QVERIFY(printed.contains("# Write latency: 3000 ms"));
    const auto valueOf = [&printed](const char *label) {
        const QRegularExpression line(QStringLiteral("# %1:\\s+(\\S+)").arg(QLatin1String(label)));
        return line.match(QString::fromUtf8(printed)).captured(1);
    };
    const QString base = valueOf("Base URL");
    const QString account = valueOf("Account ID");
    const QString key = valueOf("API key");
    QVERIFY2(base.startsWith(QLatin1String("http://127.0.0.1:")), printed.constData());

    QNetworkAccessManager network;
    const auto request = [&](const QString &endpoint, const QString &query) {
        QNetworkRequest r(QUrl(base + QStringLiteral("/ci/execution-config/") + endpoint
            + QStringLiteral("?accountIdentifier=") + account + query));
        r.setRawHeader("X-API-KEY", key.toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return r;
    };
    const HttpAnswer defaults
        = finish(network.get(request(QStringLiteral("get-default-config"), QStringLiteral("&infra=K8"))));
    QCOMPARE(defaults.status, 200);
    const QJsonObject extra = SandboxServer::newerServerFields();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        QCOMPARE(defaults.data().value(it.key()), it.value());

    // Two edits sent together, one per infra: both succeed, and one of them is lost, whichever
    // was saved first.
    QNetworkReply *k8 = network.post(request(QStringLiteral("update-config"), QStringLiteral("&infra=K8")),
        updateBody(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.0")));
    QNetworkReply *vm = network.post(request(QStringLiteral("update-config"), QStringLiteral("&infra=VM")),
        updateBody(QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:1.0.0")));
    QCOMPARE(finish(k8).status, 200);
    QCOMPARE(finish(vm).status, 200);
    const auto stored = [&](const QString &infra, const char *field) {
        const HttpAnswer answer
            = finish(network.get(request(QStringLiteral("get-customer-config"), QStringLiteral("&infra=") + infra)));
        return answer.status == 200 && answer.data().contains(QLatin1String(field));
    };
    const bool k8Kept = stored(QStringLiteral("K8"), "gitCloneTag");
    const bool vmKept = stored(QStringLiteral("VM"), "gcsUploadTag");
    QVERIFY2(k8Kept != vmKept, k8Kept ? "both writes were kept" : "both writes were lost");

    sandbox.terminate();
    if (!QTest::qWaitFor([&sandbox] { return sandbox.state() == QProcess::NotRunning; }, 5000))
        sandbox.kill();
    QTRY_COMPARE(sandbox.state(), QProcess::NotRunning);
}

QTEST_GUILESS_MAIN(TestSandboxTiming)
#include "tst_sandboxtiming.moc"
