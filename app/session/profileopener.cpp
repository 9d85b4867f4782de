#include "profileopener.h"

#include "credentials/profilestore.h"

#include <QPointer>
#include <QTimer>

namespace hci {

ProfileOpener::ProfileOpener(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

std::optional<Profile> ProfileOpener::find(const QString &nameOrId) const
{
    const QList<Profile> profiles = m_profiles->profiles();
    std::optional<Profile> byCase;
    int caseMatches = 0;
    for (const Profile &profile : profiles) {
        if (profile.name == nameOrId || profile.id == nameOrId)
            return profile;
        if (profile.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            byCase = profile;
            ++caseMatches;
        }
    }
    return caseMatches == 1 ? byCase : std::nullopt;
}

void ProfileOpener::open(const QString &id, QObject *context, Callback done)
{
    ProfileOpening opening;
    const std::optional<Profile> profile = m_profiles->profile(id);
    const QPointer<QObject> guard = context;
    const bool guarded = context != nullptr;
    const auto answerLater = [this, guard, guarded, done](const ProfileOpening &answer) {
        QTimer::singleShot(0, this, [guard, guarded, done, answer] {
            if (!guarded || guard)
                done(answer);
        });
    };
    if (!profile) {
        opening.status = ProfileOpening::Status::NoSuchProfile;
        answerLater(opening);
        return;
    }
    opening.profile = *profile;
    if (const QString problem = profile->problem(); !problem.isEmpty()) {
        opening.status = ProfileOpening::Status::Invalid;
        opening.problem = problem;
        answerLater(opening);
        return;
    }
    m_secrets->read(id, context, [this, opening, context, done](const SecretResult &result) mutable {
        if (!result.ok()) {
            opening.status = ProfileOpening::Status::KeyUnavailable;
            opening.keyResult = result;
            done(opening);
            return;
        }
        opening.connection = opening.profile.connection(result.secret);
        readMirrorPassword(std::move(opening), context, std::move(done));
    });
}

void ProfileOpener::readMirrorPassword(ProfileOpening opening, QObject *context, Callback done)
{
    opening.mirror = RegistryMirror::parse(opening.profile.registryMirror).value_or(RegistryMirror());
    const QString user = opening.profile.mirrorUser.trimmed();
    if (opening.mirror.isEmpty() || user.isEmpty()) {
        opening.status = ProfileOpening::Status::Opened;
        done(opening);
        return;
    }
    m_secrets->read(Profile::registrySecretId(opening.profile.id), context,
                    [opening, user, done](const SecretResult &result) mutable {
                        if (result.ok())
                            opening.mirrorCredentials = RegistryCredentials{user, result.secret};
                        else if (result.status != SecretResult::Status::NotFound)
                            opening.mirrorPasswordProblem = result;
                        opening.status = ProfileOpening::Status::Opened;
                        done(opening);
                    });
}

} // namespace hci
