// The sandbox's memory: documented defaults, overrides per account, module and infra, and the
// server's all-or-nothing rules, without HTTP.

#include "sandbox/sandboxanswers.h"
#include "sandbox/sandboxstore.h"

#include <QtTest>

using namespace hci;

namespace {

const QString kAccount = QStringLiteral("px7xd_BFRCi-pfWPYXVjvw");
const QString kOtherAccount = QStringLiteral("kmpySmUISimoRrJL6NL73w");

SandboxStore::Update set(const QString &field, const QString &value)
{
    return SandboxStore::Update { field, true, value };
}

SandboxStore::Update unset(const QString &field)
{
    return SandboxStore::Update { field, false, QString() };
}

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAreJsonWhateverTheTextHolds()
    {
        // Written by hand for speed: quotes, backslashes, control characters and non-ASCII text must
        // still come out as JSON that reads back to the same strings.
        const ImageMap images {
            { QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.92") },
            { QStringLiteral("quote\"key"), QStringLiteral("back\\slash") },
            { QStringLiteral("controlTag"), QStringLiteral("line\nbreak\ttab\u0001") },
            { QStringLiteral("unicodeTag"), QStringLiteral("r\u00e9gistre/\u955c\u50cf:1") },
        };
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(sandboxanswers::imagesJson(images), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject object = document.object();
        QCOMPARE(object.size(), images.size());
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            QCOMPARE(object.value(it.key()).toString(), it.value());
    }

    void seedsTheDocumentedDefaults_data();
    void seedsTheDocumentedDefaults();
    void vmLacksTheK8OnlyFields();
    void updateSavesOnlyWhatWasSent();
    void updateIsAllOrNothing();
    void vmUpdateRejectsK8OnlyFields();
    void nullValueResets();
    void resetRemovesOverrides();
    void resetIsAllOrNothing();
    void overridesAreKeptPerAccountModuleAndInfra();
    void mergedLaysOverridesOverDefaults();
    void deprecatedFlagsOldMajorVersions_data();
    void deprecatedFlagsOldMajorVersions();
    void deprecatedIgnoresVm();
    void oneDocumentHoldsBothInfrasAndTheLastSaveWins();
    void vmListsSlsaVerificationButRefusesIt();
    void blankIsStoredButNotMerged();
    void iacmAndIdpHaveTheirOwnLists();
    void setDeprecatedAddsImagesAndClearForgetsThem();
    void setDefaultsChangesWhichFieldsExist();
};

void TestSandboxStore::seedsTheDocumentedDefaults_data()
{
    QTest::addColumn<Module>("module");
    QTest::addColumn<Infra>("infra");
    QTest::addColumn<int>("count");
    QTest::addRow("ci-K8") << Module::Ci << Infra::K8 << 48;
    QTest::addRow("ci-VM") << Module::Ci << Infra::Vm << 43;
}

void TestSandboxStore::seedsTheDocumentedDefaults()
{
    QFETCH(Module, module);
    QFETCH(Infra, infra);
    QFETCH(int, count);

    const SandboxStore store;
    const ImageMap defaults = store.defaults(module, infra);
    QCOMPARE(defaults.size(), count);
    QCOMPARE(defaults.value(QStringLiteral("gitCloneTag")), QStringLiteral("harness/drone-git:1.6.9-rootless"));
    QCOMPARE(defaults.value(QStringLiteral("iacmTerraform")), QStringLiteral("plugins/harness_terraform:dev"));
    QCOMPARE(defaults.value(QStringLiteral("updateCatalogProperty")),
        QStringLiteral("harness/updatecatalogproperty:latest"));
}

void TestSandboxStore::vmLacksTheK8OnlyFields()
{
    const SandboxStore store;
    const QStringList k8Only = { QStringLiteral("addonTag"), QStringLiteral("liteEngineTag"),
        QStringLiteral("addonTagRootless"), QStringLiteral("liteEngineTagRootless"), QStringLiteral("provenanceTag") };
    for (const QString &field : k8Only) {
        QVERIFY2(store.hasField(Module::Ci, Infra::K8, field), qPrintable(field));
        QVERIFY2(!store.hasField(Module::Ci, Infra::Vm, field), qPrintable(field));
    }
    QCOMPARE(store.defaults(Module::Ci, Infra::K8).value(QStringLiteral("addonTag")),
        QStringLiteral("harness/ci-addon:1.16.92"));
    QCOMPARE(store.defaults(Module::Ci, Infra::K8).value(QStringLiteral("addonTagRootless")),
        QStringLiteral("harness/ci-addon:rootless-1.16.92"));
    QVERIFY(store.hasField(Module::Ci, Infra::Vm, QStringLiteral("slsaVerificationTag")));
    QVERIFY(!store.hasField(Module::Ci, Infra::K8, QStringLiteral("noSuchTag")));
}

void TestSandboxStore::updateSavesOnlyWhatWasSent()
{
    SandboxStore store;
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::K8).isEmpty());

    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.9-rootless")),
            set(QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:1.3.0")) },
        &failure));
    QVERIFY(failure.isEmpty());
    const ImageMap expected = { { QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.9-rootless") },
        { QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:1.3.0") } };
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::K8), expected);
    // The server does not check the value: a mirror, a digest, anything is stored as sent.
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("gcsUploadTag"), QStringLiteral("not an image at all")) }, &failure));
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::K8).value(QStringLiteral("gcsUploadTag")),
        QStringLiteral("not an image at all"));
}

void TestSandboxStore::updateIsAllOrNothing()
{
    SandboxStore store;
    QString failure;
    QVERIFY(!store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.9-rootless")),
            set(QStringLiteral("bogusTag"), QStringLiteral("x/y:1")),
            set(QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:1.3.0")) },
        &failure));
    QCOMPARE(failure, QStringLiteral("Field bogusTag does not exist for infra type: K8"));
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::K8).isEmpty());
}

void TestSandboxStore::vmUpdateRejectsK8OnlyFields()
{
    SandboxStore store;
    QString failure;
    QVERIFY(!store.update(kAccount, Module::Ci, Infra::Vm,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.9-rootless")),
            set(QStringLiteral("provenanceTag"), QStringLiteral("harness/slsa-plugin:0.1.0")) },
        &failure));
    QCOMPARE(failure, QStringLiteral("Field provenanceTag does not exist for infra type: VM"));
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::Vm).isEmpty());
    // The same field is fine on K8.
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("provenanceTag"), QStringLiteral("harness/slsa-plugin:0.1.0")) }, &failure));
}

void TestSandboxStore::nullValueResets()
{
    SandboxStore store;
    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.9-rootless")),
            set(QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.0.0")) },
        &failure));
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8, { unset(QStringLiteral("gitCloneTag")) }, &failure));
    const ImageMap left = { { QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.0.0") } };
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::K8), left);
}

void TestSandboxStore::resetRemovesOverrides()
{
    SandboxStore store;
    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.9-rootless")),
            set(QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:1.3.0")) },
        &failure));
    // Resetting a field that was never overridden is fine too.
    QVERIFY(store.reset(kAccount, Module::Ci, Infra::K8,
        { QStringLiteral("gitCloneTag"), QStringLiteral("gcsUploadTag"), QStringLiteral("s3UploadTag") }, &failure));
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::K8).isEmpty());
    QVERIFY(store.reset(kAccount, Module::Ci, Infra::K8, {}, &failure));
}

void TestSandboxStore::resetIsAllOrNothing()
{
    SandboxStore store;
    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::Vm,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.9-rootless")) }, &failure));
    QVERIFY(!store.reset(
        kAccount, Module::Ci, Infra::Vm, { QStringLiteral("gitCloneTag"), QStringLiteral("liteEngineTag") }, &failure));
    QCOMPARE(failure, QStringLiteral("Field liteEngineTag does not exist for infra type: VM"));
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::Vm).size(), 1);
}

void TestSandboxStore::overridesAreKeptPerAccountModuleAndInfra()
{
    SandboxStore store;
    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("mirror.example.com/drone-git:1")) }, &failure));
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::K8).size(), 1);
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::Vm).isEmpty());
    QVERIFY(store.overrides(kAccount, Module::Iacm, Infra::K8).isEmpty());
    QVERIFY(store.overrides(kAccount, Module::Idp, Infra::K8).isEmpty());
    QVERIFY(store.overrides(kOtherAccount, Module::Ci, Infra::K8).isEmpty());

    QVERIFY(store.update(kOtherAccount, Module::Iacm, Infra::Vm,
        { set(QStringLiteral("iacmTerraform"), QStringLiteral("plugins/harness_terraform:1.0.0")) }, &failure));
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::K8).value(QStringLiteral("gitCloneTag")),
        QStringLiteral("mirror.example.com/drone-git:1"));
    QVERIFY(store.overrides(kAccount, Module::Iacm, Infra::Vm).isEmpty());
    QCOMPARE(store.overrides(kOtherAccount, Module::Iacm, Infra::Vm).size(), 1);

    store.clearOverrides();
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::K8).isEmpty());
    QVERIFY(store.overrides(kOtherAccount, Module::Iacm, Infra::Vm).isEmpty());
}

void TestSandboxStore::mergedLaysOverridesOverDefaults()
{
    SandboxStore store;
    QCOMPARE(store.merged(kAccount, Module::Ci, Infra::K8), store.defaults(Module::Ci, Infra::K8));

    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.22")) }, &failure));
    const ImageMap merged = store.merged(kAccount, Module::Ci, Infra::K8);
    QCOMPARE(merged.size(), 48);
    QCOMPARE(merged.value(QStringLiteral("addonTag")), QStringLiteral("harness/ci-addon:1.16.22"));
    QCOMPARE(merged.value(QStringLiteral("liteEngineTag")), QStringLiteral("harness/ci-lite-engine:1.16.92"));
    // Another account still sees the plain defaults.
    QCOMPARE(store.merged(kOtherAccount, Module::Ci, Infra::K8).value(QStringLiteral("addonTag")),
        QStringLiteral("harness/ci-addon:1.16.92"));
}

void TestSandboxStore::deprecatedFlagsOldMajorVersions_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("deprecated");

    // Defaults: ci-addon and ci-lite-engine 1.16.92. Only these two K8 fields are looked at.
    QTest::newRow("add-on a major behind") << "addonTag" << "harness/ci-addon:0.16.92" << true;
    QTest::newRow("lite engine, mirror with port")
        << "liteEngineTag" << "registry.example.com:5000/harness/ci-lite-engine:0.1.0" << true;
    QTest::newRow("same major, older minor") << "addonTag" << "harness/ci-addon:1.14.4" << false;
    QTest::newRow("newer major") << "liteEngineTag" << "harness/ci-lite-engine:2.0.0" << false;
    QTest::newRow("another field a major behind") << "gitCloneTag" << "harness/drone-git:0.9.0-rootless" << false;
    QTest::newRow("rootless field a major behind") << "addonTagRootless" << "harness/ci-addon:rootless-0.16.0" << false;
    QTest::newRow("tag that is no semantic version") << "addonTag" << "harness/ci-addon:rootless-0.16.0" << false;
    QTest::newRow("two-part version") << "addonTag" << "harness/ci-addon:0.16" << false;
    QTest::newRow("named tag") << "liteEngineTag" << "harness/ci-lite-engine:latest" << false;
    QTest::newRow("digest")
        << "addonTag"
        << "harness/ci-addon@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" << false;
    QTest::newRow("blank") << "addonTag" << "   " << false;
}

void TestSandboxStore::deprecatedFlagsOldMajorVersions()
{
    QFETCH(QString, field);
    QFETCH(QString, image);
    QFETCH(bool, deprecated);

    SandboxStore store;
    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8, { set(field, image) }, &failure));
    const ImageMap expected = deprecated ? ImageMap { { field, image } } : ImageMap {};
    QCOMPARE(store.deprecated(kAccount, Module::Ci), expected);
    QVERIFY(store.deprecated(kAccount, Module::Iacm).isEmpty());
    QVERIFY(store.deprecated(kOtherAccount, Module::Ci).isEmpty());
}

void TestSandboxStore::deprecatedIgnoresVm()
{
    SandboxStore store;
    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::Vm,
        { set(QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:0.6.3")),
            set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:0.1.0")) },
        &failure));
    QVERIFY(store.deprecated(kAccount, Module::Ci).isEmpty());
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:0.1.0")),
            set(QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:0.5.0")) },
        &failure));
    const ImageMap expected = { { QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:0.1.0") } };
    QCOMPARE(store.deprecated(kAccount, Module::Ci), expected);
}

void TestSandboxStore::oneDocumentHoldsBothInfrasAndTheLastSaveWins()
{
    SandboxStore store;
    QString failure;
    // Two writes that loaded the same document: one for K8, one for VM.
    SandboxStore::Document first = store.load(kAccount, Module::Ci);
    SandboxStore::Document second = store.load(kAccount, Module::Ci);
    QVERIFY(store.change(first, Module::Ci, Infra::K8,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.0")) }, &failure));
    QVERIFY(store.change(second, Module::Ci, Infra::Vm,
        { set(QStringLiteral("gcsUploadTag"), QStringLiteral("plugins/gcs:1.0.0")) }, &failure));
    // Nothing is stored until a save.
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::K8).isEmpty());
    store.save(kAccount, Module::Ci, first);
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::K8).size(), 1);
    store.save(kAccount, Module::Ci, second);
    // The second save carried the K8 part as it was loaded: the first write is gone.
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::K8).isEmpty());
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::Vm).size(), 1);
    // Another module's service keeps a document of its own.
    QVERIFY(store.update(kAccount, Module::Iacm, Infra::K8,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.0")) }, &failure));
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::Vm).size(), 1);
}

void TestSandboxStore::vmListsSlsaVerificationButRefusesIt()
{
    SandboxStore store;
    QVERIFY(store.hasField(Module::Ci, Infra::Vm, QStringLiteral("slsaVerificationTag")));
    QVERIFY(!store.acceptsField(Module::Ci, Infra::Vm, QStringLiteral("slsaVerificationTag")));
    QVERIFY(store.acceptsField(Module::Ci, Infra::K8, QStringLiteral("slsaVerificationTag")));
    QString failure;
    QVERIFY(!store.update(kAccount, Module::Ci, Infra::Vm,
        { set(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.0")),
            set(QStringLiteral("slsaVerificationTag"), QStringLiteral("harness/slsa-plugin:0.39.0")) },
        &failure));
    QCOMPARE(failure, QStringLiteral("Field slsaVerificationTag does not exist for infra type: VM"));
    QVERIFY(!store.reset(kAccount, Module::Ci, Infra::Vm, { QStringLiteral("slsaVerificationTag") }, &failure));
    QVERIFY(store.overrides(kAccount, Module::Ci, Infra::Vm).isEmpty());
}

void TestSandboxStore::blankIsStoredButNotMerged()
{
    SandboxStore store;
    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::K8,
        { set(QStringLiteral("gitCloneTag"), QString()), set(QStringLiteral("s3UploadTag"), QStringLiteral(" \t")) },
        &failure));
    const ImageMap stored = { { QStringLiteral("gitCloneTag"), QString() }, { QStringLiteral("s3UploadTag"), QStringLiteral(" \t") } };
    QCOMPARE(store.overrides(kAccount, Module::Ci, Infra::K8), stored);
    QCOMPARE(store.merged(kAccount, Module::Ci, Infra::K8), store.defaults(Module::Ci, Infra::K8));
}

void TestSandboxStore::iacmAndIdpHaveTheirOwnLists()
{
    const SandboxStore store;
    const ImageMap iacm = store.defaults(Module::Iacm, Infra::K8);
    for (const char *field : { "addonTag", "liteEngineTag", "gitCloneTag", "iacmTerraform", "iacmOpenTofu" })
        QVERIFY2(iacm.contains(QLatin1String(field)), field);
    QVERIFY(!iacm.contains(QStringLiteral("buildAndPushECRTag")));
    QVERIFY(!iacm.contains(QStringLiteral("registerCatalog")));
    QVERIFY(!store.hasField(Module::Iacm, Infra::Vm, QStringLiteral("liteEngineTag")));
    QVERIFY(store.hasField(Module::Iacm, Infra::Vm, QStringLiteral("iacmTerraform")));

    const ImageMap idp = store.defaults(Module::Idp, Infra::K8);
    QCOMPARE(idp.size(), 10);
    QCOMPARE(idp.value(QStringLiteral("registerCatalog")), QStringLiteral("harness/registercatalog:1.9.0"));
    QCOMPARE(idp.value(QStringLiteral("cookieCutter")), QStringLiteral("harness/cookiecutter:1.9.1"));
    QVERIFY(!idp.contains(QStringLiteral("gitCloneTag")));
}

void TestSandboxStore::setDeprecatedAddsImagesAndClearForgetsThem()
{
    SandboxStore store;
    const ImageMap marked = { { QStringLiteral("cacheS3Tag"), QStringLiteral("plugins/cache:1.9.0") } };
    store.setDeprecated(kAccount, Module::Idp, marked);
    QCOMPARE(store.deprecated(kAccount, Module::Idp), marked);
    QVERIFY(store.deprecated(kAccount, Module::Ci).isEmpty());
    store.clearOverrides();
    QVERIFY(store.deprecated(kAccount, Module::Idp).isEmpty());
}

void TestSandboxStore::setDefaultsChangesWhichFieldsExist()
{
    SandboxStore store;
    // A newer server adds fields to VM (cacheAzureTag and cacheTag, unconfirmed in API.md).
    ImageMap newer = store.defaults(Module::Ci, Infra::Vm);
    newer.insert(QStringLiteral("cacheAzureTag"), QStringLiteral("plugins/cache:1.9.8"));
    store.setDefaults(Module::Ci, Infra::Vm, newer);
    QCOMPARE(store.defaults(Module::Ci, Infra::Vm).size(), 44);
    QString failure;
    QVERIFY(store.update(kAccount, Module::Ci, Infra::Vm,
        { set(QStringLiteral("cacheAzureTag"), QStringLiteral("plugins/cache:1.9.9")) }, &failure));
    // Other modules keep their own defaults.
    QVERIFY(!store.hasField(Module::Iacm, Infra::Vm, QStringLiteral("cacheAzureTag")));
}

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandboxstore.moc"
