#include "tst_keychain_tools.h"

#include "credentials/profilestore.h"
#include "credentials/keychainsecretstore.h"
#include "sandbox/sandboxserver.h"
#include "ui/profiledialog.h"
#include "ui/profileform.h"
#include "session/translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace hci;
using namespace hcitest;

// The profile dialog driven like a person would: add, edit, duplicate, delete, the account ID
// from the key, and Test connection against the sandbox. Keys go to the real keychain.
class TestProfileDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileDialog> m_dialog;

    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }

    ProfileDialog *openDialog(const std::optional<EnvironmentProfile> &environment = std::nullopt)
    {
        m_dialog = std::make_unique<ProfileDialog>(m_profiles.get(), m_secrets.get(), environment);
        m_dialog->show();
        return m_dialog.get();
    }

    // A stored profile on the sandbox, with its key in the keychain.
    Profile storedProfile(const QString &name)
    {
        Profile profile;
        profile.name = name;
        profile.cluster = Cluster::Custom;
        profile.customUrl = m_sandbox.gatewayUrl().toString();
        profile.accountId = m_sandbox.accountId();
        profile = m_profiles->add(profile);
        const auto written = writeKey(*m_secrets, profile.id, m_sandbox.apiKey(), this);
        if (!written || !written->ok())
            qWarning("could not store the key");
        return profile;
    }

    void clickItem(const QString &id)
    {
        auto *list = child<QListWidget>("profileList");
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            if (item->data(Qt::UserRole).toString() == id) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
                return;
            }
        }
        QFAIL("no such item");
    }

    void typeInto(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    // Fills the form for the sandbox, key last, as a person pasting it would.
    void fillForSandbox(const QString &name, const QString &key)
    {
        typeInto("nameEdit", name);
        QTest::keyClick(child<QComboBox>("clusterBox"), Qt::Key_End); // Custom URL, the last choice
        typeInto("urlEdit", m_sandbox.gatewayUrl().toString());
        typeInto("keyEdit", key);
    }

    QMessageBox *prompt(const char *name)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            box = m_dialog->findChild<QMessageBox *>(QLatin1String(name));
            return box && box->isVisible();
        });
        return shown ? box : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keyringSessionPresent(), "Run inside .ci/test's keyring session");
        installTranslations(qApp, QLocale(QLocale::English));
        QVERIFY(m_sandbox.start());
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
            QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<KeychainSecretStore>();
    }

    void cleanup()
    {
        m_dialog.reset();
        for (const Profile &profile : m_profiles->profiles()) {
            removeKey(*m_secrets, profile.id, this);
            removeKey(*m_secrets, Profile::registrySecretId(profile.id), this);
        }
        m_profiles.reset();
        m_settings.reset();
    }

    void theDialogFitsASmallScreen()
    {
        // The test platform's screen is 800x600: the dialog's own 860x560 must give way.
        ProfileDialog *dialog = openDialog();
        const QRect available = dialog->screen()->availableGeometry();
        QVERIFY2(available.width() < 860, "the screen is larger than the dialog wants: nothing to prove");
        QVERIFY(dialog->width() <= available.width());
        QVERIFY(dialog->height() <= available.height());
        QVERIFY(child<QPushButton>("connectButton")->isVisible());
    }

    void addingAProfileSavesItAndItsKey()
    {
        ProfileDialog *dialog = openDialog();
        // No profile yet: the dialog starts with a new one, next to the built-in sandbox.
        auto *list = child<QListWidget>("profileList");
        QCOMPARE(list->item(0)->text(), QStringLiteral("Sandbox (built-in)"));
        QCOMPARE(dialog->selectedId(), QStringLiteral("draft"));
        QVERIFY(child<QWidget>("profileForm")->isVisible());

        fillForSandbox(QStringLiteral("Staging"), m_sandbox.apiKey());
        QVERIFY(child<QPushButton>("connectButton")->toolTip().contains(QStringLiteral("Saves the changes first")));
        QCOMPARE(child<QLineEdit>("accountEdit")->text(), m_sandbox.accountId()); // filled from the key
        QVERIFY(child<QLabel>("accountNote")->text().contains(QStringLiteral("from the key")));
        QCOMPARE(child<QLineEdit>("keyEdit")->echoMode(), QLineEdit::Password);
        QTest::keyClick(child<QCheckBox>("productionCheck"), Qt::Key_Space);

        QSignalSpy finished(dialog, &ProfileDialog::operationFinished);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(child<QLabel>("profileStatus")->text().contains(QStringLiteral("system keychain")));

        const QList<Profile> stored = m_profiles->profiles();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("Staging"));
        QCOMPARE(stored.first().accountId, m_sandbox.accountId());
        QCOMPARE(stored.first().gatewayUrl(), m_sandbox.gatewayUrl());
        QVERIFY(stored.first().isProduction);
        QCOMPARE(dialog->selectedId(), stored.first().id);
        QVERIFY(child<QLineEdit>("keyEdit")->text().isEmpty()); // the field does not keep it
        QVERIFY(child<QLabel>("keyNote")->text().contains(QStringLiteral("keychain")));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Staging — PRODUCTION"));

        const auto read = readKey(*m_secrets, stored.first().id, this);
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, m_sandbox.apiKey());
    }

    void theKeyFieldShowsAndHides()
    {
        openDialog();
        auto *key = child<QLineEdit>("keyEdit");
        auto *reveal = key->findChild<QAction *>(QStringLiteral("revealKey"));
        QVERIFY(reveal);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal->toolTip(), QStringLiteral("Hide the key"));
        QCOMPARE(reveal->text(), QStringLiteral("Hide the key")); // what a screen reader says
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Password);
    }

    void theAccountFollowsTheKeyAndAMismatchIsFlagged()
    {
        openDialog();
        typeInto("keyEdit", QStringLiteral("pat.firstAccount.tok.secret"));
        QCOMPARE(child<QLineEdit>("accountEdit")->text(), QStringLiteral("firstAccount"));
        typeInto("keyEdit", QStringLiteral("sat.secondAccount.tok.secret"));
        QCOMPARE(child<QLineEdit>("accountEdit")->text(), QStringLiteral("secondAccount")); // still following

        typeInto("accountEdit", QStringLiteral("typedAccount"));
        auto *note = child<QLabel>("accountNote");
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("This key belongs to account secondAccount, not typedAccount: "
                                              "Harness will refuse it."));
        QCOMPARE(m_dialog->form()->accountMismatch(), QStringLiteral("secondAccount"));
        // A typed account stays; a key that matches it clears the flag.
        typeInto("keyEdit", QStringLiteral("pat.typedAccount.tok.secret"));
        QCOMPARE(child<QLineEdit>("accountEdit")->text(), QStringLiteral("typedAccount"));
        QVERIFY(!note->isVisible());
    }

    void openingAtTheSandboxShowsNoUnaskedDraft()
    {
        ProfileDialog *dialog = openDialog();
        dialog->selectProfile(Profile::sandboxId()); // as the window does with the sandbox open
        auto *list = child<QListWidget>("profileList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(dialog->selectedId(), Profile::sandboxId());
        QVERIFY(child<QPushButton>("connectButton")->toolTip().contains(QStringLiteral("Open the selected profile")));
    }

    void aMissingAccountIdIsSaidOnceAtItsField()
    {
        ProfileDialog *dialog = openDialog();
        fillForSandbox(QStringLiteral("Staging"), m_sandbox.apiKey());
        typeInto("accountEdit", QString());
        QSignalSpy finished(dialog, &ProfileDialog::operationFinished);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().first().toBool());
        auto *note = child<QLabel>("accountNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("account ID")));
        QVERIFY(child<QLabel>("profileStatus")->text().isEmpty()); // once, not twice
        auto *account = child<QLineEdit>("accountEdit");
        QVERIFY(account->property("problem").toBool());
        QCOMPARE(dialog->focusWidget(), account); // where the keyboard goes next
        QVERIFY(m_profiles->profiles().isEmpty());
        // Typing a matching account clears the mark.
        QTest::keyClicks(account, m_sandbox.accountId());
        QVERIFY(!account->property("problem").toBool());
    }

    void editingRenamesAndKeepsTheKey()
    {
        const Profile profile = storedProfile(QStringLiteral("Before"));
        ProfileDialog *dialog = openDialog();
        dialog->selectProfile(profile.id);
        QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Before"));
        QVERIFY(!child<QPushButton>("saveButton")->isEnabled());

        typeInto("nameEdit", QStringLiteral("After"));
        QVERIFY(child<QPushButton>("saveButton")->isEnabled());
        QSignalSpy finished(dialog, &ProfileDialog::operationFinished);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(m_profiles->profile(profile.id)->name, QStringLiteral("After"));
        const auto read = readKey(*m_secrets, profile.id, this);
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, m_sandbox.apiKey()); // renaming kept the key
    }

    void leavingUnsavedEditsAsksFirst()
    {
        const Profile profile = storedProfile(QStringLiteral("Careful"));
        ProfileDialog *dialog = openDialog();
        dialog->selectProfile(profile.id);
        typeInto("nameEdit", QStringLiteral("Careless"));
        clickItem(Profile::sandboxId());
        QMessageBox *box = prompt("unsavedProfilePrompt");
        QVERIFY(box);
        QCOMPARE(dialog->selectedId(), profile.id); // still on the edited profile
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_COMPARE(dialog->selectedId(), Profile::sandboxId());
        QCOMPARE(m_profiles->profile(profile.id)->name, QStringLiteral("Careful"));
        QVERIFY(child<QLabel>("builtInText")->text().contains(QStringLiteral("127.0.0.1")));
    }

    void duplicatingCopiesTheProfileAndItsKey()
    {
        const Profile profile = storedProfile(QStringLiteral("Original"));
        ProfileDialog *dialog = openDialog();
        dialog->selectProfile(profile.id);
        QSignalSpy finished(dialog, &ProfileDialog::operationFinished);
        QTest::mouseClick(child<QPushButton>("duplicateButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));

        QCOMPARE(m_profiles->profiles().size(), 2);
        const QString copyId = dialog->selectedId();
        QVERIFY(copyId != profile.id);
        QCOMPARE(m_profiles->profile(copyId)->name, QStringLiteral("Original (copy)"));
        QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Original (copy)"));
        const auto read = readKey(*m_secrets, copyId, this);
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, m_sandbox.apiKey());
    }

    void theMirrorPasswordIsSavedInTheKeychainOnly()
    {
        const Profile profile = storedProfile(QStringLiteral("Mirrored"));
        ProfileDialog *dialog = openDialog();
        dialog->selectProfile(profile.id);
        typeInto("mirrorEdit", QStringLiteral("not a host!"));
        QVERIFY(child<QLabel>("mirrorNote")->isVisibleTo(dialog));
        typeInto("mirrorEdit", QStringLiteral("mirror.example.com:5000/dockerhub"));
        QVERIFY(!child<QLabel>("mirrorNote")->isVisibleTo(dialog));
        // The sign-in is folded until asked for.
        QVERIFY(!child<QLineEdit>("mirrorUserEdit")->isVisibleTo(dialog));
        QTest::keyClick(child<QGroupBox>("mirrorLoginGroup"), Qt::Key_Space);
        QVERIFY(child<QLineEdit>("mirrorUserEdit")->isVisibleTo(dialog));
        QVERIFY(child<QLineEdit>("mirrorPasswordEdit")->isVisibleTo(dialog));
        typeInto("mirrorUserEdit", QStringLiteral("robot"));
        typeInto("mirrorPasswordEdit", QStringLiteral("mirror-secret"));
        QSignalSpy finished(dialog, &ProfileDialog::operationFinished);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QVERIFY(child<QLineEdit>("mirrorPasswordEdit")->text().isEmpty());

        const std::optional<Profile> saved = m_profiles->profile(profile.id);
        QCOMPARE(saved->registryMirror, QStringLiteral("mirror.example.com:5000/dockerhub"));
        QCOMPARE(saved->mirrorUser, QStringLiteral("robot"));
        QTRY_COMPARE_WITH_TIMEOUT(keychainSearchCount(Profile::registrySecretId(profile.id)), 1, 20000);
        const auto read = readKey(*m_secrets, Profile::registrySecretId(profile.id), this);
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, QStringLiteral("mirror-secret"));
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("mirror-secret"));
    }

    void deletingAsksThenRemovesTheProfileAndItsKey()
    {
        const Profile profile = storedProfile(QStringLiteral("Doomed"));
        const auto mirror = writeKey(*m_secrets, Profile::registrySecretId(profile.id), QStringLiteral("m"), this);
        QVERIFY(mirror && mirror->ok());
        ProfileDialog *dialog = openDialog();
        dialog->selectProfile(profile.id);
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        QMessageBox *box = prompt("deleteProfilePrompt");
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Doomed")));
        QSignalSpy finished(dialog, &ProfileDialog::operationFinished);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(m_profiles->profiles().isEmpty());
        const auto read = readKey(*m_secrets, profile.id, this);
        QVERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::NotFound);
        QCOMPARE(keychainSearchCount(profile.id), 0);
        QCOMPARE(keychainSearchCount(Profile::registrySecretId(profile.id)), 0);
    }

    void cancellingADeleteKeepsEverything()
    {
        const Profile profile = storedProfile(QStringLiteral("Spared"));
        ProfileDialog *dialog = openDialog();
        dialog->selectProfile(profile.id);
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        QMessageBox *box = prompt("deleteProfilePrompt");
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(m_profiles->contains(profile.id));
        QCOMPARE(keychainSearchCount(profile.id), 1);
    }

    void testConnectionSucceedsWithATypedKey()
    {
        ProfileDialog *dialog = openDialog();
        fillForSandbox(QStringLiteral("Try"), m_sandbox.apiKey());
        QSignalSpy tested(dialog->form(), &ProfileForm::testFinished);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(child<QLabel>("testResult")->text().startsWith(
            QStringLiteral("Connected: account %1 on %2 sent 48 default image")
                .arg(m_sandbox.accountId(), m_sandbox.gatewayUrl().authority())));
        QVERIFY(m_profiles->profiles().isEmpty()); // testing saves nothing
    }

    void testConnectionUsesTheStoredKey()
    {
        const Profile profile = storedProfile(QStringLiteral("Stored"));
        ProfileDialog *dialog = openDialog();
        dialog->selectProfile(profile.id);
        QVERIFY(child<QLineEdit>("keyEdit")->text().isEmpty());
        QSignalSpy tested(dialog->form(), &ProfileForm::testFinished);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(tested.first().at(1).toString()));
    }

    void testConnectionSaysWhyItFailed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason");
        const QString account = m_sandbox.accountId();
        QTest::newRow("wrong key") << QString() << QStringLiteral("pat.%1.tok.wrong-secret").arg(account)
                                   << QStringLiteral("The API key was refused");
        QTest::newRow("no permission") << QString() << m_sandbox.readOnlyApiKey() << QString(); // reads are allowed
        QTest::newRow("nothing listening") << QStringLiteral("http://127.0.0.1:1") << m_sandbox.apiKey()
                                           << QStringLiteral("could not be reached");
        QTest::newRow("plain http to a remote host") << QStringLiteral("http://harness.example.com") << m_sandbox.apiKey()
                                                     << QStringLiteral("https://");
    }

    void testConnectionSaysWhyItFailed()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, reason);
        ProfileDialog *dialog = openDialog();
        fillForSandbox(QStringLiteral("Failing"), key);
        if (!url.isEmpty())
            typeInto("urlEdit", url);
        QSignalSpy tested(dialog->form(), &ProfileForm::testFinished);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
        const QString message = tested.first().at(1).toString();
        if (reason.isEmpty()) {
            QVERIFY2(tested.first().first().toBool(), qPrintable(message)); // a read-only key may read
            return;
        }
        QVERIFY(!tested.first().first().toBool());
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(child<QLabel>("testResult")->text(), message);
        QVERIFY(!message.contains(key));
    }

    void theBuiltInProfilesAreListedAndLabelled()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HARNESS_API_KEY"), m_sandbox.apiKey());
        env.insert(QStringLiteral("HARNESS_BASE_URL"), m_sandbox.gatewayUrl().toString());
        ProfileDialog *dialog = openDialog(environmentProfile(env));
        auto *list = child<QListWidget>("profileList");
        QCOMPARE(list->item(0)->text(), QStringLiteral("Sandbox (built-in)"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Environment (HARNESS_API_KEY)"));
        clickItem(Profile::environmentId());
        QCOMPARE(dialog->selectedId(), Profile::environmentId());
        const QString text = child<QLabel>("builtInText")->text();
        QVERIFY(text.contains(QStringLiteral("never stored")));
        QVERIFY(text.contains(m_sandbox.accountId()));
        QVERIFY(!text.contains(m_sandbox.apiKey()));
        QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
        QVERIFY(!child<QPushButton>("duplicateButton")->isEnabled());

        QSignalSpy chosen(dialog, &ProfileDialog::connectRequested);
        QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), Profile::environmentId());
        QVERIFY(m_profiles->profiles().isEmpty());
    }

private:
    int keychainSearchCount(const QString &id)
    {
        return searchKeychain({QStringLiteral("user"), id, QStringLiteral("server"), SecretStore::defaultService()}).items;
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
