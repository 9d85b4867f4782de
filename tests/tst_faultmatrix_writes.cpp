// The fault matrix's writes: applying edits and resets under each fault, and two windows on one account.

#include "tst_faultmatrix.h"

void TestFaultMatrix::runApply(bool resets)
{
    if (m_fault == Fault::RefusedField)
        return runApplyWithRefusedField(resets);
    const bool succeeds = shouldSucceed(resets ? Operation::ApplyResets : Operation::ApplyEdits, m_fault);
    HCI_CHECK(openLoadedWindow());
    ConfigDocument *document = m_window->document();
    AccountSession *session = m_window->session();
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
            arm(m_fault, m_window->client());
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

    HCI_CHECK(disarm(m_window->client()));
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

// A queued field the infra does not take: Harness's generic 500 for the write that holds it, nothing
// of that write saved. The user is told which field, and everything else lands.
void TestFaultMatrix::runApplyWithRefusedField(bool resets)
{
    HCI_CHECK(openLoadedWindow());
    ConfigDocument *document = m_window->document();
    AccountSession *session = m_window->session();
    if (resets) {
        document->resetField(kLite);
        document->resetField(kS3);
    } else {
        QVERIFY(document->setOverride(kAddon, kNewAddon));
        QVERIFY(document->setOverride(kGit, kNewGit));
    }
    QVERIFY(document->setOverride(kRefused, kRefusedValue));
    QCOMPARE(document->pendingCount(), 3);
    const ImageMap serverBefore = m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8);

    QSignalSpy failed(session, &AccountSession::applyFailed);
    QSignalSpy found(session, &AccountSession::refusedFieldsFound);
    m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
    auto *review = waitForVisibleChild<ApplyReviewDialog>(m_window.get());
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    QTRY_VERIFY(!session->isBusy());
    HCI_CHECK(expectErrorShown());
    const ImageMap serverNow = m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8);
    if (resets) {
        // The update holds the refused field alone, the resets go in their own request and took.
        QCOMPARE(document->pendingCount(), 1);
        QVERIFY(!serverNow.contains(kLite));
        QVERIFY(!serverNow.contains(kS3));
        QVERIFY(m_window->messageBar()->text().contains(kRefused));
    } else {
        // One update of three fields: nothing of it saved, no field named; the user may take it apart.
        QCOMPARE(document->pendingCount(), 3);
        QCOMPARE(serverNow, serverBefore);
        auto *find = m_window->messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction"));
        QVERIFY(find && find->isVisible());
        QTest::mouseClick(find, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kWaitMs);
        QCOMPARE(found.first().first().toStringList(), QStringList { kRefused });
        QVERIFY(m_window->messageBar()->text().contains(kRefused));
    }
    QCOMPARE(document->pendingCount(), 1);
    QVERIFY(!session->refusedFields().value(kRefused).correlationId.isEmpty());

    // The user drops the refused change; everything else is on the server.
    document->dropPending(kRefused);
    QCOMPARE(document->pendingCount(), 0);
    const ImageMap serverAfter = m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8);
    QVERIFY(!serverAfter.contains(kRefused));
    if (resets) {
        QVERIFY(!serverAfter.contains(kLite));
        QVERIFY(!serverAfter.contains(kS3));
    } else {
        QCOMPARE(serverAfter.value(kAddon), kNewAddon);
        QCOMPARE(serverAfter.value(kGit), kNewGit);
    }
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
    QVERIFY(first->document()->setOverride(kGit, mine));
    QVERIFY(second->document()->setOverride(kGit, theirs));
    QVERIFY(second->document()->setOverride(kAddon, kNewAddon));

    QSignalSpy firstApplied(first->session(), &AccountSession::applied);
    first->session()->apply();
    QTRY_COMPARE_WITH_TIMEOUT(firstApplied.count(), 1, kWaitMs);

    QSignalSpy conflicts(second->session(), &AccountSession::conflictsFound);
    second->session()->apply();
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, kWaitMs);
    const auto found = conflicts.first().first().value<QList<Conflict>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().field, kGit);
    QCOMPARE(found.first().serverValue, mine);
    // The second window keeps the first one's change: its own stays queued for the user to decide.
    auto *dialog = waitForVisibleChild<ConflictDialog>(second);
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(!second->session()->isBusy());
    QCOMPARE(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).value(kGit), mine);
    QCOMPARE(second->document()->pendingChange(kGit)->value, theirs);
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
    QSignalSpy applied(windows[0]->session(), &AccountSession::applied);
    QSignalSpy conflicts(windows[1]->session(), &AccountSession::conflictsFound);
    QSignalSpy waiting(windows[1]->session(), &AccountSession::waitingForTurn);
    for (int i = 0; i < 2; ++i)
        QVERIFY(windows[i]->document()->setOverride(kGit, values[i]));
    windows[0]->session()->apply();
    windows[1]->session()->apply();
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
    QSignalSpy secondApplied(windows[1]->session(), &AccountSession::applied);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("continueApply")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(secondApplied.count(), 1, kWaitMs);
    QCOMPARE(m_server->store().overrides(m_server->accountId(), Module::Ci, Infra::K8).value(kGit), values[1]);
}
