// harness-ci-images-cli history and revert: the tool records its own applies in the store the
// window uses, lists them (and the window's), and reverts one against the server as it is now.
// Every run shares one throwaway home, and so one store file.
#include "tst_cli_tools.h"

#include "credentials/profilestore.h"
#include "store/history.h"
#include "store/localstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace hci;
using namespace clitest;

namespace {

const QString kGit = QStringLiteral("gitCloneTag");
const QString kAddon = QStringLiteral("addonTag");
const QString kLite = QStringLiteral("liteEngineTag");
const QString kGitBefore = QStringLiteral("harness/drone-git:1.6.0");
const QString kGitAfter = QStringLiteral("harness/drone-git:1.7.0");
const QString kAddonAfter = QStringLiteral("acme.io/ci/addon:2.0.0");

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Account> m_account;

    QString dataHome() const { return m_account->home.path() + QStringLiteral("/data"); }

    // The tool's environment, with the data folder (where the store is) inside the throwaway home.
    QProcessEnvironment env(const Account &account) const
    {
        QProcessEnvironment result = account.env();
        result.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        return result;
    }

    CliRun run(const QStringList &arguments) const
    {
        return runCli(arguments + m_account->connect(), env(*m_account));
    }

    // The store file as the window finds it: its data location under its own names.
    QString storePath() const
    {
        qputenv("XDG_DATA_HOME", dataHome().toUtf8());
        return LocalStore::defaultFilePath();
    }

    QJsonArray history(const QStringList &extra = {}) const
    {
        const CliRun listed = run(QStringList { QStringLiteral("history"), QStringLiteral("--json") } + extra);
        if (listed.exitCode != 0 || !listed.json().isArray())
            qWarning("%s", listed.said());
        return listed.json().array();
    }

    // Sets gitCloneTag (over an override) and addonTag (over the default); the new apply's id.
    qint64 setBoth() const
    {
        const CliRun set = run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0"), kAddon + u'=' + kAddonAfter });
        if (set.exitCode != 0)
            qWarning("%s", set.said());
        return qint64(history().first().toObject().value(QStringLiteral("id")).toDouble());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the window names itself, so that storePath() is the window's file.
        QCoreApplication::setOrganizationName(QStringLiteral("harness-ci-images"));
        QCoreApplication::setApplicationName(QStringLiteral("harness-ci-images"));
    }

    void init()
    {
        m_account = std::make_unique<Account>();
        QVERIFY(m_account->start());
        m_account->setOverrides(Module::Ci, Infra::K8, { { kGit, kGitBefore } });
    }

    void setIsRecordedWithBeforeAfterAndConfirmed()
    {
        const CliRun set = run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0"), kAddon + u'=' + kAddonAfter });
        QVERIFY2(set.exitCode == 0, set.said());
        // In the window's file, where the window's history finds it.
        QVERIFY(QFile::exists(storePath()));

        const QJsonArray records = history();
        QCOMPARE(records.size(), 1);
        const QJsonObject record = records.first().toObject();
        QVERIFY(record.value(QStringLiteral("id")).toDouble() > 0);
        QCOMPARE(record.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
        QCOMPARE(record.value(QStringLiteral("account")).toString(), m_account->server.accountId());
        QCOMPARE(record.value(QStringLiteral("module")).toString(), QStringLiteral("ci"));
        QCOMPARE(record.value(QStringLiteral("infra")).toString(), QStringLiteral("K8"));
        QVERIFY(record.value(QStringLiteral("ok")).toBool());
        QVERIFY(!record.value(QStringLiteral("correlationIds")).toArray().isEmpty());
        const QJsonArray fields = record.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 2);
        const QJsonObject git = objectFor(fields, kGit);
        QCOMPARE(git.value(QStringLiteral("before")).toString(), kGitBefore);
        QCOMPARE(git.value(QStringLiteral("after")).toString(), kGitAfter);
        QVERIFY(git.value(QStringLiteral("confirmed")).toBool());
        const QJsonObject addon = objectFor(fields, kAddon);
        QVERIFY(addon.value(QStringLiteral("before")).isNull());
        QCOMPARE(addon.value(QStringLiteral("after")).toString(), kAddonAfter);
        QVERIFY(addon.value(QStringLiteral("confirmed")).toBool());

        // The table, for people: one row with the id, where it came from and what it changed.
        const CliRun table = run({ QStringLiteral("history") });
        QVERIFY2(table.exitCode == 0, table.said());
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(QStringLiteral("ID")) && lines.first().contains(QStringLiteral("CONFIRMED")),
            table.said());
        const QString id = QString::number(qint64(record.value(QStringLiteral("id")).toDouble()));
        QVERIFY2(lines.at(1).startsWith(id + u' ') && lines.at(1).contains(QStringLiteral(" cli "))
                     && lines.at(1).contains(QStringLiteral("ci/K8")) && lines.at(1).contains(QStringLiteral("2 of 2")),
            table.said());
    }

    void loadsAreRecordedAsTheWindowRecordsThem()
    {
        const StoreScope scope = StoreScope::forHost(m_account->server.gatewayUrl(), m_account->server.accountId(),
            Module::Ci, Infra::K8);
        QCOMPARE(run({ QStringLiteral("list") }).exitCode, 0);
        {
            LocalStore store(storePath());
            const std::optional<StoredLoad> load = History(&store).lastLoad(scope);
            QVERIFY(load.has_value());
            QCOMPARE(load->source, QStringLiteral("load"));
            QCOMPARE(load->snapshot.overrides(), (ImageMap { { kGit, kGitBefore } }));
            QVERIFY(load->snapshot.defaults().contains(kAddon));
        }
        // A second read of the same state adds nothing; an apply's read-back is stored as such.
        QCOMPARE(run({ QStringLiteral("diff") }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0") }).exitCode, 0);
        LocalStore store(storePath());
        const QList<StoredLoad> loads = History(&store).loads(scope);
        QCOMPARE(loads.size(), 2);
        const std::optional<StoredLoad> last = History(&store).lastLoad(scope);
        QCOMPARE(last->source, QStringLiteral("apply"));
        QCOMPARE(last->snapshot.overrides().value(kGit), kGitAfter);
    }

    void historyShowsOnlyWhatItIsAskedFor()
    {
        QVERIFY2(run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0") }).exitCode == 0, "set on K8");
        const CliRun vm = run({ QStringLiteral("set"), QStringLiteral("--infra"), QStringLiteral("VM"), kGit + QStringLiteral("=1.7.0") });
        QVERIFY2(vm.exitCode == 0, vm.said());
        // A load or a dry run is no apply.
        QCOMPARE(run({ QStringLiteral("list") }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("reset"), kGit, QStringLiteral("--dry-run") }).exitCode, 0);

        QCOMPARE(history().size(), 2);
        const QJsonArray onVm = history({ QStringLiteral("--infra"), QStringLiteral("VM") });
        QCOMPARE(onVm.size(), 1);
        QCOMPARE(onVm.first().toObject().value(QStringLiteral("infra")).toString(), QStringLiteral("VM"));
        QCOMPARE(history({ QStringLiteral("--limit"), QStringLiteral("1") }).size(), 1);
        // Another account's history is not this one's; --all shows every one.
        const CliRun sandbox = runCli({ QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--sandbox") },
            env(*m_account));
        QVERIFY2(sandbox.exitCode == 0 && sandbox.json().array().isEmpty(), sandbox.said());
        const CliRun all = runCli({ QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--all") },
            env(*m_account));
        QVERIFY2(all.exitCode == 0 && all.json().array().size() == 2, all.said());
        // History reads the store only: the server heard nothing of it.
        const int requests = int(m_account->server.requests().size());
        history();
        QCOMPARE(int(m_account->server.requests().size()), requests);
    }

    void revertDryRunPrintsTheInverseAndSendsNothing()
    {
        const qint64 id = setBoth();
        QVERIFY(id > 0);
        const int writes = m_account->writes();
        const CliRun dry = run({ QStringLiteral("revert"), QString::number(id), QStringLiteral("--dry-run") });
        QVERIFY2(dry.exitCode == 0, dry.said());
        QCOMPARE(m_account->writes(), writes);
        QCOMPARE(m_account->overrides().value(kGit), kGitAfter);
        // The plan: gitCloneTag back to its earlier override, addonTag back to the default.
        QVERIFY2(dry.out.contains(QStringLiteral("~ gitCloneTag  %1 -> %2").arg(kGitAfter, kGitBefore)), dry.said());
        QVERIFY2(dry.out.contains(QStringLiteral("- addonTag")) && dry.out.contains(kAddonAfter), dry.said());
        QVERIFY2(dry.out.contains(QStringLiteral("update-config")) && dry.out.contains(QStringLiteral("reset-config")),
            dry.said());
        QVERIFY2(dry.out.contains(QStringLiteral("[{\"field\":\"gitCloneTag\",\"value\":\"%1\"}]").arg(kGitBefore)), dry.said());
        QVERIFY(!dry.out.contains(m_account->server.apiKey()));
        // A dry run is not an apply.
        QCOMPARE(history().size(), 1);
    }

    void revertRestoresTheEarlierValues()
    {
        const qint64 id = setBoth();
        QVERIFY(id > 0);
        QCOMPARE(m_account->overrides().value(kAddon), kAddonAfter);
        const CliRun revert = run({ QStringLiteral("revert"), QString::number(id) });
        QVERIFY2(revert.exitCode == 0, revert.said());
        QVERIFY2(revert.err.contains(QStringLiteral("applied and confirmed")), revert.said());
        QCOMPARE(m_account->overrides().value(kGit), kGitBefore);
        QVERIFY(!m_account->overrides().contains(kAddon));

        // The revert is an apply of its own, newest first, undoing the first.
        const QJsonArray records = history();
        QCOMPARE(records.size(), 2);
        const QJsonArray fields = records.first().toObject().value(QStringLiteral("fields")).toArray();
        QCOMPARE(objectFor(fields, kGit).value(QStringLiteral("before")).toString(), kGitAfter);
        QCOMPARE(objectFor(fields, kGit).value(QStringLiteral("after")).toString(), kGitBefore);
        QVERIFY(objectFor(fields, kAddon).value(QStringLiteral("after")).isNull());
        QVERIFY(objectFor(fields, kAddon).value(QStringLiteral("confirmed")).toBool());
    }

    void revertNamesWhatChangedOnTheServerSince()
    {
        const qint64 id = setBoth();
        QVERIFY(id > 0);
        // Someone else moves gitCloneTag on after the apply.
        m_account->setOverrides(Module::Ci, Infra::K8, { { kGit, QStringLiteral("harness/drone-git:1.8.0") } });
        const CliRun revert = run({ QStringLiteral("revert"), QString::number(id) });
        QVERIFY2(revert.exitCode == 0, revert.said());
        QVERIFY2(revert.err.contains(QStringLiteral("gitCloneTag changed on the server since apply %1 (now harness/drone-git:1.8.0)")
                                         .arg(id)),
            revert.said());
        // Only the field that moved is named; like set, the revert then does as it was asked.
        QVERIFY2(!revert.err.contains(QStringLiteral("addonTag changed")), revert.said());
        QCOMPARE(m_account->overrides().value(kGit), kGitBefore);
        QVERIFY(!m_account->overrides().contains(kAddon));
    }

    void unknownIdIsADataErrorAndAsksNothing()
    {
        const CliRun revert = run({ QStringLiteral("revert"), QStringLiteral("4242") });
        QCOMPARE(revert.exitCode, 65);
        QVERIFY2(revert.err.contains(QStringLiteral("no apply 4242")), revert.said());
        QVERIFY(m_account->server.requests().isEmpty());
        const CliRun notAnId = run({ QStringLiteral("revert"), QStringLiteral("latest") });
        QCOMPARE(notAnId.exitCode, 64);
    }

    void revertOnAnotherAccountIsRefused()
    {
        const qint64 id = setBoth();
        QVERIFY(id > 0);
        Account other(QStringLiteral("another-account"));
        QVERIFY(other.start());
        QProcessEnvironment otherEnv = env(*m_account);
        otherEnv.insert(QStringLiteral("HARNESS_API_KEY"), other.server.apiKey());
        const CliRun revert = runCli(QStringList { QStringLiteral("revert"), QString::number(id) } + other.connect(), otherEnv);
        QCOMPARE(revert.exitCode, 65);
        QVERIFY2(revert.err.contains(m_account->server.accountId()) && revert.err.contains(QStringLiteral("another-account")),
            revert.said());
        QCOMPARE(other.writes(), 0);
        QCOMPARE(m_account->overrides().value(kGit), kGitAfter);
    }

    void theWindowsAppliesAreListedAndReverted()
    {
        // An apply as the window records it, in the window's file.
        {
            LocalStore store(storePath());
            QCOMPARE(store.status(), LocalStore::Status::Ready);
            ApplyRecord record;
            record.scope = StoreScope::forHost(m_account->server.gatewayUrl(), m_account->server.accountId(), Module::Ci, Infra::K8);
            record.profileName = QStringLiteral("from the window");
            record.appliedAt = QDateTime::currentDateTimeUtc();
            record.source = QStringLiteral("window");
            record.ok = true;
            record.fields.append({ kLite, std::nullopt, QStringLiteral("harness/ci-lite-engine:1.16.80"), true });
            QVERIFY(History(&store).recordApply(record) > 0);
        }
        m_account->setOverrides(Module::Ci, Infra::K8, { { kLite, QStringLiteral("harness/ci-lite-engine:1.16.80") } });

        const QJsonArray records = history();
        QCOMPARE(records.size(), 1);
        const QJsonObject record = records.first().toObject();
        QCOMPARE(record.value(QStringLiteral("source")).toString(), QStringLiteral("window"));
        const CliRun revert = run({ QStringLiteral("revert"), QString::number(qint64(record.value(QStringLiteral("id")).toDouble())) });
        QVERIFY2(revert.exitCode == 0, revert.said());
        QVERIFY(!m_account->overrides().contains(kLite));
    }

    void historyOfAProfileNeedsNoKey()
    {
        // A profile saved by the window (its key is not needed to read its history) and one window apply with it.
        QSettings settings(m_account->home.filePath(QStringLiteral(".config/harness-ci-images/harness-ci-images.conf")),
            QSettings::IniFormat);
        Profile profile;
        profile.name = QStringLiteral("Staging");
        profile.cluster = Cluster::Custom;
        profile.customUrl = m_account->server.gatewayUrl().toString();
        profile.accountId = m_account->server.accountId();
        profile = ProfileStore(&settings).add(profile);
        settings.sync();
        {
            LocalStore store(storePath());
            ApplyRecord record;
            record.scope = StoreScope::forProfile(profile.id, profile.accountId, Module::Ci, Infra::K8);
            record.profileName = profile.name;
            record.appliedAt = QDateTime::currentDateTimeUtc();
            record.source = QStringLiteral("window");
            record.ok = true;
            record.fields.append({ kLite, std::nullopt, QStringLiteral("harness/ci-lite-engine:1.16.80"), true });
            QVERIFY(History(&store).recordApply(record) > 0);
        }
        // And one from the tool with --base-url, on the same account: another place, another history.
        QVERIFY(setBoth() > 0);

        QProcessEnvironment noKey = env(*m_account);
        noKey.remove(QStringLiteral("HARNESS_API_KEY"));
        const CliRun staging = runCli({ QStringLiteral("history"), QStringLiteral("--profile"), QStringLiteral("staging") }, noKey);
        QVERIFY2(staging.exitCode == 0, staging.said());
        QVERIFY2(staging.out.contains(QStringLiteral(" window ")) && staging.out.contains(QStringLiteral("Staging"))
                     && staging.out.contains(kLite) && !staging.out.contains(kAddon),
            staging.said());
        const CliRun unknown = runCli({ QStringLiteral("history"), QStringLiteral("--profile"), QStringLiteral("Prod") }, noKey);
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY2(unknown.err.contains(QStringLiteral("no profile \"Prod\"")), unknown.said());
    }

    void aDamagedStoreDoesNotFailACommand()
    {
        const QString path = storePath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("this is no database, only words where pages should be. ").repeated(200));
        damaged.close();

        const CliRun list = run({ QStringLiteral("list") });
        QVERIFY2(list.exitCode == 0, list.said());
        QVERIFY2(list.out.contains(kGit) && list.out.contains(kGitBefore), list.said());
        QVERIFY2(list.err.contains(QStringLiteral("local store")), list.said());
        // A fresh store took its place: the next apply is recorded again, and nothing more is said.
        const CliRun set = run({ QStringLiteral("set"), kGit + QStringLiteral("=1.7.0") });
        QVERIFY2(set.exitCode == 0 && !set.err.contains(QStringLiteral("local store")), set.said());
        QCOMPARE(history().size(), 1);
    }
};

QTEST_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
