#include "logging.h"

Q_LOGGING_CATEGORY(lcCredentials, "hci.credentials", QtInfoMsg)
