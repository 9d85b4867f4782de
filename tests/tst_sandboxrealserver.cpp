// Where Harness's real server is surprising, the sandbox is surprising the same way: each
// behaviour read from the server's public source, checked over real loopback HTTP.

#include "tst_sandboxserver_http.h"

using namespace hci;
using namespace hci::testing;

namespace {

const QString kGenericMessage
    = QStringLiteral("Oops, something went wrong on our end. Please contact Harness Support.");

QByteArray updateBody(const QString &field, const QString &value)
{
    return QJsonDocument(
        QJsonArray { QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("value"), value } } })
        .toJson(QJsonDocument::Compact);
}

QByteArray resetBody(const QString &field)
{
    return QJsonDocument(QJsonArray { QJsonObject { { QStringLiteral("field"), field } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxRealServer : public QObject, private SandboxHttp
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // 2. and 3. A field the server does not take: generic 500, nothing saved.
    void refusedFieldIsTheGeneric500_data();
    void refusedFieldIsTheGeneric500();
    void vmListsSlsaVerificationButRefusesIt();

    // 4. get-deprecated-config: K8 addonTag and liteEngineTag only.
    void deprecatedLooksAtTheK8AddonAndLiteEngineOnly();

    // 5. A blank string override is stored, listed, and does not count.
    void blankOverrideCountsAsNotOverridden();

    // 6. Answers of a newer server.
    void extraFieldsOfOtherTypes_data();
    void extraFieldsOfOtherTypes();

    // 7. View and edit permissions.
    void permissionsOfEachKey_data();
    void permissionsOfEachKey();

    // 8. Unknown paths.
    void unknownPathIsA400Failure_data();
    void unknownPathIsA400Failure();
    void pathsOutsideTheServicesAnd405StayAsTheyWere();

    // 9. IaCM and IDP defaults.
    void iacmAndIdpListTheirOwnFields_data();
    void iacmAndIdpListTheirOwnFields();
    void iacmTakesLowerCaseInfra();

private:
    HttpAnswer overrides(const QString &infra = QStringLiteral("K8"), bool overridesOnly = true);
    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxRealServer::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QString whyNot;
    QVERIFY2(m_server->start(&whyNot), qPrintable(whyNot));
    attach(m_server.get());
    const QRegularExpression keyShape(QStringLiteral("^pat\\.%1\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}$")
                                          .arg(QRegularExpression::escape(m_server->accountId())));
    QVERIFY(keyShape.match(m_server->noAccessApiKey()).hasMatch());
    QVERIFY(m_server->noAccessApiKey() != m_server->apiKey());
    QVERIFY(m_server->noAccessApiKey() != m_server->readOnlyApiKey());
}

void TestSandboxRealServer::init()
{
    m_server->clearFaults();
    m_server->setLatency(0);
    m_server->setWriteLatency(0);
    m_server->setExtraDefaultFields({});
    m_server->store().clearOverrides();
    m_server->clearRequests();
}

HttpAnswer TestSandboxRealServer::overrides(const QString &infra, bool overridesOnly)
{
    Query query = accountQuery(infra);
    query.append({ QStringLiteral("overridesOnly"), overridesOnly ? QStringLiteral("true") : QStringLiteral("false") });
    return call("GET", QStringLiteral("get-customer-config"), query);
}

void TestSandboxRealServer::refusedFieldIsTheGeneric500_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("infra");
    QTest::addColumn<QString>("refused");
    const QString update = QStringLiteral("update-config");
    const QString reset = QStringLiteral("reset-config");
    QTest::newRow("unknown field, K8") << update << "K8"
                                       << "noSuchTag";
    QTest::newRow("field of another module, K8") << update << "K8"
                                                 << "IACMTerraformTag";
    QTest::newRow("addonTag on VM") << update << "VM"
                                    << "addonTag";
    QTest::newRow("liteEngineTagRootless on VM") << update << "VM"
                                                 << "liteEngineTagRootless";
    QTest::newRow("provenanceTag on VM") << update << "VM"
                                         << "provenanceTag";
    QTest::newRow("slsaVerificationTag on VM") << update << "VM"
                                               << "slsaVerificationTag";
    QTest::newRow("reset of slsaVerificationTag on VM") << reset << "VM"
                                                        << "slsaVerificationTag";
    QTest::newRow("reset of an unknown field") << reset << "K8"
                                               << "noSuchTag";
}

void TestSandboxRealServer::refusedFieldIsTheGeneric500()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, infra);
    QFETCH(QString, refused);
    const Infra target = infra == QLatin1String("K8") ? Infra::K8 : Infra::Vm;
    QString failure;
    QVERIFY(m_server->store().update(m_server->accountId(), Module::Ci, target,
        { { QStringLiteral("s3UploadTag"), true, QStringLiteral("plugins/s3:1.0.0") } }, &failure));

    // A good field first, then the refused one: the service had changed the first in memory.
    QJsonArray items;
    const bool isUpdate = endpoint == QLatin1String("update-config");
    for (const QString &field : { QStringLiteral("s3UploadTag"), refused }) {
        QJsonObject item { { QStringLiteral("field"), field } };
        if (isUpdate)
            item.insert(QStringLiteral("value"), QStringLiteral("example.com/some/image:9.9.9"));
        items.append(item);
    }
    const HttpAnswer answer = post(endpoint, QJsonDocument(items).toJson(QJsonDocument::Compact), infra);
    QCOMPARE(answer.status, 500);
    QCOMPARE(answer.headers.value("content-type"), QByteArrayLiteral("application/json"));
    const QString problem = errorShapeProblem(answer, QStringLiteral("UNKNOWN_ERROR"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(answer.text("message"), kGenericMessage);
    // The field's name is lost on the way: nowhere in the answer.
    QVERIFY2(!answer.body.contains(refused.toUtf8()), answer.body.constData());
    QVERIFY(!answer.body.contains("s3UploadTag"));
    // Nothing of the list was saved, the good field included.
    const ImageMap expected = { { QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.0.0") } };
    QCOMPARE(m_server->store().overrides(m_server->accountId(), Module::Ci, target), expected);
}

void TestSandboxRealServer::vmListsSlsaVerificationButRefusesIt()
{
    const HttpAnswer defaults = call("GET", QStringLiteral("get-default-config"), accountQuery(QStringLiteral("VM")));
    QCOMPARE(defaults.status, 200);
    QCOMPARE(defaults.data().value(QLatin1String("slsaVerificationTag")).toString(),
        QStringLiteral("harness/slsa-plugin:0.39.0"));
    const QByteArray body
        = updateBody(QStringLiteral("slsaVerificationTag"), QStringLiteral("harness/slsa-plugin:0.38.0"));
    QCOMPARE(post(QStringLiteral("update-config"), body, QStringLiteral("VM")).status, 500);
    QCOMPARE(overrides(QStringLiteral("VM")).data(), QJsonObject());
    // On K8 the same field is taken.
    QCOMPARE(post(QStringLiteral("update-config"), body).status, 200);
    QCOMPARE(overrides().data().value(QLatin1String("slsaVerificationTag")).toString(),
        QStringLiteral("harness/slsa-plugin:0.38.0"));
}

void TestSandboxRealServer::deprecatedLooksAtTheK8AddonAndLiteEngineOnly()
{
    const auto set = [this](const QString &infra, const QString &field, const QString &value) {
        return post(QStringLiteral("update-config"), updateBody(field, value), infra).status;
    };
    // A major behind, but not a field the server looks at, or on VM.
    QCOMPARE(
        set(QStringLiteral("K8"), QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:0.9.0-rootless")),
        200);
    QCOMPARE(set(QStringLiteral("K8"), QStringLiteral("addonTagRootless"),
                 QStringLiteral("harness/ci-addon:rootless-0.1.0")),
        200);
    QCOMPARE(
        set(QStringLiteral("VM"), QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:0.9.0-rootless")),
        200);
    // Minor versions behind do not count.
    QCOMPARE(
        set(QStringLiteral("K8"), QStringLiteral("liteEngineTag"), QStringLiteral("harness/ci-lite-engine:1.10.0")),
        200);
    const HttpAnswer none = call("GET", QStringLiteral("get-deprecated-config"), accountQuery(QString()));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.keys(), kSuccessKeys);
    QCOMPARE(none.data(), QJsonObject());

    QCOMPARE(set(QStringLiteral("K8"), QStringLiteral("addonTag"),
                 QStringLiteral("mirror.example.com/harness/ci-addon:0.16.92")),
        200);
    const HttpAnswer one = call("GET", QStringLiteral("get-deprecated-config"), accountQuery(QString()));
    const QJsonObject expected
        = { { QStringLiteral("addonTag"), QStringLiteral("mirror.example.com/harness/ci-addon:0.16.92") } };
    QCOMPARE(one.data(), expected);
}

void TestSandboxRealServer::blankOverrideCountsAsNotOverridden()
{
    // The service stores the string as sent (only null unsets); CIExecutionImages is serialised
    // with NON_NULL, so overridesOnly=true lists "" as stored; the merged view and the
    // deprecation check skip blank values (isNotBlank), and builds use the default image.
    const QByteArray body = R"([{"field":"gitCloneTag","value":""},{"field":"s3UploadTag","value":"   "},)"
                            R"({"field":"addonTag","value":" "}])";
    const HttpAnswer update = post(QStringLiteral("update-config"), body);
    QCOMPARE(update.status, 200);

    const QJsonObject stored = { { QStringLiteral("gitCloneTag"), QString() },
        { QStringLiteral("s3UploadTag"), QStringLiteral("   ") }, { QStringLiteral("addonTag"), QStringLiteral(" ") } };
    QCOMPARE(overrides().data(), stored);

    const QJsonObject merged = overrides(QStringLiteral("K8"), false).data();
    const QJsonObject defaults = call("GET", QStringLiteral("get-default-config"), accountQuery()).data();
    QCOMPARE(merged, defaults);
    QCOMPARE(call("GET", QStringLiteral("get-deprecated-config"), accountQuery(QString())).data(), QJsonObject());

    // A reset takes the blank away like any other value.
    QCOMPARE(post(QStringLiteral("reset-config"),
                 R"([{"field":"gitCloneTag"},{"field":"s3UploadTag"},{"field":"addonTag"}])")
                 .status,
        200);
    QCOMPARE(overrides().data(), QJsonObject());
}

void TestSandboxRealServer::extraFieldsOfOtherTypes_data()
{
    QTest::addColumn<Module>("module");
    QTest::addColumn<QString>("infra");
    for (Module module : allModules()) {
        QTest::addRow("%s-K8", qPrintable(moduleId(module))) << module << QStringLiteral("K8");
        QTest::addRow("%s-VM", qPrintable(moduleId(module))) << module << QStringLiteral("VM");
    }
}

void TestSandboxRealServer::extraFieldsOfOtherTypes()
{
    QFETCH(Module, module);
    QFETCH(QString, infra);
    const QJsonObject extra = SandboxServer::newerServerFields();
    QVERIFY(extra.size() >= 3);
    bool sawBool = false, sawNumber = false, sawObject = false;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        sawBool = sawBool || it.value().isBool();
        sawNumber = sawNumber || it.value().isDouble();
        sawObject = sawObject || it.value().isObject();
    }
    QVERIFY(sawBool && sawNumber && sawObject);
    m_server->setExtraDefaultFields(extra);
    QCOMPARE(m_server->extraDefaultFields(), extra);

    const HttpAnswer defaults
        = finish(start("GET", url(QStringLiteral("get-default-config"), accountQuery(infra), module), Key::Full));
    QCOMPARE(defaults.status, 200);
    const QJsonObject data = defaults.data();
    const ImageMap images = m_server->store().defaults(module, infra == QLatin1String("K8") ? Infra::K8 : Infra::Vm);
    QCOMPARE(data.size(), images.size() + extra.size());
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        QCOMPARE(data.value(it.key()), it.value()); // same type, same value

    Query merged = accountQuery(infra);
    merged.append({ QStringLiteral("overridesOnly"), QStringLiteral("false") });
    const QJsonObject all
        = finish(start("GET", url(QStringLiteral("get-customer-config"), merged, module), Key::Full)).data();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        QCOMPARE(all.value(it.key()), it.value());
    // Overrides only: nothing but what the account changed.
    const QJsonObject own
        = finish(start("GET", url(QStringLiteral("get-customer-config"), accountQuery(infra), module), Key::Full))
              .data();
    QCOMPARE(own, QJsonObject());

    m_server->setExtraDefaultFields({});
    const QJsonObject plain
        = finish(start("GET", url(QStringLiteral("get-default-config"), accountQuery(infra), module), Key::Full))
              .data();
    QCOMPARE(plain.size(), images.size());
}

void TestSandboxRealServer::permissionsOfEachKey_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("missing"); // empty: allowed
    const QString view = QStringLiteral("core_account_view");
    const QString edit = QStringLiteral("core_account_edit");
    const QStringList reads = { QStringLiteral("get-default-config"), QStringLiteral("get-customer-config"),
        QStringLiteral("get-deprecated-config") };
    const QStringList writes = { QStringLiteral("update-config"), QStringLiteral("reset-config") };
    for (const QString &endpoint : reads) {
        QTest::addRow("full, %s", qPrintable(endpoint)) << int(Key::Full) << endpoint << QString();
        QTest::addRow("read-only, %s", qPrintable(endpoint)) << int(Key::ReadOnly) << endpoint << QString();
        QTest::addRow("no rights, %s", qPrintable(endpoint)) << int(Key::NoAccess) << endpoint << view;
    }
    for (const QString &endpoint : writes) {
        QTest::addRow("full, %s", qPrintable(endpoint)) << int(Key::Full) << endpoint << QString();
        QTest::addRow("read-only, %s", qPrintable(endpoint)) << int(Key::ReadOnly) << endpoint << edit;
        QTest::addRow("no rights, %s", qPrintable(endpoint)) << int(Key::NoAccess) << endpoint << edit;
    }
}

void TestSandboxRealServer::permissionsOfEachKey()
{
    QFETCH(int, key);
    QFETCH(QString, endpoint);
    QFETCH(QString, missing);
    const bool isWrite
        = endpoint.endsWith(QLatin1String("update-config")) || endpoint.endsWith(QLatin1String("reset-config"));
    const QByteArray body = endpoint == QLatin1String("update-config")
        ? updateBody(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.0.0"))
        : resetBody(QStringLiteral("gitCloneTag"));
    const Query query = endpoint == QLatin1String("get-deprecated-config") ? accountQuery(QString()) : accountQuery();
    const HttpAnswer answer = call(isWrite ? "POST" : "GET", endpoint, query, Key(key), isWrite ? body : QByteArray());
    if (missing.isEmpty()) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.text("status"), QStringLiteral("SUCCESS"));
        return;
    }
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.text("status"), QStringLiteral("ERROR"));
    QCOMPARE(answer.text("code"), QStringLiteral("NG_ACCESS_DENIED"));
    QCOMPARE(answer.text("message"), QStringLiteral("Missing permission %1 on account").arg(missing));
    QVERIFY(isUuid(answer.value("correlationId")));
    QCOMPARE(answer.value("responseMessages")[0][QLatin1String("code")].toString(), QStringLiteral("NG_ACCESS_DENIED"));
    // AccessDeniedErrorDTO: the ERROR members plus the failed checks, as PermissionCheckDTO.
    QStringList members = kErrorKeys;
    members << QStringLiteral("failedPermissionChecks");
    members.sort();
    QCOMPARE(answer.keys(), members);
    const QJsonArray checks = answer.value("failedPermissionChecks").toArray();
    QCOMPARE(checks.size(), 1);
    const QJsonObject check = checks.first().toObject();
    QCOMPARE(check.keys(),
        QStringList({ QStringLiteral("permission"), QStringLiteral("resourceIdentifier"),
            QStringLiteral("resourceScope"), QStringLiteral("resourceType") }));
    QCOMPARE(check.value(QLatin1String("permission")).toString(), missing);
    QCOMPARE(check.value(QLatin1String("resourceType")).toString(), QStringLiteral("ACCOUNT"));
    QVERIFY(check.value(QLatin1String("resourceIdentifier")).isNull());
    const QJsonObject scope = check.value(QLatin1String("resourceScope")).toObject();
    QCOMPARE(scope.value(QLatin1String("accountIdentifier")).toString(), m_server->accountId());
    QVERIFY(scope.value(QLatin1String("orgIdentifier")).isNull());
    QVERIFY(scope.value(QLatin1String("projectIdentifier")).isNull());
    // No key is repeated back, and nothing was changed.
    QVERIFY(!answer.body.contains(m_server->noAccessApiKey().toUtf8()));
    QVERIFY(!answer.body.contains(m_server->readOnlyApiKey().toUtf8()));
    QVERIFY(storedOverrides().isEmpty());
}

void TestSandboxRealServer::unknownPathIsA400Failure_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Module>("module");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("GET get-config") << QByteArray("GET") << Module::Ci << "get-config";
    QTest::newRow("POST updateConfig") << QByteArray("POST") << Module::Ci << "updateConfig";
    QTest::newRow("IDP, deeper path") << QByteArray("GET") << Module::Idp << "get-default-config/extra";
    QTest::newRow("IaCM, service root") << QByteArray("GET") << Module::Iacm << "";
}

void TestSandboxRealServer::unknownPathIsA400Failure()
{
    QFETCH(QByteArray, method);
    QFETCH(Module, module);
    QFETCH(QString, endpoint);
    const HttpAnswer answer
        = finish(start(method, url(endpoint, accountQuery(), module), Key::Full, QByteArrayLiteral("[]")));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.keys(), kFailureKeys);
    QCOMPARE(answer.text("status"), QStringLiteral("FAILURE"));
    QCOMPARE(answer.text("code"), QStringLiteral("RESOURCE_NOT_FOUND_EXCEPTION"));
    QVERIFY(!answer.text("message").isEmpty());
    QVERIFY(isUuid(answer.value("correlationId")));
    QCOMPARE(answer.value("errors").toArray(), QJsonArray());
}

void TestSandboxRealServer::pathsOutsideTheServicesAnd405StayAsTheyWere()
{
    QUrl outside = m_server->gatewayUrl();
    outside.setPath(QStringLiteral("/gateway/pipeline/api/pipelines"));
    const HttpAnswer elsewhere = finish(start("GET", outside, Key::Full));
    QCOMPARE(elsewhere.status, 404);
    QVERIFY(errorShapeProblem(elsewhere, QStringLiteral("RESOURCE_NOT_FOUND_EXCEPTION")).isEmpty());

    const HttpAnswer getUpdate = call("GET", QStringLiteral("update-config"), accountQuery());
    QCOMPARE(getUpdate.status, 405);
    QCOMPARE(getUpdate.headers.value("allow"), QByteArrayLiteral("POST"));
    QVERIFY(errorShapeProblem(getUpdate, QStringLiteral("INVALID_REQUEST")).isEmpty());
}

void TestSandboxRealServer::iacmAndIdpListTheirOwnFields_data()
{
    QTest::addColumn<Module>("module");
    QTest::addColumn<QString>("infra");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList ciOnly = { QStringLiteral("buildAndPushECRTag"), QStringLiteral("sscaOrchestrationTag") };
    QTest::newRow("iacm-K8") << Module::Iacm << "K8"
                             << QStringList { QStringLiteral("liteEngineTag"), QStringLiteral("addonTag"),
                                    QStringLiteral("gitCloneTag"), QStringLiteral("iacmTerraform"),
                                    QStringLiteral("iacmOpenTofu"), QStringLiteral("iacmCheckov") }
                             << (QStringList(ciOnly) << QStringLiteral("registerCatalog"));
    QTest::newRow("iacm-VM") << Module::Iacm << "VM"
                             << QStringList { QStringLiteral("gitCloneTag"), QStringLiteral("iacmTerraform") }
                             << (QStringList(ciOnly) << QStringLiteral("liteEngineTag"));
    const QStringList idp = { QStringLiteral("registerCatalog"), QStringLiteral("cookieCutter"),
        QStringLiteral("createRepo"), QStringLiteral("directPush"), QStringLiteral("createCatalog"),
        QStringLiteral("slackNotify"), QStringLiteral("createOrganisation"), QStringLiteral("createProject"),
        QStringLiteral("createResource"), QStringLiteral("updateCatalogProperty") };
    QTest::newRow("idp-K8") << Module::Idp << "K8" << idp << (QStringList(ciOnly) << QStringLiteral("iacmTerraform"));
    QTest::newRow("idp-VM") << Module::Idp << "VM" << idp << (QStringList(ciOnly) << QStringLiteral("iacmTerraform"));
}

void TestSandboxRealServer::iacmAndIdpListTheirOwnFields()
{
    QFETCH(Module, module);
    QFETCH(QString, infra);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const HttpAnswer answer
        = finish(start("GET", url(QStringLiteral("get-default-config"), accountQuery(infra), module), Key::Full));
    QCOMPARE(answer.status, 200);
    const QJsonObject data = answer.data();
    for (const QString &field : present)
        QVERIFY2(!data.value(field).toString().isEmpty(), qPrintable(field));
    for (const QString &field : absent)
        QVERIFY2(!data.contains(field), qPrintable(field));
    if (module == Module::Idp)
        QCOMPARE(data.size(), present.size());

    // The live tests of the Go SDK: set, read back in both views, reset.
    const QString field = present.first();
    const QString image
        = data.value(field).toString().section(QLatin1Char(':'), 0, -2) + QStringLiteral(":updatedTmpNow");
    const HttpAnswer set = finish(start("POST", url(QStringLiteral("update-config"), accountQuery(infra), module),
        Key::Full, updateBody(field, image)));
    QCOMPARE(set.status, 200);
    Query merged = accountQuery(infra);
    merged.append({ QStringLiteral("overridesOnly"), QStringLiteral("false") });
    QCOMPARE(finish(start("GET", url(QStringLiteral("get-customer-config"), accountQuery(infra), module), Key::Full))
                 .data()
                 .value(field)
                 .toString(),
        image);
    QCOMPARE(finish(start("GET", url(QStringLiteral("get-customer-config"), merged, module), Key::Full))
                 .data()
                 .value(field)
                 .toString(),
        image);
    QCOMPARE(finish(start("POST", url(QStringLiteral("reset-config"), accountQuery(infra), module), Key::Full,
                        resetBody(field)))
                 .status,
        200);
    QCOMPARE(
        finish(start("GET", url(QStringLiteral("get-customer-config"), accountQuery(infra), module), Key::Full)).data(),
        QJsonObject());
    // A field of CI only is refused in this module like any unknown field.
    const HttpAnswer refused = finish(start("POST", url(QStringLiteral("update-config"), accountQuery(infra), module),
        Key::Full, updateBody(absent.first(), QStringLiteral("x/y:1"))));
    QCOMPARE(refused.status, 500);
}

void TestSandboxRealServer::iacmTakesLowerCaseInfra()
{
    Query lower = accountQuery(QStringLiteral("k8"));
    const HttpAnswer iacm
        = finish(start("GET", url(QStringLiteral("get-default-config"), lower, Module::Iacm), Key::Full));
    QCOMPARE(iacm.status, 200);
    QVERIFY(iacm.data().contains(QLatin1String("liteEngineTag")));
    const HttpAnswer ci = finish(start("GET", url(QStringLiteral("get-default-config"), lower, Module::Ci), Key::Full));
    QCOMPARE(ci.status, 400);
    QVERIFY(failureShapeProblem(ci, QStringLiteral("infra")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxRealServer)
#include "tst_sandboxrealserver.moc"
