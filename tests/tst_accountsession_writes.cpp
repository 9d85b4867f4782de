// How the account session writes, against the real sandbox over loopback HTTP: one write at a time in
// a fixed order, turns between sessions on one account, the conflict check right before the first
// write, deadlines and Cancel before anything is sent, the connection an apply started with, a
// refused batch taken apart field by field, and 403s that name the missing permission.

#include "session/writequeue.h"
#include "tst_accountsession_rig.h"

#include <QSignalSpy>
#include <QTimer>
#include <QtTest>
#include <memory>

using namespace hci;
using namespace hci::testing;

namespace {

const QString kNewAddon = QStringLiteral("harness/ci-addon:1.16.93");
const QString kNewS3 = QStringLiteral("plugins/s3:1.5.5");

// Another window of the same process: its own client, document and session on the rig's account.
struct OtherWindow
{
    HarnessClient client;
    ConfigDocument document;
    AccountSession session { &client, &document };

    explicit OtherWindow(const Connection &connection)
    {
        client.setConnection(connection);
        client.setRetryPolicy(RetryPolicy { 4, std::chrono::milliseconds(10), std::chrono::milliseconds(40) });
    }
};

QStringList paths(const QList<SandboxServer::RecordedRequest> &requests)
{
    QStringList result;
    for (const SandboxServer::RecordedRequest &request : requests)
        result.append(request.path.section(QLatin1Char('/'), -1));
    return result;
}

} // namespace

class TestAccountSessionWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_rig.reset(); }

    void writesGoOneAtATimeUpdateFirst();
    void twoSessionsOnOneAccountTakeTurns();
    void twoSessionsOnOneFieldAskTheSecond();
    void conflictCheckReadsAgainAfterTheDialog();
    void aHangingLoadEndsAtTheDeadline();
    void aHangingConflictCheckEndsAtTheDeadlineAndSendsNothing();
    void aTricklingAnswerEndsAtTheDeadline();
    void rateLimitsPastTheDeadlineSaySo();
    void cancelBeforeTheWriteSendsNothing();
    void cancelStopsALoad();
    void aConnectionSwitchDuringAnApplyNeverReachesTheOtherAccount();
    void aConnectionSwitchDuringALoadShowsNothingOfEither();
    void aRefusedBatchIsTakenApartFieldByField();
    void aReadOnlyKeyIsToldItLacksTheEditPermission();
    void aKeyWithoutAnyPermissionIsToldItLacksTheViewPermission();
    void forbiddenMessagesTellViewFromEdit_data();
    void forbiddenMessagesTellViewFromEdit();

private:
    bool load(AccountSession &session)
    {
        QSignalSpy loaded(&session, &AccountSession::loaded);
        QSignalSpy failed(&session, &AccountSession::loadFailed);
        session.load();
        if (!QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 10000))
            return false;
        return loaded.count() == 1;
    }
    bool load() { return load(m_rig->session); }
    Connection connection() const
    {
        return Connection { m_rig->server.gatewayUrl(), m_rig->server.accountId(), m_rig->server.apiKey() };
    }

    std::unique_ptr<Rig> m_rig;
};

void TestAccountSessionWrites::init()
{
    m_rig = std::make_unique<Rig>();
    QString whyNot;
    QVERIFY2(m_rig->server.start(&whyNot), qPrintable(whyNot));
    m_rig->connectAs(m_rig->server.apiKey());
    m_rig->client.setRetryPolicy(RetryPolicy { 4, std::chrono::milliseconds(10), std::chrono::milliseconds(40) });
}

void TestAccountSessionWrites::writesGoOneAtATimeUpdateFirst()
{
    Rig &rig = *m_rig;
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"));
    QVERIFY(load());
    QVERIFY(rig.document.setOverride(kAddon, kNewAddon));
    rig.document.resetField(kS3);
    rig.server.clearRequests();
    rig.server.setLatency(80); // two writes sent at once would both arrive before the first answer
    rig.server.setWriteLatency(100); // and the later save would undo the earlier one

    // What had arrived when each write was answered.
    QList<QStringList> arrivedWhenAnswered;
    connect(&rig.server, &SandboxServer::requestHandled, this, [&](const QString &path) {
        if (path.endsWith(QLatin1String("-config")) && !path.contains(QLatin1String("get-")))
            arrivedWhenAnswered.append(paths(rig.server.requests()));
    });
    QSignalSpy applied(&rig.session, &AccountSession::applied);
    rig.session.apply();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 10000);
    QCOMPARE(applied.first().first().toInt(), 2);
    QCOMPARE(paths(rig.server.requests()),
        (QStringList { QStringLiteral("get-customer-config"), QStringLiteral("update-config"),
            QStringLiteral("reset-config"), QStringLiteral("get-customer-config") }));
    QCOMPARE(arrivedWhenAnswered.size(), 2);
    QVERIFY(!arrivedWhenAnswered.first().contains(QStringLiteral("reset-config")));
    QCOMPARE(rig.stored(), (ImageMap { { kAddon, kNewAddon } }));
}

void TestAccountSessionWrites::twoSessionsOnOneAccountTakeTurns()
{
    Rig &rig = *m_rig;
    OtherWindow other(connection());
    QVERIFY(load());
    QVERIFY(load(other.session));
    QVERIFY(rig.document.setOverride(kAddon, kNewAddon));
    QVERIFY(other.document.setOverride(kS3, kNewS3));
    rig.server.clearRequests();
    rig.server.setWriteLatency(100); // overlapping writes would lose one

    QSignalSpy waitingForTurn(&other.session, &AccountSession::waitingForTurn);
    QSignalSpy applied(&rig.session, &AccountSession::applied);
    QSignalSpy otherApplied(&other.session, &AccountSession::applied);
    rig.session.apply();
    other.session.apply();
    QCOMPARE(WriteTurn::queueLength(connection()), 2);
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() == 1 && otherApplied.count() == 1, 10000);
    QCOMPARE(waitingForTurn.count(), 1);
    QCOMPARE(WriteTurn::queueLength(connection()), 0);
    // The second session's check and writes come after the first one's read-back, never in between.
    QCOMPARE(paths(rig.server.requests()),
        (QStringList { QStringLiteral("get-customer-config"), QStringLiteral("update-config"),
            QStringLiteral("get-customer-config"), QStringLiteral("get-customer-config"),
            QStringLiteral("update-config"), QStringLiteral("get-customer-config") }));
    QCOMPARE(rig.stored(), (ImageMap { { kAddon, kNewAddon }, { kS3, kNewS3 } }));
    QCOMPARE(other.document.snapshot().overrides(), rig.stored()); // it saw the first one's write too
}

void TestAccountSessionWrites::twoSessionsOnOneFieldAskTheSecond()
{
    Rig &rig = *m_rig;
    OtherWindow other(connection());
    QVERIFY(load());
    QVERIFY(load(other.session));
    QVERIFY(rig.document.setOverride(kGit, kMine));
    QVERIFY(other.document.setOverride(kGit, kTheirs));
    rig.server.setWriteLatency(100);

    QSignalSpy applied(&rig.session, &AccountSession::applied);
    QSignalSpy conflicts(&other.session, &AccountSession::conflictsFound);
    rig.session.apply();
    other.session.apply();
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() == 1 && conflicts.count() == 1, 10000);
    const auto found = conflicts.first().first().value<QList<Conflict>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().serverValue, kMine);
    QCOMPARE(rig.stored().value(kGit), kMine); // nothing overwritten while the second one asks
    QCOMPARE(other.document.pendingChange(kGit)->value, kTheirs);
    other.session.cancel();
}

void TestAccountSessionWrites::conflictCheckReadsAgainAfterTheDialog()
{
    Rig &rig = *m_rig;
    QVERIFY(load());
    QVERIFY(rig.document.setOverride(kGit, kMine));
    QVERIFY(rig.document.setOverride(kAddon, kNewAddon));
    rig.store(kGit, kTheirs);

    QSignalSpy conflicts(&rig.session, &AccountSession::conflictsFound);
    rig.session.apply();
    QTRY_COMPARE(conflicts.count(), 1);
    // While the user reads the dialog, someone changes the queued fields again.
    const QString newest = QStringLiteral("harness/drone-git:1.7.1-rootless");
    rig.store(kGit, newest);
    rig.store(kAddon, QStringLiteral("harness/ci-addon:1.16.99"));
    rig.server.clearRequests();
    rig.session.resolveConflicts({ kGit });
    QTRY_COMPARE(conflicts.count(), 2);
    QCOMPARE(rig.sent(QStringLiteral("update-config")), 0);
    const auto again = conflicts.last().first().value<QList<Conflict>>();
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.first().field, kAddon);
    QCOMPARE(again.last().field, kGit);
    QCOMPARE(again.last().loadedValue, kTheirs); // what the user saw in the first dialog
    QCOMPARE(again.last().serverValue, newest);

    QSignalSpy applied(&rig.session, &AccountSession::applied);
    rig.session.resolveConflicts({ kGit, kAddon });
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(rig.stored().value(kGit), kMine);
    QCOMPARE(rig.stored().value(kAddon), kNewAddon);
}

void TestAccountSessionWrites::aHangingLoadEndsAtTheDeadline()
{
    Rig &rig = *m_rig;
    rig.store(kGit, kMine);
    QVERIFY(load());
    // The transfer timeout is far away: only the session's own deadline can end this.
    rig.client.setTransferTimeout(std::chrono::minutes(5));
    rig.session.setDeadline(std::chrono::milliseconds(300));
    rig.server.injectFault(SandboxServer::Fault::Hang, -1);
    QSignalSpy failed(&rig.session, &AccountSession::loadFailed);
    rig.session.load();
    QVERIFY(rig.session.canCancel());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::DeadlinePassed);
    QVERIFY(error.userMessage().contains(QLatin1String("in time")));
    QVERIFY(error.technicalDetails().contains(QLatin1String("1 second")));
    QCOMPARE(rig.session.state(), AccountSession::State::Idle);
    QCOMPARE(rig.document.snapshot().overrides().value(kGit), kMine);
    QCOMPARE(rig.client.requestsInFlight(), 0);

    rig.server.clearFaults();
    QVERIFY(load());
}

void TestAccountSessionWrites::aHangingConflictCheckEndsAtTheDeadlineAndSendsNothing()
{
    Rig &rig = *m_rig;
    QVERIFY(load());
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.client.setTransferTimeout(std::chrono::minutes(5));
    rig.session.setDeadline(std::chrono::milliseconds(300));
    rig.server.injectFault(SandboxServer::Fault::Hang, 1);
    rig.server.clearRequests();
    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::DeadlinePassed);
    QCOMPARE(failed.first().at(1).toStringList(), QStringList { kGit });
    QCOMPARE(rig.server.requestCount(), 1);
    QCOMPARE(rig.sent(QStringLiteral("update-config")), 0);
    QCOMPARE(rig.document.pendingChange(kGit)->value, kMine);
    QVERIFY(rig.stored().isEmpty());
}

void TestAccountSessionWrites::aTricklingAnswerEndsAtTheDeadline()
{
    Rig &rig = *m_rig;
    rig.store(kGit, kMine);
    QVERIFY(load());
    // The sandbox answers 200 and then one byte every 250 ms, never the end.
    rig.server.injectFault(SandboxServer::Fault::Trickle, -1);
    // Each byte restarts the transfer timeout: only the session's own deadline can end this.
    rig.client.setTransferTimeout(std::chrono::milliseconds(800));
    rig.session.setDeadline(std::chrono::milliseconds(2000));

    QSignalSpy failed(&rig.session, &AccountSession::loadFailed);
    rig.session.load();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::DeadlinePassed);
    QVERIFY2(error.userMessage().contains(QLatin1String("did not finish answering in time")),
        qPrintable(error.userMessage()));
    QCOMPARE(rig.session.state(), AccountSession::State::Idle);
    QCOMPARE(rig.document.snapshot().overrides().value(kGit), kMine); // the last good data stays
    QCOMPARE(rig.client.requestsInFlight(), 0);
}

void TestAccountSessionWrites::rateLimitsPastTheDeadlineSaySo()
{
    Rig &rig = *m_rig;
    QVERIFY(load());
    rig.client.setRetryPolicy(RetryPolicy { 50, std::chrono::milliseconds(100), std::chrono::milliseconds(100) });
    rig.session.setDeadline(std::chrono::milliseconds(500));
    rig.server.injectFault(SandboxServer::Fault::RateLimit, -1);
    QSignalSpy failed(&rig.session, &AccountSession::loadFailed);
    rig.session.load();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(error.httpStatus, 429);
    QVERIFY(error.userMessage().contains(QLatin1String("limiting")));
    QCOMPARE(rig.client.requestsInFlight(), 0);
}

void TestAccountSessionWrites::cancelBeforeTheWriteSendsNothing()
{
    Rig &rig = *m_rig;
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"));
    QVERIFY(load());
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.document.resetField(kS3);
    rig.server.setLatency(150);
    rig.server.clearRequests();
    QSignalSpy cancelled(&rig.session, &AccountSession::applyCancelled);
    QSignalSpy applied(&rig.session, &AccountSession::applied);
    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE(rig.server.requestCount(), 1); // the conflict check is on its way
    QVERIFY(rig.session.canCancel());
    rig.session.cancel();
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(rig.session.state(), AccountSession::State::Idle);
    QTest::qWait(300); // past the latency: the check's late answer must not start the writes
    QCOMPARE(paths(rig.server.requests()), QStringList { QStringLiteral("get-customer-config") });
    QCOMPARE(applied.count() + failed.count(), 0);
    QCOMPARE(rig.document.pendingCount(), 2);
    QCOMPARE(rig.stored(), (ImageMap { { kS3, QStringLiteral("plugins/s3:1.5.4") } }));
}

void TestAccountSessionWrites::cancelStopsALoad()
{
    Rig &rig = *m_rig;
    rig.store(kGit, kMine);
    QVERIFY(load());
    rig.store(kGit, kTheirs);
    rig.server.setLatency(150);
    QSignalSpy failed(&rig.session, &AccountSession::loadFailed);
    QSignalSpy loaded(&rig.session, &AccountSession::loaded);
    rig.session.load();
    rig.session.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(rig.document.snapshot().overrides().value(kGit), kMine); // the last good data stays
}

void TestAccountSessionWrites::aConnectionSwitchDuringAnApplyNeverReachesTheOtherAccount()
{
    Rig &rig = *m_rig;
    SandboxServer otherAccount;
    QVERIFY(otherAccount.start());
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"));
    QVERIFY(load());
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.document.resetField(kS3);
    rig.server.setLatency(100);

    // The profile switches while the update is on its way.
    connect(&rig.session, &AccountSession::stateChanged, this, [&](AccountSession::State state) {
        if (state == AccountSession::State::Applying) {
            QTimer::singleShot(20, &rig.client, [&] {
                rig.client.setConnection(
                    Connection { otherAccount.gatewayUrl(), otherAccount.accountId(), otherAccount.apiKey() });
            });
        }
    });
    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(otherAccount.requestCount(), 0); // neither the reset nor the read-back went there
    QCOMPARE(rig.sent(QStringLiteral("reset-config")), 0);
    QCOMPARE(rig.stored().value(kGit), kMine); // the update went to the account it started with
    QCOMPARE(rig.document.pendingCount(), 2); // unknown what took: both stay queued
    QVERIFY(failed.first().first().value<ApiError>().userMessage().contains(QLatin1String("connection changed")));
    QCOMPARE(rig.document.snapshot().infra(), Infra::K8);
}

void TestAccountSessionWrites::aConnectionSwitchDuringALoadShowsNothingOfEither()
{
    Rig &rig = *m_rig;
    SandboxServer otherAccount;
    QVERIFY(otherAccount.start());
    rig.store(kGit, kMine);
    rig.server.setLatency(100);
    QSignalSpy failed(&rig.session, &AccountSession::loadFailed);
    QSignalSpy loaded(&rig.session, &AccountSession::loaded);
    rig.session.load();
    QVERIFY(rig.client.setConnection(
        Connection { otherAccount.gatewayUrl(), otherAccount.accountId(), otherAccount.apiKey() }));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!rig.document.hasSnapshot()); // the first account's data never shows under the second one
}

void TestAccountSessionWrites::aRefusedBatchIsTakenApartFieldByField()
{
    Rig &rig = *m_rig;
    rig.session.setScope(Module::Ci, Infra::Vm);
    rig.store(kS3, QStringLiteral("plugins/s3:1.5.4"), Infra::Vm);
    QVERIFY(load());
    // VM lists slsaVerificationTag among its defaults, yet refuses to save it, and with it the whole batch.
    const QString slsa = QStringLiteral("slsaVerificationTag");
    QVERIFY(rig.document.snapshot().defaults().contains(slsa));
    QVERIFY(rig.document.setOverride(slsa, QStringLiteral("harness/slsa-plugin:0.2.0")));
    QVERIFY(rig.document.setOverride(kGit, kMine));
    rig.document.resetField(kS3); // a reset rides along, in a request of its own
    rig.server.setWriteLatency(50);
    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    // Harness's generic 500, naming no field; the reset, sent after the update's answer, took.
    const ApiError batchError = failed.first().first().value<ApiError>();
    QCOMPARE(batchError.httpStatus, 500);
    QCOMPARE(batchError.code, QStringLiteral("UNKNOWN_ERROR"));
    QCOMPARE(failed.first().at(1).toStringList(), (QStringList { kGit, slsa }));
    QVERIFY(rig.session.canFindRefusedFields());
    QCOMPARE(rig.session.refusalCandidates(), (QStringList { kGit, slsa }));
    QVERIFY(rig.stored(Module::Ci, Infra::Vm).isEmpty());

    rig.server.clearRequests();
    QSignalSpy found(&rig.session, &AccountSession::refusedFieldsFound);
    rig.session.findRefusedFields();
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 10000);
    QCOMPARE(found.first().at(0).toStringList(), QStringList { slsa });
    QCOMPARE(found.first().at(1).toInt(), 1);
    QCOMPARE(rig.sent(QStringLiteral("update-config")), 2); // one field per request
    for (const SandboxServer::RecordedRequest &request : rig.server.requests()) {
        if (request.path.endsWith(QLatin1String("update-config")))
            QCOMPARE(request.body.count("\"field\""), 1);
    }
    QCOMPARE(rig.stored(Module::Ci, Infra::Vm), (ImageMap { { kGit, kMine } }));
    QCOMPARE(rig.document.pendingCount(), 1);
    QVERIFY(rig.document.pendingChange(slsa));
    const QHash<QString, ApiError> refused = rig.session.refusedFields();
    QCOMPARE(refused.keys(), QStringList { slsa });
    QCOMPARE(refused.value(slsa).code, QStringLiteral("UNKNOWN_ERROR"));
    QVERIFY(!refused.value(slsa).correlationId.isEmpty());
    QVERIFY(refused.value(slsa).correlationId != batchError.correlationId); // its own answer
    QVERIFY(!rig.session.canFindRefusedFields());
    // Once the user drops the refused change, its note goes with it.
    rig.document.dropPending(slsa);
    QVERIFY(rig.session.refusedFields().isEmpty());
}

void TestAccountSessionWrites::aReadOnlyKeyIsToldItLacksTheEditPermission()
{
    Rig &rig = *m_rig;
    rig.connectAs(rig.server.readOnlyApiKey());
    QVERIFY(load());
    QVERIFY(rig.document.setOverride(kGit, kMine));
    QSignalSpy failed(&rig.session, &AccountSession::applyFailed);
    rig.session.apply();
    QTRY_COMPARE(failed.count(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.neededAccess, ApiError::Access::Edit);
    QCOMPARE(error.missingPermissions, QStringList { QStringLiteral("core_account_edit") });
    QVERIFY2(error.userMessage().contains(QLatin1String("may read the settings but not change them")),
        qPrintable(error.userMessage()));
    QVERIFY(error.userMessage().contains(QLatin1String("core_account_edit")));
}

void TestAccountSessionWrites::aKeyWithoutAnyPermissionIsToldItLacksTheViewPermission()
{
    Rig &rig = *m_rig;
    rig.connectAs(rig.server.noAccessApiKey());
    QSignalSpy failed(&rig.session, &AccountSession::loadFailed);
    rig.session.load();
    QTRY_COMPARE(failed.count(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.neededAccess, ApiError::Access::View);
    QCOMPARE(error.missingPermissions, QStringList { QStringLiteral("core_account_view") });
    QVERIFY2(error.userMessage().contains(QLatin1String("may not view")), qPrintable(error.userMessage()));
    QVERIFY(error.userMessage().contains(QLatin1String("core_account_view")));
}

void TestAccountSessionWrites::forbiddenMessagesTellViewFromEdit_data()
{
    QTest::addColumn<int>("access");
    QTest::addColumn<QStringList>("permissions");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("saysNot");
    using Access = ApiError::Access;
    const QString view = QStringLiteral("may not view");
    const QString edit = QStringLiteral("not change them");
    QTest::newRow("read, nothing listed") << int(Access::View) << QStringList {} << view << edit;
    QTest::newRow("write, nothing listed") << int(Access::Edit) << QStringList {} << edit << view;
    // The server's list wins over what the request was.
    QTest::newRow("write refused for view") << int(Access::Edit) << QStringList { QStringLiteral("core_account_view") }
                                            << QStringLiteral("core_account_view") << edit;
    QTest::newRow("unknown request, edit listed")
        << int(Access::Unknown) << QStringList { QStringLiteral("core_account_edit") } << edit << view;
    QTest::newRow("unknown request, other permission")
        << int(Access::Unknown) << QStringList { QStringLiteral("core_pipeline_execute") }
        << QStringLiteral("lacks the permission core_pipeline_execute") << view;
}

void TestAccountSessionWrites::forbiddenMessagesTellViewFromEdit()
{
    QFETCH(int, access);
    QFETCH(QStringList, permissions);
    QFETCH(QString, says);
    QFETCH(QString, saysNot);
    ApiError error;
    error.kind = ApiError::Kind::Api;
    error.httpStatus = 403;
    error.code = QStringLiteral("NG_ACCESS_DENIED");
    error.neededAccess = ApiError::Access(access);
    error.missingPermissions = permissions;
    const QString message = error.userMessage();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(!message.contains(saysNot), qPrintable(message));
    for (const QString &permission : permissions)
        QVERIFY(error.technicalDetails().contains(permission));
}

QTEST_GUILESS_MAIN(TestAccountSessionWrites)
#include "tst_accountsession_writes.moc"
