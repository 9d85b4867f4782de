#include "appservices.h"

#include "core/configdocument.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/profilestore.h"
#include "harness/harnessclient.h"
#include "registry/registryclient.h"
#include "sandboxstarter.h"
#include "session/accountsession.h"
#include "session/profileopener.h"
#include "session/taglookup.h"

#include <QSettings>

namespace hci {

AppServices::AppServices(QObject *parent)
    : AppServices(nullptr, nullptr, parent)
{
}

AppServices::AppServices(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(new HarnessClient(this))
    , m_document(new ConfigDocument(this))
    , m_session(new AccountSession(m_client, m_document, this))
    , m_registry(new RegistryClient(this))
    , m_tagLookup(new TagLookup(m_registry, this))
    // The app's own settings file and the OS keychain, unless the caller brings its own.
    , m_profiles(profiles ? profiles : new ProfileStore(new QSettings(this), this))
    , m_secrets(secrets ? secrets : new KeychainSecretStore(SecretStore::defaultService(), this))
    , m_opener(new ProfileOpener(m_profiles, m_secrets, this))
    , m_environment(environmentProfile())
{
}

AppServices::~AppServices() = default;

std::optional<Connection> AppServices::sandboxConnection(QString *whyNot)
{
    if (!m_sandbox) {
        std::optional<BuiltInSandbox> started = startBuiltInSandbox(this, whyNot);
        if (!started)
            return std::nullopt;
        m_sandbox = started->server;
        m_sandboxConnection = started->connection;
    }
    return m_sandboxConnection;
}

} // namespace hci
