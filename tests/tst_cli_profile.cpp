// harness-ci-images-cli --profile against the real OS keychain (gnome-keyring in .ci/test's D-Bus
// session; ctest label "keychain"): the window's saved profile, its key read from the keychain.
#include "tst_cli_tools.h"
#include "tst_keychain_tools.h"

#include "credentials/keychainsecretstore.h"
#include "credentials/profilestore.h"

#include <QSettings>

using namespace hci;
using namespace clitest;
using namespace hcitest;

class TestCliProfile : public QObject
{
    Q_OBJECT

private:
    Account m_account;
    KeychainSecretStore m_secrets;
    QStringList m_created; // ids whose keys this test wrote, removed again at the end

    // The window's settings file, where the tool looks for profiles under this test's home.
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(
            m_account.home.filePath(QStringLiteral(".config/harness-ci-images/harness-ci-images.conf")),
            QSettings::IniFormat);
    }

    Profile addProfile(const QString &name, bool production)
    {
        const std::unique_ptr<QSettings> file = settings();
        ProfileStore store(file.get());
        Profile profile;
        profile.name = name;
        profile.cluster = Cluster::Custom;
        profile.customUrl = m_account.server.gatewayUrl().toString();
        profile.accountId = m_account.server.accountId();
        profile.isProduction = production;
        profile = store.add(profile);
        file->sync();
        return profile;
    }

    // Without HARNESS_API_KEY: the key can only come from the keychain.
    CliRun run(const QStringList &arguments) const
    {
        QProcessEnvironment env = m_account.env();
        env.remove(QStringLiteral("HARNESS_API_KEY"));
        return runCli(arguments, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keyringSessionPresent(),
            "Run inside a D-Bus session with gnome-keyring unlocked: .ci/test, or the wrapper in DESIGN.md");
        QVERIFY(m_account.start());
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_created))
            removeKey(m_secrets, id, this);
    }

    void aSavedProfileOpensWithItsKeyFromTheKeychain()
    {
        const Profile profile = addProfile(QStringLiteral("Sandbox production"), true);
        m_created.append(profile.id);
        const std::optional<SecretResult> written = writeKey(m_secrets, profile.id, m_account.server.apiKey(), this);
        QVERIFY2(written && written->ok(), written ? qPrintable(written->message) : "the keychain did not answer");

        const CliRun diff = run({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--profile"),
            QStringLiteral("Sandbox production") });
        QVERIFY2(diff.exitCode == 0, diff.said());
        QVERIFY(diff.json().isArray());
        QVERIFY(m_account.server.requestCount() > 0);
        for (const SandboxServer::RecordedRequest &request : m_account.server.requests())
            QVERIFY(request.hadApiKeyHeader);

        // A name typed in another case finds it too; a write to production says so.
        const CliRun set = run({ QStringLiteral("set"), QStringLiteral("gitCloneTag=1.7.0"), QStringLiteral("--profile"),
            QStringLiteral("sandbox PRODUCTION") });
        QVERIFY2(set.exitCode == 0, set.said());
        QVERIFY2(set.err.contains(QStringLiteral("PRODUCTION: Sandbox production (account %1").arg(m_account.server.accountId())),
            set.said());
        QCOMPARE(m_account.overrides().value(QStringLiteral("gitCloneTag")), QStringLiteral("harness/drone-git:1.7.0"));
        for (const CliRun *result : { &diff, &set }) {
            QVERIFY(!result->out.contains(m_account.server.apiKey()));
            QVERIFY(!result->err.contains(m_account.server.apiKey()));
        }
    }

    void aProfileWithoutAKeyIs77()
    {
        const Profile profile = addProfile(QStringLiteral("No key"), false);
        m_account.server.clearRequests();
        const CliRun run = this->run({ QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("No key") });
        QCOMPARE(run.exitCode, 77);
        QVERIFY2(run.err.contains(QStringLiteral("The key of \"No key\" could not be read")), run.said());
        QCOMPARE(m_account.server.requestCount(), 0);
    }

    void anUnknownProfileNamesTheSavedOnes()
    {
        const CliRun run = this->run({ QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Staging") });
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(QStringLiteral("\"Sandbox production\"")), run.said());
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
