#include "core/imagereference.h"
#include "registry/registrylocation.h"
#include "registry/registryprotocol.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace hci;

class TestRegistryProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockerHubsChallenge()
    {
        const QList<AuthChallenge> challenges = parseAuthChallenges(
            "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
            "scope=\"repository:harness/ci-addon:pull\"");
        QCOMPARE(challenges.size(), 1);
        QCOMPARE(challenges.first().scheme, QStringLiteral("bearer"));
        QCOMPARE(challenges.first().realm(), QStringLiteral("https://auth.docker.io/token"));
        QCOMPARE(challenges.first().service(), QStringLiteral("registry.docker.io"));
        QCOMPARE(challenges.first().scope(), QStringLiteral("repository:harness/ci-addon:pull"));
    }

    void challengeSpellings_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("scope");

        QTest::newRow("comma inside a quoted scope")
            << QByteArray("Bearer realm=\"https://r/token\",scope=\"repository:a/b:pull,push\"")
            << "https://r/token" << "repository:a/b:pull,push";
        QTest::newRow("spaces around") << QByteArray("  bearer   realm = \"https://r/t\" ,  scope=\"s\"  ")
                                       << "https://r/t" << "s";
        QTest::newRow("upper-case names") << QByteArray("BEARER Realm=\"https://r/t\",SCOPE=\"s\"") << "https://r/t"
                                          << "s";
        QTest::newRow("unquoted values") << QByteArray("Bearer realm=https://us-docker.pkg.dev/v2/token,scope=x")
                                         << "https://us-docker.pkg.dev/v2/token" << "x";
        QTest::newRow("escaped quote") << QByteArray("Bearer realm=\"https://r/a\\\"b\"") << "https://r/a\"b" << "";
        QTest::newRow("unclosed quote") << QByteArray("Bearer realm=\"https://r/t") << "https://r/t" << "";
    }

    void challengeSpellings()
    {
        QFETCH(QByteArray, header);
        const auto bearer = findChallenge(parseAuthChallenges(header), QStringLiteral("bearer"));
        QVERIFY(bearer);
        QTEST(bearer->realm(), "realm");
        QTEST(bearer->scope(), "scope");
    }

    void severalChallengesInOneHeader()
    {
        const QList<AuthChallenge> challenges =
            parseAuthChallenges("Basic realm=\"Registry Realm\", Bearer realm=\"https://mirror/token\",service=\"m\"");
        QCOMPARE(challenges.size(), 2);
        QCOMPARE(challenges.at(0).scheme, QStringLiteral("basic"));
        QCOMPARE(challenges.at(0).realm(), QStringLiteral("Registry Realm"));
        QCOMPARE(findChallenge(challenges, QStringLiteral("bearer"))->service(), QStringLiteral("m"));
        QVERIFY(!findChallenge(challenges, QStringLiteral("negotiate")));

        const QList<AuthChallenge> token68 = parseAuthChallenges("Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXY=, Basic");
        QCOMPARE(token68.size(), 2);
        QCOMPARE(token68.at(0).param(QString()), QStringLiteral("YIIBhgYGKwYBBQUCoIIBejCCAXY="));
        QCOMPARE(token68.at(1).scheme, QStringLiteral("basic"));
    }

    void brokenChallengesGiveNothingUsable()
    {
        QVERIFY(parseAuthChallenges("").isEmpty());
        QVERIFY(parseAuthChallenges(",,, ,").isEmpty());
        QVERIFY(parseAuthChallenges("realm=\"x\"").isEmpty()); // a parameter without a scheme
        QVERIFY(parseAuthChallenges("\"quoted\"").isEmpty());
        const auto bearer = findChallenge(parseAuthChallenges("Bearer"), QStringLiteral("bearer"));
        QVERIFY(bearer);
        QVERIFY(bearer->realm().isEmpty());
    }

    void nextPageLinks_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next");

        QTest::newRow("the registry's own") << QByteArray("</v2/harness/ci-addon/tags/list?last=1.16.9&n=10>; rel=\"next\"")
                                            << "http://127.0.0.1:5000/v2/harness/ci-addon/tags/list?last=1.16.9&n=10";
        QTest::newRow("absolute") << QByteArray("<https://other.example/v2/x/tags/list?last=a>; rel=next")
                                  << "https://other.example/v2/x/tags/list?last=a";
        QTest::newRow("second of two") << QByteArray("</prev>; rel=\"prev\", </v2/next>; rel=\"next\"")
                                       << "http://127.0.0.1:5000/v2/next";
        QTest::newRow("several relations") << QByteArray("</v2/n>; title=\"a, b\"; REL=\"Next Last\"")
                                           << "http://127.0.0.1:5000/v2/n";
        QTest::newRow("no next") << QByteArray("</v2/p>; rel=\"prev\"") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("unclosed") << QByteArray("</v2/n; rel=\"next\"") << "";
        QTest::newRow("empty target") << QByteArray("<>; rel=\"next\"") << "";
        QTest::newRow("no brackets") << QByteArray("/v2/n; rel=\"next\"") << "";
    }

    void nextPageLinks()
    {
        QFETCH(QByteArray, header);
        const QUrl base(QStringLiteral("http://127.0.0.1:5000/v2/harness/ci-addon/tags/list?n=10"));
        const QUrl next = parseNextLink(header, base);
        QTEST(next.toString(), "next");
    }

    void tagLists()
    {
        auto page = decodeTagList("{\"name\":\"harness/ci-addon\",\"tags\":[\"1.16.92\",\"rootless-1.16.92\",\"latest\"]}");
        QVERIFY(page);
        QCOMPARE(page->name, QStringLiteral("harness/ci-addon"));
        QCOMPARE(page->tags.size(), 3);

        page = decodeTagList("{\"name\":\"harness/empty\",\"tags\":null}");
        QVERIFY(page);
        QVERIFY(page->tags.isEmpty());
        QVERIFY(decodeTagList("{\"name\":\"x\"}"));
    }

    void badTagLists_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("array") << QByteArray("[\"1.0.0\"]");
        QTest::newRow("tags a string") << QByteArray("{\"tags\":\"1.0.0\"}");
        QTest::newRow("tags with a number") << QByteArray("{\"tags\":[\"1.0.0\",2]}");
        QTest::newRow("tags with an empty name") << QByteArray("{\"tags\":[\"\"]}");
        QTest::newRow("name a number") << QByteArray("{\"name\":5,\"tags\":[]}");
        QTest::newRow("cut off") << QByteArray("{\"name\":\"x\",\"tags\":[\"1.0");
    }

    void badTagLists()
    {
        QFETCH(QByteArray, body);
        QString why;
        QVERIFY(!decodeTagList(body, &why));
        QVERIFY(!why.isEmpty());
    }

    void tokens()
    {
        auto token = decodeToken("{\"token\":\"abc.def\",\"expires_in\":300,\"issued_at\":\"2024-01-01T00:00:00Z\"}");
        QVERIFY(token);
        QCOMPARE(token->token, QByteArray("abc.def"));
        QCOMPARE(token->expiresInSeconds, 300);

        token = decodeToken("{\"access_token\":\"xyz\"}");
        QVERIFY(token);
        QCOMPARE(token->token, QByteArray("xyz"));
        QCOMPARE(token->expiresInSeconds, 60);
        QCOMPARE(decodeToken("{\"token\":\"a\",\"access_token\":\"b\"}")->token, QByteArray("a"));

        QString why;
        QVERIFY(!decodeToken("{\"expires_in\":300}", &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!decodeToken("{\"token\":\"two words\"}")); // could not travel in a header
        QVERIFY(!decodeToken("{\"token\":\"line\\nbreak\"}"));
        QVERIFY(!decodeToken("{\"token\":42}"));
        QVERIFY(!decodeToken("not json"));
    }

    void errorBodies()
    {
        const RegistryErrorBody body = decodeErrorBody(
            "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known to registry\",\"detail\":{}}]}");
        QCOMPARE(body.code, QStringLiteral("NAME_UNKNOWN"));
        QCOMPARE(body.message, QStringLiteral("repository name not known to registry"));
        QVERIFY(decodeErrorBody("<html/>").code.isEmpty());
        QVERIFY(decodeErrorBody("{\"errors\":[]}").code.isEmpty());
    }

    void whereImagesLive_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("mirror");
        QTest::addColumn<QString>("tagsUrl");
        QTest::addColumn<QString>("credentialHost");
        QTest::addColumn<bool>("viaMirror");

        QTest::newRow("Docker Hub") << "harness/ci-addon:1.16.92" << "" << "https://registry-1.docker.io/v2/harness/ci-addon/tags/list?n=10"
                                    << "docker.io" << false;
        QTest::newRow("official image") << "alpine:3.19" << ""
                                        << "https://registry-1.docker.io/v2/library/alpine/tags/list?n=10" << "docker.io"
                                        << false;
        QTest::newRow("Harness's GAR") << "us-docker.pkg.dev/gar-prod-setup/harness-public/harness/ci-addon:1.16.92" << ""
                                       << "https://us-docker.pkg.dev/v2/gar-prod-setup/harness-public/harness/ci-addon/tags/list?n=10"
                                       << "us-docker.pkg.dev" << false;
        QTest::newRow("ECR Public") << "public.ecr.aws/harness/ci-addon:1.16.92" << ""
                                    << "https://public.ecr.aws/v2/harness/ci-addon/tags/list?n=10" << "public.ecr.aws"
                                    << false;
        QTest::newRow("loopback registry") << "localhost:5000/harness/ci-addon:1" << ""
                                           << "http://localhost:5000/v2/harness/ci-addon/tags/list?n=10"
                                           << "localhost:5000" << false;
        QTest::newRow("remote registry with a port") << "registry.example.com:8443/harness/drone-git:1.6.9" << ""
                                                     << "https://registry.example.com:8443/v2/harness/drone-git/tags/list?n=10"
                                                     << "registry.example.com:8443" << false;
        QTest::newRow("mirrored Harness image") << "harness/ci-addon:1.16.92" << "mirror.example.com/dockerhub"
                                                << "https://mirror.example.com/v2/dockerhub/harness/ci-addon/tags/list?n=10"
                                                << "mirror.example.com" << true;
        QTest::newRow("mirrored plugin") << "docker.io/plugins/kaniko:1.10.6" << "127.0.0.1:5000"
                                         << "http://127.0.0.1:5000/v2/plugins/kaniko/tags/list?n=10" << "127.0.0.1:5000"
                                         << true;
        QTest::newRow("other images keep Docker Hub") << "alpine:3.19" << "mirror.example.com"
                                                      << "https://registry-1.docker.io/v2/library/alpine/tags/list?n=10"
                                                      << "docker.io" << false;
        QTest::newRow("named registries keep theirs") << "public.ecr.aws/harness/ci-addon:1" << "mirror.example.com"
                                                      << "https://public.ecr.aws/v2/harness/ci-addon/tags/list?n=10"
                                                      << "public.ecr.aws" << false;
    }

    void whereImagesLive()
    {
        QFETCH(QString, reference);
        QFETCH(QString, mirror);
        const auto parsedMirror = RegistryMirror::parse(mirror);
        QVERIFY(parsedMirror);
        const RegistryLocation location = locateRepository(ImageReference::parse(reference), *parsedMirror);
        QVERIFY(location.isValid());
        QTEST(location.tagsUrl(10).toString(), "tagsUrl");
        QTEST(location.credentialHost, "credentialHost");
        QTEST(location.viaMirror, "viaMirror");
    }

    void manifestUrlsAndNames()
    {
        const RegistryLocation hub = locateRepository(ImageReference::parse(QStringLiteral("harness/ci-addon:1.16.92")));
        QCOMPARE(hub.manifestUrl(QStringLiteral("rootless-1.16.92")).toString(),
                 QStringLiteral("https://registry-1.docker.io/v2/harness/ci-addon/manifests/rootless-1.16.92"));
        QCOMPARE(hub.displayName(), QStringLiteral("Docker Hub"));
        QCOMPARE(locateRepository(ImageReference::parse(QStringLiteral("127.0.0.1:5000/a/b"))).displayName(),
                 QStringLiteral("127.0.0.1:5000"));
        QVERIFY(!locateRepository(ImageReference::parse(QStringLiteral("Not Valid"))).isValid());
    }

    void mirrorSettings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("none") << "" << true << "";
        QTest::newRow("host") << "mirror.example.com" << true << "mirror.example.com";
        QTest::newRow("https and slash") << "https://mirror.example.com/" << true << "mirror.example.com";
        QTest::newRow("port and prefix") << "mirror.example.com:5000/dockerhub" << true << "mirror.example.com:5000/dockerhub";
        QTest::newRow("http to loopback") << "http://127.0.0.1:5000" << true << "127.0.0.1:5000";
        QTest::newRow("http elsewhere") << "http://mirror.example.com" << false << "";
        QTest::newRow("no host") << "mirror" << false << "";
        QTest::newRow("upper-case prefix") << "mirror.example.com/DockerHub" << false << "";
        QTest::newRow("bad port") << "mirror.example.com:99999" << false << "";
    }

    void mirrorSettings()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString why;
        const auto mirror = RegistryMirror::parse(text, &why);
        QCOMPARE(mirror.has_value(), ok);
        if (ok)
            QTEST(mirror->toString(), "normalized");
        else
            QVERIFY(!why.isEmpty());
    }

    // The parsers read what strangers send: random and mangled input must neither crash nor hang.
    void parsersSurviveGarbage()
    {
        const QList<QByteArray> seeds{
            "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:a:pull\"",
            "</v2/a/tags/list?last=b&n=10>; rel=\"next\", </x>; rel=prev",
            "{\"name\":\"a\",\"tags\":[\"1\",\"2\"],\"token\":\"t\",\"access_token\":\"u\",\"expires_in\":5,\"errors\":[{\"code\":\"X\"}]}",
        };
        QRandomGenerator random(20240215);
        const QUrl base(QStringLiteral("https://registry.example.com/v2/a/tags/list"));
        for (int round = 0; round < 20000; ++round) {
            QByteArray input = seeds.at(round % seeds.size());
            const int edits = int(random.bounded(1, 12));
            for (int e = 0; e < edits && !input.isEmpty(); ++e) {
                const int at = int(random.bounded(int(input.size())));
                switch (random.bounded(4)) {
                case 0: input[at] = char(random.bounded(256)); break;
                case 1: input.remove(at, int(random.bounded(1, 8))); break;
                case 2: input.insert(at, "\",;<>= \\"[random.bounded(9)]); break;
                default: input.truncate(at); break;
                }
            }
            if (round % 10 == 0) {
                input.resize(int(random.bounded(64)));
                for (char &c : input)
                    c = char(random.bounded(256));
            }
            for (const AuthChallenge &challenge : parseAuthChallenges(input)) {
                QVERIFY(!challenge.scheme.isEmpty());
                QCOMPARE(challenge.scheme, challenge.scheme.toLower());
            }
            const QUrl next = parseNextLink(input, base);
            QVERIFY(next.isEmpty() || next.isValid());
            decodeTagList(input);
            if (const auto token = decodeToken(input))
                QVERIFY(!token->token.isEmpty() && token->expiresInSeconds >= 1);
            decodeErrorBody(input);
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistryProtocol)
#include "tst_registryprotocol.moc"
