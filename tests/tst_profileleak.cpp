#include "tst_keychain_tools.h"

#include "core/configdocument.h"
#include "credentials/profilestore.h"
#include "credentials/keychainsecretstore.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"
#include "session/mirrorplan.h"
#include "ui/applyreviewdialog.h"
#include "services/appservices.h"
#include "store/history.h"
#include "store/localstore.h"
#include "ui/accountmemory.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/overridesfileactions.h"
#include "ui/profiledialog.h"
#include "ui/profileform.h"
#include "session/translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <memory>

using namespace hci;
using namespace hcitest;

namespace {

// Everything any part of the app printed during the test, whatever its category or level.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_testlibHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&g_logMutex);
        g_log.append(QLatin1String(context.category ? context.category : "default") + QStringLiteral(": ") + message);
    }
    if (g_testlibHandler && qEnvironmentVariableIsSet("HCI_LEAK_TEST_ECHO")) // to see where a failing run stopped
        g_testlibHandler(type, context, message);
}

// The root every file of the app goes under: HOME, the XDG directories and TMPDIR point into it.
QTemporaryDir *g_root = nullptr;

QString randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]));
    return token;
}

} // namespace

// A whole session in the real window with unique random keys: create a profile, load, edit,
// apply (with a copy as cURL), replace the key in the profile dialog, test it, fail an apply, quit.
// Then every file written under the session's HOME, XDG and temp directories (the local store's
// database too, also value by value), every log line and the clipboard are searched for the keys: zero hits.
class TestProfileLeak : public QObject
{
    Q_OBJECT

private:
    QString m_account = randomToken(22);
    QString m_key = QStringLiteral("pat.%1.%2.%3").arg(m_account, randomToken(24), randomToken(20));
    QString m_readOnlyKey = QStringLiteral("pat.%1.%2.%3").arg(m_account, randomToken(24), randomToken(20));

    template<typename T>
    static T *visible(QWidget *parent, const QString &name = {})
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            const QList<T *> all = parent->findChildren<T *>(name);
            for (T *candidate : all) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        });
        return shown ? found : nullptr;
    }

    // Every form a key could take in a file or a message.
    QList<QByteArray> needles() const
    {
        QList<QByteArray> forms;
        for (const QString &key : {m_key, m_readOnlyKey}) {
            forms << key.toUtf8();
            forms << QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2); // UTF-16
            forms << key.toUtf8().toBase64();
            forms << key.section(QLatin1Char('.'), 3).toUtf8(); // the secret part alone
        }
        return forms;
    }

    // Reviews and applies what is queued; true when the server confirmed it.
    void applyQueued(MainWindow &window, AppServices &services, bool copyFirst, bool expectOk)
    {
        QSignalSpy applied(services.session(), &AccountSession::applied);
        QSignalSpy failed(services.session(), &AccountSession::applyFailed);
        window.findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = visible<ApplyReviewDialog>(&window);
        QVERIFY(review);
        if (copyFirst)
            QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("copyCurl")), Qt::LeftButton);
        auto *confirm = review->findChild<QPushButton *>(QStringLiteral("confirmApply"));
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 15000);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() + failed.count() == 1, 15000);
        QCOMPARE(applied.count(), expectOk ? 1 : 0);
        QTRY_VERIFY(!services.session()->isBusy());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keyringSessionPresent(), "Run inside .ci/test's keyring session");
        installTranslations(qApp, QLocale(QLocale::English));
        // After QTest installed its own handler, so that every message of the run comes here.
        g_testlibHandler = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true")); // every category, Qt's own too
    }

    void cleanupTestCase()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(g_testlibHandler);
    }

    void aWholeSessionLeavesTheKeyNowhere()
    {
        SandboxServer::Options options;
        options.accountId = m_account;
        options.apiKey = m_key;
        options.readOnlyApiKey = m_readOnlyKey;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.start());

        const QString settingsFile = g_root->filePath(QStringLiteral("throwaway.ini"));
        const QString copyList = g_root->filePath(QStringLiteral("home/copies.txt"));
        const QStringList exportedFiles { g_root->filePath(QStringLiteral("home/overrides.json")),
                                          g_root->filePath(QStringLiteral("home/overrides.tf")), copyList,
                                          MirrorPlan::scriptFileName(copyList) };
        auto settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
        auto profiles = std::make_unique<ProfileStore>(settings.get());
        auto secrets = std::make_unique<KeychainSecretStore>();

        // Create a profile through the stores, its key in the keychain.
        Profile profile;
        profile.name = QStringLiteral("Leak check");
        profile.cluster = Cluster::Custom;
        profile.customUrl = sandbox.gatewayUrl().toString();
        profile.accountId = m_account;
        profile.isProduction = true;
        profile = profiles->add(profile);
        const auto written = writeKey(*secrets, profile.id, m_key, this);
        QVERIFY(written && written->ok());

        // The window keeps its journal and history in the app's data location, as it does for a user.
        const QString storeFile = LocalStore::defaultFilePath();
        AccountMemory::setStorePath(storeFile);
        {
            auto *services = new AppServices(profiles.get(), secrets.get()); // the window keeps them
            MainWindow window(services);
            services->client()->setRetryPolicy(RetryPolicy{2, std::chrono::milliseconds(5), std::chrono::milliseconds(20)});
            window.show();

            // Load.
            QSignalSpy loaded(&window, &MainWindow::loadFinished);
            window.openProfile(profile.id);
            QVERIFY(loaded.wait(15000));
            QVERIFY2(loaded.last().first().toBool(), qPrintable(loaded.last().at(1).toString()));

            // Edit and apply, copying the requests as cURL on the way.
            QVERIFY(services->document()->setOverride(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.93")));
            applyQueued(window, *services, true, true);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(services->document()->pendingCount(), 0);
            const QString clipboard = QGuiApplication::clipboard()->text();
            QVERIFY(clipboard.contains(QStringLiteral("update-config"))); // the copy happened

            // Export the overrides, as JSON and, of every scope, as Terraform: both files are searched below.
            for (const QString &exported : exportedFiles.mid(0, 2)) {
                auto *files = window.findChild<OverridesFileActions *>();
                QVERIFY(files);
                QSignalSpy done(files, &OverridesFileActions::finished);
                OverridesFileActions::setNextExportScope(exported.endsWith(QLatin1String(".tf"))
                        ? OverridesFileActions::ExportScope::All : OverridesFileActions::ExportScope::Current);
                OverridesFileActions::setNextFileName(exported);
                window.findChild<QAction *>(QStringLiteral("exportOverrides"))->trigger();
                QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 15000);
                QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
            }

            // Mirror mode's copy list and its skopeo script, as the mirror dialog writes them.
            const auto prefix = MirrorPrefix::parse(QStringLiteral("mirror.example.com/harness"));
            QVERIFY(prefix);
            QString whyNot;
            QVERIFY2(MirrorPlan::build(*services->document(), *prefix).saveCopyList(copyList, &whyNot), qPrintable(whyNot));

            // A server fault fails the next apply.
            QVERIFY(services->document()->setOverride(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.6.9")));
            sandbox.injectFault(SandboxServer::Fault::ServerError, -1);
            applyQueued(window, *services, false, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
            sandbox.clearFaults();

            // Replace the key in the profile dialog with one that may only read, test it, connect.
            window.findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
            auto *dialog = visible<ProfileDialog>(&window);
            QVERIFY(dialog);
            QCOMPARE(dialog->selectedId(), profile.id);
            auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
            QTest::keyClicks(keyEdit, m_readOnlyKey);
            QSignalSpy tested(dialog->form(), &ProfileForm::testFinished);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
            QVERIFY(tested.wait(15000));
            QVERIFY(tested.first().first().toBool());
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
            auto *prompt = visible<QMessageBox>(&window, QStringLiteral("pendingChangesPrompt"));
            QVERIFY(prompt); // the failed change is still queued
            loaded.clear();
            QTest::mouseClick(prompt->button(QMessageBox::Discard), Qt::LeftButton);
            QVERIFY(loaded.wait(15000));
            QVERIFY(loaded.last().first().toBool());

            // The read-only key fails the apply with 403.
            QVERIFY(services->document()->setOverride(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.94")));
            applyQueued(window, *services, false, false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
            QVERIFY(window.messageBar()->details().contains(QStringLiteral("403")));

            // Quit, dropping what is still queued.
            QVERIFY(!window.close());
            prompt = visible<QMessageBox>(&window, QStringLiteral("pendingChangesPrompt"));
            QVERIFY(prompt);
            QTest::mouseClick(prompt->button(QMessageBox::Discard), Qt::LeftButton);
            QTRY_VERIFY(!window.isVisible());
        }
        const auto removed = removeKey(*secrets, profile.id, this);
        QVERIFY(removed && removed->ok());
        secrets.reset();
        profiles.reset();
        settings.reset();

        // Search every file under the session's directories.
        QStringList searched;
        QStringList hits;
        QDirIterator files(g_root->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        const QList<QByteArray> forms = needles();
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            searched.append(path);
            const QByteArray content = file.readAll();
            for (const QByteArray &form : forms) {
                if (content.contains(form))
                    hits.append(path);
            }
        }
        QVERIFY2(searched.contains(settingsFile), qPrintable(searched.join(QLatin1Char('\n'))));
        for (const QString &exported : exportedFiles)
            QVERIFY2(searched.contains(exported), qPrintable(searched.join(QLatin1Char('\n'))));
        QVERIFY2(searched.contains(storeFile), qPrintable(searched.join(QLatin1Char('\n'))));
        AccountMemory::setStorePath({});
        // The store once more, value by value through SQL, and it did record this session.
        {
            LocalStore store(storeFile);
            QCOMPARE(store.status(), LocalStore::Status::Ready);
            QVERIFY(!History(&store).applies().isEmpty());
            QStringList tables;
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
            while (query.next())
                tables.append(query.value(0).toString());
            QVERIFY(tables.contains(QStringLiteral("journal")) && tables.contains(QStringLiteral("applies")));
            for (const QString &table : std::as_const(tables)) {
                QVERIFY(query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
                while (query.next()) {
                    for (int column = 0; column < query.record().count(); ++column) {
                        const QByteArray value = query.value(column).toString().toUtf8();
                        for (const QByteArray &form : forms) {
                            if (value.contains(form))
                                hits.append(storeFile + QLatin1Char(':') + table);
                        }
                    }
                }
            }
        }
        if (qEnvironmentVariableIsSet("HCI_LEAK_TEST_ECHO"))
            std::fprintf(stderr, "searched:\n%s\n", qPrintable(searched.join(QLatin1Char('\n'))));
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("a key is in: ") + hits.join(QStringLiteral(", "))));

        // And everything printed, and the clipboard.
        const QMutexLocker locker(&g_logMutex);
        QVERIFY(g_log.size() > 10);
        QVERIFY(!g_log.filter(QStringLiteral("hci.harness")).isEmpty());
        QVERIFY(!g_log.filter(QStringLiteral("hci.credentials")).isEmpty());
        QStringList printedHits;
        int appLines = 0;
        for (const QString &line : std::as_const(g_log)) {
            // The in-process sandbox plays Harness: what the server side logs about the requests it
            // received is the far end's log, not the app's (Qt's own HTTP server logs headers at debug).
            if (line.startsWith(QLatin1String("qt.httpserver")) || line.startsWith(QLatin1String("hci.sandbox")))
                continue;
            ++appLines;
            QByteArray bytes = line.toUtf8();
            bool hit = false;
            for (const QByteArray &form : forms) {
                hit = hit || bytes.contains(form);
                bytes.replace(form, "<KEY>"); // say where, with the key itself blacked out
            }
            if (hit)
                printedHits.append(QString::fromUtf8(bytes));
        }
        QVERIFY(appLines > 10);
        QVERIFY2(printedHits.isEmpty(), qPrintable(printedHits.join(QLatin1Char('\n'))));
        const QByteArray clipboard = QGuiApplication::clipboard()->text().toUtf8();
        for (const QByteArray &form : forms)
            QVERIFY2(!clipboard.contains(form), "a key is on the clipboard");
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir root;
    if (!root.isValid())
        return 2;
    g_root = &root;
    const auto point = [&root](const char *variable, const QString &sub) {
        const QString path = root.filePath(sub);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(variable, QFile::encodeName(path));
    };
    point("HOME", QStringLiteral("home"));
    point("XDG_CONFIG_HOME", QStringLiteral("config"));
    point("XDG_CACHE_HOME", QStringLiteral("cache"));
    point("XDG_DATA_HOME", QStringLiteral("data"));
    point("XDG_STATE_HOME", QStringLiteral("state"));
    point("XDG_RUNTIME_DIR", QStringLiteral("runtime"));
    point("TMPDIR", QStringLiteral("tmp"));

    QApplication app(argc, argv);
    // The app's own names, so that anything it writes by default lands where it would for a user.
    QApplication::setApplicationName(QStringLiteral("harness-ci-images"));
    QApplication::setOrganizationName(QStringLiteral("harness-ci-images"));
    QTEST_SET_MAIN_SOURCE_PATH
    TestProfileLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profileleak.moc"
