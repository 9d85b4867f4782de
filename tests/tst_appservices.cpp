#include "services/appservices.h"

#include "core/configdocument.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"
#include "session/connectioncheck.h"
#include "session/profileopener.h"
#include "session/taglookup.h"

#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hci;

// The services a front end is given, without any widget: what they are made of, the sandbox they
// start once, and the stores a caller brings staying the caller's.
class TestAppServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSessionWorksOnTheServicesOwnClientAndDocument()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemorySecretStore secrets;
        QPointer<ProfileStore> profilesGuard(&profiles);
        {
            AppServices services(&profiles, &secrets);
            QCOMPARE(services.profiles(), &profiles);
            QCOMPARE(services.secrets(), static_cast<SecretStore *>(&secrets));
            QVERIFY(services.client());
            QVERIFY(services.document());
            QVERIFY(services.session());
            QVERIFY(services.tagLookup());
            QCOMPARE(services.tagLookup()->client(), services.registry());
            QVERIFY(services.profileOpener());
            QVERIFY(!services.sandbox()); // nothing listens until asked

            // Load the sandbox through the session, as the window does.
            QString why;
            const std::optional<Connection> connection = services.sandboxConnection(&why);
            QVERIFY2(connection, qPrintable(why));
            QVERIFY(services.sandbox());
            QCOMPARE(connection->accountId, services.sandbox()->accountId());
            QVERIFY(!connection->apiKey.isEmpty());
            QVERIFY(services.client()->setConnection(*connection, &why));
            services.session()->setScope(Module::Ci, Infra::K8);
            QSignalSpy loaded(services.session(), &AccountSession::loaded);
            services.session()->load();
            QVERIFY(loaded.wait(10000));
            QVERIFY(services.document()->hasSnapshot());
            QVERIFY(!services.document()->snapshot().fields().isEmpty());
            // The demo overrides the sandbox starts with are there.
            QVERIFY(!services.document()->snapshot().overrides().isEmpty());

            // Asked again: the same server, not a second one.
            SandboxServer *first = services.sandbox();
            QCOMPARE(services.sandboxConnection()->gatewayUrl, connection->gatewayUrl);
            QCOMPARE(services.sandbox(), first);
        }
        QVERIFY(profilesGuard); // the caller's stores outlive the services
        QVERIFY(secrets.contents().isEmpty());
    }

    void aConnectionCheckTriesAProfileOnItsOwnClient()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        Profile profile;
        profile.name = QStringLiteral("Check");
        profile.cluster = Cluster::Custom;
        profile.customUrl = sandbox.gatewayUrl().toString();
        profile.accountId = sandbox.accountId();

        ConnectionCheck check;
        QSignalSpy finished(&check, &ConnectionCheck::finished);
        QVERIFY(check.start(profile, sandbox.apiKey()));
        QVERIFY(check.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!check.isRunning());
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(finished.first().at(1).toInt() > 0); // the default images it sent

        finished.clear();
        QVERIFY(check.start(profile, QStringLiteral("pat.wrong.key.here")));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const ApiError refused = finished.first().at(2).value<ApiError>();
        QVERIFY(refused.isError());
        QVERIFY(!refused.userMessage().isEmpty());

        // Stopped, or replaced by a newer check: only the newest one answers.
        finished.clear();
        QVERIFY(check.start(profile, QStringLiteral("pat.wrong.key.here")));
        check.stop();
        QVERIFY(!check.isRunning());
        QVERIFY(check.start(profile, QStringLiteral("pat.other.wrong.key")));
        QVERIFY(check.start(profile, sandbox.apiKey()));
        QVERIFY(finished.wait(10000));
        QCoreApplication::sendPostedEvents(); // anything late of the dropped ones would be queued by now
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);

        // A profile that gives no usable address sends nothing and says why.
        profile.customUrl = QStringLiteral("http://harness.example.com");
        QString why;
        QVERIFY(!check.start(profile, sandbox.apiKey(), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!check.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestAppServices)
#include "tst_appservices.moc"
