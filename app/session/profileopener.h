#pragma once

#include "credentials/profile.h"
#include "credentials/secretstore.h"
#include "harness/connection.h"
#include "registry/registrycredentials.h"
#include "registry/registrylocation.h"

#include <QObject>

#include <functional>
#include <optional>

namespace hci {

class ProfileStore;

// What opening a stored profile came to: a connection with its key, and the mirror for tag lookups
// with its password, or why not. Front ends word their own messages from `status`.
struct ProfileOpening
{
    enum class Status {
        Opened,
        NoSuchProfile, // the id or name is not (or no longer) stored
        Invalid,       // the profile cannot be used as saved: `problem` says why (translated)
        KeyUnavailable // the keychain did not give the key: `keyResult` says why
    };

    Status status = Status::NoSuchProfile;
    Profile profile;
    QString problem;
    SecretResult keyResult;
    Connection connection;    // with the key, when opened
    RegistryMirror mirror;    // the profile's mirror for Harness's images; empty for Docker Hub
    std::optional<RegistryCredentials> mirrorCredentials;
    // Set when the mirror has a user but its password could not be read (not: was never saved);
    // lookups then go without a password.
    std::optional<SecretResult> mirrorPasswordProblem;

    bool ok() const { return status == Status::Opened; }
};

// Opens a stored profile for any front end: its key from the SecretStore, then the mirror's
// password, so that no tag lookup goes out without it. Asynchronous; nothing waits.
class ProfileOpener : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const hci::ProfileOpening &)>;

    ProfileOpener(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    // A stored profile by its name (exact, else the one name that matches ignoring case), or by id.
    std::optional<Profile> find(const QString &nameOrId) const;

    // Reads what the stored profile needs. `done` runs once, later, unless `context` is gone by then.
    void open(const QString &id, QObject *context, Callback done);

private:
    void readMirrorPassword(ProfileOpening opening, QObject *context, Callback done);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
};

} // namespace hci
