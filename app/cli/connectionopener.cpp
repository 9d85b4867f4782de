#include "connectionopener.h"

#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "sandbox/sandboxserver.h"

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

std::optional<Profile> findProfile(const QList<Profile> &profiles, const QString &name, QString *whyNot)
{
    QList<Profile> matches;
    for (const Profile &profile : profiles) {
        if (profile.name == name || profile.id == name)
            matches.append(profile);
    }
    if (matches.isEmpty()) {
        // A name typed in another case still finds the profile, when only one fits.
        for (const Profile &profile : profiles) {
            if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
                matches.append(profile);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    QStringList names;
    for (const Profile &profile : profiles)
        names.append(QStringLiteral("\"%1\"").arg(profile.name));
    if (matches.size() > 1) {
        *whyNot = ConnectionOpener::tr("Several profiles are named \"%1\"; rename one in the app, or give the "
                                       "profile's ID.").arg(name);
    } else if (names.isEmpty()) {
        *whyNot = ConnectionOpener::tr("There is no profile \"%1\": no profile is saved yet. Add one in the app's "
                                       "profile dialog, or use --base-url with HARNESS_API_KEY.").arg(name);
    } else {
        *whyNot = ConnectionOpener::tr("There is no profile \"%1\". The saved profiles are: %2.")
                      .arg(name, names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
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

ConnectionOpener::~ConnectionOpener() = default;

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
    const std::unique_ptr<QSettings> settings = appSettings();
    const ProfileStore store(settings.get());
    QString whyNot;
    const std::optional<Profile> profile = findProfile(store.profiles(), m_invocation.profileName, &whyNot);
    if (!profile)
        return fail(UsageError, whyNot);
    if (const QString problem = profile->problem(); !problem.isEmpty())
        return fail(UsageError, tr("The profile \"%1\" cannot be used: %2").arg(profile->name, problem));

    m_secrets = new SecretStore(SecretStore::defaultService(), this);
    m_secrets->read(profile->id, this, [this, stored = *profile](const SecretResult &result) {
        if (!result.ok()) {
            const QString message = tr("The key of \"%1\" could not be read. %2").arg(stored.name, result.message);
            const bool unavailable = result.status == SecretResult::Status::Unavailable
                || result.status == SecretResult::Status::Failed;
            Q_EMIT failed(unavailable ? Unavailable : PermissionDenied,
                result.detail.isEmpty() ? message : message + u'\n' + result.detail);
            return;
        }
        OpenedConnection target;
        target.connection = stored.connection(result.secret);
        target.description = describe(stored.name, target.connection);
        target.production = stored.isProduction;
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
    QTimer::singleShot(0, this, [this, target] { Q_EMIT opened(target); });
}

void ConnectionOpener::openSandbox()
{
    m_sandbox = new SandboxServer(this);
    QString whyNot;
    if (!m_sandbox->start(&whyNot))
        return fail(Unavailable, tr("The sandbox could not start: %1").arg(whyNot));
    // The same demo overrides as the window's sandbox, so that list and diff show more than defaults.
    m_sandbox->store().seedDemoOverrides(m_sandbox->accountId());
    OpenedConnection target;
    target.connection.gatewayUrl = m_sandbox->gatewayUrl();
    target.connection.accountId = m_sandbox->accountId();
    target.connection.apiKey = m_sandbox->apiKey();
    target.description = tr("a sandbox in this run (account %1 on %2; nothing is kept)")
                             .arg(target.connection.accountId, target.connection.gatewayUrl.authority());
    QTimer::singleShot(0, this, [this, target] { Q_EMIT opened(target); });
}

} // namespace hci::cli
