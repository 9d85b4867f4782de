#include "profilestore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace hci {

namespace {

// Every key the store writes, with its default: the one place to look.
template<typename T>
struct Setting
{
    const char *key;
    T fallback;
};

const QString kProfilesGroup = QStringLiteral("profiles");
const Setting<QString> kName{"name", QString()};
const Setting<QString> kCluster{"cluster", QStringLiteral("prod1")};
const Setting<QString> kCustomUrl{"customUrl", QString()};
const Setting<QString> kAccountId{"accountId", QString()};
const Setting<QString> kAuth{"auth", QStringLiteral("apiKey")};
const Setting<QString> kColour{"colour", Profile::defaultColour()};
const Setting<bool> kProduction{"production", false};
const Setting<QString> kRegistryMirror{"registryMirror", QString()};
const Setting<QString> kMirrorUser{"registryUser", QString()};
// Not "general/…": QSettings reads an INI section named [General] in any case as the top level.
const Setting<QString> kLastUsed{"session/lastProfile", QString()};

template<typename T>
T readSetting(const QSettings &settings, const Setting<T> &setting)
{
    return settings.value(QLatin1String(setting.key), QVariant::fromValue(setting.fallback)).template value<T>();
}

template<typename T>
void writeSetting(QSettings &settings, const Setting<T> &setting, const T &value)
{
    settings.setValue(QLatin1String(setting.key), QVariant::fromValue(value));
}

// Stable names in the file, so that reordering the enum never changes what a profile means.
const std::pair<Cluster, const char *> kClusterIds[] = {
    {Cluster::Prod1, "prod1"}, {Cluster::Prod2, "prod2"}, {Cluster::Prod3, "prod3"}, {Cluster::Prod0, "prod0"},
    {Cluster::Prod4, "prod4"}, {Cluster::Eu, "eu"},       {Cluster::Custom, "custom"}};

QString clusterId(Cluster cluster)
{
    for (const auto &[value, id] : kClusterIds) {
        if (value == cluster)
            return QLatin1String(id);
    }
    return kCluster.fallback;
}

Cluster clusterFromId(const QString &id)
{
    for (const auto &[value, name] : kClusterIds) {
        if (id == QLatin1String(name))
            return value;
    }
    return Cluster::Prod1;
}

bool isStoredId(const QString &id)
{
    return !QUuid::fromString(id).isNull();
}

bool isColour(const QString &text)
{
    return text.size() == 7 && text.startsWith(QLatin1Char('#'))
        && std::all_of(text.begin() + 1, text.end(), [](QChar c) {
               const QChar lower = c.toLower();
               return c.isDigit() || (lower >= QLatin1Char('a') && lower <= QLatin1Char('f'));
           });
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(kProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString &id : ids) {
        if (auto stored = profile(id))
            result.append(*stored);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (!contains(id))
        return std::nullopt;
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + id);
    Profile profile;
    profile.kind = Profile::Kind::Stored;
    profile.id = id;
    profile.name = readSetting(*m_settings, kName);
    profile.cluster = clusterFromId(readSetting(*m_settings, kCluster));
    profile.customUrl = readSetting(*m_settings, kCustomUrl);
    profile.accountId = readSetting(*m_settings, kAccountId);
    profile.authKind = readSetting(*m_settings, kAuth) == QLatin1String("bearer") ? AuthKind::Bearer : AuthKind::ApiKey;
    profile.colour = readSetting(*m_settings, kColour);
    if (!isColour(profile.colour))
        profile.colour = kColour.fallback;
    profile.isProduction = readSetting(*m_settings, kProduction);
    profile.registryMirror = readSetting(*m_settings, kRegistryMirror);
    profile.mirrorUser = readSetting(*m_settings, kMirrorUser);
    m_settings->endGroup();
    if (profile.name.trimmed().isEmpty())
        profile.name = QCoreApplication::translate("hci::Profile", "Unnamed profile");
    return profile;
}

bool ProfileStore::contains(const QString &id) const
{
    if (!isStoredId(id))
        return false;
    m_settings->beginGroup(kProfilesGroup);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

Profile ProfileStore::add(Profile profile)
{
    profile.kind = Profile::Kind::Stored;
    profile.id = Profile::newId();
    write(profile);
    qCInfo(lcCredentials) << "profile added" << profile.id;
    Q_EMIT changed();
    return profile;
}

bool ProfileStore::update(const Profile &profile)
{
    if (profile.kind != Profile::Kind::Stored || !contains(profile.id))
        return false;
    write(profile);
    qCInfo(lcCredentials) << "profile updated" << profile.id;
    Q_EMIT changed();
    return true;
}

std::optional<Profile> ProfileStore::duplicate(const QString &id)
{
    std::optional<Profile> original = profile(id);
    if (!original)
        return std::nullopt;
    Profile copy = *original;
    copy.name = QCoreApplication::translate("hci::Profile", "%1 (copy)").arg(original->name);
    return add(copy);
}

bool ProfileStore::remove(const QString &id)
{
    if (!contains(id))
        return false;
    m_settings->remove(kProfilesGroup + QLatin1Char('/') + id);
    if (lastUsedId() == id)
        m_settings->remove(QLatin1String(kLastUsed.key));
    m_settings->sync();
    qCInfo(lcCredentials) << "profile removed" << id;
    Q_EMIT changed();
    return true;
}

QString ProfileStore::lastUsedId() const
{
    return readSetting(*m_settings, kLastUsed);
}

void ProfileStore::setLastUsedId(const QString &id)
{
    if (id == lastUsedId())
        return;
    writeSetting(*m_settings, kLastUsed, id);
    m_settings->sync();
}

void ProfileStore::write(const Profile &profile)
{
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + profile.id);
    writeSetting(*m_settings, kName, profile.name.trimmed());
    writeSetting(*m_settings, kCluster, clusterId(profile.cluster));
    writeSetting(*m_settings, kCustomUrl, profile.cluster == Cluster::Custom ? profile.customUrl.trimmed() : QString());
    writeSetting(*m_settings, kAccountId, profile.accountId.trimmed());
    writeSetting(*m_settings, kAuth, profile.authKind == AuthKind::Bearer ? QStringLiteral("bearer") : QStringLiteral("apiKey"));
    writeSetting(*m_settings, kColour, isColour(profile.colour) ? profile.colour : kColour.fallback);
    writeSetting(*m_settings, kProduction, profile.isProduction);
    writeSetting(*m_settings, kRegistryMirror, profile.registryMirror.trimmed());
    writeSetting(*m_settings, kMirrorUser, profile.mirrorUser.trimmed());
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace hci
