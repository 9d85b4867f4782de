#pragma once

#include "commandline.h"
#include "exitcode.h"
#include "harness/connection.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSettings;

namespace hci {
class ProfileStore;
class SecretStore;
}

namespace hci::cli {

// Where the run goes, once the key is known.
struct OpenedConnection
{
    Connection connection;
    QString description;   // "production (account X on app.harness.io)", for progress lines
    bool production = false;
    QString profileId;     // the profile's id ("sandbox" for --sandbox); empty for --base-url
    QString profileName;   // for the history: the profile's name, or the host of --base-url
};

// Turns --profile, --base-url or --sandbox into a connection: reads a profile and its key from the
// keychain, takes the key from HARNESS_API_KEY, or starts a sandbox that lives as long as this object.
// Asynchronous: the keychain answers later.
class ConnectionOpener : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionOpener(const Invocation &invocation, QObject *parent = nullptr);
    ~ConnectionOpener() override;

    void open();

Q_SIGNALS:
    void opened(const hci::cli::OpenedConnection &opened);
    void failed(int exitCode, const QString &message);

private:
    void openProfile();
    void openBaseUrl();
    void openSandbox();
    void fail(ExitCode code, const QString &message);

    Invocation m_invocation;
    std::unique_ptr<QSettings> m_settings; // the window's, where its profiles are
    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    QPointer<QObject> m_sandbox; // the built-in sandbox's server, for --sandbox
};

} // namespace hci::cli
