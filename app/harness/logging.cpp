#include "logging.h"

Q_LOGGING_CATEGORY(lcHarness, "hci.harness", QtInfoMsg)
