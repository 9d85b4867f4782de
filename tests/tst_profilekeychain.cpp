#include "tst_keychain_tools.h"

#include "credentials/profilestore.h"
#include "credentials/keychainsecretstore.h"
#include "harness/apireply.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace hci;
using namespace hcitest;

// Profiles and keys against the real Secret Service (gnome-keyring in .ci/test's D-Bus session),
// checked from the outside with secret-tool.
class TestProfileKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_settingsFile;
    SandboxServer m_sandbox;
    QStringList m_created; // profile ids this test wrote keys for, removed again in cleanup()

    // The app's objects as they are after a start: fresh settings, fresh stores.
    struct Run
    {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<ProfileStore> profiles;
        std::unique_ptr<KeychainSecretStore> secrets;
    };

    Run start()
    {
        Run run;
        run.settings = std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
        run.profiles = std::make_unique<ProfileStore>(run.settings.get());
        run.secrets = std::make_unique<KeychainSecretStore>();
        return run;
    }

    Profile sandboxProfile(const QString &name) const
    {
        Profile profile;
        profile.name = name;
        profile.cluster = Cluster::Custom;
        profile.customUrl = m_sandbox.gatewayUrl().toString();
        profile.accountId = accountIdFromApiKey(m_sandbox.apiKey());
        profile.isProduction = true;
        return profile;
    }

    // A stored profile with its key in the keychain.
    Profile addWithKey(Run &run, const QString &name, const QString &key)
    {
        const Profile profile = run.profiles->add(sandboxProfile(name));
        m_created.append(profile.id);
        const auto written = writeKey(*run.secrets, profile.id, key, this);
        if (!written || !written->ok())
            qWarning("write failed: %s", written ? qPrintable(written->message) : "no answer");
        return profile;
    }

    // What the keychain holds for one profile id of this app.
    KeychainSearch keychainFor(const QString &id)
    {
        return searchKeychain({QStringLiteral("user"), id, QStringLiteral("server"), SecretStore::defaultService()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keyringSessionPresent(),
                 "Run inside a D-Bus session with gnome-keyring unlocked: .ci/test, or the wrapper in DESIGN.md");
        QVERIFY(m_sandbox.start());
        QVERIFY(accountIdFromApiKey(m_sandbox.apiKey()) == m_sandbox.accountId());
    }

    void init()
    {
        m_settingsFile = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    }

    void cleanup()
    {
        KeychainSecretStore secrets;
        for (const QString &id : std::as_const(m_created))
            removeKey(secrets, id, this);
        m_created.clear();
    }

    void aSavedKeyOpensTheAccountAfterARestart()
    {
        QString id;
        {
            Run run = start();
            id = addWithKey(run, QStringLiteral("Sandbox account"), m_sandbox.apiKey()).id;
        }
        Run run = start(); // as after a restart
        const QList<Profile> profiles = run.profiles->profiles();
        QCOMPARE(profiles.size(), 1);
        const Profile profile = profiles.first();
        QCOMPARE(profile.id, id);
        QCOMPARE(profile.name, QStringLiteral("Sandbox account"));
        QVERIFY(profile.isProduction);

        const auto read = readKey(*run.secrets, id, this);
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->message + QLatin1Char(' ') + read->detail));
        QCOMPARE(read->secret, m_sandbox.apiKey());

        HarnessClient client;
        QVERIFY(client.setConnection(profile.connection(read->secret)));
        ApiReply *reply = client.getDefaultConfig(Module::Ci, Infra::K8);
        QSignalSpy finished(reply, &ApiReply::finished);
        reply->setAutoDelete(false);
        QVERIFY(finished.wait(10000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->images().size(), 48);
        delete reply;

        // The key is in the keychain under the app's name and the profile id, and not in the settings.
        const KeychainSearch held = keychainFor(id);
        QVERIFY(held.ran);
        QCOMPARE(held.items, 1);
        QCOMPARE(held.secrets, QStringList{m_sandbox.apiKey()});
        QFile settings(m_settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains(id.toUtf8()));
        QVERIFY(!written.contains(m_sandbox.apiKey().toUtf8()));
    }

    void renamingKeepsTheKey()
    {
        Run run = start();
        Profile profile = addWithKey(run, QStringLiteral("Old name"), m_sandbox.apiKey());
        profile.name = QStringLiteral("New name");
        QVERIFY(run.profiles->update(profile));

        Run next = start();
        QCOMPARE(next.profiles->profile(profile.id)->name, QStringLiteral("New name"));
        const auto read = readKey(*next.secrets, profile.id, this);
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, m_sandbox.apiKey());
        QCOMPARE(keychainFor(profile.id).items, 1);
    }

    void aNewKeyReplacesTheOldOne()
    {
        Run run = start();
        const Profile profile = addWithKey(run, QStringLiteral("Rotated"), QStringLiteral("pat.acct.old.secret1"));
        const auto written = writeKey(*run.secrets, profile.id, QStringLiteral("pat.acct.new.secret2"), this);
        QVERIFY(written && written->ok());
        const KeychainSearch held = keychainFor(profile.id);
        QCOMPARE(held.items, 1);
        QCOMPARE(held.secrets, QStringList{QStringLiteral("pat.acct.new.secret2")});
    }

    void deletingAProfileDeletesOnlyItsKey()
    {
        Run run = start();
        const Profile gone = addWithKey(run, QStringLiteral("To delete"), QStringLiteral("pat.acct.tok.gone-key"));
        const Profile kept = addWithKey(run, QStringLiteral("To keep"), QStringLiteral("pat.acct.tok.kept-key"));
        QCOMPARE(keychainFor(gone.id).items, 1);

        const auto removed = removeKey(*run.secrets, gone.id, this);
        QVERIFY(removed && removed->ok());
        QVERIFY(run.profiles->remove(gone.id));

        const auto read = readKey(*run.secrets, gone.id, this);
        QVERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::NotFound);
        QVERIFY(read->message.contains(QStringLiteral("No API key is stored")));
        QVERIFY(read->secret.isEmpty());

        // Everything the app has in the keychain now: the kept profile's key, once, and no trace of the other.
        const KeychainSearch all = searchKeychain({QStringLiteral("server"), SecretStore::defaultService()});
        QVERIFY(all.ran);
        QVERIFY(!all.users.contains(gone.id));
        QCOMPARE(all.users.count(kept.id), 1);
        QVERIFY(!all.secrets.contains(QStringLiteral("pat.acct.tok.gone-key")));
        QVERIFY(all.secrets.contains(QStringLiteral("pat.acct.tok.kept-key")));
        QCOMPARE(keychainFor(gone.id).items, 0);
        QCOMPARE(run.profiles->profiles().size(), 1);
    }

    void theMirrorPasswordHasItsOwnEntryAndGoesWithTheProfile()
    {
        Run run = start();
        Profile profile = sandboxProfile(QStringLiteral("Mirrored"));
        profile.registryMirror = QStringLiteral("mirror.example.com:5000");
        profile.mirrorUser = QStringLiteral("robot");
        profile = run.profiles->add(profile);
        const QString mirrorId = Profile::registrySecretId(profile.id);
        m_created << profile.id << mirrorId;
        const auto key = writeKey(*run.secrets, profile.id, QStringLiteral("pat.acct.tok.api-key"), this);
        QVERIFY(key && key->ok());
        const auto written = writeKey(*run.secrets, mirrorId, QStringLiteral("mirror-secret"), this);
        QVERIFY(written && written->ok());

        const auto read = readKey(*start().secrets, mirrorId, this);
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, QStringLiteral("mirror-secret"));
        QCOMPARE(keychainFor(mirrorId).secrets, QStringList{QStringLiteral("mirror-secret")});
        QCOMPARE(keychainFor(profile.id).secrets, QStringList{QStringLiteral("pat.acct.tok.api-key")});

        // Deleting the profile takes both entries, as the profile dialog does.
        for (const QString &id : {mirrorId, profile.id}) {
            const auto removed = removeKey(*run.secrets, id, this);
            QVERIFY(removed && removed->ok());
        }
        QVERIFY(run.profiles->remove(profile.id));
        QCOMPARE(keychainFor(mirrorId).items, 0);
        QCOMPARE(keychainFor(profile.id).items, 0);
        QFile settings(m_settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("mirror-secret"));
    }

    void deletingAProfileWithoutAKeyWorks()
    {
        Run run = start();
        const Profile profile = run.profiles->add(sandboxProfile(QStringLiteral("No key yet")));
        const auto removed = removeKey(*run.secrets, profile.id, this);
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->message));
    }

    void readsAndWritesDoNotWait()
    {
        Run run = start();
        const Profile profile = run.profiles->add(sandboxProfile(QStringLiteral("Async")));
        m_created.append(profile.id);
        bool answered = false;
        run.secrets->write(profile.id, QStringLiteral("pat.a.b.c"), this, [&answered](const SecretResult &) { answered = true; });
        QVERIFY(!answered); // the call returned before the keychain answered
        QCOMPARE(run.secrets->jobsInFlight(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(run.secrets->jobsInFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileKeychain)
#include "tst_profilekeychain.moc"
