// harness-ci-images-cli apply: an exported file made true on another account, the plan first,
// dry runs that send nothing, and files that cannot be applied.
#include "tst_cli_tools.h"

#include <QFile>

using namespace hci;
using namespace clitest;

namespace {

const QString kGit = QStringLiteral("gitCloneTag");
const QString kAddon = QStringLiteral("addonTag");
const QString kLite = QStringLiteral("liteEngineTag");
const QString kS3 = QStringLiteral("s3UploadTag");

QList<std::pair<Module, Infra>> everyScope()
{
    QList<std::pair<Module, Infra>> scopes;
    for (Module module : allModules()) {
        for (Infra infra : allInfras())
            scopes.append({ module, infra });
    }
    return scopes;
}

} // namespace

class TestCliApply : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Account> m_source;
    std::unique_ptr<Account> m_target;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_target->home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<Account>(QStringLiteral("sourceAccount"));
        m_target = std::make_unique<Account>(QStringLiteral("targetAccount"));
        QVERIFY(m_source->start() && m_target->start());
        m_source->setOverrides(Module::Ci, Infra::K8,
            { { kGit, QStringLiteral("mirror.example.com/harness/drone-git:1.7.0") },
                { kLite, QStringLiteral("harness/ci-lite-engine:1.16.80") } });
        m_source->setOverrides(Module::Ci, Infra::Vm, { { kS3, QStringLiteral("plugins/s3:1.5.1") } });
        m_source->setOverrides(Module::Idp, Infra::K8, { { QStringLiteral("cookieCutter"), QStringLiteral("acme/cc:2") } });
        // The target differs: another gitCloneTag, an override the source lacks, and iacm overrides.
        m_target->setOverrides(Module::Ci, Infra::K8,
            { { kGit, QStringLiteral("harness/drone-git:1.6.0") }, { kAddon, QStringLiteral("harness/ci-addon:1.16.10") } });
        m_target->setOverrides(Module::Iacm, Infra::K8, { { QStringLiteral("iacmTerraform"), QStringLiteral("acme/tf:1") } });
    }

    void anExportAppliedToAnotherAccountMakesItEqual()
    {
        const QString file = m_target->home.filePath(QStringLiteral("source.json"));
        const CliRun exported = m_source->run({ QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"), file });
        QVERIFY2(exported.exitCode == 0, exported.said());

        // The dry run prints the plan and the requests, sends nothing, and says the plan is not empty.
        const CliRun dry = m_target->run({ QStringLiteral("apply"), file, QStringLiteral("--dry-run"), QStringLiteral("--exit-code") });
        QCOMPARE(dry.exitCode, 1);
        QCOMPARE(m_target->writes(), 0);
        QVERIFY2(dry.out.contains(QStringLiteral("~ gitCloneTag")), dry.said());
        QVERIFY2(dry.out.contains(QStringLiteral("- addonTag")), dry.said());
        QVERIFY2(dry.out.contains(QStringLiteral("+ liteEngineTag")), dry.said());
        QVERIFY2(dry.out.contains(QStringLiteral("- iacmTerraform")), dry.said());
        QVERIFY2(dry.out.contains(QStringLiteral("idp/VM: no changes")), dry.said());
        QVERIFY(dry.out.contains(QStringLiteral("accountIdentifier=targetAccount&infra=K8")));
        QVERIFY(!dry.out.contains(m_target->server.apiKey()));
        // The plan comes before the requests.
        QVERIFY(dry.out.indexOf(QStringLiteral("~ gitCloneTag")) < dry.out.indexOf(QStringLiteral("curl ")));

        m_target->server.clearRequests();
        const CliRun applied = m_target->run({ QStringLiteral("apply"), file });
        QVERIFY2(applied.exitCode == 0, applied.said());
        for (const auto &[module, infra] : everyScope()) {
            QCOMPARE(m_target->overrides(module, infra), m_source->overrides(module, infra));
        }
        // At most one update and one reset for each scope, one write at a time (the sandbox answers
        // each before the next arrives).
        QCOMPARE(m_target->count(QStringLiteral("update-config")), 3); // ci/K8, ci/VM, idp/K8
        QCOMPARE(m_target->count(QStringLiteral("reset-config")), 2);  // ci/K8, iacm/K8

        const CliRun again = m_target->run({ QStringLiteral("apply"), file, QStringLiteral("--dry-run"), QStringLiteral("--exit-code") });
        QVERIFY2(again.exitCode == 0, again.said());
        QVERIFY(!again.out.contains(QStringLiteral("curl")));
    }

    void writesGoOneAtATime()
    {
        const QString file = writeFile(QStringLiteral("k8.json"), R"({
            "format": "harness-ci-images.overrides/1",
            "scopes": [
                {"module": "ci", "infra": "K8", "overrides": {"gitCloneTag": "harness/drone-git:1.7.0"}},
                {"module": "iacm", "infra": "K8", "overrides": {"iacmCheckov": "plugins/harness_checkov:1"}}
            ]})");
        // Slow answers: a second write sent before the first one's answer would arrive while it waits.
        m_target->server.setLatency(100);
        auto overlaps = std::make_shared<int>(0);
        auto answered = std::make_shared<int>(0);
        connect(&m_target->server, &SandboxServer::requestHandled, this, [this, overlaps, answered](const QString &path, int) {
            if (!path.endsWith(QLatin1String("update-config")) && !path.endsWith(QLatin1String("reset-config")))
                return;
            if (m_target->writes() != ++*answered)
                ++*overlaps;
        });
        const CliRun run = m_target->run({ QStringLiteral("apply"), file });
        QVERIFY2(run.exitCode == 0, run.said());
        // ci/K8: an update and a reset (addonTag); iacm/K8: an update and a reset (iacmTerraform).
        QCOMPARE(*answered, 4);
        QCOMPARE(*overlaps, 0);
    }

    void theFileCanComeFromStandardInput()
    {
        const CliRun exported = m_source->run({ QStringLiteral("export"), QStringLiteral("--quiet") });
        QVERIFY2(exported.exitCode == 0, exported.said());
        const CliRun applied = m_target->run({ QStringLiteral("apply"), QStringLiteral("-") }, exported.out.toUtf8());
        QVERIFY2(applied.exitCode == 0, applied.said());
        QCOMPARE(m_target->overrides(), m_source->overrides());
        // Only ci/K8 was in the file: the other scopes are left alone.
        QCOMPARE(m_target->overrides(Module::Iacm, Infra::K8).size(), 1);
    }

    void aFieldTheTargetLacksStopsEverything()
    {
        const QString file = writeFile(QStringLiteral("vm.json"), R"({
            "format": "harness-ci-images.overrides/1", "account": "elsewhere", "exported": "2026-01-01T00:00:00Z",
            "scopes": [
                {"module": "ci", "infra": "K8", "overrides": {"gitCloneTag": "harness/drone-git:1.7.0"}},
                {"module": "ci", "infra": "VM", "overrides": {"addonTag": "harness/ci-addon:1.16.92"}}
            ]})");
        const CliRun run = m_target->run({ QStringLiteral("apply"), file });
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.contains(QStringLiteral("ci/VM: there is no field \"addonTag\"")), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was sent")), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("~ gitCloneTag")), run.said()); // the plan is still shown
        QCOMPARE(m_target->writes(), 0);
        QCOMPARE(m_target->overrides().value(kGit), QStringLiteral("harness/drone-git:1.6.0"));
    }

    void filesThatCannotBeAppliedAreDataErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("overrides: yes") << "not JSON";
        QTest::newRow("another format") << QByteArray(R"({"format": "terraform", "scopes": []})") << "\"terraform\"";
        QTest::newRow("no format") << QByteArray(R"({"scopes": []})") << "names no format";
        QTest::newRow("unknown module") << QByteArray(R"({"format": "harness-ci-images.overrides/1", "scopes": [{"module": "cd", "infra": "K8", "overrides": {}}]})") << "scope 1";
        QTest::newRow("a scope twice") << QByteArray(R"({"format": "harness-ci-images.overrides/1", "scopes": [{"module": "ci", "infra": "K8", "overrides": {}}, {"module": "ci", "infra": "k8", "overrides": {}}]})") << "twice";
        QTest::newRow("invalid reference") << QByteArray(R"({"format": "harness-ci-images.overrides/1", "scopes": [{"module": "ci", "infra": "K8", "overrides": {"gitCloneTag": "Not A Reference"}}]})") << "gitCloneTag";
        QTest::newRow("not a string") << QByteArray(R"({"format": "harness-ci-images.overrides/1", "scopes": [{"module": "ci", "infra": "K8", "overrides": {"gitCloneTag": 3}}]})") << "not an image reference";
    }

    void filesThatCannotBeAppliedAreDataErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const CliRun run = m_target->run({ QStringLiteral("apply"), writeFile(QStringLiteral("bad.json"), content) });
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.contains(reason), run.said());
        QCOMPARE(m_target->server.requestCount(), 0); // checked before anything is asked of the server
    }

    void aMissingFileIsADataError()
    {
        const CliRun run = m_target->run({ QStringLiteral("apply"), m_target->home.filePath(QStringLiteral("none.json")) });
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot read")), run.said());
        QCOMPARE(m_target->server.requestCount(), 0);
    }

    void aFailureNamesWhatWasAppliedAndWhatWasNot()
    {
        const QString file = writeFile(QStringLiteral("two.json"), R"({
            "format": "harness-ci-images.overrides/1",
            "scopes": [
                {"module": "ci", "infra": "K8", "overrides": {"gitCloneTag": "harness/drone-git:1.7.0"}},
                {"module": "ci", "infra": "VM", "overrides": {"gitCloneTag": "harness/drone-git:1.7.1"}},
                {"module": "idp", "infra": "K8", "overrides": {"cookieCutter": "acme/cc:3"}}
            ]})");
        // ci/K8 goes through (its update, its reset, its read-back); then the server fails for good.
        auto resetSeen = std::make_shared<bool>(false);
        connect(&m_target->server, &SandboxServer::requestHandled, this, [this, resetSeen](const QString &path, int) {
            if (path.endsWith(QLatin1String("reset-config"))) {
                *resetSeen = true;
            } else if (*resetSeen && path.endsWith(QLatin1String("get-customer-config"))) {
                *resetSeen = false;
                m_target->server.injectFault(SandboxServer::Fault::ServerError, -1);
            }
        });
        const CliRun run = m_target->run({ QStringLiteral("apply"), file });
        QCOMPARE(run.exitCode, 69);
        QCOMPARE(m_target->overrides().value(kGit), QStringLiteral("harness/drone-git:1.7.0"));
        QVERIFY2(run.err.contains(QStringLiteral("Applied and confirmed before: ci/K8")), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("Not sent: idp/K8")), run.said());
        QVERIFY(m_target->overrides(Module::Idp, Infra::K8).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliApply)
#include "tst_cli_apply.moc"
