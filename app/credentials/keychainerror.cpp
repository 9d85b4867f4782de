#include "keychainerror.h"

#include <QCoreApplication>

namespace hci {

namespace {

// libsecret reports a missing Secret Service or session bus as a plain D-Bus error (OtherError);
// these are the words it uses, so the user gets the "start a keychain" advice for them too.
bool looksLikeNoService(const QString &detail)
{
    static const char *const kSigns[] = {"org.freedesktop.secrets", "ServiceUnknown", "not provided by any",
                                         "Could not connect", "Cannot autolaunch", "D-Bus", "DBus"};
    for (const char *sign : kSigns) {
        if (detail.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString whatFailed(SecretOperation operation)
{
    switch (operation) {
    case SecretOperation::Read:
        return QCoreApplication::translate("hci::SecretStore", "The API key could not be read from the keychain.");
    case SecretOperation::Write:
        return QCoreApplication::translate("hci::SecretStore", "The API key could not be saved in the keychain.");
    case SecretOperation::Remove:
        return QCoreApplication::translate("hci::SecretStore", "The API key could not be removed from the keychain.");
    }
    return {};
}

} // namespace

QString secretMessage(SecretOperation operation, SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return {};
    case SecretResult::Status::NotFound:
        return QCoreApplication::translate("hci::SecretStore", "No API key is stored for this profile. Open Profiles…, enter the key and save.");
    case SecretResult::Status::Unavailable:
        return whatFailed(operation) + QLatin1Char(' ')
            + QCoreApplication::translate("hci::SecretStore", "No keychain is running in this session. Start gnome-keyring (GNOME and most desktops) "
                 "or KWallet (KDE) and try again; or keep the key in memory for this run only, or set "
                 "HARNESS_API_KEY before starting the app.");
    case SecretResult::Status::Locked:
        return whatFailed(operation) + QLatin1Char(' ')
            + QCoreApplication::translate("hci::SecretStore", "The keychain is locked or refused access. Unlock it (for example in Passwords and Keys, "
                 "or KWallet Manager) and try again.");
    case SecretResult::Status::Denied:
        return whatFailed(operation) + QLatin1Char(' ')
            + QCoreApplication::translate("hci::SecretStore", "Access to the keychain was refused. Try again, and allow Harness CI Images when the "
                 "keychain asks.");
    case SecretResult::Status::Failed:
        return whatFailed(operation) + QLatin1Char(' ')
            + QCoreApplication::translate("hci::SecretStore", "The keychain reported an error. Check that gnome-keyring or KWallet is running and "
                 "unlocked and try again, or keep the key in memory for this run only.");
    }
    return {};
}

SecretResult secretResultFor(SecretOperation operation, QKeychain::Error error, const QString &detail)
{
    SecretResult result;
    result.operation = operation;
    switch (error) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        // Nothing to remove is what a removal wants.
        result.status = operation == SecretOperation::Remove ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Denied;
        break;
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Locked;
        break;
    case QKeychain::NoBackendAvailable:
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::OtherError:
        result.status = looksLikeNoService(detail) ? SecretResult::Status::Unavailable : SecretResult::Status::Failed;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Failed;
        break;
    }
    if (!result.ok())
        result.detail = detail;
    result.message = secretMessage(operation, result.status);
    return result;
}

} // namespace hci
