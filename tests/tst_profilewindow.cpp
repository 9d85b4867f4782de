#include "tst_keychain_tools.h"

#include "core/configdocument.h"
#include "credentials/profilestore.h"
#include "credentials/memorysecretstore.h"
#include "core/knowntags.h"
#include "harness/harnessclient.h"
#include "registry/registryclient.h"
#include "sandbox/sandboxregistry.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"
#include "ui/applyreviewdialog.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/profiledialog.h"
#include "ui/profileswitcher.h"
#include "session/taglookup.h"
#include "session/translations.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace hci;
using namespace hcitest;

// Profiles in the main window: the switcher, the marker that names the open account (red for
// production), the apply review's production banner, switching with queued changes, and the
// profile remembered for the next start. Keys come from a keychain stand-in (MemorySecretStore).
class TestProfileWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr; // the window's, made by this test and kept to look inside

    Profile storedProfile(const QString &name, bool production)
    {
        Profile profile;
        profile.name = name;
        profile.cluster = Cluster::Custom;
        profile.customUrl = m_sandbox.gatewayUrl().toString();
        profile.accountId = m_sandbox.accountId();
        profile.isProduction = production;
        profile.colour = QStringLiteral("#6a1b9a");
        profile = m_profiles->add(profile);
        const auto written = writeKey(*m_secrets, profile.id, m_sandbox.apiKey(), this);
        if (!written || !written->ok())
            qWarning("could not store the key");
        return profile;
    }

    MainWindow *newWindow()
    {
        m_services = new AppServices(m_profiles.get(), m_secrets.get());
        m_window = std::make_unique<MainWindow>(m_services);
        m_services->client()->setRetryPolicy(RetryPolicy{2, std::chrono::milliseconds(5), std::chrono::milliseconds(20)});
        m_window->show();
        return m_window.get();
    }

    bool openAndLoad(const QString &id)
    {
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openProfile(id);
        return loaded.wait(15000) && loaded.first().first().toBool();
    }

    ProfileSwitcher *switcher() const { return m_window->profileSwitcher(); }

    // Chooses a profile in the toolbar's box with the keyboard, as a person would.
    void chooseInSwitcher(const QString &id)
    {
        QComboBox *box = switcher()->box();
        const int target = box->findData(id);
        QVERIFY(target >= 0);
        box->setFocus();
        const Qt::Key key = target > box->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
        for (int i = 0; i < 20 && box->currentIndex() != target; ++i)
            QTest::keyClick(box, key);
        QCOMPARE(box->currentIndex(), target);
    }

    template<typename T>
    T *waitForVisible(const QString &name = {})
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            const QList<T *> all = m_window->findChildren<T *>(name);
            for (T *candidate : all) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        });
        return shown ? found : nullptr;
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
        qunsetenv("HARNESS_API_KEY");
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
            QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<MemorySecretStore>();
    }

    void cleanup()
    {
        m_window.reset();
        for (const Profile &profile : m_profiles->profiles())
            removeKey(*m_secrets, profile.id, this);
        m_profiles.reset();
        m_settings.reset();
        qunsetenv("HARNESS_API_KEY");
    }

    void theSwitcherListsTheBuiltInsAndStoredProfiles()
    {
        storedProfile(QStringLiteral("Acme staging"), false);
        storedProfile(QStringLiteral("Acme prod"), true);
        qputenv("HARNESS_API_KEY", m_sandbox.apiKey().toUtf8());
        newWindow();
        QComboBox *box = switcher()->box();
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts.append(box->itemText(i));
        QCOMPARE(texts, (QStringList{QStringLiteral("Sandbox (built-in)"), QStringLiteral("Environment (HARNESS_API_KEY)"),
                                     QString(), QStringLiteral("Acme prod"), QStringLiteral("Acme staging")}));
        QCOMPARE(box->itemData(3, Qt::ToolTipRole).toString(),
                 QStringLiteral("Production account on %1").arg(m_sandbox.gatewayUrl().authority()));
        QCOMPARE(box->currentIndex(), -1);
        QCOMPARE(box->placeholderText(), QStringLiteral("Choose a profile…"));
        QVERIFY(!switcher()->badge()->isVisible()); // nothing open yet
    }

    void aProductionProfileIsUnmistakable()
    {
        const Profile profile = storedProfile(QStringLiteral("Acme prod"), true);
        newWindow();
        QVERIFY(openAndLoad(profile.id));
        const QString host = m_sandbox.gatewayUrl().authority();
        QLabel *badge = switcher()->badge();
        QVERIFY(badge->isVisible());
        QCOMPARE(switcher()->box()->currentText(), QStringLiteral("Acme prod"));
        QCOMPARE(badge->text(), QStringLiteral("PRODUCTION · %1").arg(host));
        QVERIFY(badge->styleSheet().contains(Profile::productionColour()));
        QVERIFY(badge->toolTip().startsWith(QStringLiteral("Acme prod on %1: a production account").arg(host)));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("PRODUCTION — Acme prod (account %1 on %2)")
                                                        .arg(m_sandbox.accountId(), host)));
        QCOMPARE(switcher()->box()->currentData().toString(), profile.id);
        QCOMPARE(m_profiles->lastUsedId(), profile.id);

        // The review names the account and carries the banner.
        QVERIFY(m_services->document()->setOverride(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.93")));
        // The marker takes room in the toolbar, but never Apply's.
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("applyButton"))->isVisible());
        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForVisible<ApplyReviewDialog>();
        QVERIFY(review);
        auto *banner = review->findChild<QLabel *>(QStringLiteral("productionBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("PRODUCTION")));
        QVERIFY(banner->text().contains(m_sandbox.accountId()));
        review->reject();
    }

    void anOrdinaryProfileShowsItsNameHostAndColour()
    {
        const Profile profile = storedProfile(QStringLiteral("Acme staging"), false);
        newWindow();
        QVERIFY(openAndLoad(profile.id));
        QCOMPARE(switcher()->box()->currentText(), QStringLiteral("Acme staging"));
        QCOMPARE(switcher()->badge()->text(), m_sandbox.gatewayUrl().authority());
        QVERIFY(switcher()->badge()->styleSheet().contains(QStringLiteral("#6a1b9a")));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("PRODUCTION")));

        QVERIFY(m_services->document()->setOverride(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.93")));
        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForVisible<ApplyReviewDialog>();
        QVERIFY(review);
        QVERIFY(!review->findChild<QLabel *>(QStringLiteral("productionBanner")));
        review->reject();
    }

    void markingTheOpenProfileAsProductionShowsAtOnce()
    {
        Profile profile = storedProfile(QStringLiteral("Was staging"), false);
        newWindow();
        QVERIFY(openAndLoad(profile.id));
        profile.name = QStringLiteral("Now prod");
        profile.isProduction = true;
        QVERIFY(m_profiles->update(profile));
        QCOMPARE(switcher()->box()->currentText(), QStringLiteral("Now prod"));
        QVERIFY(switcher()->badge()->text().startsWith(QStringLiteral("PRODUCTION · ")));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("PRODUCTION — Now prod")));
    }

    void switchingWithQueuedChangesAsksFirst()
    {
        const Profile first = storedProfile(QStringLiteral("First"), false);
        newWindow();
        QVERIFY(openAndLoad(first.id));
        QVERIFY(m_services->document()->setOverride(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.93")));

        chooseInSwitcher(Profile::sandboxId());
        auto *prompt = waitForVisible<QMessageBox>(QStringLiteral("pendingChangesPrompt"));
        QVERIFY(prompt);
        QTest::mouseClick(prompt->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_COMPARE(switcher()->box()->currentData().toString(), first.id); // the box shows what is open
        QCOMPARE(m_services->document()->pendingCount(), 1);
        QCOMPARE(switcher()->box()->currentText(), QStringLiteral("First"));

        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        chooseInSwitcher(Profile::sandboxId());
        prompt = waitForVisible<QMessageBox>(QStringLiteral("pendingChangesPrompt"));
        QVERIFY(prompt);
        QTest::mouseClick(prompt->button(QMessageBox::Discard), Qt::LeftButton);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(switcher()->box()->currentText(), QStringLiteral("Sandbox (built-in)"));
        QCOMPARE(switcher()->badgeText(), m_services->sandbox()->gatewayUrl().authority());
        QCOMPARE(m_services->document()->pendingCount(), 0);
        QCOMPARE(m_profiles->lastUsedId(), Profile::sandboxId());
    }

    void theLastProfileOpensAtTheNextStart()
    {
        const Profile profile = storedProfile(QStringLiteral("Daily"), false);
        newWindow();
        QVERIFY(openAndLoad(profile.id));
        m_window.reset();

        newWindow(); // as after a restart
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QVERIFY(m_window->openLastProfile());
        QVERIFY(loaded.wait(15000));
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(switcher()->activeId(), profile.id);
    }

    void theEnvironmentProfileIsShownAsSuch()
    {
        qputenv("HARNESS_API_KEY", m_sandbox.apiKey().toUtf8());
        qputenv("HARNESS_BASE_URL", m_sandbox.gatewayUrl().toString().toUtf8());
        newWindow();
        qunsetenv("HARNESS_BASE_URL");
        QVERIFY(openAndLoad(Profile::environmentId()));
        QCOMPARE(switcher()->box()->currentText(), QStringLiteral("Environment (HARNESS_API_KEY)"));
        QCOMPARE(switcher()->badgeText(), m_sandbox.gatewayUrl().authority());
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(m_profiles->lastUsedId().isEmpty()); // never stored, not even as the last one
        m_settings->sync();
        QFile settings(m_settings->fileName());
        QVERIFY(!settings.open(QIODevice::ReadOnly) || !settings.readAll().contains(m_sandbox.apiKey().toUtf8()));
    }

    void aProfileWithAMirrorLooksUpTagsThereWithItsPassword()
    {
        // The sandbox's registry emulation as a private mirror that wants Basic credentials.
        m_sandbox.registry().setTags(QStringLiteral("harness/ci-addon"), {QStringLiteral("1.16.80")});
        m_sandbox.registry().requireCredentials(QStringLiteral("robot"), QStringLiteral("mirror-secret"));
        const int withCredentials = m_sandbox.registry().tokenRequestsWithCredentials();
        Profile profile = storedProfile(QStringLiteral("Mirrored"), false);
        profile.registryMirror = m_sandbox.registryHost();
        profile.mirrorUser = QStringLiteral("robot");
        QVERIFY(m_profiles->update(profile));
        const QString mirrorId = Profile::registrySecretId(profile.id);
        const auto written = writeKey(*m_secrets, mirrorId, QStringLiteral("mirror-secret"), this);
        QVERIFY(written && written->ok());

        newWindow();
        QVERIFY(openAndLoad(profile.id));
        QCOMPARE(m_services->tagLookup()->client()->mirror().host, m_sandbox.registryHost());
        m_services->tagLookup()->lookUp(QStringLiteral("harness/ci-addon:1.16.80"));
        QTRY_COMPARE_WITH_TIMEOUT(m_services->tagLookup()->knownTags()->status(QStringLiteral("harness/ci-addon")),
                                  KnownTags::Status::Known, 15000);
        QVERIFY(m_sandbox.registry().tokenRequestsWithCredentials() > withCredentials);

        // The sandbox has no mirror: opening it goes back to Docker Hub.
        QVERIFY(openAndLoad(Profile::sandboxId()));
        QVERIFY(m_services->tagLookup()->client()->mirror().isEmpty());
        m_sandbox.registry().requireCredentials({}, {});
        removeKey(*m_secrets, mirrorId, this);
    }

    void aProfileWithoutAKeySaysSoAndOpensTheDialog()
    {
        Profile profile;
        profile.name = QStringLiteral("Keyless");
        profile.cluster = Cluster::Custom;
        profile.customUrl = m_sandbox.gatewayUrl().toString();
        profile.accountId = m_sandbox.accountId();
        profile = m_profiles->add(profile);
        newWindow();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openProfile(profile.id);
        QVERIFY(loaded.wait(15000));
        QVERIFY(!loaded.first().first().toBool());
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("No API key is stored")));
        auto *dialog = waitForVisible<ProfileDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->selectedId(), profile.id);

        // Trying again points the same dialog at the profile rather than stacking another.
        loaded.clear();
        dialog->selectProfile(Profile::sandboxId());
        m_window->openProfile(profile.id);
        QVERIFY(loaded.wait(15000));
        int visibleDialogs = 0;
        for (ProfileDialog *each : m_window->findChildren<ProfileDialog *>())
            visibleDialogs += each->isVisible() ? 1 : 0;
        QCOMPARE(visibleDialogs, 1);
        QCOMPARE(dialog->selectedId(), profile.id);
    }

    void theProfilesActionOpensTheDialogAndConnects()
    {
        const Profile profile = storedProfile(QStringLiteral("Picked"), false);
        newWindow();
        m_window->findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
        auto *dialog = waitForVisible<ProfileDialog>();
        QVERIFY(dialog);
        dialog->selectProfile(profile.id);
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QVERIFY(loaded.wait(15000));
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(switcher()->activeId(), profile.id);
    }
};

QTEST_MAIN(TestProfileWindow)
#include "tst_profilewindow.moc"
