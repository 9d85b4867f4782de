// The account session against the real sandbox over loopback HTTP: loading, applying, conflicts,
// failures that keep the queue, rate limits, and the cURL preview of what an apply sends.

#include "harness/requestpreview.h"
#include "tst_accountsession_rig.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

Q_DECLARE_METATYPE(hci::Module)
Q_DECLARE_METATYPE(hci::Infra)

using namespace hci;
using namespace hci::testing;

class TestAccountSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_rig.reset(); }

    void loadFillsTheDocument_data();
    void loadFillsTheDocument();
    void loadFailureKeepsTheLastSnapshot();
    void loadWhileLoadingRestarts();
    void deprecatedListIsOptional_data();
    void deprecatedListIsOptional();

    void applySendsOneUpdateAndOneReset();
    void applyWithNothingQueuedSendsNothing();
    void conflictKeepMineOverwrites();
    void conflictTakeTheirsDropsTheChange();
    void cancelledConflictAsksAgain();
    void readOnlyKeyKeepsTheQueue();
    void serverErrorOnUpdateKeepsTheQueue();
    void rejectedUpdateIsAllOrNothing_data();
    void rejectedUpdateIsAllOrNothing();
    void failedVerificationKeepsWhatWasSent();
    void rateLimitDuringApplyWaitsAndSucceeds();

    void previewShowsBothRequestsWithoutTheKey();
    void previewRunsAsIsWithCurl();

private:
    void loadAndWait();
    // False once the load failed the test.
    bool load()
    {
        loadAndWait();
        return !QTest::currentTestFailed();
    }
    void applyAndExpectSuccess(int confirmed);

    std::unique_ptr<Rig> m_rig;
};

void TestAccountSession::init()
{
    m_rig = std::make_unique<Rig>();
    QString whyNot;
    QVERIFY2(m_rig->server.start(&whyNot), qPrintable(whyNot));
    m_rig->connectAs(m_rig->server.apiKey());
    m_rig->client.setRetryPolicy(RetryPolicy { 4, std::chrono::milliseconds(10), std::chrono::milliseconds(40) });
}

void TestAccountSession::loadAndWait()
{
    QSignalSpy loaded(&m_rig->session, &AccountSession::loaded);
    QSignalSpy failed(&m_rig->session, &AccountSession::loadFailed);
    m_rig->session.load();
    QCOMPARE(m_rig->session.state(), AccountSession::State::Loading);
    QTRY_COMPARE(loaded.count() + failed.count(), 1);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_rig->session.state(), AccountSession::State::Idle);
}

void TestAccountSession::applyAndExpectSuccess(int confirmed)
{
    QSignalSpy applied(&m_rig->session, &AccountSession::applied);
    QSignalSpy failed(&m_rig->session, &AccountSession::applyFailed);
    m_rig->session.apply();
    QTRY_COMPARE(applied.count() + failed.count(), 1);
    if (!failed.isEmpty())
        QFAIL(qPrintable(failed.first().first().value<ApiError>().technicalDetails()));
    QCOMPARE(applied.first().first().toInt(), confirmed);
    QCOMPARE(m_rig->session.state(), AccountSession::State::Idle);
}

void TestAccountSession::loadFillsTheDocument_data()
{
    QTest::addColumn<Module>("module");
    QTest::addColumn<Infra>("infra");
    QTest::addColumn<int>("fields"); // -1: as many as the module's documented defaults
    for (Module module : allModules()) {
        const bool ci = module == Module::Ci;
        QTest::addRow("%s-K8", qPrintable(moduleId(module))) << module << Infra::K8 << (ci ? 48 : -1);
        QTest::addRow("%s-VM", qPrintable(moduleId(module))) << module << Infra::Vm << (ci ? 43 : -1);
    }
}

void TestAccountSession::loadFillsTheDocument()
{
    QFETCH(Module, module);
    QFETCH(Infra, infra);
    QFETCH(int, fields);
    Rig &rig = *m_rig;
    const ImageMap defaults = rig.server.store().defaults(module, infra);
    QVERIFY(!defaults.isEmpty());
    if (fields < 0)
        fields = int(defaults.size());
    const QString field = module == Module::Ci ? kGit : defaults.firstKey();
    QString failure;
    QVERIFY(rig.server.store().update(rig.server.accountId(), module, infra, { { field, true, kMine } }, &failure));
    rig.server.store().setDeprecated(rig.server.accountId(), module, { { kS3, QStringLiteral("plugins/s3:0.9.0") } });

    rig.session.setScope(module, infra);
    if (!load())
        return;
    const ConfigSnapshot &snapshot = rig.document.snapshot();
    QCOMPARE(snapshot.module(), module);
    QCOMPARE(snapshot.infra(), infra);
    QCOMPARE(snapshot.fields().size(), fields);
    QCOMPARE(snapshot.defaults(), rig.server.store().defaults(module, infra));
    QCOMPARE(snapshot.overrides(), (ImageMap { { field, kMine } }));
    QCOMPARE(snapshot.deprecated().value(kS3), QStringLiteral("plugins/s3:0.9.0"));
    QCOMPARE(rig.server.requestCount(), 3);
    QCOMPARE(rig.sent(QStringLiteral("get-default-config")), 1);
    QCOMPARE(rig.sent(QStringLiteral("get-customer-config")), 1);
    QCOMPARE(rig.sent(QStringLiteral("get-deprecated-config")), 1);
}

void TestAccountSession::loadFailureKeepsTheLastSnapshot()
{
    Rig &rig = *m_rig;
    rig.store(kGit, kMine);
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
    const QDateTime loadedAt = rig.document.snapshot().loadedAt();

    rig.connectAs(kWrongKey);
    QSignalSpy failed(&rig.session, &AccountSession::loadFailed);
    QSignalSpy loaded(&rig.session, &AccountSession::loaded);
    QSignalSpy snapshotChanged(&rig.document, &ConfigDocument::snapshotChanged);
    rig.session.load();
    QTRY_COMPARE(failed.count(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.code, QStringLiteral("INVALID_TOKEN"));
    QVERIFY(!error.correlationId.isEmpty());
    QCOMPARE(rig.session.state(), AccountSession::State::Idle);
    QTest::qWait(50); // the aborted siblings must not answer late
    QCOMPARE(failed.count(), 1);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(snapshotChanged.count(), 0);
    QCOMPARE(rig.document.snapshot().loadedAt(), loadedAt);
    QCOMPARE(rig.document.snapshot().overrides(), (ImageMap { { kGit, kMine } }));
    QCOMPARE(rig.document.pendingCount(), 1);
}

void TestAccountSession::loadWhileLoadingRestarts()
{
    Rig &rig = *m_rig;
    rig.server.setLatency(100);
    QSignalSpy loaded(&rig.session, &AccountSession::loaded);
    rig.session.load();
    rig.session.setScope(Module::Ci, Infra::Vm);
    rig.session.load(); // the newest scope wins
    QTRY_COMPARE(loaded.count(), 1);
    QTest::qWait(150);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(rig.document.snapshot().infra(), Infra::Vm);
    QCOMPARE(rig.document.snapshot().fields().size(), 43);
}

void TestAccountSession::deprecatedListIsOptional_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("loads");
    const QByteArray notFound = R"({"status":"ERROR","code":"RESOURCE_NOT_FOUND_EXCEPTION","message":"no such path",)"
                                R"("correlationId":"c-1"})";
    const QByteArray token = R"({"status":"ERROR","code":"INVALID_TOKEN","message":"Token is not valid.",)"
                             R"("correlationId":"c-2"})";
    QTest::newRow("400 not found envelope") << 400 << notFound << true;
    QTest::newRow("404 html page") << 404 << QByteArray("<html><body>Not Found</body></html>") << true;
    QTest::newRow("401 refused key fails") << 401 << token << false;
}

void TestAccountSession::deprecatedListIsOptional()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, loads);
    // An older server: the two config calls work, get-deprecated-config does not.
    QHttpServer old;
    const QString prefix = QStringLiteral("/gateway/ci/execution-config/");
    old.route(prefix + QStringLiteral("get-default-config"), [] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
            R"({"status":"SUCCESS","data":{"addonTag":"harness/ci-addon:1.16.92"},)"
            R"("metaData":null,"correlationId":"c-3"})");
    });
    old.route(prefix + QStringLiteral("get-customer-config"), [] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
            R"({"status":"SUCCESS","data":{},"metaData":null,"correlationId":"c-4"})");
    });
    old.route(prefix + QStringLiteral("get-deprecated-config"), [status, body] {
        const QByteArray type
            = body.startsWith('<') ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json");
        return QHttpServerResponse(type, body, QHttpServerResponse::StatusCode(status));
    });
    const quint16 port = old.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    QUrl gateway(QStringLiteral("http://127.0.0.1/gateway"));
    gateway.setPort(port);
    QVERIFY(m_rig->client.setConnection(Connection { gateway, QStringLiteral("acc"), QStringLiteral("pat.acc.x.y") }));

    QSignalSpy loaded(&m_rig->session, &AccountSession::loaded);
    QSignalSpy failed(&m_rig->session, &AccountSession::loadFailed);
    m_rig->session.load();
    QTRY_COMPARE(loaded.count() + failed.count(), 1);
    QCOMPARE(loaded.count() == 1, loads);
    if (loads) {
        QCOMPARE(m_rig->document.snapshot().defaults().size(), 1);
        QVERIFY(m_rig->document.snapshot().deprecated().isEmpty());
    } else {
        QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("INVALID_TOKEN"));
        QVERIFY(!m_rig->document.hasSnapshot());
    }
}

void TestAccountSession::applySendsOneUpdateAndOneReset()
{
    Rig &rig = *m_rig;
    rig.store(kGit, kMine);
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"));
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
    QVERIFY(rig.document.setOverride(kLite, QStringLiteral("harness/ci-lite-engine:1.16.93")));
    rig.document.resetField(kGit);
    rig.document.resetField(kS3);
    QCOMPARE(rig.document.pendingCount(), 4);
    rig.server.clearRequests();

    QList<AccountSession::State> states;
    connect(&rig.session, &AccountSession::stateChanged, this,
        [&states](AccountSession::State state) { states.append(state); });
    applyAndExpectSuccess(4);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(states,
        (QList<AccountSession::State> { AccountSession::State::CheckingConflicts, AccountSession::State::Applying,
            AccountSession::State::Verifying, AccountSession::State::Idle }));
    QCOMPARE(rig.sent(QStringLiteral("update-config")), 1);
    QCOMPARE(rig.sent(QStringLiteral("reset-config")), 1);
    QCOMPARE(rig.sent(QStringLiteral("get-customer-config")), 2); // before and after
    QCOMPARE(rig.server.requestCount(), 4);
    const ImageMap expected { { kAddon, QStringLiteral("harness/ci-addon:1.16.93") },
        { kLite, QStringLiteral("harness/ci-lite-engine:1.16.93") } };
    QCOMPARE(rig.stored(), expected);
    QCOMPARE(rig.document.pendingCount(), 0);
    QCOMPARE(rig.document.snapshot().overrides(), expected);
    QCOMPARE(rig.document.snapshot().fields().size(), 48); // the defaults are kept
}

void TestAccountSession::applyWithNothingQueuedSendsNothing()
{
    if (!load())
        return;
    m_rig->server.clearRequests();
    QSignalSpy applied(&m_rig->session, &AccountSession::applied);
    m_rig->session.apply();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().toInt(), 0);
    QCOMPARE(m_rig->server.requestCount(), 0);
}

void TestAccountSession::conflictKeepMineOverwrites()
{
    Rig &rig = *m_rig;
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.store(kGit, kTheirs); // someone else, behind the session's back

    QSignalSpy conflicts(&rig.session, &AccountSession::conflictsFound);
    rig.session.apply();
    QTRY_COMPARE(conflicts.count(), 1);
    QCOMPARE(rig.session.state(), AccountSession::State::WaitingForConflictChoice);
    const auto found = conflicts.first().first().value<QList<Conflict>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().field, kGit);
    QCOMPARE(found.first().loadedValue, QString());
    QCOMPARE(found.first().serverValue, kTheirs);
    QCOMPARE(found.first().pending.value, kMine);
    QCOMPARE(rig.sent(QStringLiteral("update-config")), 0); // nothing overwritten while asking

    rig.session.load(); // ignored: the apply is waiting for the user
    QCOMPARE(rig.session.state(), AccountSession::State::WaitingForConflictChoice);

    QSignalSpy applied(&rig.session, &AccountSession::applied);
    rig.session.resolveConflicts({ kGit });
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().toInt(), 1);
    QCOMPARE(rig.stored().value(kGit), kMine);
    QCOMPARE(rig.document.pendingCount(), 0);
}

void TestAccountSession::conflictTakeTheirsDropsTheChange()
{
    Rig &rig = *m_rig;
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"));
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.document.resetField(kS3);
    QVERIFY(rig.document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
    rig.store(kGit, kTheirs);
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.5"));

    QSignalSpy conflicts(&rig.session, &AccountSession::conflictsFound);
    rig.session.apply();
    QTRY_COMPARE(conflicts.count(), 1);
    const auto found = conflicts.first().first().value<QList<Conflict>>();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.last().field, kS3);
    QCOMPARE(found.last().loadedValue, QStringLiteral("plugins/s3:1.5.4"));
    QCOMPARE(found.last().serverValue, QStringLiteral("plugins/s3:1.5.5"));
    QCOMPARE(found.last().pending.kind, PendingChange::Kind::Reset);

    QSignalSpy applied(&rig.session, &AccountSession::applied);
    rig.session.resolveConflicts({});
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().toInt(), 1); // the field without conflict
    QCOMPARE(rig.sent(QStringLiteral("reset-config")), 0);
    QCOMPARE(rig.bodyOf(QStringLiteral("update-config")),
        QByteArray(R"([{"field":"addonTag","value":"harness/ci-addon:1.16.93"}])"));
    QCOMPARE(rig.stored().value(kGit), kTheirs);
    QCOMPARE(rig.stored().value(kS3), QStringLiteral("plugins/s3:1.5.5"));
    QCOMPARE(rig.document.pendingCount(), 0);
    QCOMPARE(rig.document.snapshot().overrides(), rig.stored());
}

void TestAccountSession::cancelledConflictAsksAgain()
{
    Rig &rig = *m_rig;
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.store(kGit, kTheirs);
    QSignalSpy conflicts(&rig.session, &AccountSession::conflictsFound);
    rig.session.apply();
    QTRY_COMPARE(conflicts.count(), 1);
    rig.session.cancelApply();
    QCOMPARE(rig.session.state(), AccountSession::State::Idle);
    QCOMPARE(rig.document.pendingChange(kGit)->value, kMine);
    QCOMPARE(rig.stored().value(kGit), kTheirs);
    rig.session.apply();
    QTRY_COMPARE(conflicts.count(), 2);
    rig.session.cancelApply();
}

void TestAccountSession::readOnlyKeyKeepsTheQueue()
{
    Rig &rig = *m_rig;
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"));
    rig.connectAs(rig.server.readOnlyApiKey());
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.document.resetField(kS3);

    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE(failed.count(), 1);
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.code, QStringLiteral("NG_ACCESS_DENIED"));
    QCOMPARE(failed.first().at(1).toStringList(), (QStringList { kGit, kS3 }));
    QCOMPARE(rig.document.pendingCount(), 2);
    QCOMPARE(rig.document.pendingChange(kGit)->value, kMine);
    QCOMPARE(rig.stored(), (ImageMap { { kS3, QStringLiteral("plugins/s3:1.5.4") } }));
    QCOMPARE(rig.sent(QStringLiteral("get-customer-config")), 3); // load, check, read back
    QCOMPARE(rig.session.state(), AccountSession::State::Idle);
}

void TestAccountSession::serverErrorOnUpdateKeepsTheQueue()
{
    Rig &rig = *m_rig;
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kGit, kMine));
    QVERIFY(rig.document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
    rig.faultWhen(AccountSession::State::Applying, SandboxServer::Fault::ServerError);

    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE(failed.count(), 1);
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.code, QStringLiteral("UNKNOWN_ERROR"));
    QVERIFY(!error.correlationId.isEmpty());
    QCOMPARE(failed.first().at(1).toStringList(), (QStringList { kAddon, kGit }));
    QCOMPARE(rig.document.pendingCount(), 2);
    QVERIFY(rig.stored().isEmpty());
}

void TestAccountSession::rejectedUpdateIsAllOrNothing_data()
{
    QTest::addColumn<Infra>("infra");
    QTest::addColumn<QString>("badField");
    QTest::newRow("field the VM infra lacks") << Infra::Vm << kAddon;
    QTest::newRow("field unknown to the server") << Infra::K8 << QStringLiteral("noSuchImageTag");
}

void TestAccountSession::rejectedUpdateIsAllOrNothing()
{
    QFETCH(Infra, infra);
    QFETCH(QString, badField);
    Rig &rig = *m_rig;
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"), infra);
    rig.session.setScope(Module::Ci, infra);
    if (!load())
        return;
    QVERIFY(!rig.document.snapshot().fields().contains(badField));
    // The document queues any field; only the server knows which ones exist.
    QVERIFY(rig.document.setOverride(badField, QStringLiteral("harness/ci-addon:1.16.93")));
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.document.resetField(kS3);

    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE(failed.count(), 1);
    const ApiError error = failed.first().at(0).value<ApiError>();
    // Harness's generic 500, naming no field; the session can then take the batch apart.
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.code, QStringLiteral("UNKNOWN_ERROR"));
    QVERIFY(rig.session.canFindRefusedFields());
    // The update saved nothing, not even the good field; the reset, sent after it, went through.
    const QStringList unconfirmed = failed.first().at(1).toStringList();
    QCOMPARE(unconfirmed.size(), 2);
    QVERIFY(unconfirmed.contains(badField));
    QVERIFY(unconfirmed.contains(kGit));
    QVERIFY(rig.stored(Module::Ci, infra).isEmpty());
    QCOMPARE(rig.document.pendingCount(), 2);
    QVERIFY(!rig.document.pendingChange(kS3));
    QCOMPARE(rig.document.pendingChange(kGit)->value, kMine);
}

void TestAccountSession::failedVerificationKeepsWhatWasSent()
{
    Rig &rig = *m_rig;
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.faultWhen(AccountSession::State::Verifying, SandboxServer::Fault::ServerError);

    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().httpStatus, 500);
    QCOMPARE(failed.first().at(1).toStringList(), QStringList { kGit });
    QCOMPARE(rig.stored().value(kGit), kMine); // it took, but nobody could tell
    QCOMPARE(rig.document.pendingCount(), 1);

    // The next apply finds it on the server and sends nothing.
    QObject::disconnect(&rig.session, &AccountSession::stateChanged, &rig.server, nullptr);
    rig.server.clearRequests();
    applyAndExpectSuccess(0);
    QCOMPARE(rig.sent(QStringLiteral("update-config")), 0);
    QCOMPARE(rig.document.pendingCount(), 0);
}

void TestAccountSession::rateLimitDuringApplyWaitsAndSucceeds()
{
    Rig &rig = *m_rig;
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.faultWhen(AccountSession::State::Applying, SandboxServer::Fault::RateLimit);
    QSignalSpy waiting(&rig.session, &AccountSession::waiting);
    applyAndExpectSuccess(1);
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.first().at(1).value<ApiError>().httpStatus, 429);
    QCOMPARE(rig.sent(QStringLiteral("update-config")), 2);
    QCOMPARE(rig.stored().value(kGit), kMine);
}

void TestAccountSession::previewShowsBothRequestsWithoutTheKey()
{
    Rig &rig = *m_rig;
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"));
    if (!load())
        return;
    QVERIFY(rig.session.previewAsCurl().isEmpty());
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.document.resetField(kS3);

    const QString preview = rig.session.previewAsCurl();
    QVERIFY(!preview.contains(rig.server.apiKey()));
    QCOMPARE(preview.count(QLatin1String("curl --request POST '")), 2);
    QCOMPARE(preview.count(QLatin1String("--header \"X-API-KEY: $HARNESS_API_KEY\"")), 2);
    QCOMPARE(preview.count(QLatin1String("--header 'Content-Type: application/json'")), 2);
    const QString query = QStringLiteral("?accountIdentifier=%1&infra=K8'").arg(rig.server.accountId());
    QVERIFY(preview.contains(
        rig.server.gatewayUrl().toString() + QStringLiteral("/ci/execution-config/update-config") + query));
    QVERIFY(preview.contains(QStringLiteral("/ci/execution-config/reset-config") + query));

    // Byte for byte what the apply then sends.
    applyAndExpectSuccess(2);
    const QByteArray update = rig.bodyOf(QStringLiteral("update-config"));
    QCOMPARE(update, QByteArray(R"([{"field":"gitCloneTag","value":"harness/drone-git:1.6.10-rootless"}])"));
    QVERIFY(preview.contains(QStringLiteral("--data-raw '") + QString::fromUtf8(update) + QLatin1Char('\'')));
    QVERIFY(preview.contains(QStringLiteral("--data-raw '[{\"field\":\"s3UploadTag\"}]'")));

    rig.connectAs(rig.server.apiKey(), AuthKind::Bearer);
    QVERIFY(rig.document.setOverride(kGit, kTheirs));
    const QString bearer = rig.session.previewAsCurl();
    QVERIFY(bearer.contains(QLatin1String("--header \"Authorization: Bearer $HARNESS_API_KEY\"")));
    QVERIFY(!bearer.contains(QLatin1String("X-API-KEY")));
    QVERIFY(!bearer.contains(rig.server.apiKey()));

    // Quotes in a body cannot end the shell's quoting.
    const QString quoted = toCurlCommand(RequestPreview { QByteArrayLiteral("POST"),
                                             QUrl(QStringLiteral("https://h/x")), QByteArrayLiteral("[\"it's\"]") },
        AuthKind::ApiKey);
    QVERIFY(quoted.contains(QLatin1String("--data-raw '[\"it'\\''s\"]'")));
}

void TestAccountSession::previewRunsAsIsWithCurl()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
        QSKIP("needs curl and sh");
    Rig &rig = *m_rig;
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"));
    if (!load())
        return;
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.document.resetField(kS3);

    // Pasted into a shell with the key in the environment, the preview does the apply itself.
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HARNESS_API_KEY"), rig.server.apiKey());
    shell.setProcessEnvironment(environment);
    const QString script
        = rig.session.previewAsCurl().replace(QStringLiteral("\n\n"), QStringLiteral(" --silent --fail\n"))
        + QStringLiteral(" --silent --fail\n");
    QSignalSpy done(&shell, &QProcess::finished);
    shell.start(QStringLiteral("sh"), { QStringLiteral("-c"), script });
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(shell.exitCode(), 0);
    QCOMPARE(rig.stored(), (ImageMap { { kGit, kMine } }));
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
