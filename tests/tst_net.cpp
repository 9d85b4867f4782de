#include "net/loopback.h"
#include "net/shellquote.h"

#include <QProcess>
#include <QtTest>

using namespace hci;

// The helpers every client (and the sandbox's usage text) shares.
class TestNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackHostsAreTheOnlyOnesForPlainHttp_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LOCALHOST") << QStringLiteral(" LocalHost ") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("[]") << QStringLiteral("[]") << false;
        QTest::newRow("lan") << QStringLiteral("192.168.1.10") << false;
        QTest::newRow("lookalike") << QStringLiteral("localhost.example.com") << false;
        QTest::newRow("127 as a name") << QStringLiteral("127.0.0.1.example.com") << false;
    }

    void loopbackHostsAreTheOnlyOnesForPlainHttp()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void shellQuotingSurvivesARealShell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("https://app.harness.io/gateway?a=1&b=2");
        QTest::newRow("quote") << QStringLiteral("it's");
        QTest::newRow("quotes") << QStringLiteral("''x'");
        QTest::newRow("expansions") << QStringLiteral("$HOME `id` $(id) \\n \"x\" *");
        QTest::newRow("json") << QStringLiteral("{\"addonTag\": \"harness/ci-addon:1.16.93\"}");
        QTest::newRow("empty") << QString();
    }

    void shellQuotingSurvivesARealShell()
    {
        QFETCH(QString, text);
        const QString quoted = shellQuoted(text);
        QVERIFY(quoted.startsWith(u'\'') && quoted.endsWith(u'\''));
        // The shell gives back exactly the text: nothing expanded, nothing lost.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + quoted});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), text);
    }
};

QTEST_GUILESS_MAIN(TestNet)
#include "tst_net.moc"
