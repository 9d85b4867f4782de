// harness-ci-images-cli's commands that read: list, diff and export, their --json, and the exit
// statuses of a read that fails.
#include "tst_cli_tools.h"

#include <QDateTime>
#include <QFile>
#include <QTcpServer>

using namespace hci;
using namespace clitest;

namespace {

const QString kGit = QStringLiteral("gitCloneTag");
const QString kLite = QStringLiteral("liteEngineTag");
const QString kS3 = QStringLiteral("s3UploadTag");

} // namespace

class TestCliRead : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Account> m_account;

private Q_SLOTS:
    void init()
    {
        m_account = std::make_unique<Account>();
        QVERIFY(m_account->start());
        // Older than the default, mirrored, and equal to the default.
        m_account->setOverrides(Module::Ci, Infra::K8,
            { { kLite, QStringLiteral("harness/ci-lite-engine:1.16.80") },
                { kGit, QStringLiteral("mirror.example.com/harness/drone-git:1.6.9-rootless") },
                { kS3, m_account->server.store().defaults(Module::Ci, Infra::K8).value(kS3) } });
    }

    void listJsonHasEveryFieldWithDefaultOverrideAndState()
    {
        const CliRun run = m_account->run({ QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(run.finished && run.exitCode == 0, run.said());
        const QJsonDocument json = run.json();
        QVERIFY2(json.isArray(), run.said());
        const QJsonArray fields = json.array();
        const ImageMap defaults = m_account->server.store().defaults(Module::Ci, Infra::K8);
        QCOMPARE(fields.size(), defaults.size());
        for (const QJsonValue &value : fields) {
            const QJsonObject field = value.toObject();
            for (const char *key : { "field", "default", "override", "state" })
                QVERIFY2(field.contains(QLatin1String(key)), key);
            QCOMPARE(field.value(QStringLiteral("default")).toString(),
                defaults.value(field.value(QStringLiteral("field")).toString()));
        }
        const QJsonObject addon = objectFor(fields, QStringLiteral("addonTag"));
        QVERIFY(addon.value(QStringLiteral("override")).isNull());
        QCOMPARE(addon.value(QStringLiteral("state")).toString(), QStringLiteral("default"));
        const QJsonObject lite = objectFor(fields, kLite);
        QCOMPARE(lite.value(QStringLiteral("override")).toString(), QStringLiteral("harness/ci-lite-engine:1.16.80"));
        QCOMPARE(lite.value(QStringLiteral("state")).toString(), QStringLiteral("behind"));
        QCOMPARE(objectFor(fields, kS3).value(QStringLiteral("state")).toString(), QStringLiteral("same-as-default"));
        QCOMPARE(objectFor(fields, kGit).value(QStringLiteral("state")).toString(), QStringLiteral("overridden"));
        // Data only on stdout; the progress went to stderr, and the key to neither.
        QVERIFY(run.err.contains(QStringLiteral("Reading ci/K8")));
        QVERIFY(!run.out.contains(m_account->server.apiKey()) && !run.err.contains(m_account->server.apiKey()));
        QCOMPARE(m_account->writes(), 0);
    }

    void listTableIsForPeople()
    {
        const CliRun run = m_account->run({ QStringLiteral("list"), QStringLiteral("--quiet") });
        QVERIFY2(run.exitCode == 0, run.said());
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("FIELD")));
        QCOMPARE(lines.size(), 1 + m_account->server.store().defaults(Module::Ci, Infra::K8).size());
        const QString liteLine = lines.filter(kLite).first();
        QVERIFY2(liteLine.contains(QStringLiteral("behind the default")) && liteLine.contains(QStringLiteral("1.16.80")),
            qPrintable(liteLine));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // --quiet
    }

    void moduleAndInfraChooseWhatIsRead()
    {
        m_account->setOverrides(Module::Idp, Infra::Vm, { { QStringLiteral("cookieCutter"), QStringLiteral("acme/cc:2") } });
        const CliRun run = m_account->run({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--module"),
            QStringLiteral("idp"), QStringLiteral("--infra"), QStringLiteral("vm") });
        QVERIFY2(run.exitCode == 0, run.said());
        const QJsonArray fields = run.json().array();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("cookieCutter"));
        for (const SandboxServer::RecordedRequest &request : m_account->server.requests())
            QVERIFY2(request.path.contains(QStringLiteral("/idp/")), qPrintable(request.path));
    }

    void diffShowsOnlyOverrides()
    {
        const CliRun run = m_account->run({ QStringLiteral("diff"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.said());
        QStringList fields;
        for (const QJsonValue &value : run.json().array())
            fields.append(value.toObject().value(QStringLiteral("field")).toString());
        fields.sort();
        QCOMPARE(fields, (QStringList { kGit, kLite, kS3 }));

        const CliRun table = m_account->run({ QStringLiteral("diff") });
        QCOMPARE(table.out.split(u'\n', Qt::SkipEmptyParts).size(), 4); // the header and three fields
    }

    void diffExitCodeTellsWhetherAnythingIsOverridden()
    {
        const CliRun differs = m_account->run({ QStringLiteral("diff"), QStringLiteral("--exit-code") });
        QCOMPARE(differs.exitCode, 1);
        QVERIFY(differs.out.contains(kGit));

        Account fresh;
        QVERIFY(fresh.start());
        const CliRun same = fresh.run({ QStringLiteral("diff"), QStringLiteral("--exit-code") });
        QVERIFY2(same.exitCode == 0, same.said());
        QVERIFY2(same.out.isEmpty(), qPrintable(same.out));
        const CliRun sameJson = fresh.run({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--exit-code") });
        QCOMPARE(sameJson.exitCode, 0);
        QVERIFY(sameJson.json().isArray() && sameJson.json().array().isEmpty());
        // Without --exit-code, differences are no failure.
        QCOMPARE(m_account->run({ QStringLiteral("diff") }).exitCode, 0);
    }

    void exportWritesTheOverridesOfTheScope()
    {
        const CliRun run = m_account->run({ QStringLiteral("export") });
        QVERIFY2(run.exitCode == 0, run.said());
        const QJsonObject root = run.json().object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("harness-ci-images.overrides/1"));
        QCOMPARE(root.value(QStringLiteral("account")).toString(), m_account->server.accountId());
        QVERIFY(QDateTime::fromString(root.value(QStringLiteral("exported")).toString(), Qt::ISODate).isValid());
        const QJsonArray scopes = root.value(QStringLiteral("scopes")).toArray();
        QCOMPARE(scopes.size(), 1);
        const QJsonObject scope = scopes.first().toObject();
        QCOMPARE(scope.value(QStringLiteral("module")).toString(), QStringLiteral("ci"));
        QCOMPARE(scope.value(QStringLiteral("infra")).toString(), QStringLiteral("K8"));
        const QVariantMap overrides = scope.value(QStringLiteral("overrides")).toObject().toVariantMap();
        QCOMPARE(overrides.size(), 3);
        QCOMPARE(overrides.value(kLite).toString(), QStringLiteral("harness/ci-lite-engine:1.16.80"));
        QVERIFY(!run.out.contains(m_account->server.apiKey()));
        QVERIFY(!run.out.contains(m_account->server.apiKey().section(u'.', 3)));
    }

    void exportAllWritesEveryModuleAndInfraToAFile()
    {
        const QString file = m_account->home.filePath(QStringLiteral("overrides.json"));
        const CliRun run = m_account->run({ QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"), file });
        QVERIFY2(run.exitCode == 0, run.said());
        QVERIFY(run.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonArray scopes = QJsonDocument::fromJson(written.readAll()).object().value(QStringLiteral("scopes")).toArray();
        QStringList names;
        for (const QJsonValue &scope : scopes) {
            names.append(scope.toObject().value(QStringLiteral("module")).toString() + u'/'
                + scope.toObject().value(QStringLiteral("infra")).toString());
        }
        QCOMPARE(names, (QStringList { QStringLiteral("ci/K8"), QStringLiteral("ci/VM"), QStringLiteral("iacm/K8"),
                            QStringLiteral("iacm/VM"), QStringLiteral("idp/K8"), QStringLiteral("idp/VM") }));
    }

    void exportAsTerraformMatchesTheFixture()
    {
        // A fixed account and, through SOURCE_DATE_EPOCH, a fixed time: the whole output is known.
        Account account(QStringLiteral("fixtureAccount"));
        QVERIFY(account.start());
        account.setOverrides(Module::Ci, Infra::K8,
            { { kGit, QStringLiteral("mirror.example.com/harness/drone-git:1.6.9-rootless") },
                { kLite, QStringLiteral("harness/ci-lite-engine:1.16.80") } });
        account.setOverrides(Module::Iacm, Infra::Vm, { { QStringLiteral("iacmTerraform"), QStringLiteral("acme/tf:1") } });
        QProcessEnvironment env = account.env();
        env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1767323045")); // 2026-01-02T03:04:05Z
        const CliRun run = runCli(QStringList { QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                                      QStringLiteral("terraform") } + account.connect(), env);
        QVERIFY2(run.exitCode == 0, run.said());
        QFile fixture(QStringLiteral(HCI_TEST_DATA "/cli-export-all.tf"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QCOMPARE(run.out, QString::fromUtf8(fixture.readAll()));
        QVERIFY(!run.out.contains(account.server.apiKey()));
    }

    void exportAsTerraformToAFile()
    {
        const QString file = m_account->home.filePath(QStringLiteral("overrides.tf"));
        const CliRun run = m_account->run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("terraform"),
                                            QStringLiteral("-o"), file });
        QVERIFY2(run.exitCode == 0, run.said());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QCOMPARE(text.count(QStringLiteral("resource \"harness_platform_default_images\"")), 3);
        QVERIFY2(text.contains(QStringLiteral("\"ci_k8_liteEngineTag\"")), qPrintable(text));
    }

    void exportToAPlaceThatCannotBeWrittenIs73()
    {
        const QString file = m_account->home.filePath(QStringLiteral("no/such/folder/overrides.json"));
        const CliRun run = m_account->run({ QStringLiteral("export"), QStringLiteral("-o"), file });
        QCOMPARE(run.exitCode, 73);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot write")), run.said());
    }

    void anUnreachableServerIs69()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const CliRun run = runCli({ QStringLiteral("list"), QStringLiteral("--base-url"),
                                      QStringLiteral("http://127.0.0.1:%1").arg(port) },
            m_account->env());
        QCOMPARE(run.exitCode, 69);
        QVERIFY2(run.err.contains(QStringLiteral("could not be reached")), run.said());
        QVERIFY(run.out.isEmpty());
    }

    void aServerErrorIs69()
    {
        m_account->server.injectFault(SandboxServer::Fault::ServerError, -1);
        const CliRun run = m_account->run({ QStringLiteral("diff"), QStringLiteral("--exit-code") });
        QCOMPARE(run.exitCode, 69);
        QVERIFY2(run.err.contains(QStringLiteral("Correlation ID")), run.said());
    }

    void aBusyServerIsWaitedFor()
    {
        m_account->server.injectFault(SandboxServer::Fault::RateLimit, 1, 1);
        const CliRun run = m_account->run({ QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("Harness is busy (rate limited); trying again in 1 second")), run.said());
        QVERIFY(run.json().isArray());
    }

    void aServerStillBusyAfterTheRetriesIs69()
    {
        m_account->server.injectFault(SandboxServer::Fault::RateLimit, -1, 0);
        const CliRun run = m_account->run({ QStringLiteral("list") });
        QCOMPARE(run.exitCode, 69);
        QVERIFY2(run.err.contains(QStringLiteral("limiting how many requests")), run.said());
        QVERIFY(m_account->count(QStringLiteral("get-default-config")) > 1);
    }

    void aRefusedKeyIs77()
    {
        const CliRun run = runCli(QStringList { QStringLiteral("list") } + m_account->connect(),
            m_account->env(QStringLiteral("pat.%1.wrong.key").arg(m_account->server.accountId())));
        QCOMPARE(run.exitCode, 77);
        QVERIFY2(run.err.contains(QStringLiteral("API key was refused")), run.said());
    }
};

QTEST_GUILESS_MAIN(TestCliRead)
#include "tst_cli_read.moc"
