#include "core/knowntags.h"
#include "core/releasewindow.h"

#include <QSignalSpy>
#include <QtTest>

using namespace hci;

namespace {

// Shaped like harness/ci-addon on Docker Hub: releases, their rootless twins, moving tags, a dev build.
const QStringList kCiAddonTags{
    QStringLiteral("latest"),           QStringLiteral("1.16.88"),          QStringLiteral("rootless-1.16.88"),
    QStringLiteral("1.16.89"),          QStringLiteral("rootless-1.16.89"), QStringLiteral("1.16.90"),
    QStringLiteral("rootless-1.16.90"), QStringLiteral("1.16.91"),          QStringLiteral("rootless-1.16.91"),
    QStringLiteral("1.16.92"),          QStringLiteral("rootless-1.16.92"), QStringLiteral("dev"),
    QStringLiteral("1.16.9"),           QStringLiteral("rootless-latest"),
};

// Shaped like harness/drone-git: the variant after the number, and per-architecture tags.
const QStringList kDroneGitTags{
    QStringLiteral("1.6.9-rootless"), QStringLiteral("1.6.9"),  QStringLiteral("1.6.8-rootless"),
    QStringLiteral("1.6.8"),          QStringLiteral("1.6.7"),  QStringLiteral("1.5.0"),
    QStringLiteral("latest"),         QStringLiteral("1.6.9-linux-amd64"), QStringLiteral("linux-arm64"),
};

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

QStringList versions(const QList<QVersionNumber> &numbers)
{
    QStringList text;
    for (const QVersionNumber &number : numbers)
        text.append(number.toString());
    return text;
}

} // namespace

class TestReleaseWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releasesAreDistinctPlainVersionsNewestFirst()
    {
        const ReleaseWindow window = ReleaseWindow::fromTags(kCiAddonTags);
        // 1.16.92 is newer than 1.16.9: numbers, not text; rootless twins, latest and dev are not releases.
        QCOMPARE(versions(window.releases()),
                 strings({"1.16.92", "1.16.91", "1.16.90", "1.16.89", "1.16.88", "1.16.9"}));
        QCOMPARE(window.newest().toString(), QStringLiteral("1.16.92"));
        QCOMPARE(versions(window.supported()), strings({"1.16.92", "1.16.91", "1.16.90"}));

        const ReleaseWindow git = ReleaseWindow::fromTags(kDroneGitTags);
        QCOMPARE(versions(git.releases()), strings({"1.6.9", "1.6.8", "1.6.7", "1.5.0"}));
    }

    void datesAndShortNumbersAreNotReleases()
    {
        const ReleaseWindow window = ReleaseWindow::fromTags(
            {QStringLiteral("20240101"), QStringLiteral("3.19"), QStringLiteral("1.2.3.4"), QStringLiteral("1.0.0"),
             QStringLiteral("v1.1.0"), QStringLiteral("1.0.0")});
        QCOMPARE(versions(window.releases()), strings({"1.1.0", "1.0.0"}));
    }

    void ageAgainstTheNewestRelease_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("behind");
        QTest::addColumn<bool>("outside");

        QTest::newRow("latest release") << "1.16.92" << 0 << false;
        QTest::newRow("latest-1") << "1.16.91" << 1 << false;
        QTest::newRow("latest-2") << "1.16.90" << 2 << false;
        QTest::newRow("three behind") << "1.16.89" << 3 << true;
        QTest::newRow("rootless latest-2") << "rootless-1.16.90" << 2 << false;
        QTest::newRow("rootless three behind") << "rootless-1.16.89" << 3 << true;
        QTest::newRow("far behind") << "1.16.9" << 5 << true;
        QTest::newRow("a build between releases") << "1.16.91.1" << 1 << false;
        QTest::newRow("newer than any release") << "rootless-1.16.93" << 0 << false;
        QTest::newRow("older than every release") << "1.2.0" << 6 << true;
    }

    void ageAgainstTheNewestRelease()
    {
        QFETCH(QString, tag);
        const auto age = ReleaseWindow::fromTags(kCiAddonTags).ageOf(tag);
        QVERIFY(age.has_value());
        QTEST(age->releasesBehind, "behind");
        QTEST(age->isOutsideWindow(), "outside");
        QCOMPARE(age->newest.toString(), QStringLiteral("1.16.92"));
    }

    void tagsWithoutVersionsHaveNoAge()
    {
        const ReleaseWindow window = ReleaseWindow::fromTags(kCiAddonTags);
        QVERIFY(!window.ageOf(u"latest").has_value());
        QVERIFY(!window.ageOf(u"dev").has_value());
        QVERIFY(!window.ageOf(u"").has_value());
        // An image whose tags carry no release says nothing about any tag.
        QVERIFY(!ReleaseWindow::fromTags({QStringLiteral("dev"), QStringLiteral("latest")}).ageOf(u"1.0.0").has_value());
    }

    void anImageWithTwoReleasesSupportsBoth()
    {
        const ReleaseWindow window = ReleaseWindow::fromTags({QStringLiteral("0.39.0"), QStringLiteral("0.38.1")});
        QCOMPARE(versions(window.supported()), strings({"0.39.0", "0.38.1"}));
        QVERIFY(!window.ageOf(u"0.38.1")->isOutsideWindow());
    }

    void theEditorListIsNewestFirstAndMarked()
    {
        const ReleaseWindow window = ReleaseWindow::fromTags(kCiAddonTags);
        const QList<TagStanding> list = window.describe(kCiAddonTags, u"1.16.91");
        QStringList order;
        for (const TagStanding &standing : list)
            order.append(standing.tag);
        QCOMPARE(order.mid(0, 6), strings({"1.16.92", "rootless-1.16.92", "1.16.91", "rootless-1.16.91", "1.16.90",
                                               "rootless-1.16.90"}));
        // Tags without a version come last, alphabetically.
        QCOMPARE(order.mid(order.size() - 3), strings({"dev", "latest", "rootless-latest"}));

        const TagStanding &newest = list.at(0);
        QVERIFY(newest.isNewest);
        QVERIFY(newest.isRelease);
        QCOMPARE(newest.supportRank, 0);
        QVERIFY(!newest.isDefault);

        const TagStanding &rootless = list.at(1);
        QCOMPARE(rootless.variant, QStringLiteral("rootless"));
        QVERIFY(!rootless.isRelease);
        QVERIFY(rootless.isNewest); // the rootless build of the newest release
        QCOMPARE(rootless.supportRank, 0);

        QVERIFY(list.at(2).isDefault);
        QCOMPARE(list.at(2).supportRank, 1);
        QCOMPARE(list.at(4).supportRank, 2);
        QCOMPARE(list.at(6).tag, QStringLiteral("1.16.89"));
        QCOMPARE(list.at(6).supportRank, -1);
        QVERIFY(!list.at(order.indexOf(QStringLiteral("latest"))).hasVersion);
    }

    void variantsAfterTheNumberKeepTheirKind()
    {
        const ReleaseWindow window = ReleaseWindow::fromTags(kDroneGitTags);
        const QList<TagStanding> list = window.describe(kDroneGitTags, u"1.6.9-rootless");
        QCOMPARE(list.at(0).tag, QStringLiteral("1.6.9"));
        QCOMPARE(list.at(1).tag, QStringLiteral("1.6.9-rootless"));
        QCOMPARE(list.at(1).variant, QStringLiteral("rootless"));
        QVERIFY(list.at(1).isDefault);
        QCOMPARE(list.at(1).supportRank, 0);
        QCOMPARE(list.at(list.size() - 1).tag, QStringLiteral("linux-arm64"));
    }

    void onlyHarnessReleaseTrainHasAWindow_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("train");
        QTest::newRow("add-on") << "harness/ci-addon:1.16.92" << true;
        QTest::newRow("lite engine rootless") << "harness/ci-lite-engine:rootless-1.16.92" << true;
        QTest::newRow("mirrored add-on") << "artifactory.example.com/docker-remote/harness/ci-addon:1.16.22" << true;
        QTest::newRow("GAR") << "us-docker.pkg.dev/gar-prod-setup/harness-public/harness/ci-lite-engine:1.16.92" << true;
        QTest::newRow("drone-git") << "harness/drone-git:1.6.9-rootless" << false;
        QTest::newRow("a plugin") << "plugins/kaniko:1.10.6" << false;
        QTest::newRow("someone else's ci-addon") << "acme/ci-addon:1.0.0" << false;
    }

    void onlyHarnessReleaseTrainHasAWindow()
    {
        QFETCH(QString, reference);
        QFETCH(bool, train);
        QCOMPARE(isHarnessReleaseTrain(reference), train);
    }

    void theWindowEndsAtHarnessDefault()
    {
        // The registry has 1.16.93 and 1.16.94 already; Harness's default is still 1.16.92.
        const ReleaseWindow raw = ReleaseWindow::fromTags(kCiAddonTags + QStringList{QStringLiteral("1.16.93"),
                                                                                      QStringLiteral("1.16.94"),
                                                                                      QStringLiteral("rootless-1.16.94")});
        const QString defaultRef = QStringLiteral("harness/ci-addon:1.16.92");
        const ReleaseWindow window = raw.appliedTo(QStringLiteral("harness/ci-addon:1.16.90"), defaultRef);
        QVERIFY(window.hasSupportWindow());
        QCOMPARE(window.newest(), QVersionNumber(1, 16, 92));
        QCOMPARE(window.ageOf(u"1.16.90")->releasesBehind, 2);
        QVERIFY(!window.ageOf(u"1.16.90")->isOutsideWindow()); // latest-2 of Harness's releases
        QVERIFY(window.ageOf(u"rootless-1.16.89")->isOutsideWindow());
        QVERIFY(raw.ageOf(u"1.16.90")->isOutsideWindow()); // against every tag it would be

        // Newer than the default: ahead of it, never measured against the window.
        const auto ahead = window.ageOf(u"rootless-1.16.94");
        QVERIFY(ahead->aheadOfDefault);
        QVERIFY(!ahead->isOutsideWindow());
        QVERIFY(!ahead->hasNewerRelease());

        const QList<TagStanding> marks = window.describe(kCiAddonTags + QStringList{QStringLiteral("1.16.94")}, u"1.16.92");
        QVERIFY(marks.first().aheadOfDefault); // 1.16.94 first, newest first
        QCOMPARE(marks.first().supportRank, -1);
        const auto defaultMark = std::find_if(marks.cbegin(), marks.cend(),
                                              [](const TagStanding &standing) { return standing.isDefault; });
        QVERIFY(defaultMark != marks.cend());
        QCOMPARE(defaultMark->supportRank, 0);
        QVERIFY(defaultMark->isNewest);
    }

    void pluginImagesAreUpdatedAsNeeded()
    {
        const QStringList tags{QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("1.2.0"),
                               QStringLiteral("1.3.0"), QStringLiteral("2.0.0")};
        const ReleaseWindow window
            = ReleaseWindow::fromTags(tags).appliedTo(QStringLiteral("plugins/s3:1.0.0"), QStringLiteral("plugins/s3:1.3.0"));
        QVERIFY(!window.hasSupportWindow());
        const auto age = window.ageOf(u"1.0.0");
        QCOMPARE(age->releasesBehind, 4); // against every release, the default's ceiling does not apply
        QVERIFY(age->hasNewerRelease());
        QVERIFY(!age->isOutsideWindow()); // never "unsupported"
        for (const TagStanding &standing : window.describe(tags))
            QCOMPARE(standing.supportRank, -1);

        KnownTags known;
        known.setTags(QStringLiteral("plugins/s3:1.3.0"), tags);
        QVERIFY(!known.ageOf(QStringLiteral("plugins/s3:1.0.0"), QStringLiteral("plugins/s3:1.3.0"))->isOutsideWindow());
        known.setTags(QStringLiteral("harness/ci-addon:1.16.92"), kCiAddonTags);
        QVERIFY(known.ageOf(QStringLiteral("harness/ci-addon:1.16.88"), QStringLiteral("harness/ci-addon:1.16.92"))
                    ->isOutsideWindow());
    }

    void knownTagsAreKeyedByRepository()
    {
        QCOMPARE(KnownTags::repositoryKey(QStringLiteral("harness/ci-addon:1.16.92")),
                 QStringLiteral("docker.io/harness/ci-addon"));
        QCOMPARE(KnownTags::repositoryKey(QStringLiteral("docker.io/harness/ci-addon:latest")),
                 QStringLiteral("docker.io/harness/ci-addon"));
        QCOMPARE(KnownTags::repositoryKey(QStringLiteral("alpine:3.19")), QStringLiteral("docker.io/library/alpine"));
        QCOMPARE(KnownTags::repositoryKey(QStringLiteral("registry.example.com:5000/harness/drone-git:1.6.9")),
                 QStringLiteral("registry.example.com:5000/harness/drone-git"));
        QVERIFY(KnownTags::repositoryKey(QStringLiteral("Not A Reference")).isEmpty());
    }

    void knownTagsTellTheAgeOfAnOverride()
    {
        KnownTags known;
        QSignalSpy changed(&known, &KnownTags::changed);
        const QString old = QStringLiteral("harness/ci-addon:1.16.88");
        QCOMPARE(known.status(old), KnownTags::Status::Unknown);
        QVERIFY(!known.ageOf(old));

        known.setLoading(old);
        QCOMPARE(known.status(old), KnownTags::Status::Loading);
        QVERIFY(!known.ageOf(old));

        known.setTags(QStringLiteral("harness/ci-addon:1.16.92"), kCiAddonTags + QStringList{QStringLiteral("latest")});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("docker.io/harness/ci-addon"));
        const KnownTags::Entry entry = known.entry(old);
        QCOMPARE(entry.status, KnownTags::Status::Known);
        QCOMPARE(entry.tags.first(), QStringLiteral("1.16.92"));
        QCOMPARE(entry.tags.count(QStringLiteral("latest")), 1);
        QCOMPARE(known.ageOf(old)->releasesBehind, 4);
        QVERIFY(known.ageOf(old)->isOutsideWindow());
        QVERIFY(!known.ageOf(QStringLiteral("harness/ci-addon:rootless-1.16.91"))->isOutsideWindow());
        QVERIFY(!known.ageOf(QStringLiteral("harness/ci-addon")).has_value()); // implied "latest"
        QVERIFY(!known.ageOf(QStringLiteral("harness/drone-git:1.0.0")).has_value()); // another image

        known.setFailed(QStringLiteral("harness/drone-git:1.6.9"), QStringLiteral("unreachable"));
        QCOMPARE(known.status(QStringLiteral("harness/drone-git:1.0.0")), KnownTags::Status::Failed);
        QCOMPARE(known.entry(QStringLiteral("harness/drone-git")).problem, QStringLiteral("unreachable"));

        QSignalSpy cleared(&known, &KnownTags::cleared);
        known.clear();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(known.status(old), KnownTags::Status::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestReleaseWindow)
#include "tst_releasewindow.moc"
