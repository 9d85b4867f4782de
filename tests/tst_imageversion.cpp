#include "core/imageversion.h"

#include <QtTest>

using namespace hci;

class TestImageVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsInHarnessTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("variant");

        QTest::newRow("plain") << "1.16.92" << "1.16.92" << "";
        QTest::newRow("rootless prefix") << "rootless-1.16.92" << "1.16.92" << "rootless";
        QTest::newRow("rootless suffix") << "1.6.9-rootless" << "1.6.9" << "rootless";
        QTest::newRow("v prefix") << "v0.39.0" << "0.39.0" << "";
        QTest::newRow("two parts") << "3.19" << "3.19" << "";
        QTest::newRow("four parts") << "1.2.3.4" << "1.2.3.4" << "";
        QTest::newRow("upper-case variant") << "1.2.3-ROOTLESS" << "1.2.3" << "rootless";
        QTest::newRow("release candidate") << "1.0.0-rc.1" << "1.0.0" << "rc.1";
        QTest::newRow("word that is not a prefix") << "v1-beta" << "1" << "beta";
        QTest::newRow("word with digits as prefix") << "v1-2" << "2" << "v1";
        QTest::newRow("prefix, v and suffix") << "abc-v1.2-beta" << "1.2" << "abc";
        QTest::newRow("nine digits") << "123456789" << "123456789" << "";
    }

    void versionsInHarnessTags()
    {
        QFETCH(QString, tag);
        const auto version = ImageVersion::fromTag(tag);
        QVERIFY(version.has_value());
        QTEST(version->number().toString(), "number");
        QTEST(version->variant(), "variant");
    }

    void tagsWithoutVersions_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("latest") << "latest";
        QTest::newRow("dev") << "dev";
        QTest::newRow("empty") << "";
        QTest::newRow("dots only") << "...";
        QTest::newRow("trailing dot") << "1.2.";
        QTest::newRow("git sha") << "a1b2c3d";
        QTest::newRow("ten digits") << "1234567890";
        QTest::newRow("five parts") << "1.2.3.4.5";
        QTest::newRow("number after the dash") << "1.2.3-1";
        QTest::newRow("v alone") << "v";
        QTest::newRow("space") << "1.2 3";
        QTest::newRow("two dashes") << "a-b-1.2";
    }

    void tagsWithoutVersions()
    {
        QFETCH(QString, tag);
        QVERIFY(!ImageVersion::fromTag(tag).has_value());
    }

    void comparison_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");

        QTest::newRow("patch") << "1.16.92" << "1.16.100" << -1; // numeric, not text order
        QTest::newRow("minor") << "1.17.0" << "1.16.92" << 1;
        QTest::newRow("major") << "0.39.0" << "1.0.0" << -1;
        QTest::newRow("same") << "1.16.92" << "1.16.92" << 0;
        QTest::newRow("missing zero") << "1.16" << "1.16.0" << 0;
        QTest::newRow("rootless vs plain") << "rootless-1.16.92" << "1.16.80" << 1;
        QTest::newRow("suffix vs prefix") << "1.6.9-rootless" << "rootless-1.6.10" << -1;
    }

    void comparison()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(compareTagVersions(a, b), std::optional<int>(expected));
        QCOMPARE(compareTagVersions(b, a), std::optional<int>(-expected));
    }

    void nonVersionTagsDoNotCompare()
    {
        QVERIFY(!compareTagVersions(u"latest", u"1.0.0").has_value());
        QVERIFY(!compareTagVersions(u"dev", u"dev").has_value());
    }

    void sortingNewestFirst()
    {
        const QStringList tags{QStringLiteral("latest"), QStringLiteral("1.16.80"), QStringLiteral("rootless-1.16.92"),
                               QStringLiteral("1.16.92"), QStringLiteral("dev"), QStringLiteral("1.16.100"),
                               QStringLiteral("1.6.9-rootless")};
        QCOMPARE(sortTagsNewestFirst(tags),
                 (QStringList{QStringLiteral("1.16.100"), QStringLiteral("1.16.92"), QStringLiteral("rootless-1.16.92"),
                              QStringLiteral("1.16.80"), QStringLiteral("1.6.9-rootless"), QStringLiteral("dev"),
                              QStringLiteral("latest")}));
    }
};

QTEST_GUILESS_MAIN(TestImageVersion)
#include "tst_imageversion.moc"
