#include "credentials/environmentprofile.h"
#include "credentials/keychainerror.h"
#include "credentials/profilestore.h"
#include "credentials/memorysecretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace hci;

// Profiles in settings, the Environment profile, and what each keychain outcome tells the user.
class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    // The settings as a new process reads them: QSettings caches a file it has open in this process,
    // so the restart reads a fresh copy of it.
    QString restartCopy() const
    {
        const QString copy = m_file + QStringLiteral(".restart.ini");
        QFile::remove(copy);
        return QFile::copy(m_file, copy) ? copy : QString();
    }

    static Profile staging()
    {
        Profile profile;
        profile.name = QStringLiteral("Staging");
        profile.cluster = Cluster::Custom;
        profile.customUrl = QStringLiteral("harness.example.com");
        profile.accountId = QStringLiteral("acct123");
        profile.authKind = AuthKind::Bearer;
        profile.colour = QStringLiteral("#6a1b9a");
        profile.isProduction = true;
        return profile;
    }

private Q_SLOTS:
    void init() { m_file = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))); }

    void aProfileIsKeptAcrossARestart()
    {
        QString id;
        {
            QSettings settings(m_file, QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::changed);
            const Profile saved = store.add(staging());
            QCOMPARE(changed.count(), 1);
            QVERIFY(!QUuid::fromString(saved.id).isNull());
            id = saved.id;
        }
        QSettings settings(restartCopy(), QSettings::IniFormat);
        ProfileStore store(&settings);
        const QList<Profile> profiles = store.profiles();
        QCOMPARE(profiles.size(), 1);
        Profile expected = staging();
        expected.id = id;
        QCOMPARE(profiles.first(), expected);
        QCOMPARE(profiles.first().gatewayUrl(), QUrl(QStringLiteral("https://harness.example.com/gateway")));
        QCOMPARE(profiles.first().host(), QStringLiteral("harness.example.com"));
    }

    void theRegistryMirrorIsKeptWithoutItsPassword()
    {
        QString id;
        {
            QSettings settings(m_file, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile profile = staging();
            profile.registryMirror = QStringLiteral(" mirror.example.com:5000/dockerhub ");
            profile.mirrorUser = QStringLiteral("robot");
            id = store.add(profile).id;
        }
        QSettings settings(restartCopy(), QSettings::IniFormat);
        ProfileStore store(&settings);
        const std::optional<Profile> stored = store.profile(id);
        QVERIFY(stored);
        QCOMPARE(stored->registryMirror, QStringLiteral("mirror.example.com:5000/dockerhub"));
        QCOMPARE(stored->mirrorUser, QStringLiteral("robot"));
        QCOMPARE(Profile::registrySecretId(id), id + QStringLiteral("/registry"));

        // The file names the mirror and the user, and has no place for a password.
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("registryMirror=mirror.example.com:5000/dockerhub"));
        QVERIFY(text.contains("registryUser=robot"));
        QVERIFY(!text.contains("assword"));
    }

    void editDuplicateAndRemove()
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ProfileStore store(&settings);
        QSignalSpy changed(&store, &ProfileStore::changed);
        Profile profile = store.add(staging());
        profile.name = QStringLiteral("Staging EU");
        profile.cluster = Cluster::Eu;
        QVERIFY(store.update(profile));
        QCOMPARE(store.profile(profile.id)->name, QStringLiteral("Staging EU"));
        QCOMPARE(store.profile(profile.id)->host(), QStringLiteral("accounts.eu.harness.io"));
        QVERIFY(store.profile(profile.id)->customUrl.isEmpty()); // only kept for a custom URL

        const std::optional<Profile> copy = store.duplicate(profile.id);
        QVERIFY(copy);
        QVERIFY(copy->id != profile.id);
        QCOMPARE(copy->name, QStringLiteral("Staging EU (copy)"));
        QCOMPARE(copy->accountId, profile.accountId);
        QCOMPARE(store.profiles().size(), 2);

        store.setLastUsedId(profile.id);
        QVERIFY(store.remove(profile.id));
        QVERIFY(!store.contains(profile.id));
        QVERIFY(store.lastUsedId().isEmpty()); // a removed profile is not reopened at the next start
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(changed.count(), 4);

        Profile unknown = staging();
        unknown.id = Profile::newId();
        QVERIFY(!store.update(unknown));
        QVERIFY(!store.remove(unknown.id));
        QVERIFY(!store.remove(Profile::sandboxId()));
    }

    void profilesAreListedByName()
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ProfileStore store(&settings);
        for (const char *name : {"prod", "Acme", "dev"}) {
            Profile profile = staging();
            profile.name = QLatin1String(name);
            store.add(profile);
        }
        QStringList names;
        for (const Profile &profile : store.profiles())
            names.append(profile.name);
        QCOMPARE(names, (QStringList{QStringLiteral("Acme"), QStringLiteral("dev"), QStringLiteral("prod")}));
    }

    void aDamagedFileFallsBackToDefaults()
    {
        const QString id = Profile::newId();
        {
            QSettings settings(m_file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/%1/name").arg(id), QStringLiteral("Odd"));
            settings.setValue(QStringLiteral("profiles/%1/cluster").arg(id), QStringLiteral("mars"));
            settings.setValue(QStringLiteral("profiles/%1/colour").arg(id), QStringLiteral("red; drop table"));
            settings.setValue(QStringLiteral("profiles/not-a-uuid/name"), QStringLiteral("Ignored"));
        }
        QSettings settings(restartCopy(), QSettings::IniFormat);
        ProfileStore store(&settings);
        const QList<Profile> profiles = store.profiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().cluster, Cluster::Prod1);
        QCOMPARE(profiles.first().colour, Profile::defaultColour());
        QCOMPARE(profiles.first().authKind, AuthKind::ApiKey);
        QVERIFY(!profiles.first().isProduction);
    }

    void theLastUsedProfileIsRemembered()
    {
        {
            QSettings settings(m_file, QSettings::IniFormat);
            ProfileStore store(&settings);
            store.setLastUsedId(Profile::sandboxId());
        }
        QSettings settings(restartCopy(), QSettings::IniFormat);
        QCOMPARE(ProfileStore(&settings).lastUsedId(), Profile::sandboxId());
    }

    void aProfileSaysWhatIsMissing()
    {
        Profile profile = staging();
        QVERIFY(profile.problem().isEmpty());
        profile.accountId.clear();
        QVERIFY(profile.problem().contains(QStringLiteral("account ID")));
        profile = staging();
        profile.customUrl = QStringLiteral("http://harness.example.com");
        QVERIFY(profile.problem().contains(QStringLiteral("https")));
        profile = staging();
        profile.name = QStringLiteral("  ");
        QVERIFY(profile.problem().contains(QStringLiteral("name")));
        QVERIFY(Profile::sandbox().problem().isEmpty());
        QVERIFY(Profile::sandbox().name.contains(QStringLiteral("Sandbox")));
    }

    void theEnvironmentGivesAProfile_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("expectedAccount");
        QTest::addColumn<QString>("expectedHost");
        QTest::addColumn<bool>("usable");
        QTest::newRow("key only") << "pat.acctA.tok.sec" << "" << "" << "acctA" << "app.harness.io" << true;
        QTest::newRow("account given") << "sat.acctA.tok.sec" << "acctB" << "" << "acctB" << "app.harness.io" << true;
        QTest::newRow("base url") << "pat.acctA.tok.sec" << "" << "https://harness.acme.com/gateway" << "acctA"
                                  << "harness.acme.com" << true;
        QTest::newRow("plain http remote") << "pat.acctA.tok.sec" << "" << "http://harness.acme.com" << "acctA"
                                           << "" << false;
        QTest::newRow("opaque key, no account") << "token-without-dots" << "" << "" << "" << "app.harness.io" << false;
    }

    void theEnvironmentGivesAProfile()
    {
        QFETCH(QString, key);
        QFETCH(QString, account);
        QFETCH(QString, baseUrl);
        QFETCH(QString, expectedAccount);
        QFETCH(QString, expectedHost);
        QFETCH(bool, usable);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HARNESS_API_KEY"), key);
        if (!account.isEmpty())
            env.insert(QStringLiteral("HARNESS_ACCOUNT_ID"), account);
        if (!baseUrl.isEmpty())
            env.insert(QStringLiteral("HARNESS_BASE_URL"), baseUrl);
        const std::optional<EnvironmentProfile> fromEnv = environmentProfile(env);
        QVERIFY(fromEnv);
        QCOMPARE(fromEnv->profile.kind, Profile::Kind::Environment);
        QVERIFY(fromEnv->profile.name.contains(QStringLiteral("Environment")));
        QCOMPARE(fromEnv->profile.accountId, expectedAccount);
        QCOMPARE(fromEnv->profile.host(), expectedHost);
        QCOMPARE(fromEnv->problem.isEmpty(), usable);
        QCOMPARE(fromEnv->apiKey, key);
        QVERIFY(!fromEnv->problem.contains(key));
    }

    void noKeyInTheEnvironmentMeansNoProfile()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HARNESS_ACCOUNT_ID"), QStringLiteral("acct"));
        QVERIFY(!environmentProfile(env));
    }

    void everyKeychainErrorSaysWhatToDo_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("advice");
        using S = SecretResult::Status;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << "" << int(S::Unavailable) << "gnome-keyring";
        QTest::newRow("no secret service") << int(QKeychain::OtherError)
                                           << "The name org.freedesktop.secrets was not provided by any .service files"
                                           << int(S::Unavailable) << "KWallet";
        QTest::newRow("no session bus") << int(QKeychain::OtherError) << "Could not connect: No such file or directory"
                                        << int(S::Unavailable) << "memory";
        QTest::newRow("locked") << int(QKeychain::AccessDenied) << "" << int(S::Locked) << "Unlock";
        QTest::newRow("refused") << int(QKeychain::AccessDeniedByUser) << "" << int(S::Denied) << "allow";
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << "" << int(S::NotFound) << "enter the key";
        QTest::newRow("other") << int(QKeychain::OtherError) << "Something odd" << int(S::Failed) << "running and unlocked";
        QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << "" << int(S::Failed) << "try again";
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << "" << int(S::Failed) << "try again";
    }

    void everyKeychainErrorSaysWhatToDo()
    {
        QFETCH(int, error);
        QFETCH(QString, detail);
        QFETCH(int, status);
        QFETCH(QString, advice);
        const SecretResult result = secretResultFor(SecretOperation::Read, QKeychain::Error(error), detail);
        QCOMPARE(int(result.status), status);
        QVERIFY2(result.message.contains(advice, Qt::CaseInsensitive), qPrintable(result.message));
        QCOMPARE(result.detail, detail);
        QVERIFY(!secretResultFor(SecretOperation::Write, QKeychain::Error(error), detail).message.isEmpty());
    }

    void removingWhatIsNotThereIsFine()
    {
        QVERIFY(secretResultFor(SecretOperation::Remove, QKeychain::EntryNotFound, {}).ok());
        QVERIFY(secretResultFor(SecretOperation::Write, QKeychain::NoError, {}).ok());
    }

    void keysKeptInMemoryAreForThisRunOnly()
    {
        MemorySecretStore secrets;
        QSignalSpy modeChanged(&secrets, &SecretStore::modeChanged);
        secrets.setMode(SecretStore::Mode::MemoryOnly);
        QCOMPARE(modeChanged.count(), 1);
        std::optional<SecretResult> written;
        secrets.write(QStringLiteral("id-1"), QStringLiteral("pat.a.b.c"), this,
                      [&written](const SecretResult &result) { written = result; });
        QVERIFY(!written); // asynchronous even in memory
        QTRY_VERIFY(written);
        QVERIFY(written->ok());
        QVERIFY(secrets.isInMemory(QStringLiteral("id-1")));

        std::optional<SecretResult> read;
        secrets.read(QStringLiteral("id-1"), this, [&read](const SecretResult &result) { read = result; });
        QTRY_VERIFY(read);
        QCOMPARE(read->secret, QStringLiteral("pat.a.b.c"));

        std::optional<SecretResult> removed;
        secrets.remove(QStringLiteral("id-1"), this, [&removed](const SecretResult &result) { removed = result; });
        QTRY_VERIFY(removed);
        read.reset();
        secrets.read(QStringLiteral("id-1"), this, [&read](const SecretResult &result) { read = result; });
        QTRY_VERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::NotFound);
        QCOMPARE(secrets.jobsInFlight(), 0);
        QCOMPARE(secrets.backendCalls(), 0); // the keychain was never asked
        QVERIFY(secrets.contents().isEmpty());

        // A new run starts without them.
        MemorySecretStore nextRun;
        QVERIFY(!nextRun.isInMemory(QStringLiteral("id-1")));
    }

    void aStoreKeepsKeysInItsBackendAndSaysWhyNot()
    {
        MemorySecretStore secrets;
        std::optional<SecretResult> result;
        const auto keep = [&result](const SecretResult &r) { result = r; };
        secrets.write(QStringLiteral("id-3"), QStringLiteral("pat.a.b.c"), this, keep);
        QVERIFY(!result); // asynchronous, like a keychain
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QVERIFY(!secrets.isInMemory(QStringLiteral("id-3"))); // in the backend, not the run's memory
        QCOMPARE(secrets.contents().value(QStringLiteral("id-3")), QStringLiteral("pat.a.b.c"));

        result.reset();
        secrets.read(QStringLiteral("id-3"), this, keep);
        QTRY_VERIFY(result);
        QCOMPARE(result->secret, QStringLiteral("pat.a.b.c"));

        // A backend that stopped working: a status and a message a person can act on, no key.
        secrets.setFailure(SecretResult::Status::Unavailable);
        result.reset();
        secrets.read(QStringLiteral("id-3"), this, keep);
        QTRY_VERIFY(result);
        QCOMPARE(result->status, SecretResult::Status::Unavailable);
        QVERIFY(result->offersMemory());
        QVERIFY(result->secret.isEmpty());
        QVERIFY(!result->message.isEmpty());

        // The way out: keys in memory for this run; the backend is not asked any more.
        secrets.setMode(SecretStore::Mode::MemoryOnly);
        const int calls = secrets.backendCalls();
        result.reset();
        secrets.write(QStringLiteral("id-3"), QStringLiteral("pat.d.e.f"), this, keep);
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(secrets.backendCalls(), calls);
        QCOMPARE(secrets.contents().value(QStringLiteral("id-3")), QStringLiteral("pat.a.b.c"));

        secrets.setFailure(std::nullopt);
        secrets.setMode(SecretStore::Mode::Keychain);
        result.reset();
        secrets.read(QStringLiteral("id-3"), this, keep); // the run's memory answers first
        QTRY_VERIFY(result);
        QCOMPARE(result->secret, QStringLiteral("pat.d.e.f"));
        QCOMPARE(secrets.jobsInFlight(), 0);
    }

    void aGoneReceiverIsNotCalled()
    {
        MemorySecretStore secrets;
        secrets.setMode(SecretStore::Mode::MemoryOnly);
        bool called = false;
        auto *receiver = new QObject;
        secrets.write(QStringLiteral("id-2"), QStringLiteral("k"), receiver, [&called](const SecretResult &) { called = true; });
        delete receiver;
        QTRY_COMPARE(secrets.jobsInFlight(), 0);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
