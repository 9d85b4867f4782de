#include "harness/connection.h"

#include <QtTest>

using namespace hci;

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clusterUrls_data();
    void clusterUrls();
    void everyClusterHasAName();
    void normalize_data();
    void normalize();
    void refused_data();
    void refused();
    void loopback_data();
    void loopback();
    void accountFromKey_data();
    void accountFromKey();
};

void TestConnection::clusterUrls_data()
{
    QTest::addColumn<Cluster>("cluster");
    QTest::addColumn<QString>("url");
    QTest::newRow("prod1") << Cluster::Prod1 << QStringLiteral("https://app.harness.io/gateway");
    QTest::newRow("prod2") << Cluster::Prod2 << QStringLiteral("https://app.harness.io/gateway");
    QTest::newRow("prod3") << Cluster::Prod3 << QStringLiteral("https://app3.harness.io/gateway");
    QTest::newRow("prod0") << Cluster::Prod0 << QStringLiteral("https://accounts.harness.io/gateway");
    QTest::newRow("prod4") << Cluster::Prod4 << QStringLiteral("https://accounts.harness.io/gateway");
    QTest::newRow("eu") << Cluster::Eu << QStringLiteral("https://accounts.eu.harness.io/gateway");
}

void TestConnection::clusterUrls()
{
    QFETCH(Cluster, cluster);
    QFETCH(QString, url);
    QCOMPARE(gatewayUrlFor(cluster), QUrl(url));
    // A preset URL is already normal.
    QCOMPARE(normalizeGatewayUrl(url), QUrl(url));
}

void TestConnection::everyClusterHasAName()
{
    QCOMPARE(allClusters().size(), 7);
    for (Cluster cluster : allClusters())
        QVERIFY(!clusterDisplayName(cluster).isEmpty());
    QVERIFY(gatewayUrlFor(Cluster::Custom).isEmpty());
}

void TestConnection::normalize_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << QStringLiteral("acme.harness.io")
                               << QStringLiteral("https://acme.harness.io/gateway");
    QTest::newRow("spaces") << QStringLiteral("  acme.harness.io \n")
                            << QStringLiteral("https://acme.harness.io/gateway");
    QTest::newRow("bare host with port") << QStringLiteral("harness.acme.com:8443")
                                         << QStringLiteral("https://harness.acme.com:8443/gateway");
    QTest::newRow("https") << QStringLiteral("https://harness.acme.com")
                           << QStringLiteral("https://harness.acme.com/gateway");
    QTest::newRow("trailing slash") << QStringLiteral("https://harness.acme.com/")
                                    << QStringLiteral("https://harness.acme.com/gateway");
    QTest::newRow("gateway kept once") << QStringLiteral("https://harness.acme.com/gateway")
                                       << QStringLiteral("https://harness.acme.com/gateway");
    QTest::newRow("gateway with slash") << QStringLiteral("https://harness.acme.com/gateway/")
                                        << QStringLiteral("https://harness.acme.com/gateway");
    QTest::newRow("gateway with slashes")
        << QStringLiteral("https://harness.acme.com/gateway//") << QStringLiteral("https://harness.acme.com/gateway");
    QTest::newRow("path prefix") << QStringLiteral("https://acme.com/harness")
                                 << QStringLiteral("https://acme.com/harness/gateway");
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://acme.harness.io")
                                       << QStringLiteral("https://acme.harness.io/gateway");
    QTest::newRow("query dropped") << QStringLiteral("https://acme.harness.io/gateway?x=1#top")
                                   << QStringLiteral("https://acme.harness.io/gateway");
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080")
                                    << QStringLiteral("http://127.0.0.1:8080/gateway");
    QTest::newRow("http 127.8.9.10") << QStringLiteral("http://127.8.9.10/gateway")
                                     << QStringLiteral("http://127.8.9.10/gateway");
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000/")
                                    << QStringLiteral("http://localhost:3000/gateway");
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << QStringLiteral("http://[::1]:8080/gateway");
}

void TestConnection::normalize()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QString whyNot = QStringLiteral("stale");
    const QUrl url = normalizeGatewayUrl(typed, &whyNot);
    QCOMPARE(url.toString(), expected);
    QVERIFY(whyNot.isEmpty());
    QCOMPARE(normalizeGatewayUrl(url.toString()), url); // idempotent
}

void TestConnection::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("http remote") << QStringLiteral("http://app.harness.io");
    QTest::newRow("http remote ip") << QStringLiteral("http://10.0.0.5:8080/gateway");
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1/");
    QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.com/");
    QTest::newRow("ftp") << QStringLiteral("ftp://acme.harness.io");
    QTest::newRow("no host") << QStringLiteral("https://");
    QTest::newRow("user info") << QStringLiteral("https://user:secret@acme.harness.io");
    QTest::newRow("garbage") << QStringLiteral("https://exa mple.com");
}

void TestConnection::refused()
{
    QFETCH(QString, typed);
    QString whyNot;
    const QUrl url = normalizeGatewayUrl(typed, &whyNot);
    QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
    QVERIFY(!whyNot.isEmpty());
    QVERIFY(!whyNot.contains(QLatin1String("secret")));
    QVERIFY(normalizeGatewayUrl(typed).isEmpty()); // no reason wanted: no crash
}

void TestConnection::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("localhost.com") << QStringLiteral("localhost.com") << false;
    QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("app.harness.io") << QStringLiteral("app.harness.io") << false;
}

void TestConnection::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestConnection::accountFromKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("account");
    QTest::newRow("pat") << QStringLiteral("pat.kmpySmUISimoRrJL6NL73w.6543a1b2c3d4e5f6.Xy9zAbCdEf")
                         << QStringLiteral("kmpySmUISimoRrJL6NL73w");
    QTest::newRow("sat") << QStringLiteral("sat.AbC-dEf_123.tok.secret") << QStringLiteral("AbC-dEf_123");
    QTest::newRow("pasted with spaces") << QStringLiteral(" pat.acc.tok.sec\n") << QStringLiteral("acc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("three parts") << QStringLiteral("pat.acc.tok") << QString();
    QTest::newRow("five parts") << QStringLiteral("pat.acc.tok.sec.more") << QString();
    QTest::newRow("other prefix") << QStringLiteral("abc.acc.tok.sec") << QString();
    QTest::newRow("upper-case prefix") << QStringLiteral("PAT.acc.tok.sec") << QString();
    QTest::newRow("empty account") << QStringLiteral("pat..tok.sec") << QString();
    QTest::newRow("empty secret") << QStringLiteral("pat.acc.tok.") << QString();
    QTest::newRow("session token") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig") << QString();
}

void TestConnection::accountFromKey()
{
    QFETCH(QString, key);
    QFETCH(QString, account);
    QCOMPARE(accountIdFromApiKey(key), account);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
