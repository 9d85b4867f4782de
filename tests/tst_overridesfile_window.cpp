// File > Export overrides… and File > Import overrides…, driven like a person would against two
// sandbox accounts: the round trip from one account to another through the review, fields the
// target does not list and scopes the window does not show said, and a file from another account
// queued only after the user agreed.

#include "core/configdocument.h"
#include "core/overridesfile.h"
#include "sandbox/sandboxserver.h"
#include "services/appservices.h"
#include "session/accountsession.h"
#include "ui/applyreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/overridesfileactions.h"
#include "session/translations.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kGit = QStringLiteral("gitCloneTag");
const QString kLite = QStringLiteral("liteEngineTag");
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

QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

void store(SandboxServer &server, Module module, Infra infra, const ImageMap &images)
{
    QList<SandboxStore::Update> updates;
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        updates.append({ it.key(), true, it.value() });
    QString failure;
    if (!server.store().update(server.accountId(), module, infra, updates, &failure))
        qWarning("sandbox refused the overrides: %s", qPrintable(failure));
}

SandboxServer::Options account(const QString &id)
{
    SandboxServer::Options options;
    options.accountId = id;
    return options;
}

} // namespace

class TestOverridesFileWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_source; // declared first: the windows go before them
    std::unique_ptr<SandboxServer> m_target;
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr;
    QTemporaryDir m_dir;

    MainWindow *openWindow(SandboxServer &server, Module module = Module::Ci, Infra infra = Infra::K8)
    {
        m_window.reset();
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(Connection { server.gatewayUrl(), server.accountId(), server.apiKey() },
                                 QStringLiteral("account %1").arg(server.accountId()), module, infra);
        if (!loaded.wait(kWaitMs) || !loaded.first().first().toBool())
            return nullptr;
        return m_window.get();
    }

    OverridesFileActions *files() const { return m_window->findChild<OverridesFileActions *>(); }

    // Export as the user does, the file dialog answered with `name`; returns what it said.
    bool exportTo(const QString &name, OverridesFileActions::ExportScope scope)
    {
        QSignalSpy done(files(), &OverridesFileActions::finished);
        OverridesFileActions::setNextExportScope(scope);
        OverridesFileActions::setNextFileName(name);
        m_window->findChild<QAction *>(QStringLiteral("exportOverrides"))->trigger();
        return (!done.isEmpty() || done.wait(kWaitMs)) && done.first().first().toBool();
    }

    void importFrom(const QString &name)
    {
        OverridesFileActions::setNextFileName(name);
        m_window->findChild<QAction *>(QStringLiteral("importOverrides"))->trigger();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    int updateRequests(const SandboxServer &server) const
    {
        int count = 0;
        const QList<SandboxServer::RecordedRequest> requests = server.requests();
        for (const SandboxServer::RecordedRequest &request : requests)
            count += request.path.endsWith(QLatin1String("update-config")) || request.path.endsWith(QLatin1String("reset-config"));
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings of this test, not the user's
        installTranslations(qApp, QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_source = std::make_unique<SandboxServer>(account(QStringLiteral("stagingAccount")));
        m_target = std::make_unique<SandboxServer>(account(QStringLiteral("productionAccount")));
        QVERIFY(m_source->start() && m_target->start());
        store(*m_source, Module::Ci, Infra::K8,
              { { kGit, QStringLiteral("mirror.example.com/harness/drone-git:1.7.0") },
                { kLite, QStringLiteral("harness/ci-lite-engine:1.16.80") } });
        // The target differs: another gitCloneTag, and an override the source lacks.
        store(*m_target, Module::Ci, Infra::K8,
              { { kGit, QStringLiteral("harness/drone-git:1.6.0") }, { kAddon, QStringLiteral("harness/ci-addon:1.16.10") } });
    }

    void cleanup()
    {
        m_window.reset();
        m_source.reset();
        m_target.reset();
    }

    void anExportImportedIntoAnotherAccountAndAppliedMatches()
    {
        QVERIFY(openWindow(*m_source));
        const QString path = m_dir.filePath(QStringLiteral("staging.json"));
        QVERIFY(exportTo(path, OverridesFileActions::ExportScope::Current));

        QVERIFY(openWindow(*m_target));
        importFrom(path);
        // From another account: said, and queued only once the user agrees.
        auto *question = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("otherAccountQuestion"));
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("stagingAccount"))
                     && question->text().contains(QStringLiteral("productionAccount")),
                 qPrintable(question->text()));
        QCOMPARE(m_services->document()->pendingCount(), 0);
        buttonWithRole(question, QMessageBox::AcceptRole)->click();

        // The review shows the file's changes before anything is sent.
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QCOMPARE(review->changeCount(), 3); // gitCloneTag and liteEngineTag set, addonTag reset
        QCOMPARE(updateRequests(*m_target), 0);
        QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this] {
            return !m_services->session()->isBusy() && !m_services->document()->hasPendingChanges();
        }, kWaitMs));
        QCOMPARE(m_target->store().overrides(m_target->accountId(), Module::Ci, Infra::K8),
                 m_source->store().overrides(m_source->accountId(), Module::Ci, Infra::K8));
    }

    void aFileFromAnotherAccountIsNotQueuedWhenTheUserSaysNo()
    {
        QVERIFY(openWindow(*m_source));
        const QString path = m_dir.filePath(QStringLiteral("declined.json"));
        QVERIFY(exportTo(path, OverridesFileActions::ExportScope::Current));
        QVERIFY(openWindow(*m_target));
        QSignalSpy done(files(), &OverridesFileActions::finished);
        importFrom(path);
        auto *question = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("otherAccountQuestion"));
        QVERIFY(question);
        buttonWithRole(question, QMessageBox::RejectRole)->click();
        QVERIFY(!done.isEmpty() || done.wait(kWaitMs));
        QCOMPARE(m_services->document()->pendingCount(), 0);
    }

    void unknownFieldsAndOtherScopesAreSaidNotDropped()
    {
        QVERIFY(openWindow(*m_target));
        OverridesFile file;
        file.account = m_target->accountId();
        file.scopes.append({ Module::Ci, Infra::K8,
                             { { kGit, QStringLiteral("mirror.example.com/harness/drone-git:1.7.0") },
                               { QStringLiteral("noSuchField"), QStringLiteral("acme/none:1") },
                               { kAddon, QStringLiteral("harness/ci-addon:1.16.10") } } });
        file.scopes.append({ Module::Iacm, Infra::K8, { { QStringLiteral("iacmTerraform"), QStringLiteral("acme/tf:1") } } });
        const QString path = writeFile(QStringLiteral("unknown.json"), file.toJson());

        importFrom(path);
        auto *report = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("overridesFileReport"));
        QVERIFY(report);
        const QString details = report->informativeText();
        QVERIFY2(details.contains(QStringLiteral("noSuchField")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("iacm/K8")), qPrintable(details));
        // What the account lists is queued; the rest is not, and nothing is sent.
        QVERIFY(m_services->document()->pendingChange(kGit).has_value());
        QVERIFY(!m_services->document()->pendingChange(QStringLiteral("noSuchField")).has_value());
        QCOMPARE(m_services->document()->pendingCount(), 1);
        report->button(QMessageBox::Ok)->click();
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QCOMPARE(review->changeCount(), 1);
        review->reject();
        QCOMPARE(updateRequests(*m_target), 0);
    }

    void aFileWithoutTheWindowsScopeQueuesNothing()
    {
        QVERIFY(openWindow(*m_target));
        OverridesFile file;
        file.account = m_target->accountId();
        file.scopes.append({ Module::Idp, Infra::Vm, {} });
        importFrom(writeFile(QStringLiteral("idp.json"), file.toJson()));
        auto *report = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("overridesFileReport"));
        QVERIFY(report);
        QVERIFY2(report->text().contains(QStringLiteral("ci/K8")), qPrintable(report->text()));
        QVERIFY2(report->informativeText().contains(QStringLiteral("idp/VM")), qPrintable(report->informativeText()));
        QCOMPARE(m_services->document()->pendingCount(), 0);
    }

    void aBrokenFileIsExplainedAndQueuesNothing()
    {
        QVERIFY(openWindow(*m_target));
        importFrom(writeFile(QStringLiteral("broken.json"), QByteArrayLiteral("{\"format\": \"something else\"}")));
        auto *report = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("overridesFileReport"));
        QVERIFY(report);
        QVERIFY2(report->informativeText().contains(QStringLiteral("something else")), qPrintable(report->informativeText()));
        QCOMPARE(m_services->document()->pendingCount(), 0);
    }

    void exportAllWritesEveryScopeAsTerraformAndLeavesTheWindowsScope()
    {
        store(*m_source, Module::Iacm, Infra::Vm, { { QStringLiteral("iacmTerraform"), QStringLiteral("acme/tf:1") } });
        QVERIFY(openWindow(*m_source));
        const QString path = m_dir.filePath(QStringLiteral("all.tf"));
        QVERIFY(exportTo(path, OverridesFileActions::ExportScope::All));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("# Default-image overrides of Harness account stagingAccount")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("resource \"harness_platform_default_images\"")), 3);
        QVERIFY2(text.contains(QStringLiteral("\"iacm_vm_iacmTerraform\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"ci_k8_gitCloneTag\"")), qPrintable(text));
        QCOMPARE(m_services->session()->module(), Module::Ci);
        QCOMPARE(m_services->document()->snapshot().module(), Module::Ci);
    }

    void copyAsTerraformInTheReviewHasTheOverridesAsTheyWillBe()
    {
        QVERIFY(openWindow(*m_target));
        ConfigDocument *document = m_services->document();
        QVERIFY(document->setOverride(kGit, QStringLiteral("mirror.example.com/harness/drone-git:1.7.0")));
        document->resetField(kAddon);
        QVERIFY(document->setOverride(kLite, QStringLiteral("harness/ci-lite-engine:1.16.80")));
        QGuiApplication::clipboard()->clear();
        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("copyTerraform")), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("# Default-image overrides of Harness account account productionAccount")),
                 qPrintable(copied));
        QCOMPARE(copied.count(QStringLiteral("resource \"harness_platform_default_images\"")), 2);
        QVERIFY2(copied.contains(QStringLiteral("resource \"harness_platform_default_images\" \"ci_k8_gitCloneTag\" {\n"
                                                "  kind       = \"ci\"\n"
                                                "  infra_type = \"K8\"\n"
                                                "  field      = \"gitCloneTag\"\n"
                                                "  value      = \"mirror.example.com/harness/drone-git:1.7.0\"\n}")),
                 qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("\"ci_k8_liteEngineTag\"")), qPrintable(copied));
        QVERIFY2(!copied.contains(kAddon), qPrintable(copied)); // reset: back to the default, no resource
        QVERIFY(!copied.contains(m_target->apiKey()));
        review->reject();
        QCOMPARE(updateRequests(*m_target), 0);
    }
};

QTEST_MAIN(TestOverridesFileWindow)
#include "tst_overridesfile_window.moc"
