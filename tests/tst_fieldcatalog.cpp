#include "core/fieldcatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace hci;

class TestFieldCatalog : public QObject
{
    Q_OBJECT

private:
    // The documented 48-field answer, as shipped for the sandbox.
    static QStringList documentedK8Keys()
    {
        QFile file(QStringLiteral(HCI_SOURCE_DIR "/resources/sandbox/k8-default-config.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("data")).toObject().keys();
    }

private Q_SLOTS:
    void everyDocumentedK8KeyIsKnown()
    {
        const QStringList documented = documentedK8Keys();
        QCOMPARE(documented.size(), 48);
        for (const QString &key : documented) {
            const FieldInfo info = FieldCatalog::info(key);
            QVERIFY2(info.known, qPrintable(key));
            QVERIFY2(info.group != FieldGroup::Other, qPrintable(key));
            QVERIFY2(info.label != key, qPrintable(key)); // a human label, not the raw key
            QVERIFY2(!info.description.isEmpty(), qPrintable(key));
            QVERIFY2(info.onK8, qPrintable(key));
        }
        const QStringList catalogK8 = FieldCatalog::keysFor(Infra::K8);
        QCOMPARE(QSet<QString>(documented.cbegin(), documented.cend()),
                 QSet<QString>(catalogK8.cbegin(), catalogK8.cend()));
    }

    void vmLacksTheKubernetesOnlyFields()
    {
        const QStringList vm = FieldCatalog::keysFor(Infra::Vm);
        for (const char *key : {"addonTag", "liteEngineTag", "addonTagRootless", "liteEngineTagRootless", "provenanceTag"})
            QVERIFY2(!vm.contains(QLatin1String(key)), key);
        QVERIFY(vm.contains(QStringLiteral("gitCloneTag")));
        QCOMPARE(vm.size(), 43);
        QVERIFY(!FieldCatalog::info(QStringLiteral("addonTag")).existsOn(Infra::Vm));
        QVERIFY(FieldCatalog::info(QStringLiteral("cacheAzureTag")).existsOn(Infra::Vm));
    }

    void groupsFollowTheDocumentation()
    {
        QCOMPARE(FieldCatalog::info(QStringLiteral("gitCloneTag")).group, FieldGroup::CiCore);
        QCOMPARE(FieldCatalog::info(QStringLiteral("buildAndPushECRTag")).group, FieldGroup::BuildAndPush);
        QCOMPARE(FieldCatalog::info(QStringLiteral("buildAndPushBuildxGARTag")).group, FieldGroup::Buildx);
        QCOMPARE(FieldCatalog::info(QStringLiteral("cacheProxyImage")).group, FieldGroup::UploadAndCache);
        QCOMPARE(FieldCatalog::info(QStringLiteral("slsaVerificationTag")).group, FieldGroup::Security);
        QCOMPARE(FieldCatalog::info(QStringLiteral("iacmOpenTofu")).group, FieldGroup::Iacm);
        QCOMPARE(FieldCatalog::info(QStringLiteral("createRepo")).group, FieldGroup::Idp);
        for (FieldGroup group : FieldCatalog::groups())
            QVERIFY(!FieldCatalog::groupName(group).isEmpty());
    }

    void unknownKeysAreKeptUnderOther()
    {
        const FieldInfo info = FieldCatalog::info(QStringLiteral("newShinyStepTag"));
        QVERIFY(!info.known);
        QCOMPARE(info.group, FieldGroup::Other);
        QCOMPARE(info.label, QStringLiteral("newShinyStepTag"));
        QVERIFY(info.existsOn(Infra::K8) && info.existsOn(Infra::Vm));
    }

    void sortingPutsKnownFieldsInCatalogOrderAndUnknownLast()
    {
        const QStringList sorted = FieldCatalog::sorted({QStringLiteral("zzzTag"), QStringLiteral("gitCloneTag"),
                                                         QStringLiteral("aaaTag"), QStringLiteral("addonTag"),
                                                         QStringLiteral("gitCloneTag")});
        QCOMPARE(sorted, (QStringList{QStringLiteral("addonTag"), QStringLiteral("gitCloneTag"),
                                      QStringLiteral("aaaTag"), QStringLiteral("zzzTag")}));
    }

    void keysAreUnique()
    {
        QSet<QString> seen;
        for (const FieldInfo &info : FieldCatalog::all()) {
            QVERIFY2(!seen.contains(info.key), qPrintable(info.key));
            seen.insert(info.key);
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldCatalog)
#include "tst_fieldcatalog.moc"
