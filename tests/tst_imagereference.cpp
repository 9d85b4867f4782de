#include "core/imagereference.h"

#include <QtTest>

using namespace hci;

class TestImageReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("registryHost");

        const QString sha = QStringLiteral("sha256:") + QString(64, u'a');
        QTest::newRow("docker hub") << "harness/ci-addon:1.16.92" << "" << "harness/ci-addon" << "1.16.92" << "" << "docker.io";
        QTest::newRow("rootless prefix") << "harness/ci-addon:rootless-1.16.92" << "" << "harness/ci-addon" << "rootless-1.16.92" << "" << "docker.io";
        QTest::newRow("underscores") << "plugins/harness_terraform:dev" << "" << "plugins/harness_terraform" << "dev" << "" << "docker.io";
        QTest::newRow("no tag") << "harness/ci-addon" << "" << "harness/ci-addon" << "" << "" << "docker.io";
        QTest::newRow("official image") << "alpine:3.19" << "" << "alpine" << "3.19" << "" << "docker.io";
        QTest::newRow("mirror") << "artifactory.example.com/harness/ci-addon:1.16.22" << "artifactory.example.com" << "harness/ci-addon" << "1.16.22" << "" << "artifactory.example.com";
        QTest::newRow("gar") << "us-docker.pkg.dev/gar-prod-setup/harness-public/harness/ci-addon:1.16.92" << "us-docker.pkg.dev" << "gar-prod-setup/harness-public/harness/ci-addon" << "1.16.92" << "" << "us-docker.pkg.dev";
        QTest::newRow("port") << "registry.local:5000/harness/drone-git:1.6.9-rootless" << "registry.local:5000" << "harness/drone-git" << "1.6.9-rootless" << "" << "registry.local:5000";
        QTest::newRow("localhost") << "localhost/team/img:1" << "localhost" << "team/img" << "1" << "" << "localhost";
        QTest::newRow("localhost port") << "localhost:5000/img" << "localhost:5000" << "img" << "" << "" << "localhost:5000";
        QTest::newRow("ipv6") << "[::1]:5000/harness/ci-addon:1" << "[::1]:5000" << "harness/ci-addon" << "1" << "" << "[::1]:5000";
        QTest::newRow("digest") << QString(u"harness/ci-addon@" + sha) << "" << "harness/ci-addon" << "" << sha << "docker.io";
        QTest::newRow("tag and digest") << QString(u"harness/ci-addon:1.16.92@" + sha) << "" << "harness/ci-addon" << "1.16.92" << sha << "docker.io";
        QTest::newRow("upper-case registry") << "Registry.Example.com/harness/x:1" << "Registry.Example.com" << "harness/x" << "1" << "" << "Registry.Example.com";
        QTest::newRow("separators") << "a/b__c/d.e-f---g:T_a.g-1" << "" << "a/b__c/d.e-f---g" << "T_a.g-1" << "" << "docker.io";
    }

    void validReferences()
    {
        QFETCH(QString, text);
        const ImageReference ref = ImageReference::parse(text);
        QVERIFY2(ref.isValid(), qPrintable(ref.errorString()));
        QVERIFY(ref.errorString().isEmpty());
        QTEST(ref.domain(), "domain");
        QTEST(ref.path(), "path");
        QTEST(ref.tag(), "tag");
        QTEST(ref.digest(), "digest");
        QTEST(ref.registryHost(), "registryHost");
        QCOMPARE(ref.text(), text);
    }

    void invalidReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("space") << "harness/ci-addon: 1.2" << "space";
        QTest::newRow("upper-case path") << "harness/CI-Addon:1.0" << "lower case";
        QTest::newRow("upper-case single name") << "Alpine" << "lower case";
        QTest::newRow("empty tag") << "harness/ci-addon:" << "tag";
        QTest::newRow("tag starts with dot") << "harness/ci-addon:.1" << "tag";
        QTest::newRow("tag too long") << QString(u"harness/ci-addon:" + QString(129, u'a')) << "128";
        QTest::newRow("empty component") << "harness//ci-addon:1" << "empty part";
        QTest::newRow("leading slash") << "/harness/ci-addon" << "empty part";
        QTest::newRow("trailing slash") << "harness/ci-addon/:1" << "empty part";
        QTest::newRow("double dot separator") << "harness/ci..addon" << "not a valid image name part";
        QTest::newRow("ends with dash") << "harness/ci-addon-:1" << "not a valid image name part";
        QTest::newRow("port zero") << "registry.local:0/img" << "port";
        QTest::newRow("port too big") << "registry.local:70000/img" << "port";
        QTest::newRow("port not a number") << "registry.local:abc/img" << "port";
        QTest::newRow("empty port") << "registry.local:/img" << "port";
        QTest::newRow("registry only") << "registry.local:5000/" << "no image";
        QTest::newRow("bad host") << "-registry.example.com/img" << "host";
        QTest::newRow("short digest") << "harness/ci-addon@sha256:abc" << "digest";
        QTest::newRow("wrong digest length") << QString(u"harness/ci-addon@sha256:" + QString(40, u'a')) << "length";
        QTest::newRow("only a tag") << ":1.2.3" << "no image name";
        QTest::newRow("name too long") << QString(u"a/" + QString(300, u'b')) << "255";
        QTest::newRow("unicode") << QString::fromUtf8("harness/ci-\xC3\xA4" "ddon:1") << "not a valid image name part";
    }

    void invalidReferences()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonContains);
        const ImageReference ref = ImageReference::parse(text);
        QVERIFY(!ref.isValid());
        QVERIFY2(ref.errorString().contains(reasonContains, Qt::CaseInsensitive), qPrintable(ref.errorString()));
        QCOMPARE(ref.text(), text); // what the user typed is kept for the editor
        QVERIFY(ref.path().isEmpty());
    }

    void repositoryAndTagSplit()
    {
        const ImageReference ref = ImageReference::parse(u"registry.local:5000/harness/ci-addon:1.16.92");
        QCOMPARE(ref.repository(), QStringLiteral("registry.local:5000/harness/ci-addon"));
        QCOMPARE(ref.withTag(QStringLiteral("1.16.93")).text(), QStringLiteral("registry.local:5000/harness/ci-addon:1.16.93"));
        QVERIFY(!ref.withTag(QStringLiteral("bad tag")).isValid());
    }

    void officialImagesLiveUnderLibrary()
    {
        QCOMPARE(ImageReference::parse(u"alpine:3").registryPath(), QStringLiteral("library/alpine"));
        QCOMPARE(ImageReference::parse(u"harness/ci-addon").registryPath(), QStringLiteral("harness/ci-addon"));
        QCOMPARE(ImageReference::parse(u"registry.local/alpine").registryPath(), QStringLiteral("alpine"));
    }

    void sameRepositoryIgnoresTagsAndImplicitDockerHub()
    {
        const ImageReference a = ImageReference::parse(u"harness/ci-addon:1.16.92");
        QVERIFY(a.sameRepository(ImageReference::parse(u"docker.io/harness/ci-addon:1.0.0")));
        QVERIFY(a.sameRepository(ImageReference::parse(u"index.docker.io/harness/ci-addon")));
        QVERIFY(!a.sameRepository(ImageReference::parse(u"artifactory.example.com/harness/ci-addon:1.16.92")));
        QVERIFY(!a.sameRepository(ImageReference::parse(u"harness/ci-lite-engine:1.16.92")));
    }

    void editorInputOfOnlyATagKeepsTheRepository_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("valid");

        QTest::newRow("version") << "1.16.93" << "artifactory.example.com/harness/ci-addon:1.16.93" << true;
        QTest::newRow("colon tag") << ":rootless-1.16.93" << "artifactory.example.com/harness/ci-addon:rootless-1.16.93" << true;
        QTest::newRow("word tag") << "latest" << "artifactory.example.com/harness/ci-addon:latest" << true;
        QTest::newRow("padded") << "  1.16.93 " << "artifactory.example.com/harness/ci-addon:1.16.93" << true;
        QTest::newRow("whole reference") << "harness/ci-addon:1.16.80" << "harness/ci-addon:1.16.80" << true;
        QTest::newRow("name and tag") << "alpine:3.19" << "alpine:3.19" << true;
        QTest::newRow("bad tag") << "1.16 93" << "" << false;
        QTest::newRow("empty") << "" << "" << false;
    }

    void editorInputOfOnlyATagKeepsTheRepository()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QFETCH(bool, valid);
        const ImageReference current = ImageReference::parse(u"artifactory.example.com/harness/ci-addon:1.16.92");
        const ImageReference result = ImageReference::fromEditorInput(typed, current);
        QCOMPARE(result.isValid(), valid);
        if (valid)
            QCOMPARE(result.text(), expected);
        else
            QVERIFY(!result.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
