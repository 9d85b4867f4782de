// Compare and promote, driven like a person would: the window's overrides beside another saved
// profile's account (a second sandbox) or the other infra of the same account, the differing rows
// marked, the filter, "Copy to" queuing exactly the chosen rows on the other side only, and its
// review applying there only, checked in the sandboxes' stores.

#include "core/configdocument.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "services/appservices.h"
#include "session/accountsession.h"
#include "session/otherscope.h"
#include "ui/applyreviewdialog.h"
#include "ui/comparemodel.h"
#include "ui/comparewindow.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kLite = QStringLiteral("liteEngineTag");
const QString kGit = QStringLiteral("gitCloneTag");
const QString kCache = QStringLiteral("cacheGCSTag");
const QString kStagingAddon = QStringLiteral("harness/ci-addon:1.16.93");
const QString kProductionAddon = QStringLiteral("harness/ci-addon:1.16.80");
const QString kStagingLite = QStringLiteral("harness/ci-lite-engine:1.16.93");
const QString kGitBoth = QStringLiteral("harness/drone-git:1.6.10-rootless");
const QString kProductionCache = QStringLiteral("plugins/cache:1.9.1");
constexpr int kWaitMs = 20000;

template<typename T>
T *waitForChild(QWidget *parent, const QString &name = {})
{
    for (int i = 0; i < 400; ++i) {
        const QList<T *> children = parent->findChildren<T *>(name);
        for (T *child : children) {
            if (child->isVisible())
                return child;
        }
        QTest::qWait(25);
    }
    return nullptr;
}

void seed(SandboxServer &server, Infra infra, const QList<SandboxStore::Update> &updates)
{
    QString failure;
    QVERIFY2(server.store().update(server.accountId(), Module::Ci, infra, updates, &failure), qPrintable(failure));
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SandboxServer> m_staging;    // the window's account
    std::unique_ptr<SandboxServer> m_production; // a saved profile's account
    std::unique_ptr<MainWindow> m_window;        // declared last: it goes first
    AppServices *m_services = nullptr;
    QString m_productionId;

    ConfigDocument *document() const { return m_services->document(); }

    // Opens the staging account in the window, then the compare window from the View menu.
    CompareWindow *openCompare()
    {
        m_services = new AppServices(m_profiles.get(), m_secrets.get());
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(Connection { m_staging->gatewayUrl(), m_staging->accountId(), m_staging->apiKey() },
                                 QStringLiteral("Staging"));
        if (!loaded.wait(kWaitMs) || !loaded.first().first().toBool())
            return nullptr;
        auto *action = m_window->findChild<QAction *>(QStringLiteral("compareAction"));
        if (!action)
            return nullptr;
        action->trigger();
        return waitForChild<CompareWindow>(m_window.get(), QStringLiteral("compareWindow"));
    }

    static QModelIndex rowOf(QAbstractItemModel *model, const QString &field)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, CompareModel::FieldColumn);
            if (index.data(CompareModel::FieldKeyRole).toString() == field)
                return index;
        }
        return {};
    }

    static QStringList differingFields(QAbstractItemModel *model)
    {
        QStringList fields;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, CompareModel::FieldColumn);
            if (index.data(CompareModel::DiffersRole).toBool())
                fields.append(index.data(CompareModel::FieldKeyRole).toString());
        }
        return fields;
    }

    // Selects the rows of these fields in the view, as ctrl-clicks would.
    static void select(CompareWindow *compare, const QStringList &fields)
    {
        QTreeView *view = compare->view();
        view->clearSelection();
        for (const QString &field : fields) {
            const QModelIndex index = rowOf(view->model(), field);
            QVERIFY2(index.isValid(), qPrintable(field));
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static QMap<QString, PendingChange> pendingOf(const ConfigDocument *document)
    {
        QMap<QString, PendingChange> pending;
        const QList<PendingChange> changes = document->pendingChanges();
        for (const PendingChange &change : changes)
            pending.insert(change.field, change);
        return pending;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_staging = std::make_unique<SandboxServer>();
        m_production = std::make_unique<SandboxServer>();
        QVERIFY(m_staging->start());
        QVERIFY(m_production->start());
        QVERIFY(m_staging->accountId() != m_production->accountId());

        Profile production;
        production.name = QStringLiteral("Production");
        production.cluster = Cluster::Custom;
        production.customUrl = m_production->gatewayUrl().toString();
        production.accountId = m_production->accountId();
        production.isProduction = true;
        m_productionId = m_profiles->add(production).id;
        std::optional<SecretResult> written;
        m_secrets->write(m_productionId, m_production->apiKey(), this,
                         [&written](const SecretResult &result) { written = result; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());

        // Staging pins a newer add-on and lite engine; production pins an older add-on and a cache
        // image; both pin the same git clone image.
        seed(*m_staging, Infra::K8, { { kAddon, true, kStagingAddon }, { kLite, true, kStagingLite }, { kGit, true, kGitBoth } });
        seed(*m_production, Infra::K8,
             { { kAddon, true, kProductionAddon }, { kGit, true, kGitBoth }, { kCache, true, kProductionCache } });
    }

    void cleanup()
    {
        m_window.reset();
        m_staging.reset();
        m_production.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void differingRowsAreMarkedAndFiltered()
    {
        CompareWindow *compare = openCompare();
        QVERIFY(compare);
        QAbstractItemModelTester modelTester(compare->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(compare->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy windowSnapshots(document(), &ConfigDocument::snapshotChanged);
        // The other infra of this account loads first, on its own; then production is chosen.
        QTRY_VERIFY_WITH_TIMEOUT(compare->other() && compare->other()->isLoaded(), kWaitMs);
        const int stagingRequests = m_staging->requestCount();

        auto *choice = compare->findChild<QComboBox *>(QStringLiteral("compareChoiceBox"));
        QVERIFY(choice);
        QVERIFY(choice->findData(m_productionId) >= 0);
        QVERIFY(!choice->accessibleName().isEmpty());
        compare->compareWith(m_productionId);
        QTRY_VERIFY_WITH_TIMEOUT(compare->other()->isLoaded(), kWaitMs);
        QTRY_VERIFY(compare->findChild<QLabel *>(QStringLiteral("compareProductionLabel"))->isVisible());

        QAbstractItemModel *model = compare->model();
        QCOMPARE(differingFields(model), (QStringList { kAddon, kLite, kCache }));
        QCOMPARE(rowOf(model, kAddon).siblingAtColumn(CompareModel::DiffersColumn).data().toString(),
                 QStringLiteral("Differs"));
        QVERIFY(rowOf(model, kGit).siblingAtColumn(CompareModel::DiffersColumn).data().toString().isEmpty());
        QCOMPARE(rowOf(model, kAddon).siblingAtColumn(CompareModel::HereColumn).data().toString(), kStagingAddon);
        QCOMPARE(rowOf(model, kAddon).siblingAtColumn(CompareModel::ThereColumn).data().toString(), kProductionAddon);
        QVERIFY(rowOf(model, kCache).siblingAtColumn(CompareModel::HereColumn).data().toString().startsWith(QStringLiteral("Default")));

        QTreeView *view = compare->view();
        const int allRows = view->model()->rowCount();
        QVERIFY(allRows > 10);
        auto *only = compare->findChild<QCheckBox *>(QStringLiteral("onlyDifferences"));
        QVERIFY(only && !only->accessibleName().isEmpty());
        QTest::mouseClick(only, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(differingFields(view->model()), (QStringList { kAddon, kLite, kCache }));
        QTest::mouseClick(only, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), allRows);

        // Loading the other side left the window's scope alone: no new snapshot, nothing queued,
        // no request to its account.
        QCOMPARE(windowSnapshots.count(), 0);
        QCOMPARE(document()->pendingCount(), 0);
        QCOMPARE(document()->snapshot().overrides().value(kAddon), kStagingAddon);
        QCOMPARE(m_staging->requestCount(), stagingRequests);
    }

    void copyToQueuesOnlyTheChosenRowsAndAppliesThereOnly()
    {
        CompareWindow *compare = openCompare();
        QVERIFY(compare);
        QSignalSpy windowFields(document(), &ConfigDocument::fieldChanged);
        compare->compareWith(m_productionId);
        QTRY_VERIFY_WITH_TIMEOUT(compare->other()->isLoaded(), kWaitMs);
        ConfigDocument *there = compare->other()->document();

        auto *copy = compare->findChild<QPushButton *>(QStringLiteral("copyToOther"));
        auto *review = compare->findChild<QPushButton *>(QStringLiteral("reviewOther"));
        QVERIFY(copy && review);
        QVERIFY(!copy->isEnabled()); // nothing chosen yet
        QVERIFY(!review->isEnabled());
        QVERIFY(!copy->accessibleName().isEmpty() && !review->accessibleName().isEmpty());

        // The add-on is promoted; production's cache override, which staging lacks, goes back to
        // the default. The lite engine, which differs too, is not chosen and stays as it is.
        select(compare, { kAddon, kCache });
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QMap<QString, PendingChange> pending = pendingOf(there);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.value(kAddon), (PendingChange { kAddon, PendingChange::Kind::Set, kStagingAddon }));
        QCOMPARE(pending.value(kCache), (PendingChange { kCache, PendingChange::Kind::Reset, {} }));
        QVERIFY(rowOf(compare->model(), kAddon).data(CompareModel::QueuedThereRole).toBool());
        QVERIFY(!rowOf(compare->model(), kLite).data(CompareModel::QueuedThereRole).toBool());
        QCOMPARE(document()->pendingCount(), 0);
        QCOMPARE(windowFields.count(), 0);
        QVERIFY(review->isEnabled());

        // The review names the production account with its banner, and applies there.
        const int stagingRequests = m_staging->requestCount();
        QTest::mouseClick(review, Qt::LeftButton);
        auto *dialog = waitForChild<ApplyReviewDialog>(compare);
        QVERIFY(dialog);
        QCOMPARE(dialog->changeCount(), 2);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("productionBanner")));
        QSignalSpy applied(compare->other()->session(), &AccountSession::applied);
        dialog->accept();
        QVERIFY(applied.wait(kWaitMs));
        QCOMPARE(applied.first().first().toInt(), 2);
        QCOMPARE(there->pendingCount(), 0);

        const ImageMap production = m_production->store().overrides(m_production->accountId(), Module::Ci, Infra::K8);
        QCOMPARE(production.value(kAddon), kStagingAddon);
        QVERIFY(!production.contains(kCache));
        QVERIFY(!production.contains(kLite));
        QCOMPARE(production.value(kGit), kGitBoth);
        const ImageMap staging = m_staging->store().overrides(m_staging->accountId(), Module::Ci, Infra::K8);
        QCOMPARE(staging, (ImageMap { { kAddon, kStagingAddon }, { kLite, kStagingLite }, { kGit, kGitBoth } }));
        QCOMPARE(m_staging->requestCount(), stagingRequests);
        QCOMPARE(document()->pendingCount(), 0);

        // Read back: the promoted rows no longer differ.
        QTRY_COMPARE(differingFields(compare->model()), (QStringList { kLite }));
    }

    void otherInfrastructureOfTheSameAccount()
    {
        seed(*m_staging, Infra::Vm, { { kGit, true, QStringLiteral("harness/drone-git:1.6.9") } });
        CompareWindow *compare = openCompare();
        QVERIFY(compare);
        QSignalSpy windowSnapshots(document(), &ConfigDocument::snapshotChanged);
        // The other infra is the first choice, and loads at once.
        auto *choice = compare->findChild<QComboBox *>(QStringLiteral("compareChoiceBox"));
        QCOMPARE(choice->currentData().toString(), CompareWindow::otherInfraChoice());
        QTRY_VERIFY_WITH_TIMEOUT(compare->other() && compare->other()->isLoaded(), kWaitMs);
        QCOMPARE(compare->other()->session()->infra(), Infra::Vm);
        QVERIFY(!compare->findChild<QLabel *>(QStringLiteral("compareProductionLabel"))->isVisible());

        // The add-on and lite engine are K8 only: they differ, yet cannot be copied to VM.
        QCOMPARE(differingFields(compare->model()), (QStringList { kAddon, kLite, kGit }));
        QVERIFY(rowOf(compare->model(), kAddon).siblingAtColumn(CompareModel::ThereColumn).data().toString()
                    .contains(QStringLiteral("Not listed")));
        select(compare, { kAddon, kGit });
        QCOMPARE(compare->copySelectedToOther(), 1);
        QCOMPARE(pendingOf(compare->other()->document()).keys(), QStringList { kGit });
        QVERIFY(compare->findChild<QLabel *>(QStringLiteral("compareStatus"))->text().contains(QStringLiteral("Not listed")));

        compare->reviewOther();
        auto *dialog = waitForChild<ApplyReviewDialog>(compare);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("productionBanner")));
        QSignalSpy applied(compare->other()->session(), &AccountSession::applied);
        dialog->accept();
        QVERIFY(applied.wait(kWaitMs));

        const QString account = m_staging->accountId();
        QCOMPARE(m_staging->store().overrides(account, Module::Ci, Infra::Vm), (ImageMap { { kGit, kGitBoth } }));
        QCOMPARE(m_staging->store().overrides(account, Module::Ci, Infra::K8),
                 (ImageMap { { kAddon, kStagingAddon }, { kLite, kStagingLite }, { kGit, kGitBoth } }));
        QVERIFY(m_production->store().overrides(m_production->accountId(), Module::Ci, Infra::Vm).isEmpty());
        // The window's K8 scope was never reloaded nor queued into.
        QCOMPARE(windowSnapshots.count(), 0);
        QCOMPARE(document()->pendingCount(), 0);
        QCOMPARE(document()->snapshot().infra(), Infra::K8);
    }

    void queuedChangesAreNotDroppedSilently()
    {
        CompareWindow *compare = openCompare();
        QVERIFY(compare);
        QTRY_VERIFY_WITH_TIMEOUT(compare->other() && compare->other()->isLoaded(), kWaitMs);
        select(compare, { kGit });
        QCOMPARE(compare->copySelectedToOther(), 1);
        OtherScope *vm = compare->other();

        // Another side chosen: asked first; Cancel keeps the VM side and what is queued there.
        compare->compareWith(m_productionId);
        auto *prompt = waitForChild<QMessageBox>(compare, QStringLiteral("dropQueuedPrompt"));
        QVERIFY(prompt);
        prompt->button(QMessageBox::Cancel)->click();
        QCOMPARE(compare->other(), vm);
        QCOMPARE(vm->document()->pendingCount(), 1);
        auto *choice = compare->findChild<QComboBox *>(QStringLiteral("compareChoiceBox"));
        QCOMPARE(choice->currentData().toString(), CompareWindow::otherInfraChoice());

        // Closing asks too; "Drop them" closes, and nothing was sent to either account.
        const ImageMap vmBefore = m_staging->store().overrides(m_staging->accountId(), Module::Ci, Infra::Vm);
        QPointer<CompareWindow> guard(compare);
        compare->close();
        QVERIFY(guard);
        prompt = waitForChild<QMessageBox>(compare, QStringLiteral("dropQueuedPrompt"));
        QVERIFY(prompt);
        const QList<QAbstractButton *> buttons = prompt->buttons();
        for (QAbstractButton *button : buttons) {
            if (prompt->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QTRY_VERIFY(!guard);
        QCOMPARE(m_staging->store().overrides(m_staging->accountId(), Module::Ci, Infra::Vm), vmBefore);
        QCOMPARE(document()->pendingCount(), 0);
    }

    void keyboardReachesEveryControl()
    {
        CompareWindow *compare = openCompare();
        QVERIFY(compare);
        QTRY_VERIFY_WITH_TIMEOUT(compare->other() && compare->other()->isLoaded(), kWaitMs);
        const QList<QWidget *> controls = compare->findChildren<QWidget *>();
        for (QWidget *control : controls) {
            if (!control->isVisible() || control->focusPolicy() == Qt::NoFocus || control->parentWidget() != compare)
                continue;
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        }
        // Down selects a row, and the copy button takes it.
        compare->activateWindow();
        compare->view()->setFocus();
        QTest::keyClick(compare->view(), Qt::Key_Down);
        QTest::keyClick(compare->view(), Qt::Key_Home);
        QVERIFY(compare->view()->selectionModel()->hasSelection());
        QVERIFY(compare->findChild<QPushButton *>(QStringLiteral("copyToOther"))->isEnabled());
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
