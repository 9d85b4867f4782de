#pragma once

// The fault matrix's "500 field" cells: a queued field the infra does not take gets Harness's generic
// 500 for the write that holds it, and nothing of that write is saved. The user is told which field,
// and everything else lands. Kept apart from the window's accessors: the caller hands in its parts.

#include "tst_faultmatrix_cases.h"

#include "core/configdocument.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"
#include "ui/applyreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <functional>

namespace hci::faultmatrix {

// Queues the changes, applies them through the review, and checks what the user is left with.
// expectErrorShown: the matrix's own check of the message bar (a QVERIFY inside fails the test).
inline void applyWithRefusedField(MainWindow *window, ConfigDocument *document, AccountSession *session,
    SandboxServer *server, bool resets, const std::function<void()> &expectErrorShown)
{
    auto stored = [server] { return server->store().overrides(server->accountId(), Module::Ci, Infra::K8); };
    if (resets) {
        document->resetField(kLite);
        document->resetField(kS3);
    } else {
        QVERIFY(document->setOverride(kAddon, kNewAddon));
        QVERIFY(document->setOverride(kGit, kNewGit));
    }
    QVERIFY(document->setOverride(kRefused, kRefusedValue));
    QCOMPARE(document->pendingCount(), 3);
    const ImageMap serverBefore = stored();

    QSignalSpy failed(session, &AccountSession::applyFailed);
    QSignalSpy found(session, &AccountSession::refusedFieldsFound);
    window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
    auto *review = waitForVisibleChild<ApplyReviewDialog>(window);
    QVERIFY(review);
    QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    QTRY_VERIFY(!session->isBusy());
    expectErrorShown();
    if (QTest::currentTestFailed())
        return;
    MessageBar *bar = window->messageBar();
    const ImageMap serverNow = stored();
    if (resets) {
        // The update holds the refused field alone; the resets go in their own request, and took.
        QCOMPARE(document->pendingCount(), 1);
        QVERIFY(!serverNow.contains(kLite));
        QVERIFY(!serverNow.contains(kS3));
        QVERIFY(bar->text().contains(kRefused));
    } else {
        // One update of three fields: nothing of it saved, no field named; the user may take it apart.
        QCOMPARE(document->pendingCount(), 3);
        QCOMPARE(serverNow, serverBefore);
        auto *find = bar->findChild<QPushButton *>(QStringLiteral("messageAction"));
        QVERIFY(find && find->isVisible());
        QTest::mouseClick(find, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kWaitMs);
        QCOMPARE(found.first().first().toStringList(), QStringList { kRefused });
        QVERIFY(bar->text().contains(kRefused));
    }
    QCOMPARE(document->pendingCount(), 1);
    QVERIFY(!session->refusedFields().value(kRefused).correlationId.isEmpty());

    // The user drops the refused change; everything else is on the server.
    document->dropPending(kRefused);
    QCOMPARE(document->pendingCount(), 0);
    const ImageMap serverAfter = stored();
    QVERIFY(!serverAfter.contains(kRefused));
    if (resets) {
        QVERIFY(!serverAfter.contains(kLite));
        QVERIFY(!serverAfter.contains(kS3));
    } else {
        QCOMPARE(serverAfter.value(kAddon), kNewAddon);
        QCOMPARE(serverAfter.value(kGit), kNewGit);
    }
}

} // namespace hci::faultmatrix
