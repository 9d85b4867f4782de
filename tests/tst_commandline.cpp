#include "sandbox/sandboxserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace hci;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// The app's command line, run as a person or a script would run it.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
            bool withDisplay = true)
    {
        QProcess process;
        QProcessEnvironment env = environment;
        if (withDisplay) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            // As over SSH or in a container: no platform plugin chosen, no X11 or Wayland display.
            for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME"})
                env.remove(QLatin1String(name));
        }
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(HCI_APP_BINARY), arguments);
        Run result;
        // The sandbox in this test answers while we wait, so the wait must keep the event loop running.
        if (!finished.wait(30000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral(HCI_VERSION_STRING)), qPrintable(version.out));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--sandbox", "--base-url", "--account", "--module", "--infra", "--exit-after-load"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void versionAndHelpNeedNoDisplay()
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const Run version = run({QStringLiteral("--version")}, env, false);
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QVERIFY2(version.out.contains(QStringLiteral(HCI_VERSION_STRING)), qPrintable(version.out));
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run help = run({QStringLiteral("--sandbox"), option}, env, false);
            QVERIFY2(help.exitCode == 0, qPrintable(help.err));
            QVERIFY2(help.out.contains(QLatin1String("--base-url")), qPrintable(help.out));
            QVERIFY2(!help.err.contains(QLatin1String("platform plugin")), qPrintable(help.err));
        }
    }

    void theSandboxLoadsAndQuits()
    {
        const Run result = run({QStringLiteral("--sandbox"), QStringLiteral("--exit-after-load")});
        QCOMPARE(result.exitCode, 0);
    }

    void anAccountOpensWithTheKeyFromTheEnvironment()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HARNESS_API_KEY"), sandbox.apiKey());
        const Run result = run({QStringLiteral("--base-url"), sandbox.gatewayUrl().toString(), QStringLiteral("--module"),
                                QStringLiteral("idp"), QStringLiteral("--infra"), QStringLiteral("vm"),
                                QStringLiteral("--exit-after-load")},
                               env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains(sandbox.apiKey()));
        QVERIFY(!result.err.contains(sandbox.apiKey()));
        bool sawIdpOnVm = false;
        for (const SandboxServer::RecordedRequest &request : sandbox.requests()) {
            QVERIFY(request.hadApiKeyHeader);
            if (request.path.contains(QStringLiteral("/idp/execution-config/get-default-config"))
                && request.query.contains({QStringLiteral("infra"), QStringLiteral("VM")}))
                sawIdpOnVm = true;
        }
        QVERIFY(sawIdpOnVm);
    }

    void aLoadThatFailsExitsWithTheReason()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HARNESS_API_KEY"), QStringLiteral("pat.acct1.tok.secret-value"));
        const Run result = run({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                                QStringLiteral("--exit-after-load")},
                               env);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("could not be reached")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("secret-value")));
    }

    void badArgumentsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("reason");
        QTest::newRow("plain http to a remote host")
            << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://harness.example.com")} << true << "https";
        QTest::newRow("no key") << QStringList{QStringLiteral("--base-url"), QStringLiteral("https://app.harness.io")}
                                << false << "HARNESS_API_KEY";
        QTest::newRow("unknown module") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--module"),
                                                       QStringLiteral("cd")}
                                        << false << "ci, iacm or idp";
        QTest::newRow("unknown infra") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--infra"),
                                                      QStringLiteral("k8s")}
                                       << false << "K8 or VM";
        QTest::newRow("nothing to load") << QStringList{QStringLiteral("--exit-after-load")} << false << "--sandbox";
    }

    void badArgumentsAreRefusedWithAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withKey);
        QFETCH(QString, reason);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("HARNESS_API_KEY"));
        if (withKey)
            env.insert(QStringLiteral("HARNESS_API_KEY"), QStringLiteral("pat.acct1.tok.secret"));
        const Run result = run(arguments, env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(reason, Qt::CaseInsensitive), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
