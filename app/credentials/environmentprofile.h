#pragma once

#include "profile.h"

#include <QProcessEnvironment>

#include <optional>

namespace hci {

// The "Environment" profile: what HARNESS_API_KEY, HARNESS_ACCOUNT_ID and HARNESS_BASE_URL say.
// Used and shown as such for this run; nothing of it is ever stored.
struct EnvironmentProfile
{
    Profile profile;
    QString apiKey;   // in memory only
    QString problem;  // translated; set when the variables cannot be used as they are
};

// Nothing when HARNESS_API_KEY is unset or empty. Without HARNESS_BASE_URL the host is
// app.harness.io; without HARNESS_ACCOUNT_ID the account comes from the key.
std::optional<EnvironmentProfile> environmentProfile(
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace hci
