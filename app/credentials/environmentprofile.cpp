#include "environmentprofile.h"

#include <QCoreApplication>

namespace hci {

std::optional<EnvironmentProfile> environmentProfile(const QProcessEnvironment &environment)
{
    const QString key = environment.value(QStringLiteral("HARNESS_API_KEY")).trimmed();
    if (key.isEmpty())
        return std::nullopt;

    EnvironmentProfile result;
    result.apiKey = key;
    Profile &profile = result.profile;
    profile.kind = Profile::Kind::Environment;
    profile.id = Profile::environmentId();
    profile.name = QCoreApplication::translate("hci::Profile", "Environment (HARNESS_API_KEY)");
    profile.colour = QStringLiteral("#546e7a");
    profile.authKind = AuthKind::ApiKey;

    const QString baseUrl = environment.value(QStringLiteral("HARNESS_BASE_URL")).trimmed();
    if (baseUrl.isEmpty()) {
        profile.cluster = Cluster::Prod1;
    } else {
        profile.cluster = Cluster::Custom;
        profile.customUrl = baseUrl;
        QString why;
        if (normalizeGatewayUrl(baseUrl, &why).isEmpty())
            result.problem = QCoreApplication::translate("hci::Profile", "HARNESS_BASE_URL cannot be used: %1").arg(why);
    }

    const QString account = environment.value(QStringLiteral("HARNESS_ACCOUNT_ID")).trimmed();
    profile.accountId = account.isEmpty() ? accountIdFromApiKey(key) : account;
    if (profile.accountId.isEmpty() && result.problem.isEmpty())
        result.problem = QCoreApplication::translate(
            "hci::Profile", "Set HARNESS_ACCOUNT_ID: the key in HARNESS_API_KEY does not name an account.");
    return result;
}

} // namespace hci
