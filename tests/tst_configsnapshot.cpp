#include "core/configsnapshot.h"

#include <QtTest>

using namespace hci;

namespace {

ImageMap defaults()
{
    return {{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.92")},
            {QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.6.9-rootless")},
            {QStringLiteral("iacmTerraform"), QStringLiteral("plugins/harness_terraform:dev")},
            {QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.5.3")},
            {QStringLiteral("cacheS3Tag"), QStringLiteral("plugins/cache:1.9.8")},
            {QStringLiteral("securityTag"), QStringLiteral("harness/sto-plugin:latest")}};
}

} // namespace

class TestConfigSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreTheUnionInCatalogOrder()
    {
        const ConfigSnapshot snapshot(Module::Ci, Infra::K8, defaults(),
                                      {{QStringLiteral("brandNewTag"), QStringLiteral("harness/new:1.0.0")}});
        const QStringList fields = snapshot.fields();
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.first(), QStringLiteral("addonTag"));
        QCOMPARE(fields.last(), QStringLiteral("brandNewTag")); // unknown keys are kept, last
        QCOMPARE(snapshot.compare(QStringLiteral("brandNewTag")).state, FieldState::OverrideOnly);
    }

    void statesOfEachKindOfRow_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("overrideValue");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("mirrored");

        QTest::newRow("default only") << "addonTag" << "" << int(FieldState::DefaultOnly) << false;
        QTest::newRow("older") << "addonTag" << "harness/ci-addon:1.16.80" << int(FieldState::Behind) << false;
        QTest::newRow("newer") << "addonTag" << "harness/ci-addon:1.17.0" << int(FieldState::Ahead) << false;
        QTest::newRow("same value") << "addonTag" << "harness/ci-addon:1.16.92" << int(FieldState::SameAsDefault) << false;
        QTest::newRow("mirror same version") << "addonTag" << "artifactory.example.com/harness/ci-addon:1.16.92"
                                             << int(FieldState::Overridden) << true;
        QTest::newRow("mirror older") << "addonTag" << "artifactory.example.com/harness/ci-addon:1.16.22"
                                      << int(FieldState::Behind) << true;
        QTest::newRow("not comparable") << "iacmTerraform" << "plugins/harness_terraform:stable"
                                        << int(FieldState::Overridden) << false;
        QTest::newRow("rootless older") << "gitCloneTag" << "harness/drone-git:1.6.0-rootless"
                                        << int(FieldState::Behind) << false;
        QTest::newRow("invalid override") << "s3UploadTag" << "not a reference" << int(FieldState::Overridden) << false;
    }

    void statesOfEachKindOfRow()
    {
        QFETCH(QString, field);
        QFETCH(QString, overrideValue);
        QFETCH(int, state);
        QFETCH(bool, mirrored);
        ImageMap overrides;
        if (!overrideValue.isEmpty())
            overrides.insert(field, overrideValue);
        const ConfigSnapshot snapshot(Module::Ci, Infra::K8, defaults(), overrides);
        const FieldComparison row = snapshot.compare(field);
        QCOMPARE(int(row.state), state);
        QCOMPARE(row.mirrored, mirrored);
        QCOMPARE(row.overridden, !overrideValue.isEmpty());
        QCOMPARE(row.effectiveValue(), overrideValue.isEmpty() ? defaults().value(field) : overrideValue);
    }

    void deprecatedWinsOverAge()
    {
        const ImageMap overrides{{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:0.9.0")}};
        const ImageMap deprecated{{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:0.9.0")}};
        const ConfigSnapshot snapshot(Module::Ci, Infra::K8, defaults(), overrides, deprecated);
        const FieldComparison row = snapshot.compare(QStringLiteral("addonTag"));
        QCOMPARE(row.state, FieldState::Deprecated);
        QCOMPARE(row.relation, VersionRelation::Older);
        QVERIFY(row.deprecated);
        QCOMPARE(snapshot.overrideCount(), 1);
    }

    void deprecatedWithoutOverrideIsIgnored()
    {
        const ImageMap deprecated{{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:0.9.0")}};
        const ConfigSnapshot snapshot(Module::Ci, Infra::K8, defaults(), {}, deprecated);
        QCOMPARE(snapshot.compare(QStringLiteral("addonTag")).state, FieldState::DefaultOnly);
    }

    void comparisonsCoverEveryField()
    {
        const ConfigSnapshot snapshot(Module::Idp, Infra::Vm, defaults(), {});
        QCOMPARE(snapshot.comparisons().size(), snapshot.fields().size());
        QCOMPARE(snapshot.module(), Module::Idp);
        QCOMPARE(snapshot.infra(), Infra::Vm);
        QVERIFY(!snapshot.isEmpty());
        QVERIFY(ConfigSnapshot().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigSnapshot)
#include "tst_configsnapshot.moc"
