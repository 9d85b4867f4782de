#include "profileediting.h"

#include "credentials/profilestore.h"

#include <QCoreApplication>

namespace hci {

ProfileEditing::ProfileEditing(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

std::optional<Profile> ProfileEditing::saveFields(const Profile &profile, bool isNew, bool hasKey, QString *whyNot)
{
    QString problem = profile.problem();
    if (problem.isEmpty() && isNew && !hasKey)
        problem = tr("Enter the API key for this profile.");
    if (!problem.isEmpty()) {
        if (whyNot)
            *whyNot = problem;
        return std::nullopt;
    }
    if (isNew)
        return m_profiles->add(profile);
    if (!m_profiles->update(profile)) {
        if (whyNot)
            *whyNot = tr("That profile no longer exists.");
        return std::nullopt;
    }
    return profile;
}

void ProfileEditing::saveKey(const QString &id, const QString &key, QObject *context, Callback done)
{
    m_secrets->write(id, key, context, std::move(done));
}

void ProfileEditing::saveMirrorPassword(const QString &id, const QString &password, QObject *context, Callback done)
{
    // Never in the settings: the mirror password has its own keychain entry.
    m_secrets->write(Profile::registrySecretId(id), password, context, std::move(done));
}

std::optional<Profile> ProfileEditing::duplicate(const QString &id, QObject *context, CopyCallback keyCopied)
{
    const std::optional<Profile> copy = m_profiles->duplicate(id);
    if (!copy)
        return std::nullopt;
    copyKey(id, copy->id, context,
            [copy = *copy, keyCopied](const SecretResult &result) { keyCopied(copy, result); });
    return copy;
}

void ProfileEditing::copyKey(const QString &fromId, const QString &toId, QObject *context, Callback done)
{
    m_secrets->read(fromId, context, [this, toId, context, done](const SecretResult &result) {
        if (!result.ok()) {
            done(result);
            return;
        }
        m_secrets->write(toId, result.secret, context, done);
    });
}

void ProfileEditing::remove(const QString &id, QObject *context, Callback done)
{
    // The mirror password goes before the API key, and the key before the profile: a profile is
    // never removed while a secret of it stays behind.
    m_secrets->remove(Profile::registrySecretId(id), context, [this, id, context, done](const SecretResult &mirror) {
        if (!mirror.ok()) {
            done(mirror);
            return;
        }
        m_secrets->remove(id, context, [this, id, done](const SecretResult &result) {
            if (result.ok())
                m_profiles->remove(id);
            done(result);
        });
    });
}

} // namespace hci
