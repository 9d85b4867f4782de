#include "core/configdocument.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/configview.h"
#include "ui/conflictdialog.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "session/translations.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QtTest>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kGit = QStringLiteral("gitCloneTag");

// Field rows the view shows now, through the filter.
int visibleFieldRows(const QAbstractItemModel *model)
{
    int rows = 0;
    for (int group = 0; group < model->rowCount(); ++group)
        rows += model->rowCount(model->index(group, 0));
    return rows;
}

template<typename T>
T *waitForChild(QWidget *parent, const QString &name = {})
{
    T *found = nullptr;
    for (int i = 0; i < 100 && !found; ++i) {
        const QList<T *> children = parent->findChildren<T *>(name);
        for (T *child : children) {
            if (child->isVisible())
                found = child;
        }
        if (!found)
            QTest::qWait(50);
    }
    return found;
}

QPushButton *button(QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr; // the window's, made by this test and kept to look inside

    // A window on its built-in sandbox, loaded, with gitCloneTag overridden on the server.
    MainWindow *openLoadedSandbox()
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        if (!m_window->openSandbox())
            return nullptr;
        m_services->client()->setRetryPolicy(RetryPolicy{3, std::chrono::milliseconds(5), std::chrono::milliseconds(20)});
        if (!loaded.wait(10000) || !loaded.first().first().toBool())
            return nullptr;
        QString failure;
        m_services->sandbox()->store().update(m_services->sandbox()->accountId(), Module::Ci, Infra::K8,
                                            {{kGit, true, QStringLiteral("harness/drone-git:1.6.0-rootless")}}, &failure);
        QSignalSpy reloaded(m_window.get(), &MainWindow::loadFinished);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        if (!reloaded.wait(10000))
            return nullptr;
        return m_window.get();
    }

    QModelIndex viewIndex(const QString &field, int column)
    {
        const auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->view()->model());
        return proxy->mapFromSource(m_window->model()->indexForField(field, column));
    }

    void clickCell(const QString &field, int column, bool doubleClick = false)
    {
        ConfigView *view = m_window->view();
        const QModelIndex index = viewIndex(field, column);
        view->scrollTo(index);
        const QPoint center = view->visualRect(index).center();
        if (doubleClick) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
        } else {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        }
    }

    QLineEdit *openOverrideEditor(const QString &field)
    {
        clickCell(field, ConfigTreeModel::OverrideColumn, true);
        return waitForChild<QLineEdit>(m_window->view()->viewport());
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(qApp, QLocale(QLocale::English)); }
    void cleanup() { m_window.reset(); }

    void theSandboxLoadsEveryField()
    {
        QVERIFY(openLoadedSandbox());
        QCOMPARE(visibleFieldRows(m_window->view()->model()), 48);
        QVERIFY(m_services->document()->snapshot().overrides().contains(kGit));
        QVERIFY(!m_window->messageBar()->isVisible());
        // The demo overrides show each kind of row a person meets.
        auto state = [this](const char *field) {
            return RowState(viewIndex(QLatin1String(field), ConfigTreeModel::StateColumn)
                                .data(ConfigTreeModel::RowStateRole)
                                .toInt());
        };
        QCOMPARE(state("liteEngineTag"), RowState::Behind);
        // Harness's deprecated list looks at the add-on and lite-engine only: this older one is just behind.
        QCOMPARE(state("buildAndPushDockerRegistryTag"), RowState::Behind);
        QCOMPARE(state("s3UploadTag"), RowState::SameAsDefault);
        QCOMPARE(state("addonTag"), RowState::Default);
    }

    void aWindowWithNothingOpenWelcomesAndItsSandboxButtonOpensTheTable()
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        auto *welcome = m_window->findChild<QWidget *>(QStringLiteral("welcomePanel"));
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QVERIFY(!m_window->view()->isVisible());
        // The keyboard starts where the eye does: on the first step.
        QCOMPARE(m_window->focusWidget(), button(welcome, QStringLiteral("connectButton")));
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QTest::mouseClick(button(welcome, QStringLiteral("sandboxButton")), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(!welcome->isVisible());
        QVERIFY(m_window->view()->isVisible());
        QCOMPARE(visibleFieldRows(m_window->view()->model()), 48);
        // The keyboard went on to the table with the page, not to the filter.
        QWidget *focused = m_window->focusWidget();
        QVERIFY(focused == m_window->view() || m_window->view()->isAncestorOf(focused));
    }

    void anAccountAskedForBeforeTheWindowShowsIsItsFirstLook()
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QVERIFY(m_window->openSandbox());
        m_window->show();
        // The table from the start, even before its answers arrive: no welcome page in between.
        QVERIFY(m_window->view()->isVisible());
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("welcomePanel")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(m_window->view()->isVisible());
        QCOMPARE(visibleFieldRows(m_window->view()->model()), 48);
    }

    void editingQueuesAndUndoRedoWork()
    {
        QVERIFY(openLoadedSandbox());
        QLineEdit *editor = openOverrideEditor(kAddon);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("1.16.93"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_services->document()->pendingCount(), 1);
        QCOMPARE(m_services->document()->proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
        QAction *apply = m_window->findChild<QAction *>(QStringLiteral("applyAction"));
        QCOMPARE(apply->text(), QStringLiteral("Apply 1 change"));
        QVERIFY(apply->isEnabled());
        QCOMPARE(viewIndex(kAddon, ConfigTreeModel::StateColumn).data(ConfigTreeModel::RowStateRole).toInt(),
                 int(RowState::Edited));

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(m_services->document()->pendingCount(), 0);
        QVERIFY(!apply->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(m_services->document()->pendingCount(), 1);
    }

    void anInvalidReferenceIsNotQueued()
    {
        QVERIFY(openLoadedSandbox());
        QLineEdit *editor = openOverrideEditor(kAddon);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Harness/CI addon"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_services->document()->pendingCount(), 0);
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(m_services->document()->pendingCount(), 0);
    }

    void oneClickResetQueuesAReset()
    {
        QVERIFY(openLoadedSandbox());
        QVERIFY(viewIndex(kGit, ConfigTreeModel::ResetColumn).data(ConfigTreeModel::CanResetRole).toBool());
        QVERIFY(!viewIndex(kAddon, ConfigTreeModel::ResetColumn).data(ConfigTreeModel::CanResetRole).toBool());
        clickCell(kGit, ConfigTreeModel::ResetColumn);
        QCOMPARE(m_services->document()->pendingCount(), 1);
        QCOMPARE(m_services->document()->pendingChange(kGit)->kind, PendingChange::Kind::Reset);
        clickCell(kAddon, ConfigTreeModel::ResetColumn); // nothing to reset there
        QCOMPARE(m_services->document()->pendingCount(), 1);
    }

    void applySendsReviewedChangesAndTheServerHasThem()
    {
        QVERIFY(openLoadedSandbox());
        SandboxServer *sandbox = m_services->sandbox();
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        m_services->document()->resetField(kGit);
        sandbox->clearRequests();

        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QCOMPARE(review->changeCount(), 2);
        QVERIFY(review->requestsText().contains(QStringLiteral("update-config")));
        QVERIFY(review->requestsText().contains(QStringLiteral("reset-config")));
        QVERIFY(!review->requestsText().contains(sandbox->apiKey()));
        QCOMPARE(sandbox->requestCount(), 0); // nothing sent before the user confirms
        QTest::mouseClick(button(review, QStringLiteral("confirmApply")), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(m_services->document()->pendingCount(), 0, 10000);
        QTRY_VERIFY(!m_services->session()->isBusy());
        const ImageMap server = sandbox->store().overrides(sandbox->accountId(), Module::Ci, Infra::K8);
        QCOMPARE(server.value(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
        QVERIFY(!server.contains(kGit));
        QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Information);
        QVERIFY(m_window->messageBar()->isVisible());
    }

    void aConflictShowsBothValuesAndTheUserChooses()
    {
        QVERIFY(openLoadedSandbox());
        SandboxServer *sandbox = m_services->sandbox();
        QVERIFY(m_services->document()->setOverride(kGit, QStringLiteral("harness/drone-git:1.6.5-rootless")));
        QString failure;
        sandbox->store().update(sandbox->accountId(), Module::Ci, Infra::K8,
                                {{kGit, true, QStringLiteral("harness/drone-git:1.6.7-rootless")}}, &failure);

        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QTest::mouseClick(button(review, QStringLiteral("confirmApply")), Qt::LeftButton);
        auto *conflicts = waitForChild<ConflictDialog>(m_window.get());
        QVERIFY(conflicts);
        QVERIFY(conflicts->fieldsToOverwrite().isEmpty()); // nothing overwritten unless chosen
        conflicts->setOverwrite(kGit, true);
        QTest::mouseClick(button(conflicts, QStringLiteral("continueApply")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_services->document()->pendingCount(), 0, 10000);
        QCOMPARE(sandbox->store().overrides(sandbox->accountId(), Module::Ci, Infra::K8).value(kGit),
                 QStringLiteral("harness/drone-git:1.6.5-rootless"));
    }

    void aFailedApplyKeepsTheQueueAndSaysWhy()
    {
        QVERIFY(openLoadedSandbox());
        SandboxServer *sandbox = m_services->sandbox();
        // Reconnect with the key that may only read: the server answers 403 to the update.
        Connection readOnly = m_services->client()->connection();
        readOnly.apiKey = sandbox->readOnlyApiKey();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(readOnly, QStringLiteral("read-only"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));

        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QTest::mouseClick(button(review, QStringLiteral("confirmApply")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->isVisible()
                                     && m_window->messageBar()->level() == MessageBar::Level::Error, 10000);
        QTRY_VERIFY(!m_services->session()->isBusy());
        QCOMPARE(m_services->document()->pendingCount(), 1);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("still queued")));
        QVERIFY(m_window->messageBar()->details().contains(QStringLiteral("403")));
        QVERIFY(button(m_window->messageBar(), QStringLiteral("messageRetry"))->isVisible());
        QVERIFY(!sandbox->store().overrides(sandbox->accountId(), Module::Ci, Infra::K8).contains(kAddon));
    }

    void filterAndOverridesOnly()
    {
        QVERIFY(openLoadedSandbox());
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("kaniko"));
        QCOMPARE(visibleFieldRows(m_window->view()->model()), 5);
        filter->clear();
        QCOMPARE(visibleFieldRows(m_window->view()->model()), 48);

        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        m_window->findChild<QCheckBox *>(QStringLiteral("overridesOnly"))->setChecked(true);
        const int serverOverrides = m_services->document()->snapshot().overrideCount();
        QVERIFY(serverOverrides >= 4); // the sandbox's demo overrides and this test's own
        QCOMPARE(visibleFieldRows(m_window->view()->model()), serverOverrides + 1); // and the queued one
    }

    void closingWithQueuedChangesAsks()
    {
        QVERIFY(openLoadedSandbox());
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(!m_window->close());
        auto *prompt = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("pendingChangesPrompt"));
        QVERIFY(prompt);
        QTest::mouseClick(prompt->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_services->document()->pendingCount(), 1);

        QVERIFY(!m_window->close());
        prompt = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("pendingChangesPrompt"));
        QVERIFY(prompt);
        QTest::mouseClick(prompt->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
    }

    void deleteResetsTheSelectedRows()
    {
        QVERIFY(openLoadedSandbox());
        ConfigView *view = m_window->view();
        view->setFocus();
        view->setCurrentIndex(viewIndex(kGit, ConfigTreeModel::FieldColumn));
        view->selectionModel()->select(viewIndex(kGit, ConfigTreeModel::FieldColumn),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(m_services->document()->pendingCount(), 1);
        QCOMPARE(m_services->document()->pendingChange(kGit)->kind, PendingChange::Kind::Reset);
    }

    void resetAllAsksOnceAndQueuesEveryOverride()
    {
        QVERIFY(openLoadedSandbox());
        const int overridden = m_services->document()->snapshot().overrideCount();
        QVERIFY(overridden >= 2);
        m_window->findChild<QAction *>(QStringLiteral("resetAllAction"))->trigger();
        auto *prompt = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("resetAllPrompt"));
        QVERIFY(prompt);
        QCOMPARE(m_services->document()->pendingCount(), 0); // nothing before the confirmation
        QAbstractButton *confirm = nullptr;
        for (QAbstractButton *candidate : prompt->buttons()) {
            if (prompt->buttonRole(candidate) == QMessageBox::AcceptRole)
                confirm = candidate;
        }
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(m_services->document()->pendingCount(), overridden);
        QTest::keySequence(m_window.get(), QKeySequence::Undo); // one step undoes them all
        QCOMPARE(m_services->document()->pendingCount(), 0);
    }

    void switchingModuleWithQueuedChangesAsksFirst()
    {
        QVERIFY(openLoadedSandbox());
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        auto *moduleBox = m_window->findChild<QComboBox *>(QStringLiteral("moduleBox"));
        moduleBox->setCurrentIndex(moduleBox->findData(int(Module::Iacm)));
        Q_EMIT moduleBox->activated(moduleBox->currentIndex());
        auto *prompt = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("pendingChangesPrompt"));
        QVERIFY(prompt);
        QTest::mouseClick(prompt->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_COMPARE(moduleBox->currentData().toInt(), int(Module::Ci)); // the box goes back
        QCOMPARE(m_services->session()->module(), Module::Ci);
        QCOMPARE(m_services->document()->pendingCount(), 1);

        moduleBox->setCurrentIndex(moduleBox->findData(int(Module::Idp)));
        Q_EMIT moduleBox->activated(moduleBox->currentIndex());
        prompt = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("pendingChangesPrompt"));
        QVERIFY(prompt);
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QTest::mouseClick(prompt->button(QMessageBox::Discard), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_services->session()->module(), Module::Idp);
        QCOMPARE(m_services->document()->snapshot().module(), Module::Idp);
        QCOMPARE(m_services->document()->pendingCount(), 0);
    }

    void rateLimitingShowsThatTheAppWaits()
    {
        QVERIFY(openLoadedSandbox());
        m_services->client()->setRetryPolicy(RetryPolicy{4, std::chrono::milliseconds(300), std::chrono::milliseconds(600)});
        m_services->sandbox()->injectFault(SandboxServer::Fault::RateLimit, 1);
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY(m_window->messageBar()->isVisible());
        QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Warning);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("Trying again")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(!m_window->messageBar()->isVisible()); // the wait is over once the load worked
    }

    void theReviewCopiesTheRequestsAsCurlWithoutTheKey()
    {
        QVERIFY(openLoadedSandbox());
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QTest::mouseClick(button(review, QStringLiteral("copyCurl")), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(QStringLiteral("curl")));
        QVERIFY(copied.contains(QStringLiteral("$HARNESS_API_KEY")));
        QVERIFY(copied.contains(QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(!copied.contains(m_services->sandbox()->apiKey()));
        review->reject();
        QCOMPARE(m_services->document()->pendingCount(), 1); // cancelling the review sends nothing
    }

    void aRefusedKeyShowsTheReasonAndRetry()
    {
        QVERIFY(openLoadedSandbox());
        Connection wrong = m_services->client()->connection();
        wrong.apiKey = QStringLiteral("pat.%1.0000.wrong").arg(wrong.accountId);
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(wrong, QStringLiteral("wrong key"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.first().first().toBool());
        QVERIFY(m_window->messageBar()->isVisible());
        QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Error);
        QVERIFY(m_window->messageBar()->details().contains(QStringLiteral("INVALID_TOKEN")));
        QVERIFY(!m_window->messageBar()->text().contains(wrong.apiKey));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
