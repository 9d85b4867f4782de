#pragma once

#include "harness/apierror.h"

namespace hci::cli {

// The tool's exit statuses. The numbers are those of sysexits.h, spelled out here because that
// header is not everywhere the tool builds; scripts test for them.
enum ExitCode : int {
    Success = 0,
    DifferencesFound = 1,   // only with --exit-code: overrides, or a plan that is not empty
    UsageError = 64,        // EX_USAGE: the command line is wrong
    DataError = 65,         // EX_DATAERR: unknown field, invalid reference, unreadable file, a field the server refused
    Unavailable = 69,       // EX_UNAVAILABLE: the server or the network, after the retries
    CannotCreate = 73,      // EX_CANTCREAT: the -o file cannot be written
    NotConfirmed = 75,      // EX_TEMPFAIL: written, but not every change confirmed by the read-back
    PermissionDenied = 77   // EX_NOPERM: the key, the keychain or the account's permissions refused
};

// True for the answers that mean "who you are" or "what you may do": 401, 403 and Harness's codes.
bool isAuthenticationError(const ApiError &error);

// The exit status a failed request ends the run with.
ExitCode exitCodeFor(const ApiError &error);

} // namespace hci::cli
