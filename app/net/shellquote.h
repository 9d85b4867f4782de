#pragma once

#include <QString>

namespace hci {

// One POSIX shell word in single quotes: nothing inside is expanded; a quote itself is closed,
// escaped and reopened.
QString shellQuoted(const QString &text);

} // namespace hci
