#include "harness/connection.h"
#include "harness/harnessclient.h"
#include "session/accountsession.h"
#include "store/localstore.h"
#include "ui/accountmemory.h"
#include "ui/afterpaint.h"
#include "ui/appearance.h"
#include "ui/icons.h"
#include "registry/registrylocation.h"
#include "services/appservices.h"
#include "services/sandboxstarter.h"
#include "ui/mainwindow.h"
#include "session/taglookup.h"
#include "ui/preferences.h"
#include "session/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QImageReader>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <ctime>

namespace {

// Where a launch spends its time: QT_LOGGING_RULES="hci.startup.debug=true" prints each step, in
// milliseconds since main() and on the monotonic clock (to compare with the moment of the spawn).
Q_LOGGING_CATEGORY(lcStartup, "hci.startup", QtInfoMsg)

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

void startupStep(const char *step)
{
    if (!lcStartup().isDebugEnabled())
        return;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    qCDebug(lcStartup, "%7.2f ms since main(), monotonic %.3f ms: %s", double(sinceMain().nsecsElapsed()) / 1e6,
            double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6, step);
}

// A step of the trace when it goes out of scope: how long the teardown takes.
struct StepWhenGone
{
    const char *step;
    ~StepWhenGone() { startupStep(step); }
};

// A thread started at once and waited for when it goes out of scope.
class JoinedThread
{
public:
    explicit JoinedThread(QThread *thread)
        : m_thread(thread)
    {
        m_thread->start();
    }
    ~JoinedThread() { m_thread->wait(); }
    JoinedThread(const JoinedThread &) = delete;
    JoinedThread &operator=(const JoinedThread &) = delete;

private:
    std::unique_ptr<QThread> m_thread;
};

// Where the command line says to go, or nothing when the window should start with its welcome.
struct StartRequest
{
    enum class Target { Welcome, Sandbox, Account } target = Target::Welcome;
    hci::Connection connection;
    hci::Module module = hci::Module::Ci;
    hci::Infra infra = hci::Infra::K8;
    hci::RegistryMirror mirror;
    hci::ColorScheme colorScheme = hci::ColorScheme::System;
};

void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(2);
}

StartRequest parseCommandLine(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "See and change the container images Harness CI runs pipelines with."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Open the built-in sandbox server."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QApplication::translate("main", "Open this Harness URL, with the key from "
                                                                     "HARNESS_API_KEY; nothing is saved."),
                                     QStringLiteral("url"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     QApplication::translate("main", "The account ID (default: from the key)."),
                                     QStringLiteral("id"));
    const QCommandLineOption module(QStringLiteral("module"),
                                    QApplication::translate("main", "ci, iacm or idp (default: ci)."),
                                    QStringLiteral("module"), QStringLiteral("ci"));
    const QCommandLineOption infra(QStringLiteral("infra"), QApplication::translate("main", "K8 or VM (default: K8)."),
                                   QStringLiteral("infra"), QStringLiteral("K8"));
    const QCommandLineOption bearer(QStringLiteral("bearer"),
                                    QApplication::translate("main", "Send the key as a Bearer token."));
    const QCommandLineOption exitAfterLoad(
        QStringLiteral("exit-after-load"),
        QApplication::translate("main", "Quit once the table shows the loaded data: status 0, or 1 with the error."));
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("main", "light, dark or system colours for this run (default: as chosen in "
                                        "Settings, else system)."),
        QStringLiteral("scheme"));
    parser.addOptions({sandbox, baseUrl, account, module, infra, bearer, exitAfterLoad, palette});
    const QCommandLineOption registryMirror(
        QStringLiteral("registry-mirror"),
        QApplication::translate("main", "Look up the tags of Harness's images (harness/*, plugins/*) in this registry "
                                        "instead of Docker Hub, e.g. mirror.example.com or "
                                        "mirror.example.com:5000/dockerhub."),
        QStringLiteral("host"));
    parser.addOption(registryMirror);
    parser.process(app);

    StartRequest request;
    const auto moduleValue = hci::moduleFromId(parser.value(module));
    const auto infraValue = hci::infraFromId(parser.value(infra));
    if (!moduleValue)
        fail(QApplication::translate("main", "Unknown module \"%1\": use ci, iacm or idp.").arg(parser.value(module)));
    if (!infraValue)
        fail(QApplication::translate("main", "Unknown infrastructure \"%1\": use K8 or VM.").arg(parser.value(infra)));
    request.module = *moduleValue;
    request.infra = *infraValue;
    if (parser.isSet(registryMirror)) {
        QString why;
        const auto mirror = hci::RegistryMirror::parse(parser.value(registryMirror), &why);
        if (!mirror)
            fail(QApplication::translate("main", "--registry-mirror: %1").arg(why));
        request.mirror = *mirror;
    }
    const auto scheme = parser.isSet(palette) ? hci::colorSchemeFromId(parser.value(palette))
                                              : hci::Preferences::colorScheme();
    if (!scheme)
        fail(QApplication::translate("main", "Unknown palette \"%1\": use light, dark or system.").arg(parser.value(palette)));
    request.colorScheme = *scheme;

    if (parser.isSet(sandbox)) {
        request.target = StartRequest::Target::Sandbox;
    } else if (parser.isSet(baseUrl)) {
        QString why;
        request.connection.gatewayUrl = hci::normalizeGatewayUrl(parser.value(baseUrl), &why);
        if (request.connection.gatewayUrl.isEmpty())
            fail(why);
        request.connection.apiKey = qEnvironmentVariable("HARNESS_API_KEY");
        if (request.connection.apiKey.isEmpty())
            fail(QApplication::translate("main", "Set HARNESS_API_KEY to the API key to use with --base-url."));
        request.connection.accountId = parser.isSet(account) ? parser.value(account)
                                                             : hci::accountIdFromApiKey(request.connection.apiKey);
        if (request.connection.accountId.isEmpty())
            fail(QApplication::translate("main", "Give --account: the key does not name one."));
        request.connection.authKind = parser.isSet(bearer) ? hci::AuthKind::Bearer : hci::AuthKind::ApiKey;
        request.target = StartRequest::Target::Account;
    } else if (parser.isSet(exitAfterLoad)) {
        fail(QApplication::translate("main", "--exit-after-load needs --sandbox or --base-url."));
    }
    if (parser.isSet(exitAfterLoad))
        app.setProperty("exitAfterLoad", true);
    return request;
}

// --help and --version print and quit; they must work where no display is (over SSH, in a container),
// so they are answered before a QApplication, which needs one, exists.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (argument == option)
                return true;
        }
    }
    return false;
}

void printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harness-ci-images"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HCI_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("harness-ci-images"));
    hci::installTranslations(&app, hci::Preferences::effectiveLocale());
    parseCommandLine(app); // prints and exits for --help and --version
}

} // namespace

int main(int argc, char *argv[])
{
    sinceMain().start();
    startupStep("main() entered");
    if (asksForHelpOrVersion(argc, argv))
        printHelpOrVersion(argc, argv);
    const StepWhenGone appGone{"application destroyed"};
    QApplication app(argc, argv);
    startupStep("application made");
    QApplication::setApplicationName(QStringLiteral("harness-ci-images"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Harness CI Images"));
    QApplication::setApplicationVersion(QStringLiteral(HCI_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral("harness-ci-images"));
    QGuiApplication::setDesktopFileName(QStringLiteral(HCI_APP_ID));

    const QLocale locale = hci::Preferences::effectiveLocale();
    QLocale::setDefault(locale);
    hci::installTranslations(&app, locale);
    const StartRequest request = parseCommandLine(app);
    startupStep("translations and command line");
    // What the window reads from disk is read on another core while it is built, in the order the
    // window needs it: the store's SQLite driver, the image formats Qt probes when the toolbar loads
    // its pictures, and the fonts (fontconfig's configuration and caches). All three are thread-safe.
    // Started once the command line is accepted: a refused one exits at once, with no thread running.
    // A thread of its own, ended before main() returns: what it leaves per thread (the TLS library's
    // error state) goes with it while that library is still there to free it.
    const bool sandbox = request.target == StartRequest::Target::Sandbox;
    const JoinedThread helper(QThread::create([sandbox] {
        hci::LocalStore::loadDriver();
        QImageReader(QStringLiteral(":/icons/" HCI_APP_ID "-16.png")).format();
        QFontDatabase::families();
        if (sandbox) // its module, QtHttpServer and the TLS library that server sets up
            hci::prepareBuiltInSandbox();
    }));
    if (request.colorScheme != hci::ColorScheme::System)
        hci::applyColorScheme(request.colorScheme);

    // Queued edits and the history live in the app's data location; other windows (tests) keep theirs in memory.
    hci::AccountMemory::setStorePath(hci::LocalStore::defaultFilePath());
    // The composition root: the services are made here and handed to the window, which keeps them.
    auto *services = new hci::AppServices;
    services->tagLookup()->setCommandLineMirror(request.mirror);
    // An account named on the command line is asked for now, so that its answers travel while the
    // window is built; the window's openConnection() below takes the load over. A connection that
    // cannot be used is left to openConnection(), which says why.
    if (request.target == StartRequest::Target::Account && services->client()->setConnection(request.connection)) {
        services->session()->setScope(request.module, request.infra);
        services->session()->load();
    }
    startupStep("services made, load sent");
    const StepWhenGone windowGone{"window destroyed"};
    hci::MainWindow window(services);
    startupStep("window built");
    if (app.property("exitAfterLoad").toBool()) {
        QObject::connect(&window, &hci::MainWindow::loadFinished, &app, [](bool ok, const QString &message) {
            startupStep("loaded");
            if (!ok)
                std::fprintf(stderr, "%s\n", qPrintable(message));
            // Leave from the event loop, after the table has painted what it loaded.
            QTimer::singleShot(0, qApp, [ok] { QCoreApplication::exit(ok ? 0 : 1); });
        });
    }
    // What to open is asked for before the window shows, so that its first look is the table (or the
    // welcome page when nothing is opened), not one page and then the other.
    switch (request.target) {
    case StartRequest::Target::Sandbox:
        window.openSandbox();
        break;
    case StartRequest::Target::Account:
        window.openConnection(request.connection,
                              QApplication::translate("main", "Account %1 on %2")
                                  .arg(request.connection.accountId, request.connection.gatewayUrl.authority()),
                              request.module, request.infra);
        break;
    case StartRequest::Target::Welcome:
        // Back where the user left off; the command line targets above never touch the profiles.
        window.openLastProfile();
        break;
    }
    startupStep("opening asked");
    window.show();
    startupStep("window shown");
    // What the first look does not need waits for it: the window icon is an SVG renderer, image
    // plugins and the MIME database.
    hci::runAfterNextPaint(&window, &window, [] {
        startupStep("first paint done");
        QApplication::setWindowIcon(hci::applicationIcon());
        startupStep("window icon set");
    });
    const int status = app.exec();
    startupStep("event loop left");
    return status;
}
