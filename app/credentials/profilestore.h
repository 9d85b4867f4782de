#pragma once

#include "profile.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace hci {

// The user's profiles in QSettings. It has no way to take a key: secrets go to the SecretStore.
// The built-in Sandbox and Environment profiles are not stored here.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The settings must outlive the store; tests pass a throwaway file.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    // Stored profiles, by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    bool contains(const QString &id) const;

    // Saves a new profile under a fresh id and returns it as stored.
    Profile add(Profile profile);
    // Saves the fields of an existing profile; false when there is no such profile.
    bool update(const Profile &profile);
    // A copy named "<name> (copy)" under a fresh id. The key is the caller's to copy.
    std::optional<Profile> duplicate(const QString &id);
    bool remove(const QString &id);

    // The profile the window opened last (a stored id, or the sandbox's), for the next start.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

Q_SIGNALS:
    void changed();

private:
    void write(const Profile &profile);

    QSettings *m_settings;
};

} // namespace hci
