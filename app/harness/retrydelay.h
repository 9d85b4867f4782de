#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>

class QRandomGenerator;

namespace hci {

// How long a Retry-After header asks to wait, from `now`: delta-seconds or an HTTP-date.
// Empty when the header is absent or unreadable; a date in the past gives zero.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// The wait after `failedAttempts` tries (1 for the first): initialDelay doubled per try, capped at
// maxDelay, then with jitter between half and all of it so that clients do not retry in step.
std::chrono::milliseconds backoffDelay(int failedAttempts, std::chrono::milliseconds initialDelay,
    std::chrono::milliseconds maxDelay, QRandomGenerator &random);

} // namespace hci
