// The window around an apply, driven like a person would, against the sandbox with write latency on:
// a switch of profile or scope during an apply never shows or writes another account's data, a
// refused batch is taken apart once the user agrees, Cancel before the write sends nothing, and
// closing during an apply waits, or leaves a note that the next open of the account checks.

#include "core/configdocument.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "services/appservices.h"
#include "session/accountsession.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "session/translations.h"

#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kGit = QStringLiteral("gitCloneTag");
const QString kSlsa = QStringLiteral("slsaVerificationTag");
const QString kNewAddon = QStringLiteral("harness/ci-addon:1.16.93");
const QString kNewGit = QStringLiteral("harness/drone-git:1.6.10-rootless");
constexpr int kWaitMs = 20000;

template<typename T>
T *waitForChild(QWidget *parent, const QString &name = {})
{
    for (int i = 0; i < 200; ++i) {
        const QList<T *> children = parent->findChildren<T *>(name);
        for (T *child : children) {
            if (child->isVisible())
                return child;
        }
        QTest::qWait(25);
    }
    return nullptr;
}

} // namespace

class TestMainWindowApply : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server; // declared first: the windows go before it
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr; // the window's, made by this test and kept to look inside

    // The window's parts, reached in one place only.
    HarnessClient *client() const { return m_services->client(); }
    ConfigDocument *document() const { return m_services->document(); }
    AccountSession *session() const { return m_services->session(); }

    Connection connection() const
    {
        return Connection { m_server->gatewayUrl(), m_server->accountId(), m_server->apiKey() };
    }

    MainWindow *openWindow(Infra infra = Infra::K8)
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        client()->setRetryPolicy(RetryPolicy { 3, std::chrono::milliseconds(5), std::chrono::milliseconds(20) });
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(connection(), QStringLiteral("first account"), Module::Ci, infra);
        if (!loaded.wait(kWaitMs) || !loaded.first().first().toBool())
            return nullptr;
        return m_window.get();
    }

    // Review and confirm, as the user does; returns once the writes are on their way or it failed.
    bool confirmApply()
    {
        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        if (!review)
            return false;
        QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
        return true;
    }

    bool waitForState(AccountSession::State state)
    {
        return QTest::qWaitFor([this, state] { return session()->state() == state; }, kWaitMs);
    }

    bool updateArrived() const
    {
        const QList<SandboxServer::RecordedRequest> requests = m_server->requests();
        for (const SandboxServer::RecordedRequest &request : requests) {
            if (request.path.endsWith(QLatin1String("update-config")))
                return true;
        }
        return false;
    }

    ImageMap stored(Infra infra = Infra::K8) const
    {
        return m_server->store().overrides(m_server->accountId(), Module::Ci, infra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings of this test, not the user's
        installTranslations(qApp, QLocale(QLocale::English));
    }
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
    }
    void cleanup()
    {
        m_window.reset();
        m_server.reset();
    }

    void aProfileSwitchDuringAnApplyNeverMixesAccounts()
    {
        QVERIFY(openWindow());
        SandboxServer otherAccount;
        QVERIFY(otherAccount.start());
        m_server->setWriteLatency(400);
        QVERIFY(document()->setOverride(kAddon, kNewAddon));
        document()->resetField(kGit); // nothing to reset: drops nothing, queues nothing
        QVERIFY(document()->setOverride(kGit, kNewGit));
        QVERIFY(confirmApply());
        QVERIFY(waitForState(AccountSession::State::Applying));

        // The user opens another account while the writes are on their way: refused, and said so.
        QSignalSpy loads(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(
            Connection { otherAccount.gatewayUrl(), otherAccount.accountId(), otherAccount.apiKey() },
            QStringLiteral("second account"));
        QCOMPARE(loads.count(), 1);
        QVERIFY(!loads.first().first().toBool());
        QCOMPARE(client()->connection().accountId, m_server->accountId());
        QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Warning);
        QVERIFY(m_window->messageBar()->text().contains(QLatin1String("still running")));
        // The module box is off, and a switch that gets through anyway is refused too.
        auto *moduleBox = m_window->findChild<QComboBox *>(QStringLiteral("moduleBox"));
        QVERIFY(!moduleBox->isEnabled());
        moduleBox->setCurrentIndex(moduleBox->findData(int(Module::Iacm)));
        Q_EMIT moduleBox->activated(moduleBox->currentIndex());
        QCOMPARE(moduleBox->currentData().toInt(), int(Module::Ci));
        QCOMPARE(session()->module(), Module::Ci);

        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), kWaitMs);
        QCOMPARE(otherAccount.requestCount(), 0);
        QCOMPARE(stored().value(kAddon), kNewAddon);
        QCOMPARE(stored().value(kGit), kNewGit);
        QCOMPARE(document()->pendingCount(), 0);
        QCOMPARE(document()->snapshot().overrides(), stored());

        // Once settled, the switch works, and shows only the other account.
        loads.clear();
        m_window->openConnection(
            Connection { otherAccount.gatewayUrl(), otherAccount.accountId(), otherAccount.apiKey() },
            QStringLiteral("second account"));
        QVERIFY(loads.wait(kWaitMs));
        QVERIFY(loads.first().first().toBool());
        QVERIFY(document()->snapshot().overrides().isEmpty());
    }

    void aMixedApplyLandsWholeUnderWriteLatency()
    {
        QString failure;
        QVERIFY(m_server->store().update(m_server->accountId(), Module::Ci, Infra::K8,
            { { kGit, true, QStringLiteral("harness/drone-git:1.6.0-rootless") } }, &failure));
        QVERIFY(openWindow());
        m_server->setWriteLatency(200); // two writes at once would lose one
        QVERIFY(document()->setOverride(kAddon, kNewAddon));
        document()->resetField(kGit);
        QVERIFY(confirmApply());
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy() && m_window->messageBar()->isVisible(), kWaitMs);
        QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Information);
        QCOMPARE(stored(), (ImageMap { { kAddon, kNewAddon } }));
        QCOMPARE(document()->pendingCount(), 0);
    }

    void theTableKeepsTheUsersPlaceThroughAnApply()
    {
        QVERIFY(openWindow());
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("configView"));
        QVERIFY(view);
        auto *filter = qobject_cast<QSortFilterProxyModel *>(view->model());
        auto *model = qobject_cast<ConfigTreeModel *>(filter->sourceModel());
        QVERIFY(model);
        // The user is on the add-on row, with the first group folded away and the table scrolled.
        const QModelIndex addon = filter->mapFromSource(model->indexForField(kAddon));
        const QModelIndex firstGroup = filter->index(0, 0);
        view->selectionModel()->setCurrentIndex(addon, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->collapse(firstGroup);
        view->scrollToBottom();
        QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
        const int scrolled = view->verticalScrollBar()->value();
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);

        QVERIFY(document()->setOverride(kAddon, kNewAddon));
        QVERIFY(confirmApply());
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy() && m_window->messageBar()->isVisible(), kWaitMs);
        QCOMPARE(stored(), (ImageMap { { kAddon, kNewAddon } }));
        QCOMPARE(document()->pendingCount(), 0);

        // The read-back updated the row in place: the same row current and selected, the group
        // still folded, the scrolling where it was.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(view->currentIndex().data(ConfigTreeModel::FieldKeyRole).toString(), kAddon);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ConfigTreeModel::FieldKeyRole).toString(), kAddon);
        QVERIFY(!view->isExpanded(firstGroup));
        QVERIFY(view->isExpanded(filter->index(1, 0)));
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
        QCOMPARE(model->indexForField(kAddon, ConfigTreeModel::OverrideColumn).data().toString(), QStringLiteral("1.16.93"));
    }

    void aRefusedBatchIsTakenApartAfterTheUserAgrees()
    {
        QVERIFY(openWindow(Infra::Vm));
        m_server->setWriteLatency(50);
        QVERIFY(document()->setOverride(kSlsa, QStringLiteral("harness/slsa-plugin:0.2.0")));
        QVERIFY(document()->setOverride(kGit, kNewGit));
        QVERIFY(confirmApply());
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy()
                && m_window->messageBar()->level() == MessageBar::Level::Error,
            kWaitMs);
        MessageBar *bar = m_window->messageBar();
        QVERIFY(bar->text().contains(QLatin1String("one at a time")));
        auto *find = bar->findChild<QPushButton *>(QStringLiteral("messageAction"));
        QVERIFY(find && find->isVisible());
        QCOMPARE(find->text(), QStringLiteral("Find the refused fields"));
        QVERIFY(stored(Infra::Vm).isEmpty()); // nothing sent one by one before the user agrees

        QTest::mouseClick(find, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy()
                && bar->level() == MessageBar::Level::Warning,
            kWaitMs);
        QVERIFY2(bar->text().contains(kSlsa), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(QLatin1String("The other 1 change")));
        QVERIFY(bar->details().contains(QLatin1String("Correlation ID")));
        QCOMPARE(stored(Infra::Vm), (ImageMap { { kGit, kNewGit } }));
        QCOMPARE(document()->pendingCount(), 1);
        const QString rowTip = m_window->model()
                                   ->indexForField(kSlsa, ConfigTreeModel::StateColumn)
                                   .data(Qt::ToolTipRole)
                                   .toString();
        QVERIFY2(rowTip.contains(QLatin1String("Harness refused this change")), qPrintable(rowTip));
        QVERIFY(rowTip.contains(session()->refusedFields().value(kSlsa).correlationId));
    }

    void cancelBeforeTheWriteSendsNothing()
    {
        QVERIFY(openWindow());
        QVERIFY(document()->setOverride(kAddon, kNewAddon));
        m_server->setLatency(400);
        m_server->clearRequests();
        QVERIFY(confirmApply());
        QVERIFY(waitForState(AccountSession::State::CheckingConflicts));
        auto *cancel = waitForChild<QPushButton>(m_window.get(), QStringLiteral("cancelButton"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(session()->state(), AccountSession::State::Idle);
        QVERIFY(!cancel->isVisible());
        QVERIFY(m_window->messageBar()->text().contains(QLatin1String("before anything was sent")));
        QTest::qWait(600); // the check's late answer must not start the writes
        for (const SandboxServer::RecordedRequest &request : m_server->requests())
            QVERIFY(!request.path.endsWith(QLatin1String("update-config")));
        QVERIFY(stored().isEmpty());
        QCOMPARE(document()->pendingCount(), 1);

        // Loading can be cancelled too, and the table keeps what it showed.
        QSignalSpy loads(m_window.get(), &MainWindow::loadFinished);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        auto *prompt = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("pendingChangesPrompt"));
        QVERIFY(prompt);
        QTest::mouseClick(prompt->button(QMessageBox::Discard), Qt::LeftButton);
        QVERIFY(waitForChild<QPushButton>(m_window.get(), QStringLiteral("cancelButton")));
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(loads.count(), 1);
        QVERIFY(m_window->messageBar()->text().contains(QLatin1String("Loading stopped")));
        QCOMPARE(document()->snapshot().fields().size(), 48);
    }

    void closingDuringAnApplyCanWait()
    {
        QVERIFY(openWindow());
        m_server->setWriteLatency(300);
        QVERIFY(document()->setOverride(kAddon, kNewAddon));
        QVERIFY(confirmApply());
        QVERIFY(waitForState(AccountSession::State::Applying));
        QTRY_VERIFY_WITH_TIMEOUT(updateArrived(), kWaitMs); // the server has it: its outcome is open
        QVERIFY(!m_window->close());
        auto *prompt = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("applyInFlightPrompt"));
        QVERIFY(prompt);
        QTest::mouseClick(prompt->findChild<QPushButton *>(QStringLiteral("waitForApply")), Qt::LeftButton);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->messageBar()->text().contains(QLatin1String("closes once the apply")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), kWaitMs); // closed by itself once settled
        QCOMPARE(stored().value(kAddon), kNewAddon);
        QCOMPARE(document()->pendingCount(), 0);
    }

    void closingAnywayIsCheckedAtTheNextOpen()
    {
        QVERIFY(openWindow());
        m_server->setWriteLatency(300);
        QVERIFY(document()->setOverride(kAddon, kNewAddon));
        QVERIFY(confirmApply());
        QVERIFY(waitForState(AccountSession::State::Applying));
        QTRY_VERIFY_WITH_TIMEOUT(updateArrived(), kWaitMs); // the server has it: its outcome is open
        QVERIFY(!m_window->close());
        auto *prompt = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("applyInFlightPrompt"));
        QVERIFY(prompt);
        QVERIFY(prompt->informativeText().contains(QLatin1String("outcome is unknown")));
        QTest::mouseClick(prompt->findChild<QPushButton *>(QStringLiteral("closeAnyway")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
        m_window.reset(); // the app quits: the read-back never comes
        QTRY_COMPARE_WITH_TIMEOUT(stored().value(kAddon), kNewAddon, kWaitMs); // the server saved it anyway

        // The next open of the same account and scope says what took; the one after says nothing more.
        QVERIFY(openWindow());
        MessageBar *bar = m_window->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QLatin1String("closed while an apply")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(QLatin1String("all 1 of its change")));
        QVERIFY(openWindow());
        QVERIFY(!m_window->messageBar()->isVisible());
    }
};

QTEST_MAIN(TestMainWindowApply)
#include "tst_mainwindow_apply.moc"
