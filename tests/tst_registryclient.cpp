#include "core/imagereference.h"
#include "registry/registryclient.h"
#include "sandbox/sandboxregistry.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace hci;

namespace {

using ReplyPtr = std::unique_ptr<RegistryReply>;

// 30 tags shaped like harness/ci-addon's: three pages of ten.
QStringList ciAddonTags()
{
    QStringList tags{QStringLiteral("latest"), QStringLiteral("dev")};
    for (int patch = 79; patch <= 92; ++patch) {
        tags.append(QStringLiteral("1.16.%1").arg(patch));
        tags.append(QStringLiteral("rootless-1.16.%1").arg(patch));
    }
    return tags;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// The registry client against the sandbox's registry emulation, over real loopback HTTP: the
// Bearer challenge, tokens, pages, credentials, the cache, the limits and every kind of failure.
class TestRegistryClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<RegistryClient> m_client;
    InMemoryRegistryCredentials m_credentials;

    // Waits for the reply's finished() and hands it over to the test.
    ReplyPtr await(RegistryReply *reply)
    {
        reply->setAutoDelete(false);
        ReplyPtr owned(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &RegistryReply::finished);
            finished.wait(10000);
        }
        return owned;
    }

    int pathCount(const QString &fragment) const
    {
        int count = 0;
        const auto requests = m_sandbox->requests();
        for (const auto &request : requests)
            count += request.path.contains(fragment) ? 1 : 0;
        return count;
    }

    void setLimits(int pageSize, int maxPages = 30, int concurrent = 4)
    {
        RegistryClient::Limits limits;
        limits.pageSize = pageSize;
        limits.maxPages = maxPages;
        limits.maxConcurrentRequests = concurrent;
        limits.transferTimeout = std::chrono::milliseconds(3000);
        limits.failureMemory = std::chrono::milliseconds(0);
        m_client->setLimits(limits);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QString why;
        QVERIFY2(m_sandbox->start(&why), qPrintable(why));
        m_sandbox->registry().setTags(QStringLiteral("harness/ci-addon"), ciAddonTags());
        m_client = std::make_unique<RegistryClient>();
        m_credentials.clear();
        m_client->setCredentialSource(&m_credentials);
        setLimits(10);
        // The sandbox stands in for Docker Hub as the mirror of Harness's images.
        m_client->setMirror(*RegistryMirror::parse(m_sandbox->registryHost()));
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void tagsComeThroughTheTokenChallengeAndEveryPage()
    {
        const ReplyPtr reply = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
        QCOMPARE(sorted(reply->tags()), sorted(ciAddonTags()));
        QVERIFY(!reply->isTruncated());
        QVERIFY(reply->location().viaMirror);
        // 401 with the challenge, one anonymous token, then three pages of ten with that token.
        QCOMPARE(m_sandbox->registry().tokensIssued(), 1);
        QCOMPARE(pathCount(QStringLiteral("/token")), 1);
        QCOMPARE(pathCount(QStringLiteral("/tags/list")), 4);
        const auto requests = m_sandbox->requests();
        QVERIFY(!requests.first().hadBearerHeader);
        QVERIFY(requests.last().hadBearerHeader);
        QCOMPARE(m_client->requestsSent(), 5);
    }

    void aSecondLookupIsAnsweredFromTheCache()
    {
        ReplyPtr first = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QVERIFY(first->isOk());
        const int sent = m_client->requestsSent();
        // Any tag of the same image: the list is the repository's.
        const ReplyPtr again = await(m_client->listTags(QStringLiteral("docker.io/harness/ci-addon:1.16.80")));
        QVERIFY(again->isOk());
        QVERIFY(again->fromCache());
        QCOMPARE(again->tags(), first->tags());
        QCOMPARE(m_client->requestsSent(), sent);
    }

    void twoAsksAtOnceShareOneLookup()
    {
        RegistryReply *a = m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92"));
        RegistryReply *b = m_client->listTags(QStringLiteral("harness/ci-addon:latest"));
        const ReplyPtr first = await(a);
        const ReplyPtr second = await(b);
        QVERIFY(first->isOk() && second->isOk());
        QCOMPARE(second->tags().size(), 30);
        QCOMPARE(pathCount(QStringLiteral("/tags/list")), 4);
    }

    void anotherImageOfTheSameRegistryGetsItsTokenFirst()
    {
        QVERIFY(await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")))->isOk());
        m_sandbox->clearRequests();
        const ReplyPtr kaniko = await(m_client->listTags(QStringLiteral("plugins/kaniko:1.10.6")));
        QVERIFY2(kaniko->isOk(), qPrintable(kaniko->error().userMessage()));
        QVERIFY(kaniko->tags().contains(QStringLiteral("1.10.6")));
        // No 401 this time: the client knew where tokens come from.
        const auto requests = m_sandbox->requests();
        QCOMPARE(requests.first().path, QStringLiteral("/token"));
        for (const auto &request : requests)
            QVERIFY(request.path == QLatin1String("/token") || request.hadBearerHeader);
    }

    void aTagIsPresentOrMissing()
    {
        const ReplyPtr present = await(m_client->checkTag(QStringLiteral("harness/ci-addon:rootless-1.16.92")));
        QVERIFY2(present->isOk(), qPrintable(present->error().userMessage()));
        QCOMPARE(present->presence(), RegistryReply::Presence::Present);
        QVERIFY(present->digest().startsWith(QLatin1String("sha256:")));
        QCOMPARE(m_sandbox->requests().last().method, QByteArray("HEAD"));

        const ReplyPtr missing = await(m_client->checkTag(QStringLiteral("harness/ci-addon:1.16.99")));
        QVERIFY(missing->isOk()); // an answer, not a failure
        QCOMPARE(missing->presence(), RegistryReply::Presence::Missing);

        const ReplyPtr noImage = await(m_client->checkTag(QStringLiteral("harness/no-such-image:1.0.0")));
        QCOMPARE(noImage->presence(), RegistryReply::Presence::Missing);
    }

    void anUnknownImageHasNoTags()
    {
        const ReplyPtr reply = await(m_client->listTags(QStringLiteral("harness/no-such-image:1.0.0")));
        QCOMPARE(reply->error().kind, RegistryError::Kind::NotFound);
        QCOMPARE(reply->error().code, QStringLiteral("NAME_UNKNOWN"));
        QVERIFY(reply->error().userMessage().contains(m_sandbox->registryHost()));
    }

    void oauthStyleTokensWorkToo()
    {
        m_sandbox->registry().setUseAccessTokenField(true);
        const ReplyPtr reply = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->tags().size(), 30);
    }

    void aPrivateMirrorTakesItsCredentials()
    {
        m_sandbox->registry().requireCredentials(QStringLiteral("ci-bot"), QStringLiteral("s3cret-p4ss"));
        const ReplyPtr refused = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QCOMPARE(refused->error().kind, RegistryError::Kind::Unauthorized);
        QVERIFY(!refused->error().userMessage().contains(QStringLiteral("s3cret")));

        m_credentials.set(m_sandbox->registryHost(), {QStringLiteral("ci-bot"), QStringLiteral("s3cret-p4ss")});
        const ReplyPtr allowed = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QVERIFY2(allowed->isOk(), qPrintable(allowed->error().userMessage()));
        QCOMPARE(m_sandbox->registry().tokenRequestsWithCredentials(), 1);
    }

    void credentialsNeverGoToAnotherHost()
    {
        // The realm names "localhost": another host than 127.0.0.1 as far as credentials go.
        m_sandbox->registry().setRealmHost(QStringLiteral("localhost"));
        m_sandbox->registry().requireCredentials(QStringLiteral("ci-bot"), QStringLiteral("s3cret-p4ss"));
        m_credentials.set(m_sandbox->registryHost(), {QStringLiteral("ci-bot"), QStringLiteral("s3cret-p4ss")});
        const ReplyPtr reply = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QCOMPARE(reply->error().kind, RegistryError::Kind::Unauthorized);
        QCOMPARE(pathCount(QStringLiteral("/token")), 1);
        QCOMPARE(m_sandbox->registry().tokenRequestsWithCredentials(), 0);
    }

    void pagesAreCapped()
    {
        setLimits(10, 2);
        const ReplyPtr reply = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QVERIFY(reply->isOk());
        QCOMPARE(reply->tags().size(), 20);
        QVERIFY(reply->isTruncated());
        QCOMPARE(pathCount(QStringLiteral("/tags/list")), 3); // the 401 and two pages
    }

    void requestsOnTheWireAreCapped()
    {
        setLimits(100, 30, 1);
        m_sandbox->setLatency(30);
        int most = 0;
        connect(m_client.get(), &RegistryClient::requestsInFlightChanged, this, [&most](int count) { most = qMax(most, count); });
        QList<RegistryReply *> replies;
        for (const char *image : {"harness/ci-addon:1", "plugins/kaniko:1", "harness/drone-git:1", "plugins/s3:1"})
            replies.append(m_client->listTags(QString::fromLatin1(image)));
        for (RegistryReply *reply : std::as_const(replies)) {
            const ReplyPtr done = await(reply);
            QVERIFY2(done->isOk(), qPrintable(done->error().userMessage()));
        }
        QCOMPARE(most, 1);
    }

    void failuresAreTyped_data()
    {
        QTest::addColumn<SandboxServer::Fault>("fault");
        QTest::addColumn<RegistryError::Kind>("kind");

        QTest::newRow("proxy error page") << SandboxServer::Fault::HtmlPage << RegistryError::Kind::Http;
        QTest::newRow("not json") << SandboxServer::Fault::NotJson << RegistryError::Kind::BadAnswer;
        QTest::newRow("empty") << SandboxServer::Fault::Empty << RegistryError::Kind::BadAnswer;
        QTest::newRow("rate limited") << SandboxServer::Fault::RateLimit << RegistryError::Kind::RateLimited;
        QTest::newRow("redirect elsewhere") << SandboxServer::Fault::Redirect << RegistryError::Kind::Redirected;
        QTest::newRow("huge") << SandboxServer::Fault::Huge << RegistryError::Kind::TooLarge;
        QTest::newRow("hang") << SandboxServer::Fault::Hang << RegistryError::Kind::Timeout;
        QTest::newRow("dropped") << SandboxServer::Fault::Drop << RegistryError::Kind::Network;
    }

    void failuresAreTyped()
    {
        QFETCH(SandboxServer::Fault, fault);
        RegistryClient::Limits limits = m_client->limits();
        limits.transferTimeout = std::chrono::milliseconds(500);
        limits.maxBodyBytes = 1 << 20;
        m_client->setLimits(limits);
        // Every request fails alike, whichever step of the token flow it is.
        m_sandbox->injectFault(fault, -1);
        const ReplyPtr reply = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QVERIFY(reply->isFinished());
        QTEST(reply->error().kind, "kind");
        QVERIFY(!reply->error().userMessage().isEmpty());
        m_sandbox->clearFaults();
    }

    void anUnreachableRegistryIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        m_client->setMirror(*RegistryMirror::parse(QStringLiteral("127.0.0.1:%1").arg(closedPort)));
        const ReplyPtr reply = await(m_client->checkTag(QStringLiteral("harness/ci-addon:1.16.92")));
        QCOMPARE(reply->error().kind, RegistryError::Kind::Network);
        QCOMPARE(reply->presence(), RegistryReply::Presence::Unknown);
        QVERIFY(reply->error().userMessage().contains(QStringLiteral("could not be reached")));
    }

    void offlineAsksOnlyRegistriesOnThisComputer()
    {
        // HARNESS_CI_IMAGES_OFFLINE: an air-gapped user waits for no timeout, and no test leaves the machine.
        RegistryClient::Limits limits = m_client->limits();
        limits.localOnly = true;
        m_client->setLimits(limits);
        const ReplyPtr remote = await(m_client->checkTag(QStringLiteral("registry.example.com/harness/ci-addon:1.16.92")));
        QCOMPARE(remote->error().kind, RegistryError::Kind::Offline);
        QCOMPARE(remote->presence(), RegistryReply::Presence::Unknown);
        QCOMPARE(m_client->requestsSent(), 0);
        QVERIFY2(remote->error().userMessage().contains(QLatin1String("registry.example.com was not asked")),
                 qPrintable(remote->error().userMessage()));
        // The mirror on loopback (the sandbox) is still asked.
        const ReplyPtr local = await(m_client->checkTag(QStringLiteral("harness/ci-addon:rootless-1.16.92")));
        QCOMPARE(local->presence(), RegistryReply::Presence::Present);
    }

    void anInvalidReferenceFailsLaterNotAtOnce()
    {
        RegistryReply *reply = m_client->listTags(QStringLiteral("Harness/CI Addon"));
        QSignalSpy finished(reply, &RegistryReply::finished);
        QCOMPARE(finished.count(), 0); // callers connect after the call
        const ReplyPtr done = await(reply);
        QCOMPARE(done->error().kind, RegistryError::Kind::InvalidReference);
        QCOMPARE(m_client->requestsSent(), 0);
    }

    void anAbortedReplySaysCancelled()
    {
        RegistryReply *reply = m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92"));
        reply->setAutoDelete(false);
        const ReplyPtr owned(reply);
        QSignalSpy finished(reply, &RegistryReply::finished);
        reply->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reply->error().kind, RegistryError::Kind::Cancelled);
        // The lookup goes on for the cache.
        QTRY_COMPARE(m_client->requestsInFlight(), 0);
        QVERIFY(await(m_client->listTags(QStringLiteral("harness/ci-addon:1")))->fromCache());
    }

    void theMirrorOnlyTakesHarnessImages()
    {
        QCOMPARE(m_client->locate(ImageReference::parse(QStringLiteral("alpine:3.19"))).origin.host(),
                 QStringLiteral("registry-1.docker.io"));
        QCOMPARE(m_client->locate(ImageReference::parse(QStringLiteral("plugins/kaniko:1.10.6"))).origin.port(),
                 int(m_sandbox->port()));
        m_client->setMirror({});
        QCOMPARE(m_client->locate(ImageReference::parse(QStringLiteral("plugins/kaniko:1.10.6"))).origin.toString(),
                 QStringLiteral("https://registry-1.docker.io"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
