#pragma once

#include <QLoggingCategory>

// Log lines of the registry client: method, path, status, time. Never a token or a credential.
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
