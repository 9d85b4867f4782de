#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace hci {

// A user name and password (or access token) for a private registry's Basic authentication.
struct RegistryCredentials
{
    QString username;
    QString password;
};

// Where the registry client finds credentials for a registry host ("mirror.example.com:5000").
// The answer must be at hand: a keychain-backed source loads its secrets before lookups start.
class RegistryCredentialSource
{
public:
    virtual ~RegistryCredentialSource() = default;
    virtual std::optional<RegistryCredentials> credentialsFor(const QString &registryHost) const = 0;
};

// Credentials kept in memory for this run only.
// Note: the keychain storage in app/credentials is to implement RegistryCredentialSource as well.
class InMemoryRegistryCredentials : public RegistryCredentialSource
{
public:
    void set(const QString &registryHost, const RegistryCredentials &credentials)
    {
        m_credentials.insert(registryHost.toLower(), credentials);
    }
    void remove(const QString &registryHost) { m_credentials.remove(registryHost.toLower()); }
    void clear() { m_credentials.clear(); }

    std::optional<RegistryCredentials> credentialsFor(const QString &registryHost) const override
    {
        const auto found = m_credentials.constFind(registryHost.toLower());
        if (found == m_credentials.cend())
            return std::nullopt;
        return *found;
    }

private:
    QHash<QString, RegistryCredentials> m_credentials;
};

} // namespace hci
