#pragma once

#include <QLoggingCategory>

// Log lines of the API client. Never a secret: keys are not logged, nor headers.
Q_DECLARE_LOGGING_CATEGORY(lcHarness)
