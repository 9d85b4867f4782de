#pragma once

#include "credentials/environmentprofile.h"
#include "harness/connection.h"

#include <QObject>

#include <optional>

namespace hci {

class AccountSession;
class ConfigDocument;
class HarnessClient;
class ProfileOpener;
class ProfileStore;
class RegistryClient;
class SandboxServer;
class SecretStore;
class TagLookup;

// Everything a front end works with, made in one place: the API client, the document of queued
// changes and the account session over them, the registry client and its tag lookups, the profile
// and key stores, and the built-in sandbox once asked for. app/main.cpp builds the app's; tests
// build theirs over throwaway settings and a stand-in keychain, and keep them to look inside.
class AppServices : public QObject
{
    Q_OBJECT

public:
    // The app's own: profiles in its QSettings, keys in the OS keychain.
    explicit AppServices(QObject *parent = nullptr);
    // Over these stores, which must outlive this object; nullptr for either makes the app's own.
    AppServices(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~AppServices() override;

    HarnessClient *client() const { return m_client; }
    ConfigDocument *document() const { return m_document; }
    AccountSession *session() const { return m_session; }
    RegistryClient *registry() const { return m_registry; }
    TagLookup *tagLookup() const { return m_tagLookup; }
    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    ProfileOpener *profileOpener() const { return m_opener; }
    // What HARNESS_API_KEY and friends say, read once at the start.
    const std::optional<EnvironmentProfile> &environment() const { return m_environment; }

    // Where and as whom to reach the built-in sandbox, starting it (with its demo overrides) on the
    // first call; nothing, with a translated reason, when it cannot start. The window needs no more
    // of the sandbox than this. The app loads it from its module (sandboxstarter.h).
    std::optional<Connection> sandboxConnection(QString *whyNot = nullptr);
    // The sandbox once started, for a look inside; nullptr before. Only programs that link
    // hci_services_inprocess (the tests) have it: the app and the command-line tool link no server.
    SandboxServer *sandbox() const;

private:
    HarnessClient *m_client;
    ConfigDocument *m_document;
    AccountSession *m_session;
    RegistryClient *m_registry;
    TagLookup *m_tagLookup;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ProfileOpener *m_opener;
    std::optional<EnvironmentProfile> m_environment;
    QObject *m_sandbox = nullptr; // the server, once started
    Connection m_sandboxConnection;
};

} // namespace hci
