#include "exitcode.h"

namespace hci::cli {

bool isAuthenticationError(const ApiError &error)
{
    return error.httpStatus == 401 || error.httpStatus == 403 || error.code == QLatin1String("INVALID_TOKEN")
        || error.code == QLatin1String("NG_ACCESS_DENIED");
}

ExitCode exitCodeFor(const ApiError &error)
{
    if (!error.isError())
        return Success;
    if (isAuthenticationError(error))
        return PermissionDenied;
    switch (error.kind) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::InvalidRequest:
        return UsageError;
    case ApiError::Kind::NotConfirmed:
        return NotConfirmed;
    case ApiError::Kind::Api:
        // The server read the request and said no to what it holds; a 5xx is the server's own trouble.
        return error.httpStatus >= 400 && error.httpStatus < 500 ? DataError : Unavailable;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Http:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::NotJson:
    case ApiError::Kind::BadShape:
    case ApiError::Kind::Empty:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::Redirected:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::DeadlinePassed:
        break;
    }
    return Unavailable;
}

} // namespace hci::cli
