#include "core/module.h"

#include <QtTest>

using namespace hci;

class TestModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiPrefixes()
    {
        QCOMPARE(apiPrefix(Module::Ci), QStringLiteral("/ci/execution-config"));
        QCOMPARE(apiPrefix(Module::Iacm), QStringLiteral("/iacm-manager/execution-config"));
        QCOMPARE(apiPrefix(Module::Idp), QStringLiteral("/idp/execution-config"));
    }

    void idsRoundTrip()
    {
        for (Module module : allModules())
            QCOMPARE(moduleFromId(moduleId(module)), module);
        for (Infra infra : allInfras())
            QCOMPARE(infraFromId(infraId(infra)), infra);
    }

    void infraIdIsUpperCaseOnTheWire()
    {
        QCOMPARE(infraId(Infra::K8), QStringLiteral("K8"));
        QCOMPARE(infraId(Infra::Vm), QStringLiteral("VM"));
        QCOMPARE(infraFromId(u"vm"), Infra::Vm); // what people type on a command line
    }

    void unknownIdsAreRejected()
    {
        QVERIFY(!moduleFromId(u"cd").has_value());
        QVERIFY(!moduleFromId(u"").has_value());
        QVERIFY(!infraFromId(u"K8S").has_value());
    }
};

QTEST_GUILESS_MAIN(TestModule)
#include "tst_module.moc"
