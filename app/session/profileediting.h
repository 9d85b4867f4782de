#pragma once

#include "credentials/profile.h"
#include "credentials/secretstore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace hci {

class ProfileStore;

// Saving, duplicating and deleting stored profiles, for any front end: the fields go to the
// ProfileStore, the API key and the mirror password to the SecretStore, each under its own id.
// Asynchronous where a secret is involved; nothing waits. Messages are the front end's to word.
class ProfileEditing : public QObject
{
    Q_OBJECT

public:
    using Callback = SecretStore::Callback;

    ProfileEditing(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }

    // Stores the fields: a new profile (isNew) under a fresh id, else over the stored one. Nothing,
    // with a translated reason, when the profile cannot be used (Profile::problem()) or a new one
    // comes without a key.
    std::optional<Profile> saveFields(const Profile &profile, bool isNew, bool hasKey, QString *whyNot = nullptr);
    // The profile's API key, or its mirror's password, to the SecretStore.
    void saveKey(const QString &id, const QString &key, QObject *context, Callback done);
    void saveMirrorPassword(const QString &id, const QString &password, QObject *context, Callback done);

    // A copy of the fields under a fresh id, at once; `keyCopied` follows with the copy and the outcome
    // of copying the original's API key (a failed read: NotFound when it had none; or the write's).
    // Nothing when there is no such profile.
    using CopyCallback = std::function<void(const hci::Profile &copy, const hci::SecretResult &result)>;
    std::optional<Profile> duplicate(const QString &id, QObject *context, CopyCallback keyCopied);
    // The API key of one profile, read and written under another's id.
    void copyKey(const QString &fromId, const QString &toId, QObject *context, Callback done);

    // Removes the mirror password, then the API key, then the profile: a failed removal of a secret
    // stops there and leaves the profile usable. `done` gets the failed removal's result, or Ok.
    void remove(const QString &id, QObject *context, Callback done);

private:
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
};

} // namespace hci
