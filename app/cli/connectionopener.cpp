#include "connectionopener.h"

#include "credentials/keychainsecretstore.h"
#include "credentials/profilestore.h"
#include "services/sandboxstarter.h"
#include "session/profileopener.h"

#include <QSettings>
#include <QTimer>

namespace hci::cli {

namespace {

// The window's own settings file, where its profiles live (never a key).
std::unique_ptr<QSettings> appSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
        QStringLiteral("harness-ci-images"), QStringLiteral("harness-ci-images"));
}

// Why no saved profile answers to the name: there is none, several, or it is not one of these.
QString whyNotFound(const QList<Profile> &profiles, const QString &name)
{
    QStringList names;
    int sameName = 0;
    for (const Profile &profile : profiles) {
        names.append(QStringLiteral("\"%1\"").arg(profile.name));
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            ++sameName;
    }
    if (sameName > 1) {
        return ConnectionOpener::tr("Several profiles are named \"%1\"; rename one in the app, or give the "
                                    "profile's ID.").arg(name);
    }
    if (names.isEmpty()) {
        return ConnectionOpener::tr("There is no profile \"%1\": no profile is saved yet. Add one in the app's "
                                    "profile dialog, or use --base-url with HARNESS_API_KEY.").arg(name);
    }
    return ConnectionOpener::tr("There is no profile \"%1\". The saved profiles are: %2.")
        .arg(name, names.join(QStringLiteral(", ")));
}

QString describe(const QString &name, const Connection &connection)
{
    return ConnectionOpener::tr("%1 (account %2 on %3)")
        .arg(name, connection.accountId, connection.gatewayUrl.authority());
}

} // namespace

ConnectionOpener::ConnectionOpener(const Invocation &invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
{
}

ConnectionOpener::~ConnectionOpener()
{
    delete m_profiles.data(); // before the settings it reads
}

void ConnectionOpener::open()
{
    switch (m_invocation.source) {
    case ConnectionSource::Profile: return openProfile();
    case ConnectionSource::BaseUrl: return openBaseUrl();
    case ConnectionSource::Sandbox: return openSandbox();
    }
}

void ConnectionOpener::fail(ExitCode code, const QString &message)
{
    // Always later, so that a caller connects before it hears the answer.
    QTimer::singleShot(0, this, [this, code, message] { Q_EMIT failed(code, message); });
}

void ConnectionOpener::openProfile()
{
    m_settings = appSettings();
    m_profiles = new ProfileStore(m_settings.get(), this);
    m_secrets = new KeychainSecretStore(SecretStore::defaultService(), this);
    auto *opener = new ProfileOpener(m_profiles, m_secrets, this);
    const std::optional<Profile> profile = opener->find(m_invocation.profileName);
    if (!profile)
        return fail(UsageError, whyNotFound(m_profiles->profiles(), m_invocation.profileName));

    opener->open(profile->id, this, [this](const ProfileOpening &opening) {
        const QString name = opening.profile.name;
        switch (opening.status) {
        case ProfileOpening::Status::Opened:
            break;
        case ProfileOpening::Status::NoSuchProfile:
            Q_EMIT failed(UsageError, whyNotFound(m_profiles->profiles(), m_invocation.profileName));
            return;
        case ProfileOpening::Status::Invalid:
            Q_EMIT failed(UsageError, tr("The profile \"%1\" cannot be used: %2").arg(name, opening.problem));
            return;
        case ProfileOpening::Status::KeyUnavailable: {
            const SecretResult &result = opening.keyResult;
            QString message = tr("The key of \"%1\" could not be read. %2").arg(name, result.message);
            if (!result.detail.isEmpty())
                message += u'\n' + result.detail;
            // No keychain at all is the machine's state; a missing, locked or refused key is about access.
            const bool unavailable = result.status == SecretResult::Status::Unavailable
                || result.status == SecretResult::Status::Failed;
            Q_EMIT failed(unavailable ? Unavailable : PermissionDenied, message);
            return;
        }
        }
        OpenedConnection target;
        target.connection = opening.connection;
        target.description = describe(name, target.connection);
        target.production = opening.profile.isProduction;
        target.profileId = opening.profile.id;
        target.profileName = name;
        Q_EMIT opened(target);
    });
}

void ConnectionOpener::openBaseUrl()
{
    QString whyNot;
    OpenedConnection target;
    target.connection.gatewayUrl = normalizeGatewayUrl(m_invocation.baseUrl, &whyNot);
    if (target.connection.gatewayUrl.isEmpty())
        return fail(UsageError, tr("--base-url: %1").arg(whyNot));
    target.connection.apiKey = qEnvironmentVariable("HARNESS_API_KEY").trimmed();
    if (target.connection.apiKey.isEmpty())
        return fail(UsageError, tr("Set HARNESS_API_KEY to the API key to use with --base-url."));
    target.connection.accountId = !m_invocation.accountId.isEmpty() ? m_invocation.accountId
                                                                    : accountIdFromApiKey(target.connection.apiKey);
    if (target.connection.accountId.isEmpty())
        return fail(UsageError, tr("Give --account: the key in HARNESS_API_KEY does not name one."));
    target.connection.authKind = m_invocation.bearer ? AuthKind::Bearer : AuthKind::ApiKey;
    target.description = tr("account %1 on %2").arg(target.connection.accountId, target.connection.gatewayUrl.authority());
    target.profileName = target.connection.gatewayUrl.authority();
    QTimer::singleShot(0, this, [this, target] { Q_EMIT opened(target); });
}

void ConnectionOpener::openSandbox()
{
    // Loaded from its module on demand, with the same demo overrides as the window's sandbox, so
    // that list and diff show more than defaults.
    QString whyNot;
    const std::optional<BuiltInSandbox> sandbox = startBuiltInSandbox(this, &whyNot);
    if (!sandbox)
        return fail(Unavailable, tr("The sandbox could not start: %1").arg(whyNot));
    m_sandbox = sandbox->server;
    OpenedConnection target;
    target.connection = sandbox->connection;
    target.profileId = Profile::sandboxId();
    target.profileName = Profile::sandbox().name;
    target.description = tr("a sandbox in this run (account %1 on %2; nothing is kept)")
                             .arg(target.connection.accountId, target.connection.gatewayUrl.authority());
    QTimer::singleShot(0, this, [this, target] { Q_EMIT opened(target); });
}

} // namespace hci::cli
