#pragma once

#include <QLoggingCategory>

// Log lines of profiles and the keychain: profile IDs and outcomes only, never a key.
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
