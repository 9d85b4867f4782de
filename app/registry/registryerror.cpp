#include "registryerror.h"

#include <QCoreApplication>

namespace hci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hci::RegistryError", text);
}

} // namespace

QString RegistryError::userMessage() const
{
    const QString where = registry.isEmpty() ? tr("The registry") : registry;
    QString message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidReference:
        message = tr("This is not an image reference the registry can be asked about.");
        break;
    case Kind::Network:
        message = tr("%1 could not be reached.").arg(where);
        break;
    case Kind::Timeout:
        message = tr("%1 did not answer in time.").arg(where);
        break;
    case Kind::Tls:
        message = tr("The secure connection to %1 failed; its certificate was not trusted.").arg(where);
        break;
    case Kind::Unauthorized:
        message = tr("%1 refused the lookup: the image is private, or the credentials for it are wrong.").arg(where);
        break;
    case Kind::NotFound:
        message = tr("%1 has no such image.").arg(where);
        break;
    case Kind::RateLimited:
        message = tr("%1 is limiting requests; try again later.").arg(where);
        break;
    case Kind::Http:
        message = tr("%1 answered with HTTP status %2.").arg(where).arg(httpStatus);
        break;
    case Kind::BadAnswer:
        message = tr("%1 sent an answer that could not be read.").arg(where);
        break;
    case Kind::TooLarge:
        message = tr("%1 sent more than the app reads.").arg(where);
        break;
    case Kind::Redirected:
        message = tr("%1 sent the lookup elsewhere; it was not followed.").arg(where);
        break;
    case Kind::Cancelled:
        message = tr("The lookup was cancelled.");
        break;
    case Kind::Offline:
        message = tr("%1 was not asked: registry lookups stay on this computer (HARNESS_CI_IMAGES_OFFLINE is set).")
                      .arg(where);
        break;
    }
    return detail.isEmpty() ? message : tr("%1 (%2)").arg(message, detail);
}

QString registryErrorKindName(RegistryError::Kind kind)
{
    switch (kind) {
    case RegistryError::Kind::None: return QStringLiteral("None");
    case RegistryError::Kind::InvalidReference: return QStringLiteral("InvalidReference");
    case RegistryError::Kind::Network: return QStringLiteral("Network");
    case RegistryError::Kind::Timeout: return QStringLiteral("Timeout");
    case RegistryError::Kind::Tls: return QStringLiteral("Tls");
    case RegistryError::Kind::Unauthorized: return QStringLiteral("Unauthorized");
    case RegistryError::Kind::NotFound: return QStringLiteral("NotFound");
    case RegistryError::Kind::RateLimited: return QStringLiteral("RateLimited");
    case RegistryError::Kind::Http: return QStringLiteral("Http");
    case RegistryError::Kind::BadAnswer: return QStringLiteral("BadAnswer");
    case RegistryError::Kind::TooLarge: return QStringLiteral("TooLarge");
    case RegistryError::Kind::Redirected: return QStringLiteral("Redirected");
    case RegistryError::Kind::Cancelled: return QStringLiteral("Cancelled");
    case RegistryError::Kind::Offline: return QStringLiteral("Offline");
    }
    return QStringLiteral("Unknown");
}

} // namespace hci
