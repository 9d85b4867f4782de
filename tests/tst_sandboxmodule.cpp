// The built-in sandbox as a module loaded on demand: the window and the command-line tool link no
// HTTP server, a launch on a real account maps none, --sandbox loads the module, and a module that
// is missing or unusable is explained instead of crashing or hanging.
#include "core/configdocument.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "services/appservices.h"
#include "services/sandboxstarter.h"
#include "session/accountsession.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace hci;

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program; the wait keeps this process's event loop, and so a sandbox in it, running.
Run runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Run run;
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// A throwaway home, offscreen, no key from the caller, and the dynamic loader telling which files it maps.
QProcessEnvironment tracingEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "HARNESS_API_KEY", "HARNESS_BASE_URL", "HARNESS_ACCOUNT_ID", "QT_LOGGING_RULES" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HARNESS_CI_IMAGES_OFFLINE"), QStringLiteral("1"));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    return env;
}

const QStringList serverLibraries = { QStringLiteral("libQt6HttpServer"), QStringLiteral("libQt6WebSockets") };

bool mapsAServer(const QString &loaderTrace)
{
    for (const QString &library : serverLibraries) {
        if (loaderTrace.contains(library))
            return true;
    }
    return false;
}

} // namespace

class TestSandboxModule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void theProgramsLinkNoHttpServer()
    {
        for (const char *binary : { HCI_APP_BINARY, HCI_CLI_BINARY }) {
            const Run needed = runProgram(QStringLiteral("readelf"), { QStringLiteral("-d"), QLatin1String(binary) });
            QVERIFY2(needed.finished && needed.exitCode == 0, "readelf -d did not run");
            QVERIFY2(needed.out.contains(QLatin1String("libQt6Core")), qPrintable(needed.out));
            // Nor anything they link pulls it in.
            const Run loaded = runProgram(QStringLiteral("ldd"), { QLatin1String(binary) });
            QVERIFY2(loaded.finished && loaded.exitCode == 0, "ldd did not run");
            for (const QString &listing : { needed.out, loaded.out }) {
                for (const QString &library : serverLibraries)
                    QVERIFY2(!listing.contains(library), qPrintable(QLatin1String(binary) + u' ' + library + u'\n' + listing));
            }
        }
        // The server is in the module, where the same look finds it.
        const Run module = runProgram(QStringLiteral("readelf"), { QStringLiteral("-d"), QStringLiteral(HCI_SANDBOX_MODULE) });
        QVERIFY2(module.finished && module.exitCode == 0, "readelf -d did not run");
        QVERIFY2(module.out.contains(QLatin1String("libQt6HttpServer")), qPrintable(module.out));
    }

    void aRealAccountLaunchMapsNoServerAndTheSandboxLoadsTheModule()
    {
        SandboxServer account;
        QVERIFY(account.start());
        QProcessEnvironment env = tracingEnvironment(m_home.path());
        env.insert(QStringLiteral("HARNESS_API_KEY"), account.apiKey());
        const QString base = account.gatewayUrl().toString();

        const Run window = runProgram(QStringLiteral(HCI_APP_BINARY),
            { QStringLiteral("--base-url"), base, QStringLiteral("--exit-after-load") }, env);
        QVERIFY2(window.finished && window.exitCode == 0, qPrintable(window.err.right(2000)));
        QVERIFY2(window.err.contains(QLatin1String("libQt6Widgets")), "LD_DEBUG=files traced nothing");
        QVERIFY2(!mapsAServer(window.err), "a launch on a real account mapped an HTTP server");
        QVERIFY(!window.err.contains(QLatin1String("harness-ci-images-sandbox")));

        const Run cli = runProgram(QStringLiteral(HCI_CLI_BINARY), { QStringLiteral("list"), QStringLiteral("--base-url"), base }, env);
        QVERIFY2(cli.finished && cli.exitCode == 0, qPrintable(cli.err.right(2000)));
        QVERIFY2(!mapsAServer(cli.err), "the command-line tool on a real account mapped an HTTP server");
        QVERIFY(cli.out.contains(QLatin1String("liteEngineTag")));

        // --sandbox: the module, and the server with it, once asked for.
        env.remove(QStringLiteral("HARNESS_API_KEY"));
        const Run sandboxWindow = runProgram(QStringLiteral(HCI_APP_BINARY),
            { QStringLiteral("--sandbox"), QStringLiteral("--exit-after-load") }, env);
        QVERIFY2(sandboxWindow.finished && sandboxWindow.exitCode == 0, qPrintable(sandboxWindow.err.right(2000)));
        QVERIFY(sandboxWindow.err.contains(QLatin1String("harness-ci-images-sandbox")));
        QVERIFY(sandboxWindow.err.contains(QLatin1String("libQt6HttpServer")));

        const Run sandboxCli = runProgram(QStringLiteral(HCI_CLI_BINARY), { QStringLiteral("list"), QStringLiteral("--sandbox") }, env);
        QVERIFY2(sandboxCli.finished && sandboxCli.exitCode == 0, qPrintable(sandboxCli.err.right(2000)));
        QVERIFY(sandboxCli.err.contains(QLatin1String("harness-ci-images-sandbox")));
        // The demo overrides come with it.
        QVERIFY2(sandboxCli.out.contains(QLatin1String("harness/ci-lite-engine:1.16.80")), qPrintable(sandboxCli.out));
    }

    void aMovedInstallFindsItsModuleAndOneWithoutItSaysSo()
    {
        // The programs alone in a folder: --sandbox says why it cannot start, and nothing else fails.
        QTemporaryDir root;
        const QDir bin(root.filePath(QStringLiteral("bin")));
        QVERIFY(QDir().mkpath(bin.path()));
        const QString app = bin.filePath(QStringLiteral("harness-ci-images"));
        const QString cli = bin.filePath(QStringLiteral("harness-ci-images-cli"));
        QVERIFY(QFile::copy(QStringLiteral(HCI_APP_BINARY), app));
        QVERIFY(QFile::copy(QStringLiteral(HCI_CLI_BINARY), cli));
        QProcessEnvironment env = tracingEnvironment(m_home.path());
        env.remove(QStringLiteral("LD_DEBUG"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));

        const Run window = runProgram(app, { QStringLiteral("--sandbox"), QStringLiteral("--exit-after-load") }, env);
        QVERIFY2(window.finished && window.exitCode == 1, qPrintable(window.err));
        QVERIFY2(window.err.contains(QLatin1String("harness-ci-images-sandbox")) && window.err.contains(QLatin1String("not installed")),
                 qPrintable(window.err));
        const Run tool = runProgram(cli, { QStringLiteral("list"), QStringLiteral("--sandbox") }, env);
        QVERIFY2(tool.finished && tool.exitCode == 69, qPrintable(tool.err)); // EX_UNAVAILABLE
        QVERIFY2(tool.err.contains(QLatin1String("The sandbox could not start")) && tool.err.contains(QLatin1String("not installed")),
                 qPrintable(tool.err));
        QVERIFY(tool.out.isEmpty());

        // The module where the package puts it, relative to the programs' folder: found from there.
        const QString installed = sandboxModuleFolders().constLast();
        const QString relative = QDir(QCoreApplication::applicationDirPath()).relativeFilePath(installed);
        const QDir lib(bin.filePath(relative));
        QVERIFY(QDir().mkpath(lib.path()));
        QVERIFY(QFile::copy(QStringLiteral(HCI_SANDBOX_MODULE), lib.filePath(QFileInfo(QStringLiteral(HCI_SANDBOX_MODULE)).fileName())));
        const Run found = runProgram(app, { QStringLiteral("--sandbox"), QStringLiteral("--exit-after-load") }, env);
        QVERIFY2(found.finished && found.exitCode == 0, qPrintable(found.err));
        const Run listed = runProgram(cli, { QStringLiteral("list"), QStringLiteral("--sandbox") }, env);
        QVERIFY2(listed.finished && listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(QLatin1String("liteEngineTag")));
    }

    void theModuleStartsASandboxThatAnswersAndGoesWithItsParent()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemorySecretStore secrets;
        AppServices services(&profiles, &secrets);

        auto *owner = new QObject;
        QString why;
        const std::optional<BuiltInSandbox> sandbox
            = loadSandboxModule({ QFileInfo(QStringLiteral(HCI_SANDBOX_MODULE)).absolutePath() }, owner, &why);
        QVERIFY2(sandbox, qPrintable(why));
        QCOMPARE(sandbox->server->parent(), owner);
        QCOMPARE(sandbox->connection.gatewayUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!sandbox->connection.accountId.isEmpty());
        QVERIFY(!sandbox->connection.apiKey.isEmpty());
        // Not the server linked into this test: the module's own.
        QVERIFY(!qobject_cast<SandboxServer *>(sandbox->server));

        QVERIFY(services.client()->setConnection(sandbox->connection, &why));
        services.session()->setScope(Module::Ci, Infra::K8);
        QSignalSpy loaded(services.session(), &AccountSession::loaded);
        services.session()->load();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!services.document()->snapshot().fields().isEmpty());
        QVERIFY(!services.document()->snapshot().overrides().isEmpty()); // the demo overrides

        QPointer<QObject> server(sandbox->server);
        const auto port = quint16(sandbox->connection.gatewayUrl.port());
        delete owner;
        QVERIFY(!server);
        // The server went with it: its port takes no more connections.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(2000));
    }

    void theModulesServerAnswersWhileTheProgramsThreadIsBusy()
    {
        QObject owner;
        QString why;
        const std::optional<BuiltInSandbox> sandbox
            = loadSandboxModule({ QFileInfo(QStringLiteral(HCI_SANDBOX_MODULE)).absolutePath() }, &owner, &why);
        QVERIFY2(sandbox, qPrintable(why));
        const Connection &connection = sandbox->connection;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(connection.gatewayUrl.port()));
        QVERIFY(socket.waitForConnected(5000));
        const QString path = connection.gatewayUrl.path()
            + QStringLiteral("/ci/execution-config/get-default-config?accountIdentifier=%1&infra=K8").arg(connection.accountId);
        socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + connection.apiKey.toUtf8()
                     + "\r\nConnection: close\r\n\r\n");
        // This thread runs no event loop until the answer is in: only a server on a thread of its own
        // can answer, as the window's sandbox must while the window is being built or painted.
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }

    void aMissingModuleIsExplained()
    {
        QTemporaryDir empty;
        QObject owner;
        QString why;
        QVERIFY(!loadSandboxModule({ empty.path() }, &owner, &why));
        QVERIFY2(why.contains(QLatin1String("harness-ci-images-sandbox")) && why.contains(QLatin1String("not installed"))
                     && why.contains(QDir::toNativeSeparators(empty.path())),
                 qPrintable(why));
        QVERIFY(owner.children().isEmpty());

        // This test links no in-process starter: its services look beside it and in the install's
        // place relative to it, which a build tree's tests folder has neither of, and say so.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemorySecretStore secrets;
        AppServices services(&profiles, &secrets);
        why.clear();
        QVERIFY(!services.sandboxConnection(&why));
        QVERIFY2(why.contains(QLatin1String("not installed")), qPrintable(why));
        for (const QString &folder : sandboxModuleFolders())
            QVERIFY2(why.contains(QDir::toNativeSeparators(QDir::cleanPath(folder))), qPrintable(why));
    }

    void anUnusableModuleIsExplained()
    {
        const QString name = QFileInfo(QStringLiteral(HCI_SANDBOX_MODULE)).fileName();
        QObject owner;
        QString why;

        // Not a library at all.
        QTemporaryDir broken;
        QFile file(QDir(broken.path()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a module\n");
        file.close();
        QVERIFY(!loadSandboxModule({ broken.path() }, &owner, &why));
        QVERIFY2(why.contains(QLatin1String("cannot be loaded")) && why.contains(name), qPrintable(why));

        // A library without the entry point, as a module of another version would be: Qt Core
        // itself, under the module's name (a link, so that the same file is not mapped twice).
        QTemporaryDir stranger;
        const QString core = QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QStringLiteral("/libQt6Core.so.6");
        QVERIFY2(QFileInfo::exists(core), qPrintable(core));
        QVERIFY(QFile::link(QFileInfo(core).canonicalFilePath(), QDir(stranger.path()).filePath(name)));
        why.clear();
        QVERIFY(!loadSandboxModule({ stranger.path(), broken.path() }, &owner, &why));
        QVERIFY2(why.contains(QLatin1String("another version")), qPrintable(why));
        QVERIFY(owner.children().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxModule)
#include "tst_sandboxmodule.moc"
