// The window's memory driven like a person would, against its sandbox: the History window
// (filter, CSV, revert to the review, the conflict check), the since-last-look panel, and the
// offer of journaled edits that the server changed since.
#include "store/history.h"
#include "store/historyrecorder.h"
#include "store/localstore.h"
#include "store/pendingjournal.h"
#include "ui/accountmemory.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/configview.h"
#include "ui/conflictdialog.h"
#include "ui/historywindow.h"
#include "ui/journalrestorebar.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/sincelastlookpanel.h"
#include "session/translations.h"

#include "core/configdocument.h"
#include "core/knowntags.h"
#include "session/taglookup.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace hci;

namespace {

const QString kGit = QStringLiteral("gitCloneTag");
const QString kAddon = QStringLiteral("addonTag");
const QString kMine = QStringLiteral("harness/drone-git:1.6.10-rootless");
const QString kTheirs = QStringLiteral("harness/drone-git:1.7.0-rootless");

template<typename T>
T *visible(QWidget *parent, const QString &name = {})
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (T *candidate : parent->findChildren<T *>(name)) {
            if (candidate->isVisible())
                found = candidate;
        }
        return found != nullptr;
    }, 10000);
    return found;
}

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr; // the window's, made by this test and kept to look inside

    MainWindow *openSandbox()
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        if (!m_window->openSandbox() || !loaded.wait(15000) || !loaded.first().at(0).toBool())
            return nullptr;
        return m_window.get();
    }

    void reload()
    {
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_services->session()->load();
        QVERIFY(loaded.wait(15000));
    }

    ImageMap server() const
    {
        return m_services->sandbox()->store().overrides(m_services->sandbox()->accountId(), Module::Ci, Infra::K8);
    }

    void setOnServer(const QString &field, const QString &value)
    {
        QString failure;
        QVERIFY2(m_services->sandbox()->store().update(m_services->sandbox()->accountId(), Module::Ci, Infra::K8,
                                                     {{field, true, value}}, &failure),
                 qPrintable(failure));
    }

    // Confirms the review that is open, and waits for the apply to end.
    void confirmReview(bool expectApplied = true)
    {
        auto *review = visible<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QVERIFY(QTest::qWaitForWindowExposed(review));
        QSignalSpy applied(m_services->session(), &AccountSession::applied);
        auto *confirm = review->findChild<QPushButton *>(QStringLiteral("confirmApply"));
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 15000);
        QTest::mouseClick(confirm, Qt::LeftButton);
        if (expectApplied) {
            // The review closes itself once accepted; while it waits, its note says for what.
            const QPointer<QLabel> note = review->findChild<QLabel *>(QStringLiteral("tagCheckNote"));
            const bool ok = applied.wait(15000);
            QVERIFY2(ok, note ? qPrintable(note->text()) : "the review closed, and nothing was applied");
        }
    }

    void applyEdit(const QString &field, const QString &value)
    {
        ConfigTreeModel *model = m_window->model();
        QVERIFY(model->setData(model->indexForField(field, ConfigTreeModel::OverrideColumn), value, Qt::EditRole));
        // Let the table's own tag lookup of the new image end first: a review whose tag check
        // starts while that lookup is in flight can wait forever (reported; not this test's subject).
        KnownTags *known = m_services->tagLookup()->knownTags();
        QTRY_VERIFY_WITH_TIMEOUT(known->status(value) != KnownTags::Status::Loading, 15000);
        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        confirmReview();
        QTRY_VERIFY(!m_services->session()->isBusy());
    }

    HistoryWindow *openHistory()
    {
        m_window->findChild<QAction *>(QStringLiteral("historyAction"))->trigger();
        HistoryWindow *history = visible<HistoryWindow>(m_window.get());
        if (history && !QTest::qWaitForWindowExposed(history))
            return nullptr;
        return history;
    }

    static void clickRow(QTableWidget *table, int row)
    {
        const QRect rect = table->visualItemRect(table->item(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(qApp, QLocale(QLocale::English)); }
    void cleanup()
    {
        m_window.reset();
        AccountMemory::setStorePath({});
    }

    void historyListsAppliesFiltersAndExportsCsv()
    {
        QVERIFY(openSandbox());
        const QString before = server().value(kGit);
        applyEdit(kGit, kMine);
        HistoryWindow *history = openHistory();
        QVERIFY(history);
        // Its 980x620 gives way on the test platform's 800x600 screen.
        const QRect available = history->screen()->availableGeometry();
        QVERIFY(history->width() <= available.width() && history->height() <= available.height());
        QTableWidget *applies = history->appliesTable();
        QCOMPARE(applies->rowCount(), 1);
        clickRow(applies, 0);
        QTableWidget *fields = history->fieldsTable();
        QCOMPARE(fields->rowCount(), 1);
        QCOMPARE(fields->item(0, 0)->data(Qt::UserRole).toString(), kGit);
        QCOMPARE(fields->item(0, 1)->text(), before.isEmpty() ? QStringLiteral("(default)") : before);
        QCOMPARE(fields->item(0, 2)->text(), kMine);
        QCOMPARE(fields->item(0, 3)->text(), QStringLiteral("Yes"));
        QVERIFY(history->findChild<QLabel *>(QStringLiteral("historyDetails"))->text().contains(QStringLiteral("correlation IDs")));

        // Filtered to another module: nothing; back to all: the apply.
        auto *module = history->findChild<QComboBox *>(QStringLiteral("historyModuleFilter"));
        module->setCurrentIndex(module->findData(int(Module::Idp)));
        QCOMPARE(applies->rowCount(), 0);
        QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("revertButton"))->isEnabled());
        module->setCurrentIndex(0);
        QCOMPARE(applies->rowCount(), 1);
        auto *profile = history->findChild<QComboBox *>(QStringLiteral("historyProfileFilter"));
        QCOMPARE(profile->count(), 2); // all, and the sandbox
        QCOMPARE(profile->itemData(1).toString(), QStringLiteral("sandbox"));

        // Export the row as CSV through the save dialog.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apply.csv"));
        clickRow(applies, 0);
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
        auto *dialog = visible<QFileDialog>(history, QStringLiteral("csvFileDialog"));
        QVERIFY(dialog);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() checks the name first
        QTRY_VERIFY(QFile::exists(path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("id,applied_at,profile,account")), qPrintable(text));
        QVERIFY2(text.contains(kGit + QLatin1Char(',')) && text.contains(kMine), qPrintable(text));
    }

    void revertQueuesTheInverseForTheReview()
    {
        QVERIFY(openSandbox());
        const ImageMap original = server();
        applyEdit(kGit, kMine);
        QCOMPARE(server().value(kGit), kMine);
        HistoryWindow *history = openHistory();
        clickRow(history->appliesTable(), 0);
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("revertButton")), Qt::LeftButton);
        // The inverse is queued and the review opens: nothing is sent before the click.
        QCOMPARE(m_services->document()->pendingCount(), 1);
        QCOMPARE(server().value(kGit), kMine);
        confirmReview();
        QTRY_COMPARE(server().value(kGit), original.value(kGit));
        QCOMPARE(server().contains(kGit), original.contains(kGit));
        // The revert is itself an apply in the history.
        QTRY_COMPARE(history->appliesTable()->rowCount(), 2);
    }

    void revertNamesWhatChangedSinceAndApplyStillChecks()
    {
        QVERIFY(openSandbox());
        applyEdit(kGit, kMine);
        const qint64 id = m_window->memory()->recorder()->history().applies().first().id;

        // Someone changes the field after the apply; the window has loaded it.
        setOnServer(kGit, kTheirs);
        reload();
        QVERIFY(m_window->memory()->revertApply(id));
        MessageBar *messages = m_window->memory()->messages();
        QVERIFY2(messages->text().contains(QStringLiteral("Git clone")), qPrintable(messages->text()));
        QCOMPARE(messages->level(), MessageBar::Level::Warning);
        auto *review = visible<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        review->reject();
        m_services->document()->discardAll();

        // Changed again after the revert was queued: the apply's conflict check stops and asks.
        QVERIFY(m_window->memory()->revertApply(id));
        setOnServer(kGit, QStringLiteral("harness/drone-git:1.8.0-rootless"));
        QSignalSpy conflicts(m_services->session(), &AccountSession::conflictsFound);
        confirmReview(false);
        QVERIFY(conflicts.count() == 1 || conflicts.wait(15000));
        QVERIFY(visible<ConflictDialog>(m_window.get()));
    }

    void sinceLastLookShowsNewDefaultsAndOutsideChanges()
    {
        QVERIFY(openSandbox());
        SinceLastLookPanel *panel = m_window->memory()->sinceLastLookPanel();
        QVERIFY(!panel->isVisible()); // nothing earlier to compare with

        // Harness releases a new add-on; someone changes the git clone override in the web UI.
        SandboxStore &store = m_services->sandbox()->store();
        ImageMap defaults = store.defaults(Module::Ci, Infra::K8);
        defaults.insert(kAddon, QStringLiteral("harness/ci-addon:9.0.0"));
        store.setDefaults(Module::Ci, Infra::K8, defaults);
        setOnServer(kGit, kTheirs);
        reload();
        QVERIFY(panel->isVisible());
        const QString text = panel->text();
        QVERIFY2(text.contains(QStringLiteral("Harness changed 1 default")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("harness/ci-addon:9.0.0")), qPrintable(text));
        // (English plural forms come with the next translation update: match around them.)
        QVERIFY2(text.contains(QStringLiteral("1 override")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("changed outside this app")), qPrintable(text));
        QVERIFY2(text.contains(kTheirs), qPrintable(text));

        // One click selects the rows.
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("showChangedRowsButton")), Qt::LeftButton);
        QStringList selected;
        for (const QModelIndex &row : m_window->view()->selectionModel()->selectedRows())
            selected << row.data(ConfigTreeModel::FieldKeyRole).toString();
        selected.sort();
        QCOMPARE(selected, (QStringList{kAddon, kGit}));

        // Loaded again with nothing new: still there until dismissed; dismissed, it stays away.
        reload();
        QVERIFY(panel->isVisible());
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("dismissSinceLastLookButton")), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
        reload();
        QVERIFY(!panel->isVisible());
        // A new change is news again.
        setOnServer(kGit, kMine);
        reload();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->text().contains(kMine));
    }

    void theOfferNamesFieldsTheServerChangedSince()
    {
        QTemporaryDir dir;
        AccountMemory::setStorePath(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(openSandbox());
        ConfigTreeModel *model = m_window->model();
        const QString addon = QStringLiteral("harness/ci-addon:1.16.99");
        QVERIFY(model->setData(model->indexForField(kGit, ConfigTreeModel::OverrideColumn), kMine, Qt::EditRole));
        QVERIFY(model->setData(model->indexForField(kAddon, ConfigTreeModel::OverrideColumn), addon, Qt::EditRole));
        m_window.reset(); // gone without a word, like a crash: the queue was journaled

        QVERIFY(openSandbox());
        JournalRestoreBar *bar = m_window->memory()->restoreBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->changedFields().isEmpty());
        // The server's git clone override changes before the user answers.
        setOnServer(kGit, kTheirs);
        reload();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->changedFields(), QStringList{kGit});
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("journalText"))->text().contains(QStringLiteral("changed on the server since")));
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("restoreUnchangedButton")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(m_services->document()->pendingChanges(),
                 (QList<PendingChange>{{kAddon, PendingChange::Kind::Set, addon}}));
    }

    void discardedJournalsAreNotOfferedAgain()
    {
        QTemporaryDir dir;
        AccountMemory::setStorePath(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(openSandbox());
        ConfigTreeModel *model = m_window->model();
        QVERIFY(model->setData(model->indexForField(kGit, ConfigTreeModel::OverrideColumn), kMine, Qt::EditRole));
        m_window.reset();
        QVERIFY(openSandbox());
        JournalRestoreBar *bar = m_window->memory()->restoreBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("journalText"))->text().contains(kMine));
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("discardJournalButton")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY(!m_services->document()->hasPendingChanges());
        m_window.reset();
        QVERIFY(openSandbox());
        QVERIFY(!m_window->memory()->restoreBar()->isVisible());
    }

    void anotherAccountsJournalIsNeverOffered()
    {
        QTemporaryDir dir;
        AccountMemory::setStorePath(dir.filePath(QStringLiteral("store.sqlite")));
        {
            LocalStore store(dir.filePath(QStringLiteral("store.sqlite")));
            PendingJournal journal(&store);
            QVERIFY(journal.write(StoreScope::forProfile(QStringLiteral("other-profile"), QStringLiteral("acct9"),
                                                         Module::Ci, Infra::K8),
                                  {}, {{kGit, PendingChange::Kind::Set, kMine}}));
        }
        QVERIFY(openSandbox());
        QVERIFY(!m_window->memory()->restoreBar()->isVisible());
        QVERIFY(!m_services->document()->hasPendingChanges());
        // Not forgotten either: the window says where they wait.
        const QString note = m_window->memory()->messages()->text();
        QVERIFY2(note.contains(QStringLiteral("acct9")) && note.contains(QStringLiteral("other-profile")), qPrintable(note));
    }

    void aDamagedStoreIsSaidInTheWindowAndTheWindowWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();
        AccountMemory::setStorePath(path);
        QVERIFY(openSandbox());
        MessageBar *messages = m_window->memory()->messages();
        QVERIFY(messages->isVisible());
        QVERIFY2(messages->text().contains(QStringLiteral("moved to")), qPrintable(messages->text()));
        // And the fresh store works: an apply lands in the history.
        applyEdit(kGit, kMine);
        QCOMPARE(m_window->memory()->recorder()->history().applies().size(), 1);
    }

    void aRevertOfAnotherScopeIsRefusedInTheHistoryWindow()
    {
        QVERIFY(openSandbox());
        ApplyRecord elsewhere;
        elsewhere.scope = StoreScope::forProfile(QStringLiteral("sandbox"), QStringLiteral("sandbox"), Module::Ci, Infra::Vm);
        elsewhere.profileName = QStringLiteral("Sandbox");
        elsewhere.ok = true;
        elsewhere.fields = {{kGit, std::nullopt, kMine, true}};
        QVERIFY(m_window->memory()->recorder()->history().recordApply(elsewhere) > 0);
        HistoryWindow *history = openHistory();
        clickRow(history->appliesTable(), 0);
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("revertButton")), Qt::LeftButton);
        QVERIFY(!m_services->document()->hasPendingChanges());
        const QString status = history->findChild<QLabel *>(QStringLiteral("historyStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("Open that profile and scope")), qPrintable(status));
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
