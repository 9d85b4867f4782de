// harness-ci-images-cli where pipelines run it: no display, no Qt Gui or Widgets linked, the
// standalone harness-ci-sandbox as its peer, and messages in the person's language.
#include "tst_cli_tools.h"

#include <QRegularExpression>

using namespace hci;
using namespace clitest;

namespace {

struct Tool
{
    bool finished = false;
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Tool run;
    if (!finished.wait(30000)) {
        process.kill();
        finished.wait(5000);
        return run;
    }
    run.finished = true;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

} // namespace

class TestCliPlatform : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void theBinaryLinksNoQtGuiOrWidgets()
    {
        const Tool direct = runTool(QStringLiteral("readelf"), { QStringLiteral("-d"), QStringLiteral(HCI_CLI_BINARY) });
        QVERIFY2(direct.finished && direct.exitCode == 0, "readelf -d did not run");
        QVERIFY2(direct.out.contains(QStringLiteral("libQt6Core")), qPrintable(direct.out));
        // And nothing it loads pulls them in either.
        const Tool loaded = runTool(QStringLiteral("ldd"), { QStringLiteral(HCI_CLI_BINARY) });
        QVERIFY2(loaded.finished && loaded.exitCode == 0, "ldd did not run");
        for (const QString &listing : { direct.out, loaded.out }) {
            for (const char *library : { "libQt6Gui", "libQt6Widgets", "libQt6OpenGL", "libGL", "libxcb", "libX11" })
                QVERIFY2(!listing.contains(QLatin1String(library)), qPrintable(QLatin1String(library) + u'\n' + listing));
        }
    }

    void itRunsWithoutADisplay()
    {
        QProcessEnvironment env = cleanEnvironment(m_home.path());
        QVERIFY(!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM"))
            && !env.contains(QStringLiteral("WAYLAND_DISPLAY")));
        const CliRun run = runCli({ QStringLiteral("list"), QStringLiteral("--sandbox"), QStringLiteral("--json") }, env);
        QVERIFY2(run.exitCode == 0, run.said());
        QVERIFY(run.json().isArray() && !run.json().array().isEmpty());
        // The in-run sandbox has the window's demo overrides.
        const CliRun diff = runCli({ QStringLiteral("diff"), QStringLiteral("--sandbox"), QStringLiteral("--exit-code") }, env);
        QCOMPARE(diff.exitCode, 1);
        QVERIFY2(!run.err.contains(QStringLiteral("platform plugin")), run.said());
    }

    void itWorksWithTheStandaloneSandbox()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(HCI_SANDBOX_BINARY),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"),
                QStringLiteral("pat.standalone.tok.secret-value") });
        QString banner;
        static const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/gateway"));
        const auto listening = [&] {
            banner += QString::fromUtf8(sandbox.readAllStandardOutput());
            return url.match(banner).hasMatch();
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 15000);
        const QString gateway = url.match(banner).captured(0);

        QProcessEnvironment env = cleanEnvironment(m_home.path());
        env.insert(QStringLiteral("HARNESS_API_KEY"), QStringLiteral("pat.standalone.tok.secret-value"));
        const QStringList connect { QStringLiteral("--base-url"), gateway };
        const CliRun set = runCli(QStringList { QStringLiteral("set"), QStringLiteral("gitCloneTag=1.7.0") } + connect, env);
        QVERIFY2(set.exitCode == 0, set.said());
        const CliRun diff = runCli(QStringList { QStringLiteral("diff"), QStringLiteral("--json") } + connect, env);
        QVERIFY2(diff.exitCode == 0, diff.said());
        QCOMPARE(objectFor(diff.json().array(), QStringLiteral("gitCloneTag")).value(QStringLiteral("override")).toString(),
            QStringLiteral("harness/drone-git:1.7.0"));
        QVERIFY(!set.err.contains(QStringLiteral("secret-value")) && !set.out.contains(QStringLiteral("secret-value")));

        QSignalSpy stopped(&sandbox, &QProcess::finished);
        sandbox.terminate();
        QVERIFY(stopped.wait(10000));
    }

    void messagesSpeakThePersonsLanguage()
    {
        QProcessEnvironment env = cleanEnvironment(m_home.path());
        env.insert(QStringLiteral("HARNESS_API_KEY"), QStringLiteral("pat.acct.tok.secret-value"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        // Port 9 (discard) on loopback: nothing listens there.
        const CliRun run = runCli({ QStringLiteral("list"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9") }, env);
        QCOMPARE(run.exitCode, 69);
        QVERIFY2(run.err.contains(QStringLiteral("Der Server war nicht erreichbar")), run.said());
    }
};

QTEST_GUILESS_MAIN(TestCliPlatform)
#include "tst_cli_platform.moc"
