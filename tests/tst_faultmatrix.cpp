// Every user operation against every fault the sandbox can inject, driven through the window as a
// person would, and what the person is left with: a clear message, the queue intact, the last good
// data in the table, and a next try that works once the fault is gone. Prints the matrix at the end.

#include "tst_faultmatrix_cases.h"
#include "tst_faultmatrix_refused.h"

#include "core/configdocument.h"
#include "harness/apireply.h"
#include "harness/harnessclient.h"
#include "registry/registryclient.h"
#include "sandbox/sandboxregistry.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/conflictdialog.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "session/translations.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <array>
#include <memory>

using namespace hci;
using namespace hci::faultmatrix;

// A helper that used QVERIFY has failed the test: the caller stops too.
#define HCI_CHECK(call)                                                                                                \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<MainWindow> m_window; // declared after the server: it goes first
    QHash<const MainWindow *, AppServices *> m_servicesOf; // what each window was given, to look inside
    AppServices *services(const MainWindow *window) const { return m_servicesOf.value(window); }
    Operation m_operation = Operation::Load;
    Fault m_fault = Fault::Latency;
    bool m_inMatrix = false;
    bool m_sawWarning = false;
    QMap<std::pair<int, int>, bool> m_held;

    Connection connectionWith(const QString &key) const
    {
        return Connection { m_server->gatewayUrl(), m_server->accountId(), key, AuthKind::ApiKey };
    }

    QString wrongKey() const { return QStringLiteral("pat.%1.000000000000000000000000.Revoked0000000000000").arg(m_server->accountId()); }

    QString keyFor(Fault fault) const
    {
        if (fault == Fault::Unauthorized)
            return wrongKey();
        if (fault == Fault::ReadOnlyKey)
            return m_server->readOnlyApiKey();
        return m_server->apiKey();
    }

    static void useShortRetries(HarnessClient *client)
    {
        client->setRetryPolicy(RetryPolicy { 3, 5ms, 20ms });
    }

    // The server side of the fault, and the client's timeout for a hang (null: the caller's business).
    void armServer(Fault fault, HarnessClient *client)
    {
        using F = SandboxServer::Fault;
        switch (fault) {
        case Fault::Latency: m_server->setLatency(300); break;
        case Fault::RateLimitThenSuccess: m_server->injectFault(F::RateLimit, 1, 1); break;
        case Fault::RateLimitForever: m_server->injectFault(F::RateLimit, -1, 1); break;
        case Fault::ServerError: m_server->injectFault(F::ServerError, -1); break;
        case Fault::NotJson: m_server->injectFault(F::NotJson, -1); break;
        case Fault::HtmlPage: m_server->injectFault(F::HtmlPage, -1); break;
        case Fault::Truncated: m_server->injectFault(F::Truncated, -1); break;
        case Fault::Dropped: m_server->injectFault(F::Drop, -1); break; // Qt resends a dropped request once
        case Fault::Timeout:
            if (client)
                client->setTransferTimeout(kShortTimeout);
            m_server->injectFault(F::Hang, -1);
            break;
        case Fault::WriteLatency: m_server->setWriteLatency(300); break;
        case Fault::RefusedField: break; // a queued field: see runApply()
        case Fault::Unauthorized:
        case Fault::ReadOnlyKey:
            break; // the key: see keyFor()
        }
    }

    // The whole fault, on a client that is already connected: mid-session.
    void arm(Fault fault, HarnessClient *client)
    {
        armServer(fault, client);
        if (fault == Fault::Unauthorized || fault == Fault::ReadOnlyKey)
            QVERIFY(client->setConnection(connectionWith(keyFor(fault))));
    }

    void disarm(HarnessClient *client)
    {
        m_server->clearFaults();
        m_server->setLatency(0);
        m_server->setWriteLatency(0);
        client->setTransferTimeout(kNormalTimeout);
        QVERIFY(client->setConnection(connectionWith(m_server->apiKey())));
    }

    void createWindow()
    {
        auto *given = new AppServices;
        m_window = std::make_unique<MainWindow>(given);
        m_servicesOf.insert(m_window.get(), given);
        m_window->show();
        useShortRetries(given->client());
        m_sawWarning = false;
        // Connected after the window's own handler, so the bar already shows what the user sees.
        MainWindow *window = m_window.get();
        connect(services(window)->session(), &AccountSession::waiting, window, [this, window] {
            const MessageBar *bar = window->messageBar();
            m_sawWarning = m_sawWarning
                || (bar->isVisible() && bar->level() == MessageBar::Level::Warning && !bar->text().isEmpty());
        });
    }

    void openLoadedWindow()
    {
        createWindow();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(connectionWith(m_server->apiKey()), QStringLiteral("fault matrix"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(services(m_window.get())->document()->snapshot().fields().size(), kCatalogFields);
    }

    void expectErrorShown()
    {
        const MessageBar *bar = m_window->messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->level(), MessageBar::Level::Error);
        QVERIFY(!bar->text().trimmed().isEmpty());
        qInfo().noquote() << "user sees:" << bar->text();
        if (m_fault == Fault::Truncated) // reached, then cut off: not "could not be reached"
            QVERIFY(bar->text().contains(QLatin1String("cut off")));
        for (const QString &key : { m_server->apiKey(), m_server->readOnlyApiKey(), wrongKey() }) {
            QVERIFY(!bar->text().contains(key));
            QVERIFY(!bar->details().contains(key));
        }
    }

    void expectNoError()
    {
        const MessageBar *bar = m_window->messageBar();
        QVERIFY2(!bar->isVisible() || bar->level() != MessageBar::Level::Error, qPrintable(bar->text()));
    }

    // What the override cell of a field holds now.
    QString shownOverride(const QString &field) const
    {
        return m_window->model()->indexForField(field, ConfigTreeModel::OverrideColumn)
            .data(ConfigTreeModel::EditValueRole)
            .toString();
    }

    void clickRetry()
    {
        auto *retry = m_window->messageBar()->findChild<QPushButton *>(QStringLiteral("messageRetry"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
    }

    // What a profile dialog's "Test" does: one get-default-config.
    static void checkConnection(HarnessClient *client, std::unique_ptr<ApiReply> *result)
    {
        result->reset(client->getDefaultConfig(Module::Ci, Infra::K8));
        (*result)->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT((*result)->isFinished(), kWaitMs);
    }

    void runLoad();
    void runRefresh();
    void runApply(bool resets);
    void runTestConnection();
    void runRegistryLookup();
    void printMatrix() const;

private Q_SLOTS:
    void initTestCase() { installTranslations(qApp, QLocale(QLocale::English)); }

    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_server->store().seedDemoOverrides(m_server->accountId());
    }

    void cleanup()
    {
        if (m_inMatrix)
            m_held.insert({ int(m_operation), int(m_fault) }, !QTest::currentTestFailed());
        m_inMatrix = false;
        m_window.reset();
        m_server.reset();
    }

    void cleanupTestCase() { printMatrix(); }

    void operationUnderFault_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("fault");
        for (Operation operation : kOperations) {
            for (Fault fault : kFaults) {
                if (applies(operation, fault))
                    QTest::addRow("%s / %s", operationName(operation), faultName(fault)) << int(operation) << int(fault);
            }
        }
    }

    void operationUnderFault()
    {
        QFETCH(int, operation);
        QFETCH(int, fault);
        m_operation = Operation(operation);
        m_fault = Fault(fault);
        m_inMatrix = true;
        switch (m_operation) {
        case Operation::Load: return runLoad();
        case Operation::Refresh: return runRefresh();
        case Operation::ApplyEdits: return runApply(false);
        case Operation::ApplyResets: return runApply(true);
        case Operation::TestConnection: return runTestConnection();
        case Operation::RegistryLookup: return runRegistryLookup();
        }
    }

    void twoWindowsOneAfterTheOther();
    void twoWindowsAtOnce();
};

void TestFaultMatrix::runLoad()
{
    const bool succeeds = shouldSucceed(Operation::Load, m_fault);
    HCI_CHECK(createWindow());
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    armServer(m_fault, services(m_window.get())->client());
    m_window->openConnection(connectionWith(keyFor(m_fault)), QStringLiteral("fault matrix"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(finished.first().first().toBool(), succeeds);
    QCOMPARE(services(m_window.get())->document()->pendingCount(), 0);
    if (succeeds) {
        QCOMPARE(services(m_window.get())->document()->snapshot().fields().size(), kCatalogFields);
        HCI_CHECK(expectNoError());
        if (m_fault == Fault::RateLimitThenSuccess)
            QVERIFY(m_sawWarning);
    } else {
        HCI_CHECK(expectErrorShown());
        QVERIFY(services(m_window.get())->document()->snapshot().isEmpty()); // nothing half-loaded
    }

    HCI_CHECK(disarm(services(m_window.get())->client()));
    finished.clear();
    if (succeeds)
        QTest::keyClick(m_window.get(), Qt::Key_F5);
    else
        HCI_CHECK(clickRetry());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(services(m_window.get())->document()->snapshot().fields().size(), kCatalogFields);
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestFaultMatrix::runRefresh()
{
    const bool succeeds = shouldSucceed(Operation::Refresh, m_fault);
    HCI_CHECK(openLoadedWindow());
    const ConfigSnapshot before = services(m_window.get())->document()->snapshot();
    const QString oldLite = before.overrides().value(kLite);
    QVERIFY(!oldLite.isEmpty());
    // The server moves on, so that a half-done refresh would show in the table.
    QString failure;
    QVERIFY(m_server->store().update(m_server->accountId(), Module::Ci, Infra::K8, { { kLite, true, kNewLite } }, &failure));

    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    HCI_CHECK(arm(m_fault, services(m_window.get())->client()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(finished.first().first().toBool(), succeeds);
    QCOMPARE(services(m_window.get())->document()->pendingCount(), 0);
    if (succeeds) {
        QCOMPARE(shownOverride(kLite), kNewLite);
        HCI_CHECK(expectNoError());
        if (m_fault == Fault::RateLimitThenSuccess)
            QVERIFY(m_sawWarning);
    } else {
        HCI_CHECK(expectErrorShown());
        QVERIFY(sameData(services(m_window.get())->document()->snapshot(), before));
        QCOMPARE(shownOverride(kLite), oldLite);
    }

    HCI_CHECK(disarm(services(m_window.get())->client()));
    finished.clear();
    if (succeeds)
        QTest::keyClick(m_window.get(), Qt::Key_F5);
    else
        HCI_CHECK(clickRetry());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(shownOverride(kLite), kNewLite);
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestFaultMatrix::runApply(bool resets)
{
    const bool succeeds = shouldSucceed(resets ? Operation::ApplyResets : Operation::ApplyEdits, m_fault);
    HCI_CHECK(openLoadedWindow());
    ConfigDocument *document = services(m_window.get())->document();
    AccountSession *session = services(m_window.get())->session();
    if (m_fault == Fault::RefusedField)
        return applyWithRefusedField(m_window.get(), document, session, m_server.get(), resets, [this] { expectErrorShown(); });
    if (resets) {
        document->resetField(kLite);
        document->resetField(kS3);
    } else {
        QVERIFY(document->setOverride(kAddon, kNewAddon));
        QVERIFY(document->setOverride(kGit, kNewGit));
    }
    QCOMPARE(document->pendingCount(), 2);
    const ConfigSnapshot before = document->snapshot();
    const ImageMap serverBefore = m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8);

    // The fault strikes the writes themselves, after the conflict check read the server.
    bool armed = false;
    connect(session, &AccountSession::stateChanged, this, [this, &armed](AccountSession::State state) {
        if (state == AccountSession::State::Applying && !std::exchange(armed, true))
            arm(m_fault, services(m_window.get())->client());
    });
    QSignalSpy applied(session, &AccountSession::applied);
    QSignalSpy failed(session, &AccountSession::applyFailed);
    m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
    auto *review = waitForVisibleChild<ApplyReviewDialog>(m_window.get());
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count() + failed.count(), 1, kWaitMs);
    QTRY_VERIFY(!session->isBusy());
    QVERIFY(armed);
    disconnect(session, &AccountSession::stateChanged, this, nullptr);

    const ImageMap serverNow = m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8);
    if (succeeds) {
        QCOMPARE(applied.count(), 1);
        QCOMPARE(document->pendingCount(), 0);
        QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Information);
        QVERIFY(m_window->messageBar()->isVisible());
        if (m_fault == Fault::RateLimitThenSuccess)
            QVERIFY(m_sawWarning);
    } else {
        QCOMPARE(failed.count(), 1);
        HCI_CHECK(expectErrorShown());
        QCOMPARE(document->pendingCount(), 2);
        QVERIFY(sameData(document->snapshot(), before));
        QCOMPARE(serverNow, serverBefore); // nothing half-applied either
    }

    HCI_CHECK(disarm(services(m_window.get())->client()));
    applied.clear();
    if (succeeds) {
        // Another change, applied the same way, now that the fault is gone.
        QVERIFY(document->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.94")));
        session->apply();
    } else {
        HCI_CHECK(clickRetry());
    }
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kWaitMs);
    QCOMPARE(document->pendingCount(), 0);
    const ImageMap serverAfter = m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8);
    if (resets) {
        QVERIFY(!serverAfter.contains(kLite));
        QVERIFY(!serverAfter.contains(kS3));
    } else {
        QCOMPARE(serverAfter.value(kGit), kNewGit);
    }
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Information);
}

void TestFaultMatrix::runTestConnection()
{
    const bool succeeds = shouldSucceed(Operation::TestConnection, m_fault);
    // A profile is checked while the window keeps its account, data and queue.
    HCI_CHECK(openLoadedWindow());
    QVERIFY(services(m_window.get())->document()->setOverride(kAddon, kNewAddon));
    const ConfigSnapshot before = services(m_window.get())->document()->snapshot();

    HarnessClient probe;
    useShortRetries(&probe);
    QSignalSpy waiting(&probe, &HarnessClient::waitingToRetry);
    armServer(m_fault, &probe);
    QVERIFY(probe.setConnection(connectionWith(keyFor(m_fault))));
    std::unique_ptr<ApiReply> first;
    HCI_CHECK(checkConnection(&probe, &first));
    QCOMPARE(first->isOk(), succeeds);
    if (succeeds) {
        QCOMPARE(first->images().size(), kCatalogFields);
        if (m_fault == Fault::RateLimitThenSuccess)
            QVERIFY(!waiting.isEmpty());
    } else {
        const QString message = first->error().userMessage();
        QVERIFY(!message.trimmed().isEmpty());
        qInfo().noquote() << "user sees:" << message;
        if (m_fault == Fault::Truncated)
            QVERIFY(message.contains(QLatin1String("cut off")));
        QVERIFY(!message.contains(keyFor(m_fault)));
    }
    QCOMPARE(services(m_window.get())->document()->pendingCount(), 1);
    QVERIFY(sameData(services(m_window.get())->document()->snapshot(), before));

    HCI_CHECK(disarm(&probe));
    std::unique_ptr<ApiReply> second;
    HCI_CHECK(checkConnection(&probe, &second));
    QVERIFY(second->isOk());
    QCOMPARE(second->images().size(), kCatalogFields);
}

void TestFaultMatrix::runRegistryLookup()
{
    const bool succeeds = shouldSucceed(Operation::RegistryLookup, m_fault);
    // The override editor asks while the window keeps its data and queue.
    HCI_CHECK(openLoadedWindow());
    QVERIFY(services(m_window.get())->document()->setOverride(kAddon, kNewAddon));
    const ConfigSnapshot before = services(m_window.get())->document()->snapshot();

    RegistryClient registry;
    RegistryClient::Limits limits;
    limits.failureMemory = 0ms; // the app keeps a failure for 30 s; the next try here must go out
    limits.transferTimeout = m_fault == Fault::Timeout ? kShortTimeout : kNormalTimeout;
    registry.setLimits(limits);
    registry.setMirror(*RegistryMirror::parse(m_server->registryHost()));
    armServer(m_fault, nullptr);
    if (m_fault == Fault::Unauthorized) // the registry wants credentials this client does not have
        m_server->registry().requireCredentials(QStringLiteral("ci-bot"), QStringLiteral("s3cret-p4ss"));

    std::unique_ptr<RegistryReply> first(registry.listTags(QStringLiteral("harness/ci-addon:1.16.92")));
    first->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), kWaitMs);
    QCOMPARE(first->isOk(), succeeds);
    if (succeeds) {
        QVERIFY(first->tags().contains(QStringLiteral("1.16.92")));
    } else {
        const QString message = first->error().userMessage();
        QVERIFY(!message.trimmed().isEmpty());
        QVERIFY(!message.contains(QStringLiteral("s3cret-p4ss")));
        qInfo().noquote() << "user sees:" << message;
    }
    QCOMPARE(services(m_window.get())->document()->pendingCount(), 1);
    QVERIFY(sameData(services(m_window.get())->document()->snapshot(), before));

    m_server->clearFaults();
    m_server->setLatency(0);
    m_server->registry().requireCredentials(QString(), QString());
    registry.setLimits(RegistryClient::Limits { limits.pageSize, limits.maxPages, limits.maxConcurrentRequests,
        limits.maxBodyBytes, kNormalTimeout, 0ms });
    std::unique_ptr<RegistryReply> second(registry.listTags(QStringLiteral("harness/ci-addon:1.16.92")));
    second->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), kWaitMs);
    QVERIFY2(second->isOk(), qPrintable(second->error().userMessage()));
    QVERIFY(second->tags().contains(QStringLiteral("1.16.92")));
}

void TestFaultMatrix::printMatrix() const
{
    if (m_held.isEmpty())
        return;
    constexpr int firstWidth = 17;
    constexpr int cellWidth = 11;
    QString header = QStringLiteral("%1").arg(QString(), -firstWidth);
    for (Fault fault : kFaults)
        header += QStringLiteral("%1").arg(QLatin1String(faultName(fault)), -cellWidth);
    qInfo().noquote() << "Fault matrix (operation x fault):";
    qInfo().noquote() << header;
    int held = 0;
    int run = 0;
    for (Operation operation : kOperations) {
        QString line = QStringLiteral("%1").arg(QLatin1String(operationName(operation)), -firstWidth);
        for (Fault fault : kFaults) {
            const auto it = m_held.constFind({ int(operation), int(fault) });
            const QString cell = it == m_held.cend() ? QStringLiteral("n/a")
                : *it                                ? QStringLiteral("held")
                                                     : QStringLiteral("FAILED");
            line += QStringLiteral("%1").arg(cell, -cellWidth);
            run += it == m_held.cend() ? 0 : 1;
            held += it != m_held.cend() && *it ? 1 : 0;
        }
        qInfo().noquote() << line;
    }
    qInfo().noquote() << QStringLiteral("%1 of %2 pairs held.").arg(held).arg(run);
}

// ---- two windows on one account

void TestFaultMatrix::twoWindowsOneAfterTheOther()
{
    HCI_CHECK(openLoadedWindow());
    MainWindow *first = m_window.release();
    const std::unique_ptr<MainWindow> firstOwner(first);
    HCI_CHECK(openLoadedWindow());
    MainWindow *second = m_window.get();
    const QString mine = kNewGit;
    const QString theirs = QStringLiteral("harness/drone-git:1.7.0-rootless");
    QVERIFY(services(first)->document()->setOverride(kGit, mine));
    QVERIFY(services(second)->document()->setOverride(kGit, theirs));
    QVERIFY(services(second)->document()->setOverride(kAddon, kNewAddon));

    QSignalSpy firstApplied(services(first)->session(), &AccountSession::applied);
    services(first)->session()->apply();
    QTRY_COMPARE_WITH_TIMEOUT(firstApplied.count(), 1, kWaitMs);

    QSignalSpy conflicts(services(second)->session(), &AccountSession::conflictsFound);
    services(second)->session()->apply();
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, kWaitMs);
    const auto found = conflicts.first().first().value<QList<Conflict>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().field, kGit);
    QCOMPARE(found.first().serverValue, mine);
    // The second window keeps the first one's change: its own stays queued for the user to decide.
    auto *dialog = waitForVisibleChild<ConflictDialog>(second);
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(!services(second)->session()->isBusy());
    QCOMPARE(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).value(kGit), mine);
    QCOMPARE(services(second)->document()->pendingChange(kGit)->value, theirs);
}

void TestFaultMatrix::twoWindowsAtOnce()
{
    HCI_CHECK(openLoadedWindow());
    const std::unique_ptr<MainWindow> firstOwner(m_window.release());
    HCI_CHECK(openLoadedWindow());
    const std::array<MainWindow *, 2> windows { firstOwner.get(), m_window.get() };
    const std::array<QString, 2> values { kNewGit, QStringLiteral("harness/drone-git:1.7.0-rootless") };
    // Overlapping writes would lose one on the server: the windows take turns instead.
    m_server->setWriteLatency(100);
    QSignalSpy applied(services(windows[0])->session(), &AccountSession::applied);
    QSignalSpy conflicts(services(windows[1])->session(), &AccountSession::conflictsFound);
    QSignalSpy waiting(services(windows[1])->session(), &AccountSession::waitingForTurn);
    for (int i = 0; i < 2; ++i)
        QVERIFY(services(windows[i])->document()->setOverride(kGit, values[i]));
    services(windows[0])->session()->apply();
    services(windows[1])->session()->apply();
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() == 1 && conflicts.count() == 1, kWaitMs);
    QCOMPARE(waiting.count(), 1);
    QVERIFY(windows[1]->messageBar()->text().contains(QLatin1String("Waiting for another window")));
    // The second window checked after the first one's write: it shows that value, and asks.
    const auto found = conflicts.first().first().value<QList<Conflict>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().serverValue, values[0]);
    QCOMPARE(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).value(kGit), values[0]);
    auto *dialog = waitForVisibleChild<ConflictDialog>(windows[1]);
    QVERIFY(dialog);
    dialog->setOverwrite(kGit, true);
    QSignalSpy secondApplied(services(windows[1])->session(), &AccountSession::applied);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("continueApply")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(secondApplied.count(), 1, kWaitMs);
    QCOMPARE(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).value(kGit), values[1]);
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
