#include "tst_keychain_tools.h"

#include "credentials/profilestore.h"
#include "credentials/keychainsecretstore.h"
#include "sandbox/sandboxserver.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/profiledialog.h"
#include "session/translations.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace hci;
using namespace hcitest;

// A session with no Secret Service on its bus, as on a desktop without gnome-keyring or KWallet:
// the app says how to fix that, and keeps keys in memory for this run when asked. This test runs
// its own D-Bus daemon without any activatable services, so nothing can start a keyring.
class TestProfileNoKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    SandboxServer m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_secrets;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    void typeInto(QWidget *parent, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(qApp, QLocale(QLocale::English));
        QVERIFY(m_sandbox.start());

        // A session bus with no service directories: org.freedesktop.secrets cannot be activated.
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArrayLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>\n"
            "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
            "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n"));
        file.close();
        QSignalSpy ready(&m_bus, &QProcess::readyReadStandardOutput);
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                                    QStringLiteral("--print-address")});
        QVERIFY2(ready.wait(10000), "dbus-daemon did not start");
        QTRY_VERIFY(m_bus.canReadLine());
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        // Before the first keychain call: QtKeychain and libsecret pick their bus once.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    }

    void cleanupTestCase()
    {
        QSignalSpy finished(&m_bus, &QProcess::finished);
        m_bus.terminate();
        QVERIFY(finished.wait(10000));
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
            QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<KeychainSecretStore>();
        m_secrets->setRetryDelay(std::chrono::milliseconds(100));
    }

    void cleanup()
    {
        m_profiles.reset();
        m_settings.reset();
        m_secrets.reset();
    }

    void savingSaysHowToGetAKeychainAfterOneRetry()
    {
        const auto written = writeKey(*m_secrets, Profile::newId(), m_sandbox.apiKey(), this);
        QVERIFY(written);
        QCOMPARE(written->status, SecretResult::Status::Unavailable);
        QCOMPARE(written->attempts, 2); // a keychain that is not up yet gets one more chance
        QVERIFY2(written->message.contains(QStringLiteral("Start gnome-keyring")), qPrintable(written->message));
        QVERIFY(written->message.contains(QStringLiteral("KWallet")));
        QVERIFY(written->message.contains(QStringLiteral("memory for this run")));
        QVERIFY(written->message.contains(QStringLiteral("HARNESS_API_KEY")));
        QVERIFY(written->offersMemory());
        QVERIFY(!written->message.contains(m_sandbox.apiKey()));
        QVERIFY(!written->detail.contains(m_sandbox.apiKey()));

        const auto read = readKey(*m_secrets, Profile::newId(), this);
        QVERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::Unavailable);
        QVERIFY(read->message.startsWith(QStringLiteral("The API key could not be read")));
    }

    void theDialogOffersMemoryAndTheKeyThenWorks()
    {
        auto dialog = std::make_unique<ProfileDialog>(m_profiles.get(), m_secrets.get(), std::nullopt);
        dialog->show();
        typeInto(dialog.get(), "nameEdit", QStringLiteral("No keychain here"));
        QTest::keyClick(child<QWidget>(dialog.get(), "clusterBox"), Qt::Key_End);
        typeInto(dialog.get(), "urlEdit", m_sandbox.gatewayUrl().toString());
        typeInto(dialog.get(), "keyEdit", m_sandbox.apiKey());

        QSignalSpy finished(dialog.get(), &ProfileDialog::operationFinished);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().first().toBool());
        auto *panel = child<QWidget>(dialog.get(), "keychainProblem");
        QVERIFY(panel->isVisible());
        const QString text = child<QLabel>(dialog.get(), "keychainText")->text();
        QVERIFY2(text.contains(QStringLiteral("gnome-keyring")) && text.contains(QStringLiteral("KWallet")), qPrintable(text));
        QVERIFY(!text.contains(m_sandbox.apiKey()));
        auto *keep = child<QPushButton>(dialog.get(), "keepInMemoryButton");
        QVERIFY(keep->isVisible());
        // Nothing claims the key was stored: it waits in its field, and Save can try again.
        QCOMPARE(child<QLineEdit>(dialog.get(), "keyEdit")->text(), m_sandbox.apiKey());
        QVERIFY(child<QPushButton>(dialog.get(), "saveButton")->isEnabled());
        QVERIFY(!child<QLabel>(dialog.get(), "keyNote")->text().contains(QStringLiteral("Saved in the system keychain")));

        finished.clear();
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!panel->isVisible());
        QCOMPARE(m_secrets->mode(), SecretStore::Mode::MemoryOnly);
        QVERIFY(child<QLabel>(dialog.get(), "profileStatus")->text().contains(QStringLiteral("memory for this run only")));
        QVERIFY(child<QLabel>(dialog.get(), "keyNote")->text().contains(QStringLiteral("memory for this run only")));
        QVERIFY(child<QLineEdit>(dialog.get(), "keyEdit")->text().isEmpty());
        const QString id = dialog->selectedId();
        QVERIFY(m_secrets->isInMemory(id));

        // The window opens the profile with the key from memory, and says where keys are.
        MainWindow window(new AppServices(m_profiles.get(), m_secrets.get()));
        window.show();
        QVERIFY(child<QLabel>(&window, "keyModeLabel")->isVisible());
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openProfile(id);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(loaded.first().first().toBool(), qPrintable(loaded.first().at(1).toString()));

        // Nothing of the key reached the settings.
        m_settings->sync();
        QFile settings(m_settings->fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains(id.toUtf8()));
        QVERIFY(!written.contains(m_sandbox.apiKey().toUtf8()));
    }

    void openingAStoredProfileExplainsAndOffersTheWayOut()
    {
        Profile profile;
        profile.name = QStringLiteral("Saved earlier");
        profile.cluster = Cluster::Custom;
        profile.customUrl = m_sandbox.gatewayUrl().toString();
        profile.accountId = m_sandbox.accountId();
        profile = m_profiles->add(profile);

        MainWindow window(new AppServices(m_profiles.get(), m_secrets.get()));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openProfile(profile.id);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.first().first().toBool());
        QVERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("Start gnome-keyring")),
                 qPrintable(window.messageBar()->text()));
        // The profile dialog opens on that profile, where the key can be typed and kept in memory.
        ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ProfileDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->selectedId(), profile.id);
    }
};

QTEST_MAIN(TestProfileNoKeychain)
#include "tst_profilenokeychain.moc"
