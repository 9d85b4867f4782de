// harness-ci-images-cli set and reset: the editor's checks, one conflict-checked write and its
// read-back, dry runs that send nothing, and the exit status of each way a write fails.
#include "tst_cli_tools.h"

using namespace hci;
using namespace clitest;

namespace {

const QString kGit = QStringLiteral("gitCloneTag");
const QString kAddon = QStringLiteral("addonTag");
const QString kLite = QStringLiteral("liteEngineTag");
const QString kS3 = QStringLiteral("s3UploadTag");

} // namespace

class TestCliWrite : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Account> m_account;

    QStringList paths() const
    {
        QStringList result;
        for (const SandboxServer::RecordedRequest &request : m_account->server.requests())
            result.append(QString::fromLatin1(request.method) + u' ' + request.path.section(u'/', -1));
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_account = std::make_unique<Account>();
        QVERIFY(m_account->start());
        m_account->setOverrides(Module::Ci, Infra::K8,
            { { kLite, QStringLiteral("harness/ci-lite-engine:1.16.80") }, { kS3, QStringLiteral("plugins/s3:1.5.1") } });
    }

    void setWritesOnceAndReadsBack()
    {
        const CliRun run = m_account->run(
            { QStringLiteral("set"), kGit + QStringLiteral("=1.7.0"), kAddon + QStringLiteral("=acme.io/ci/addon:2.0.0") });
        QVERIFY2(run.exitCode == 0, run.said());
        // A bare tag keeps the default's repository; a whole reference is taken as it is.
        QCOMPARE(m_account->overrides().value(kGit), QStringLiteral("harness/drone-git:1.7.0"));
        QCOMPARE(m_account->overrides().value(kAddon), QStringLiteral("acme.io/ci/addon:2.0.0"));
        QCOMPARE(m_account->overrides().value(kLite), QStringLiteral("harness/ci-lite-engine:1.16.80"));
        // One update with both fields, between the conflict check and the read-back.
        QCOMPARE(m_account->count(QStringLiteral("update-config")), 1);
        QCOMPARE(m_account->count(QStringLiteral("reset-config")), 0);
        const QStringList sent = paths();
        const qsizetype update = sent.indexOf(QStringLiteral("POST update-config"));
        QCOMPARE(sent.mid(update - 1, 3),
            (QStringList { QStringLiteral("GET get-customer-config"), QStringLiteral("POST update-config"),
                QStringLiteral("GET get-customer-config") }));
        // The plan on stdout, the confirmation on stderr.
        QVERIFY2(run.out.contains(QStringLiteral("ci/K8: 2 change")), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("+ addonTag")) && run.out.contains(QStringLiteral("harness/drone-git:1.7.0")), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("applied and confirmed")), run.said());
    }

    void setDryRunSendsNothingAndShowsTheRequests()
    {
        const CliRun run = m_account->run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0"), QStringLiteral("--dry-run") });
        QVERIFY2(run.exitCode == 0, run.said());
        QCOMPARE(m_account->writes(), 0);
        QVERIFY(!m_account->overrides().contains(kGit));
        QVERIFY2(run.out.contains(QStringLiteral("curl --request POST")), run.said());
        QVERIFY(run.out.contains(QStringLiteral("/gateway/ci/execution-config/update-config?accountIdentifier=%1&infra=K8")
                                     .arg(m_account->server.accountId())));
        QVERIFY(run.out.contains(QStringLiteral("\"X-API-KEY: $HARNESS_API_KEY\"")));
        QVERIFY(run.out.contains(QStringLiteral("[{\"field\":\"gitCloneTag\",\"value\":\"harness/drone-git:1.7.0\"}]")));
        QVERIFY(!run.out.contains(m_account->server.apiKey()) && !run.err.contains(m_account->server.apiKey()));
    }

    void aChangeOnTheServerSinceTheLoadIsNamedAndOverwritten()
    {
        // Someone else sets the field right after the tool read it (the load is three reads).
        auto reads = std::make_shared<int>(0);
        connect(&m_account->server, &SandboxServer::requestHandled, this, [this, reads](const QString &path, int) {
            if (path.contains(QLatin1String("/get-")) && ++*reads == 3)
                m_account->setOverrides(Module::Ci, Infra::K8, { { kGit, QStringLiteral("harness/drone-git:1.5.0") } });
        });
        const CliRun run = m_account->run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0") });
        QVERIFY2(run.exitCode == 0, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("gitCloneTag changed on the server since it was read (now harness/drone-git:1.5.0)")),
            run.said());
        QCOMPARE(m_account->overrides().value(kGit), QStringLiteral("harness/drone-git:1.7.0"));
        QCOMPARE(m_account->count(QStringLiteral("update-config")), 1);
    }

    void aValueAlreadySetNeedsNoWrite()
    {
        const CliRun run = m_account->run({ QStringLiteral("set"), kLite + QStringLiteral("=1.16.80") });
        QVERIFY2(run.exitCode == 0, run.said());
        QCOMPARE(m_account->writes(), 0);
        QVERIFY2(run.err.contains(QStringLiteral("already")), run.said());
    }

    void badFieldsAndReferencesAreDataErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown field") << QStringList { QStringLiteral("set"), QStringLiteral("gitCloneTagg=1.7.0"), kAddon + QStringLiteral("=1.2.3") } << "no field \"gitCloneTagg\"";
        QTest::newRow("field in another case") << QStringList { QStringLiteral("set"), QStringLiteral("gitclonetag=1.7.0") } << "did you mean \"gitCloneTag\"";
        QTest::newRow("invalid reference") << QStringList { QStringLiteral("set"), kGit + QStringLiteral("=Harness/Drone Git:1") } << "gitCloneTag";
        QTest::newRow("invalid tag") << QStringList { QStringLiteral("set"), kGit + QStringLiteral("=-bad") } << "-bad";
        QTest::newRow("field not on VM") << QStringList { QStringLiteral("set"), QStringLiteral("--infra"), QStringLiteral("VM"), kAddon + QStringLiteral("=1.2.3") } << "ci/VM: there is no field \"addonTag\"";
        QTest::newRow("reset of an unknown field") << QStringList { QStringLiteral("reset"), QStringLiteral("nope") } << "no field \"nope\"";
    }

    void badFieldsAndReferencesAreDataErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const CliRun run = m_account->run(arguments);
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.contains(reason), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was sent")), run.said());
        QCOMPARE(m_account->writes(), 0);
    }

    void resetFieldsAndEverything()
    {
        const CliRun dry = m_account->run({ QStringLiteral("reset"), QStringLiteral("--all"), QStringLiteral("--dry-run") });
        QVERIFY2(dry.exitCode == 0, dry.said());
        QCOMPARE(m_account->writes(), 0);
        QVERIFY(dry.out.contains(QStringLiteral("reset-config")));
        QVERIFY(dry.out.contains(QStringLiteral("[{\"field\":\"liteEngineTag\"},{\"field\":\"s3UploadTag\"}]")));

        const CliRun one = m_account->run({ QStringLiteral("reset"), kS3, kGit });
        QVERIFY2(one.exitCode == 0, one.said());
        QVERIFY2(one.err.contains(QStringLiteral("gitCloneTag is not overridden")), one.said());
        QCOMPARE(m_account->overrides(), (ImageMap { { kLite, QStringLiteral("harness/ci-lite-engine:1.16.80") } }));

        const CliRun all = m_account->run({ QStringLiteral("reset"), QStringLiteral("--all") });
        QVERIFY2(all.exitCode == 0, all.said());
        QVERIFY(m_account->overrides().isEmpty());
        QCOMPARE(m_account->count(QStringLiteral("reset-config")), 2);
        QCOMPARE(m_account->count(QStringLiteral("update-config")), 0);

        const CliRun nothing = m_account->run({ QStringLiteral("reset"), QStringLiteral("--all") });
        QCOMPARE(nothing.exitCode, 0);
        QCOMPARE(m_account->count(QStringLiteral("reset-config")), 2);
    }

    void aKeyThatMayOnlyReadIs77()
    {
        const CliRun run = runCli(QStringList { QStringLiteral("set"), kGit + QStringLiteral("=1.7.0") } + m_account->connect(),
            m_account->env(m_account->server.readOnlyApiKey()));
        QCOMPARE(run.exitCode, 77);
        QVERIFY2(run.err.contains(QStringLiteral("permission")), run.said());
        QVERIFY(!m_account->overrides().contains(kGit));
    }

    void aWriteThatDoesNotTakeIs75()
    {
        // Someone puts the old value back right after the write: the read-back shows it did not take.
        connect(&m_account->server, &SandboxServer::requestHandled, this, [this](const QString &path, int status) {
            if (path.endsWith(QLatin1String("update-config")) && status == 200) {
                QString failure;
                m_account->server.store().reset(m_account->server.accountId(), Module::Ci, Infra::K8, { kGit }, &failure);
            }
        });
        const CliRun run = m_account->run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0") });
        QCOMPARE(run.exitCode, 75);
        QVERIFY2(run.err.contains(QStringLiteral("not confirmed: gitCloneTag")), run.said());
    }

    void aServerFailureOfTheWriteIs69()
    {
        // Three reads of the load and the conflict check pass; the update meets a 500.
        m_account->server.injectFault(SandboxServer::Fault::None, 4);
        m_account->server.injectFault(SandboxServer::Fault::ServerError, 1);
        const CliRun run = m_account->run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0") });
        QCOMPARE(run.exitCode, 69);
        QVERIFY2(run.err.contains(QStringLiteral("not confirmed: gitCloneTag")), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("Correlation ID")), run.said());
    }

    void theFieldHarnessRefusesInABatchIsFound()
    {
        // legacyTag was a field once: the account still overrides it, but the server takes it no more.
        const QString legacy = QStringLiteral("legacyTag");
        SandboxStore &store = m_account->server.store();
        const ImageMap defaults = store.defaults(Module::Ci, Infra::Vm);
        ImageMap withLegacy = defaults;
        withLegacy.insert(legacy, QStringLiteral("harness/legacy:1.0"));
        store.setDefaults(Module::Ci, Infra::Vm, withLegacy);
        m_account->setOverrides(Module::Ci, Infra::Vm, { { legacy, QStringLiteral("harness/legacy:0.9") } });
        store.setDefaults(Module::Ci, Infra::Vm, defaults);
        // Like Harness, the batch gets the generic 500 that names no field: after the three reads
        // of the load and the conflict check.
        m_account->server.injectFault(SandboxServer::Fault::None, 4);
        m_account->server.injectFault(SandboxServer::Fault::ServerError, 1);

        const CliRun run = m_account->run({ QStringLiteral("set"), QStringLiteral("--infra"), QStringLiteral("VM"),
            legacy + QStringLiteral("=0.9.1"), kGit + QStringLiteral("=1.7.0") });
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.contains(QStringLiteral("one at a time")), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("Harness refused legacyTag")), run.said());
        QVERIFY2(!run.err.contains(QStringLiteral("Harness refused gitCloneTag")), run.said());
        const ImageMap after = m_account->overrides(Module::Ci, Infra::Vm);
        QCOMPARE(after.value(kGit), QStringLiteral("harness/drone-git:1.7.0"));
        QCOMPARE(after.value(legacy), QStringLiteral("harness/legacy:0.9"));
        // The batch, then each field alone.
        int updates = 0;
        for (const SandboxServer::RecordedRequest &request : m_account->server.requests()) {
            if (!request.path.endsWith(QLatin1String("update-config")))
                continue;
            QCOMPARE(request.body.count("\"field\""), ++updates == 1 ? 2 : 1);
        }
        QCOMPARE(updates, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliWrite)
#include "tst_cli_write.moc"
