// harness-ci-images-cli's command line: --help, --version, and every way to get it wrong, which
// ends with status 64 and a reason before anything is sent.
#include "tst_cli_tools.h"

using namespace hci;
using namespace clitest;

class TestCliUsage : public QObject
{
    Q_OBJECT

private:
    Account m_account;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_account.start()); }

    void versionAndHelp()
    {
        const CliRun version = runCli({ QStringLiteral("--version") }, m_account.env());
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral(HCI_VERSION_STRING)), version.said());

        const CliRun help = runCli({ QStringLiteral("--help") }, m_account.env());
        QCOMPARE(help.exitCode, 0);
        for (const char *word : { "list", "diff", "set", "reset", "export", "apply", "--profile", "--base-url",
                 "--sandbox", "--module", "--infra", "HARNESS_API_KEY" })
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
        QVERIFY(help.err.isEmpty());
    }

    void everyCommandHasItsHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("list") << "list" << QStringList { QStringLiteral("--json") };
        QTest::newRow("diff") << "diff" << QStringList { QStringLiteral("--json"), QStringLiteral("--exit-code") };
        QTest::newRow("set") << "set" << QStringList { QStringLiteral("FIELD=VALUE"), QStringLiteral("--dry-run"), QStringLiteral("bare tag") };
        QTest::newRow("reset") << "reset" << QStringList { QStringLiteral("--all"), QStringLiteral("--dry-run") };
        QTest::newRow("export") << "export" << QStringList { QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("-o") };
        QTest::newRow("apply") << "apply" << QStringList { QStringLiteral("FILE"), QStringLiteral("--dry-run"), QStringLiteral("--exit-code") };
    }

    void everyCommandHasItsHelp()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, mentions);
        for (const QStringList &arguments : { QStringList { command, QStringLiteral("--help") },
                 QStringList { QStringLiteral("help"), command } }) {
            const CliRun help = runCli(arguments, m_account.env());
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral(" ") + command), help.said());
            for (const QString &mention : mentions)
                QVERIFY2(help.out.contains(mention), qPrintable(mention + u'\n' + help.out));
        }
    }

    void mistakesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("reason");
        const QString url = m_account.server.gatewayUrl().toString();
        const QStringList sandbox { QStringLiteral("--base-url"), url };
        QTest::newRow("no command") << sandbox << true << "Name a command";
        QTest::newRow("unknown command") << (QStringList { QStringLiteral("show") } + sandbox) << true << "Unknown command \"show\"";
        QTest::newRow("option of another command") << (QStringList { QStringLiteral("list"), QStringLiteral("--dry-run") } + sandbox) << true << "dry-run";
        QTest::newRow("nowhere to connect") << QStringList { QStringLiteral("list") } << true << "--profile NAME";
        QTest::newRow("two places to connect") << (QStringList { QStringLiteral("list"), QStringLiteral("--sandbox") } + sandbox) << true << "Choose one";
        QTest::newRow("unknown module") << (QStringList { QStringLiteral("list"), QStringLiteral("--module"), QStringLiteral("cd") } + sandbox) << true << "ci, iacm or idp";
        QTest::newRow("unknown infra") << (QStringList { QStringLiteral("list"), QStringLiteral("--infra"), QStringLiteral("k8s") } + sandbox) << true << "K8 or VM";
        QTest::newRow("plain http to a remote host") << QStringList { QStringLiteral("list"), QStringLiteral("--base-url"), QStringLiteral("http://harness.example.com") } << true << "https";
        QTest::newRow("no key") << (QStringList { QStringLiteral("list") } + sandbox) << false << "HARNESS_API_KEY";
        QTest::newRow("set without value") << (QStringList { QStringLiteral("set"), QStringLiteral("gitCloneTag") } + sandbox) << true << "FIELD=VALUE";
        QTest::newRow("set with an empty value") << (QStringList { QStringLiteral("set"), QStringLiteral("gitCloneTag=") } + sandbox) << true << "reset gitCloneTag";
        QTest::newRow("set nothing") << (QStringList { QStringLiteral("set") } + sandbox) << true << "FIELD=VALUE";
        QTest::newRow("reset nothing") << (QStringList { QStringLiteral("reset") } + sandbox) << true << "--all";
        QTest::newRow("reset fields and all") << (QStringList { QStringLiteral("reset"), QStringLiteral("addonTag"), QStringLiteral("--all") } + sandbox) << true << "not both";
        QTest::newRow("export as xml") << (QStringList { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml") } + sandbox) << true << "use json";
        QTest::newRow("apply without a file") << (QStringList { QStringLiteral("apply") } + sandbox) << true << "one file";
        QTest::newRow("apply --exit-code without --dry-run") << (QStringList { QStringLiteral("apply"), QStringLiteral("x.json"), QStringLiteral("--exit-code") } + sandbox) << true << "--dry-run";
        QTest::newRow("diff with arguments") << (QStringList { QStringLiteral("diff"), QStringLiteral("addonTag") } + sandbox) << true << "takes no arguments";
        QTest::newRow("account without base url") << QStringList { QStringLiteral("list"), QStringLiteral("--sandbox"), QStringLiteral("--account"), QStringLiteral("x") } << true << "--base-url only";
        QTest::newRow("no such profile") << QStringList { QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("nowhere") } << true << "no profile \"nowhere\"";
    }

    void mistakesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withKey);
        QFETCH(QString, reason);
        m_account.server.clearRequests();
        QProcessEnvironment env = m_account.env();
        if (!withKey)
            env.remove(QStringLiteral("HARNESS_API_KEY"));
        const CliRun run = runCli(arguments, env);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(reason), run.said());
        QVERIFY2(run.out.isEmpty(), run.said());
        QCOMPARE(m_account.server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
