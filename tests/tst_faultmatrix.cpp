#include "tst_faultmatrix.h"

void TestFaultMatrix::runLoad()
{
    const bool succeeds = shouldSucceed(Operation::Load, m_fault);
    HCI_CHECK(createWindow());
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    armServer(m_fault, m_window->client());
    m_window->openConnection(connectionWith(keyFor(m_fault)), QStringLiteral("fault matrix"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(finished.first().first().toBool(), succeeds);
    QCOMPARE(m_window->document()->pendingCount(), 0);
    if (succeeds) {
        QCOMPARE(m_window->document()->snapshot().fields().size(), kCatalogFields);
        HCI_CHECK(expectNoError());
        if (m_fault == Fault::RateLimitThenSuccess)
            QVERIFY(m_sawWarning);
    } else {
        HCI_CHECK(expectErrorShown());
        QVERIFY(m_window->document()->snapshot().isEmpty()); // nothing half-loaded
    }

    HCI_CHECK(disarm(m_window->client()));
    finished.clear();
    if (succeeds)
        QTest::keyClick(m_window.get(), Qt::Key_F5);
    else
        HCI_CHECK(clickRetry());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(m_window->document()->snapshot().fields().size(), kCatalogFields);
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestFaultMatrix::runRefresh()
{
    const bool succeeds = shouldSucceed(Operation::Refresh, m_fault);
    HCI_CHECK(openLoadedWindow());
    const ConfigSnapshot before = m_window->document()->snapshot();
    const QString oldLite = before.overrides().value(kLite);
    QVERIFY(!oldLite.isEmpty());
    // The server moves on, so that a half-done refresh would show in the table.
    QString failure;
    QVERIFY(m_server->store().update(m_server->accountId(), Module::Ci, Infra::K8, { { kLite, true, kNewLite } }, &failure));

    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    HCI_CHECK(arm(m_fault, m_window->client()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(finished.first().first().toBool(), succeeds);
    QCOMPARE(m_window->document()->pendingCount(), 0);
    if (succeeds) {
        QCOMPARE(shownOverride(kLite), kNewLite);
        HCI_CHECK(expectNoError());
        if (m_fault == Fault::RateLimitThenSuccess)
            QVERIFY(m_sawWarning);
    } else {
        HCI_CHECK(expectErrorShown());
        QVERIFY(sameData(m_window->document()->snapshot(), before));
        QCOMPARE(shownOverride(kLite), oldLite);
    }

    HCI_CHECK(disarm(m_window->client()));
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

void TestFaultMatrix::runTestConnection()
{
    const bool succeeds = shouldSucceed(Operation::TestConnection, m_fault);
    // A profile is checked while the window keeps its account, data and queue.
    HCI_CHECK(openLoadedWindow());
    QVERIFY(m_window->document()->setOverride(kAddon, kNewAddon));
    const ConfigSnapshot before = m_window->document()->snapshot();

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
    QCOMPARE(m_window->document()->pendingCount(), 1);
    QVERIFY(sameData(m_window->document()->snapshot(), before));

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
    QVERIFY(m_window->document()->setOverride(kAddon, kNewAddon));
    const ConfigSnapshot before = m_window->document()->snapshot();

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
    QCOMPARE(m_window->document()->pendingCount(), 1);
    QVERIFY(sameData(m_window->document()->snapshot(), before));

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

QTEST_MAIN(TestFaultMatrix)
