#include "core/configdocument.h"
#include "core/configsnapshot.h"
#include "core/fieldrules.h"
#include "core/serverquirks.h"

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

    void deprecatedIsWhatTheServerSaysAndNothingElse()
    {
        // Far behind, a major version behind even, but not listed: no deprecation of our own.
        const ImageMap overrides{{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:0.1.0")},
                                 {QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.5.3")}};
        const ConfigSnapshot unlisted(Module::Ci, Infra::K8, defaults(), overrides);
        QCOMPARE(unlisted.compare(QStringLiteral("addonTag")).state, FieldState::Behind);
        // Listed, though not behind at all by our reading: the server's word stands.
        const ConfigSnapshot listed(Module::Ci, Infra::K8, defaults(), overrides,
                                    {{QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.5.3")}});
        QCOMPARE(listed.compare(QStringLiteral("s3UploadTag")).state, FieldState::Deprecated);
        // The server judged another override than this one (the answer names no infra): not this row's.
        const ConfigSnapshot other(Module::Ci, Infra::K8, defaults(), overrides,
                                   {{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:0.9.0")}});
        QCOMPARE(other.compare(QStringLiteral("addonTag")).state, FieldState::Behind);
    }

    void aValueThatIsNotTextIsAReadOnlyRow()
    {
        ConfigSnapshot snapshot(Module::Ci, Infra::K8, defaults(),
                                {{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.80")}});
        snapshot.setReadOnlyFields({{QStringLiteral("useRootlessByDefault"), QStringLiteral("true")}},
                                   {{QStringLiteral("useRootlessByDefault"), QStringLiteral("false")},
                                    {QStringLiteral("stepLimits"), QStringLiteral("{\"cpu\":2}")}});
        QVERIFY(snapshot.fields().contains(QStringLiteral("useRootlessByDefault")));
        QVERIFY(snapshot.fields().contains(QStringLiteral("stepLimits")));
        QCOMPARE(snapshot.readOnlyFields().size(), 2);
        const FieldComparison row = snapshot.compare(QStringLiteral("useRootlessByDefault"));
        QCOMPARE(row.state, FieldState::ReadOnly);
        QVERIFY(row.readOnly);
        QCOMPARE(row.defaultValue, QStringLiteral("true"));
        QCOMPARE(row.overrideValue, QStringLiteral("false"));
        QCOMPARE(snapshot.compare(QStringLiteral("stepLimits")).overrideValue, QStringLiteral("{\"cpu\":2}"));
        // Every other field still works.
        QCOMPARE(snapshot.compare(QStringLiteral("addonTag")).state, FieldState::Behind);

        // Never edited, never reset, never in a change set; the rest of the document works on.
        ConfigDocument document;
        document.setSnapshot(snapshot);
        QString whyNot;
        QVERIFY(!document.setOverride(QStringLiteral("useRootlessByDefault"), QStringLiteral("harness/x:1"), &whyNot));
        QVERIFY(!whyNot.isEmpty());
        document.resetField(QStringLiteral("stepLimits"));
        QVERIFY(!document.hasPendingChanges());
        QCOMPARE(document.resetAll(), 1); // addonTag only
        QVERIFY(document.setOverride(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.7.0-rootless")));
        const ChangeSet set = document.changeSet();
        QCOMPARE(set.size(), 2);
        QVERIFY(!set.resets.contains(QStringLiteral("useRootlessByDefault")));
        QVERIFY(!set.resets.contains(QStringLiteral("stepLimits")));
        for (const auto &update : set.updates)
            QVERIFY(!snapshot.isReadOnly(update.first));
    }

    void aBlankOverrideIsNoOverride()
    {
        const ConfigSnapshot snapshot(Module::Ci, Infra::K8, defaults(),
                                      {{QStringLiteral("s3UploadTag"), QStringLiteral("  ")},
                                       {QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.80")}});
        const FieldComparison row = snapshot.compare(QStringLiteral("s3UploadTag"));
        QVERIFY(!row.overridden);
        QVERIFY(row.emptyOverrideStored);
        QCOMPARE(row.state, FieldState::EmptyOverride);
        QCOMPARE(row.effectiveValue(), defaults().value(QStringLiteral("s3UploadTag")));
        QCOMPARE(snapshot.overrideCount(), 1);
    }

    void serverQuirksLiveInOneTable()
    {
        const QString slsa = QStringLiteral("slsaVerificationTag");
        QVERIFY(ServerQuirks::refusesWrite(Module::Ci, Infra::Vm, slsa));
        QVERIFY(!ServerQuirks::refusesWrite(Module::Ci, Infra::K8, slsa));
        QVERIFY(ServerQuirks::warning(Module::Ci, Infra::Vm, slsa).contains(slsa));
        QVERIFY(ServerQuirks::warning(Module::Ci, Infra::Vm, QStringLiteral("gitCloneTag")).isEmpty());
        for (const char *field : {"addonTag", "liteEngineTag", "provenanceTag"})
            QVERIFY2(ServerQuirks::refusesWrite(Module::Ci, Infra::Vm, QLatin1String(field)), field);
        QCOMPARE(ServerQuirks::refusedAmong(Module::Ci, Infra::Vm, {QStringLiteral("gitCloneTag"), slsa}),
                 QStringList{slsa});
    }

    void rootlessRowsKeepTheirForm_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("defaultValue");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        const QString addon = QStringLiteral("harness/ci-addon:rootless-1.16.92");
        QTest::newRow("word first") << "addonTagRootless" << addon << addon << "1.16.93"
                                    << "harness/ci-addon:rootless-1.16.93";
        QTest::newRow("with colon and v") << "addonTagRootless" << addon << addon << ":v1.16.94"
                                          << "harness/ci-addon:rootless-1.16.94";
        QTest::newRow("word after") << "gitCloneTag" << "harness/drone-git:1.6.9-rootless"
                                    << "harness/drone-git:1.6.9-rootless" << "1.6.10" << "harness/drone-git:1.6.10-rootless";
        QTest::newRow("key says rootless, no tag to copy") << "liteEngineTagRootless" << "harness/ci-lite-engine:1.16.92"
                                                           << "" << "1.16.93" << "harness/ci-lite-engine:rootless-1.16.93";
        QTest::newRow("already rootless") << "addonTagRootless" << addon << addon << "rootless-1.16.90"
                                          << "harness/ci-addon:rootless-1.16.90";
        QTest::newRow("not a version") << "addonTagRootless" << addon << addon << "latest" << "harness/ci-addon:latest";
        QTest::newRow("a whole reference stays") << "addonTagRootless" << addon << addon << "harness/ci-addon:1.16.93"
                                                 << "harness/ci-addon:1.16.93";
        QTest::newRow("plain row") << "addonTag" << "harness/ci-addon:1.16.92" << "harness/ci-addon:1.16.92"
                                   << "1.16.93" << "harness/ci-addon:1.16.93";
    }

    void rootlessRowsKeepTheirForm()
    {
        QFETCH(QString, field);
        QFETCH(QString, current);
        QFETCH(QString, defaultValue);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const ImageReference resolved = FieldRules::resolveInput(typed, current, field, defaultValue);
        QVERIFY2(resolved.isValid(), qPrintable(resolved.errorString()));
        QCOMPARE(resolved.text(), expected);
        // What does not keep the form is warned about.
        QCOMPARE(FieldRules::rootlessWarning(field, defaultValue, expected).isEmpty(),
                 !FieldRules::isRootlessRow(field, defaultValue) || expected.contains(QLatin1String("rootless")));
    }

    void theAddOnAndTheLiteEngineGoTogether()
    {
        QCOMPARE(FieldRules::shippedWith(QStringLiteral("addonTag")), QStringLiteral("liteEngineTag"));
        QCOMPARE(FieldRules::shippedWith(QStringLiteral("liteEngineTagRootless")), QStringLiteral("addonTagRootless"));
        QVERIFY(FieldRules::shippedWith(QStringLiteral("gitCloneTag")).isEmpty());
        QVERIFY(!FieldRules::pairWarning(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.93"),
                                         QStringLiteral("liteEngineTag"), QStringLiteral("harness/ci-lite-engine:1.16.92"))
                     .isEmpty());
        QVERIFY(FieldRules::pairWarning(QStringLiteral("addonTagRootless"), QStringLiteral("harness/ci-addon:rootless-1.16.92"),
                                        QStringLiteral("liteEngineTagRootless"),
                                        QStringLiteral("harness/ci-lite-engine:rootless-1.16.92"))
                    .isEmpty());
    }

    void changedFieldsNameWhatAReadBackChanged()
    {
        const QString s3 = QStringLiteral("s3UploadTag");
        const QString git = QStringLiteral("gitCloneTag");
        const QString addon = QStringLiteral("addonTag");
        ConfigSnapshot before(Module::Ci, Infra::K8, defaults(), {{s3, QStringLiteral("plugins/s3:1.5.0")}},
                              {{addon, QString()}});
        before.setReadOnlyFields({}, {{QStringLiteral("securityTag"), QStringLiteral("true")}});
        QVERIFY(before.hasField(s3));
        QVERIFY(before.hasField(QStringLiteral("securityTag")));
        QVERIFY(!before.hasField(QStringLiteral("brandNewTag")));

        // A changed override, a new one, a deprecation gone; the read-only field stays read-only.
        const ConfigSnapshot after = before.withOverrides(
            {{s3, QStringLiteral("plugins/s3:1.6.0")}, {git, QStringLiteral("harness/drone-git:1.7.0-rootless")},
             {QStringLiteral("securityTag"), QStringLiteral("harness/sto-plugin:1.0.0")}},
            {});
        QStringList changed = ConfigSnapshot::changedFields(before, after);
        changed.removeDuplicates();
        changed.sort();
        QCOMPARE(changed, (QStringList{addon, git, s3}));
        QVERIFY(after.isReadOnly(QStringLiteral("securityTag")));
        QCOMPARE(after.fields(), before.fields());
        QVERIFY(after.overrides().value(QStringLiteral("securityTag")).isEmpty());

        // The same values in new maps: nothing changed.
        const ConfigSnapshot again = before.withOverrides(before.overrides(), before.deprecated());
        QVERIFY(ConfigSnapshot::changedFields(before, again).isEmpty());
        const ConfigSnapshot copied(Module::Ci, Infra::K8, ImageMap(defaults()), {{s3, QStringLiteral("plugins/s3:1.5.0")}});
        QCOMPARE(ConfigSnapshot::changedFields(copied, ConfigSnapshot(Module::Ci, Infra::K8, defaults(),
                                                                      {{s3, QStringLiteral("plugins/s3:1.5.0")}})),
                 QStringList());
    }

    void aReadBackKeepsTheFieldsTheServerNames()
    {
        const QString newField = QStringLiteral("brandNewTag");
        const ConfigSnapshot before(Module::Ci, Infra::K8, defaults(), {{QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.5.0")}});
        // An override of a field without a default brings the field; its reset takes it away again.
        const ConfigSnapshot added = before.withOverrides({{newField, QStringLiteral("harness/new:1.0.0")}}, {});
        QCOMPARE(added.fields(), before.fields() + QStringList{newField});
        const ConfigSnapshot removed = added.withOverrides({}, {});
        QCOMPARE(removed.fields(), before.fields());
        QCOMPARE(before.withOverrides({}, {}).fields(), before.fields());
    }

    void isOverriddenAgreesWithCompare()
    {
        // The table counts overrides with isOverridden before it compares a row: the two must agree.
        ConfigSnapshot snapshot(Module::Ci, Infra::K8, defaults(),
                                {{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.80")},
                                 {QStringLiteral("s3UploadTag"), QStringLiteral("  ")},
                                 {QStringLiteral("cacheS3Tag"), QStringLiteral("plugins/cache:1.9.9")},
                                 {QStringLiteral("brandNewTag"), QStringLiteral("harness/new:1.0.0")}});
        snapshot.setReadOnlyFields({{QStringLiteral("cacheS3Tag"), QStringLiteral("{}")}},
                                   {{QStringLiteral("securityTag"), QStringLiteral("true")}});
        int overridden = 0;
        for (const QString &field : snapshot.fields()) {
            QCOMPARE(snapshot.isOverridden(field), snapshot.compare(field).overridden);
            overridden += snapshot.isOverridden(field) ? 1 : 0;
        }
        QCOMPARE(overridden, 4); // addon, cache (read-only default, text override), security, the new field
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
