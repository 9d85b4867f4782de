#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "session/profileediting.h"
#include "session/profileopener.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace hci;

// Opening, saving, duplicating and deleting profiles without any widget, the way the window's
// dialog and the command-line tool do: the fields in settings, the secrets in a keychain stand-in.
class TestProfileOpener : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileEditing> m_editing;
    std::unique_ptr<ProfileOpener> m_opener;

    static Profile draft(const QString &name)
    {
        Profile profile;
        profile.name = name;
        profile.cluster = Cluster::Custom;
        profile.customUrl = QStringLiteral("https://harness.example.com");
        profile.accountId = QStringLiteral("acct1");
        return profile;
    }

    Profile saved(const QString &name, const QString &key)
    {
        QString why;
        const std::optional<Profile> profile = m_editing->saveFields(draft(name), true, true, &why);
        if (!profile)
            return {};
        std::optional<SecretResult> written;
        m_editing->saveKey(profile->id, key, this, [&written](const SecretResult &r) { written = r; });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 5000) || !written->ok())
            return {};
        return *profile;
    }

    std::optional<ProfileOpening> open(const QString &id)
    {
        std::optional<ProfileOpening> opening;
        m_opener->open(id, this, [&opening](const ProfileOpening &o) { opening = o; });
        if (opening)
            return std::nullopt; // must answer later, never from inside open()
        if (!QTest::qWaitFor([&] { return opening.has_value(); }, 5000))
            return std::nullopt;
        return opening;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_editing = std::make_unique<ProfileEditing>(m_profiles.get(), m_secrets.get());
        m_opener = std::make_unique<ProfileOpener>(m_profiles.get(), m_secrets.get());
    }

    void cleanup()
    {
        m_opener.reset();
        m_editing.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void aNewProfileNeedsAKeyAndAUsableAddress()
    {
        QString why;
        QVERIFY(!m_editing->saveFields(draft(QStringLiteral("Staging")), true, false, &why));
        QVERIFY(why.contains(QStringLiteral("API key")));
        Profile bad = draft(QStringLiteral("Staging"));
        bad.accountId.clear();
        why.clear();
        QVERIFY(!m_editing->saveFields(bad, true, true, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(m_profiles->profiles().isEmpty()); // nothing half saved

        const std::optional<Profile> stored = m_editing->saveFields(draft(QStringLiteral("Staging")), true, true, &why);
        QVERIFY(stored);
        QVERIFY(!stored->id.isEmpty());
        Profile renamed = *stored;
        renamed.name = QStringLiteral("Staging EU");
        QVERIFY(m_editing->saveFields(renamed, false, false, &why)); // an existing one keeps its key
        QCOMPARE(m_profiles->profile(stored->id)->name, QStringLiteral("Staging EU"));
    }

    void openingReadsTheKeyAndFindsProfilesByName()
    {
        const Profile profile = saved(QStringLiteral("Production EU"), QStringLiteral("pat.acct1.tok.secret"));
        QVERIFY(!profile.id.isEmpty());
        QCOMPARE(m_opener->find(QStringLiteral("Production EU"))->id, profile.id);
        QCOMPARE(m_opener->find(QStringLiteral("production eu"))->id, profile.id);
        QCOMPARE(m_opener->find(profile.id)->id, profile.id);
        QVERIFY(!m_opener->find(QStringLiteral("Production")));

        const auto opening = open(profile.id);
        QVERIFY(opening);
        QVERIFY(opening->ok());
        QCOMPARE(opening->connection.apiKey, QStringLiteral("pat.acct1.tok.secret"));
        QCOMPARE(opening->connection.accountId, QStringLiteral("acct1"));
        QCOMPARE(opening->connection.gatewayUrl.host(), QStringLiteral("harness.example.com"));
        QVERIFY(opening->mirror.isEmpty());
        QVERIFY(!opening->mirrorCredentials);
    }

    void twoProfilesWithNamesThatDifferInCaseOnlyAreNotGuessed()
    {
        QVERIFY(!saved(QStringLiteral("Prod"), QStringLiteral("k1")).id.isEmpty());
        QVERIFY(!saved(QStringLiteral("PROD"), QStringLiteral("k2")).id.isEmpty());
        QCOMPARE(m_opener->find(QStringLiteral("PROD"))->name, QStringLiteral("PROD"));
        QVERIFY(!m_opener->find(QStringLiteral("prod")));
    }

    void openingSaysWhyNot()
    {
        auto opening = open(QStringLiteral("no-such-id"));
        QVERIFY(opening);
        QCOMPARE(opening->status, ProfileOpening::Status::NoSuchProfile);

        const std::optional<Profile> keyless = m_editing->saveFields(draft(QStringLiteral("Keyless")), true, true);
        QVERIFY(keyless);
        opening = open(keyless->id);
        QVERIFY(opening);
        QCOMPARE(opening->status, ProfileOpening::Status::KeyUnavailable);
        QCOMPARE(opening->keyResult.status, SecretResult::Status::NotFound);
        QVERIFY(!opening->keyResult.message.isEmpty());
        QVERIFY(opening->connection.apiKey.isEmpty());

        const Profile profile = saved(QStringLiteral("Locked"), QStringLiteral("k"));
        m_secrets->setFailure(SecretResult::Status::Locked);
        opening = open(profile.id);
        QVERIFY(opening);
        QCOMPARE(opening->status, ProfileOpening::Status::KeyUnavailable);
        QCOMPARE(opening->keyResult.status, SecretResult::Status::Locked);
    }

    void theMirrorPasswordComesWithTheOpening()
    {
        Profile profile = saved(QStringLiteral("Mirrored"), QStringLiteral("k"));
        profile.registryMirror = QStringLiteral("mirror.example.com/dockerhub");
        profile.mirrorUser = QStringLiteral(" robot ");
        QVERIFY(m_editing->saveFields(profile, false, false));

        // No password saved: lookups go without one, and that is no problem to report.
        auto opening = open(profile.id);
        QVERIFY(opening && opening->ok());
        QCOMPARE(opening->mirror.host, QStringLiteral("mirror.example.com"));
        QCOMPARE(opening->mirror.prefix, QStringLiteral("dockerhub"));
        QVERIFY(!opening->mirrorCredentials);
        QVERIFY(!opening->mirrorPasswordProblem);

        std::optional<SecretResult> written;
        m_editing->saveMirrorPassword(profile.id, QStringLiteral("mirror-secret"), this,
                                      [&written](const SecretResult &r) { written = r; });
        QTRY_VERIFY(written);
        QVERIFY(written->ok());
        QCOMPARE(m_secrets->contents().value(Profile::registrySecretId(profile.id)), QStringLiteral("mirror-secret"));
        QCOMPARE(m_secrets->contents().value(profile.id), QStringLiteral("k")); // the key stays apart

        opening = open(profile.id);
        QVERIFY(opening && opening->ok());
        QVERIFY(opening->mirrorCredentials);
        QCOMPARE(opening->mirrorCredentials->username, QStringLiteral("robot"));
        QCOMPARE(opening->mirrorCredentials->password, QStringLiteral("mirror-secret"));

        // A password that cannot be read: the profile still opens, and says so.
        m_secrets->setFailureFor(Profile::registrySecretId(profile.id), SecretResult::Status::Denied);
        opening = open(profile.id);
        QVERIFY(opening && opening->ok());
        QVERIFY(!opening->mirrorCredentials);
        QVERIFY(opening->mirrorPasswordProblem);
        QCOMPARE(opening->mirrorPasswordProblem->status, SecretResult::Status::Denied);
    }

    void duplicatingCopiesTheKey()
    {
        const Profile profile = saved(QStringLiteral("Original"), QStringLiteral("pat.acct1.tok.secret"));
        std::optional<std::pair<Profile, SecretResult>> copied;
        const std::optional<Profile> copy =
            m_editing->duplicate(profile.id, this, [&copied](const Profile &made, const SecretResult &result) {
                copied = std::make_pair(made, result);
            });
        QVERIFY(copy);
        QVERIFY(copy->id != profile.id);
        QVERIFY(copy->name.contains(QStringLiteral("Original")));
        QTRY_VERIFY(copied);
        QCOMPARE(copied->first.id, copy->id);
        QVERIFY(copied->second.ok());
        QCOMPARE(m_secrets->contents().value(copy->id), QStringLiteral("pat.acct1.tok.secret"));
        QVERIFY(!m_editing->duplicate(QStringLiteral("no-such-id"), this, [](const Profile &, const SecretResult &) {}));
    }

    void deletingRemovesTheSecretsFirstAndKeepsAProfileWhoseKeyStays()
    {
        const Profile profile = saved(QStringLiteral("Doomed"), QStringLiteral("k"));
        std::optional<SecretResult> written;
        m_editing->saveMirrorPassword(profile.id, QStringLiteral("p"), this, [&written](const SecretResult &r) { written = r; });
        QTRY_VERIFY(written);

        m_secrets->setFailureFor(profile.id, SecretResult::Status::Locked);
        std::optional<SecretResult> removed;
        m_editing->remove(profile.id, this, [&removed](const SecretResult &r) { removed = r; });
        QTRY_VERIFY(removed);
        QCOMPARE(removed->status, SecretResult::Status::Locked);
        QVERIFY(m_profiles->contains(profile.id)); // still usable: its key is still there
        QCOMPARE(m_secrets->contents().value(profile.id), QStringLiteral("k"));

        m_secrets->setFailureFor(profile.id, std::nullopt);
        removed.reset();
        m_editing->remove(profile.id, this, [&removed](const SecretResult &r) { removed = r; });
        QTRY_VERIFY(removed);
        QVERIFY(removed->ok());
        QVERIFY(!m_profiles->contains(profile.id));
        QVERIFY(m_secrets->contents().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileOpener)
#include "tst_profileopener.moc"
