#include "apierror.h"

#include <QCoreApplication>
#include <QStringList>

namespace hci {

namespace {

// The server's own words, when it sent any, as the end of a sentence.
QString withServerWords(const QString &sentence, const QString &serverMessage)
{
    if (serverMessage.trimmed().isEmpty())
        return sentence;
    return QCoreApplication::translate("hci::ApiError", "%1 (Harness said: “%2”)")
        .arg(sentence, serverMessage.trimmed());
}

QString fieldErrorsText(const QList<ApiError::FieldError> &fieldErrors)
{
    QStringList parts;
    for (const ApiError::FieldError &fieldError : fieldErrors) {
        if (fieldError.field.isEmpty())
            parts.append(fieldError.message);
        else
            parts.append(
                QCoreApplication::translate("hci::ApiError", "%1: %2").arg(fieldError.field, fieldError.message));
    }
    return parts.join(QStringLiteral("; "));
}

// Reading needs the account's view permission, writing its edit permission: say which one is missing,
// by name when the server listed it.
QString accessDeniedMessage(const ApiError &error)
{
    // The server's list wins over what the request was: a write can fail for want of the view permission.
    bool listsView = false;
    bool listsEdit = false;
    for (const QString &permission : error.missingPermissions) {
        listsEdit = listsEdit || permission.endsWith(QLatin1String("_edit"), Qt::CaseInsensitive);
        listsView = listsView || permission.endsWith(QLatin1String("_view"), Qt::CaseInsensitive);
    }
    ApiError::Access access = error.neededAccess;
    if (listsView)
        access = ApiError::Access::View;
    else if (listsEdit)
        access = ApiError::Access::Edit;
    const QString named = error.missingPermissions.join(QStringLiteral(", "));
    switch (access) {
    case ApiError::Access::View:
        if (!named.isEmpty()) {
            return QCoreApplication::translate("hci::ApiError",
                "This API key may not view the account's settings: it lacks the permission %1. Ask an account "
                "administrator to grant it, or use another key.")
                .arg(named);
        }
        return QCoreApplication::translate("hci::ApiError",
            "This API key may not view the account's settings: it lacks the account's view permission. Ask an "
            "account administrator to grant it, or use another key.");
    case ApiError::Access::Edit:
        if (!named.isEmpty()) {
            return QCoreApplication::translate("hci::ApiError",
                "This API key may read the settings but not change them: it lacks the permission %1. Ask an "
                "account administrator to grant it, or use another key.")
                .arg(named);
        }
        return QCoreApplication::translate("hci::ApiError",
            "This API key may read the settings but not change them: it lacks the account's edit permission. "
            "Ask an account administrator to grant it, or use another key.");
    case ApiError::Access::Unknown:
        break;
    }
    if (!named.isEmpty()) {
        return QCoreApplication::translate("hci::ApiError",
            "This API key lacks the permission %1; ask an account administrator to grant it, or use another key.")
            .arg(named);
    }
    return QCoreApplication::translate("hci::ApiError",
        "This API key lacks a permission for the account's settings; ask an account administrator to grant it, "
        "or use another key.");
}

QString apiMessage(const ApiError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("INVALID_TOKEN") || (code.isEmpty() && error.httpStatus == 401)) {
        if (error.serverMessage.contains(QLatin1String("Account detail"), Qt::CaseInsensitive)) {
            return withServerWords(
                QCoreApplication::translate("hci::ApiError",
                    "Harness could not tell which account this is: check the account ID of the profile."),
                error.serverMessage);
        }
        return withServerWords(QCoreApplication::translate("hci::ApiError",
                                   "The API key was refused: it is wrong, expired or revoked, or belongs to another "
                                   "account; create a new key in Harness and update the profile."),
            error.serverMessage);
    }
    if (code == QLatin1String("NG_ACCESS_DENIED") || (code.isEmpty() && error.httpStatus == 403))
        return withServerWords(accessDeniedMessage(error), error.serverMessage);
    if (code == QLatin1String("INVALID_REQUEST")) {
        QString why = fieldErrorsText(error.fieldErrors);
        if (why.isEmpty())
            why = error.serverMessage;
        if (why.isEmpty()) {
            return QCoreApplication::translate(
                "hci::ApiError", "Harness refused the request and changed nothing; check the values and try again.");
        }
        return QCoreApplication::translate("hci::ApiError", "Harness refused the request and changed nothing: %1")
            .arg(why);
    }
    if (code == QLatin1String("RESOURCE_NOT_FOUND_EXCEPTION") || error.httpStatus == 404) {
        return withServerWords(QCoreApplication::translate("hci::ApiError",
                                   "This server does not offer the execution-config API; check the server address "
                                   "and that the module is enabled for the account."),
            error.serverMessage);
    }
    if (code == QLatin1String("UNKNOWN_ERROR") || error.httpStatus >= 500) {
        if (error.correlationId.isEmpty()) {
            return QCoreApplication::translate("hci::ApiError",
                "Harness had an internal error; try again later, and if it persists, "
                "contact Harness Support.");
        }
        return QCoreApplication::translate("hci::ApiError",
            "Harness had an internal error; try again later, and if it persists, contact "
            "Harness Support with the correlation ID %1.")
            .arg(error.correlationId);
    }
    const QString what = code.isEmpty() ? QString::number(error.httpStatus) : code;
    if (error.serverMessage.isEmpty())
        return QCoreApplication::translate("hci::ApiError", "Harness answered with the error %1.").arg(what);
    return QCoreApplication::translate("hci::ApiError", "Harness answered with the error %1: %2")
        .arg(what, error.serverMessage);
}

QString httpMessage(const ApiError &error)
{
    const int status = error.httpStatus;
    if (status == 401 || status == 403)
        return apiMessage(error);
    if (status == 404) {
        return QCoreApplication::translate(
            "hci::ApiError", "The server has no such page (HTTP 404); check the server address.");
    }
    if (status == 502 || status == 503 || status == 504) {
        return QCoreApplication::translate("hci::ApiError",
            "A gateway in front of Harness failed (HTTP %1); Harness may be down or "
            "being updated, try again in a few minutes.")
            .arg(status);
    }
    return QCoreApplication::translate("hci::ApiError",
        "The server answered with HTTP %1 and no Harness message; check the server "
        "address, or try again later.")
        .arg(status);
}

} // namespace

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidRequest:
        if (detail.isEmpty()) {
            return QCoreApplication::translate(
                "hci::ApiError", "The request could not be made; check the connection settings.");
        }
        return QCoreApplication::translate("hci::ApiError", "The request could not be made: %1").arg(detail);
    case Kind::Network:
        // A status line arrived, so the server was reached: the connection closed mid-answer.
        if (httpStatus > 0) {
            return QCoreApplication::translate("hci::ApiError",
                "The server's answer was cut off; try again, and check the network or a proxy in between "
                "if it keeps happening.");
        }
        return QCoreApplication::translate("hci::ApiError",
            "The server could not be reached; check the network connection and the "
            "server address, then try again.");
    case Kind::Timeout:
        return QCoreApplication::translate("hci::ApiError",
            "The server did not answer in time; try again, and check the network or "
            "Harness's status page if it keeps happening.");
    case Kind::Tls:
        return QCoreApplication::translate("hci::ApiError",
            "The secure connection to the server failed, so nothing was sent; the "
            "certificate is not trusted, or something is intercepting the connection.");
    case Kind::Http:
        return httpMessage(*this);
    case Kind::Api:
        return apiMessage(*this);
    case Kind::RateLimited:
        if (httpStatus == 503) {
            return QCoreApplication::translate("hci::ApiError",
                "Harness stayed unavailable after several tries; wait a few minutes and "
                "try again.");
        }
        return QCoreApplication::translate("hci::ApiError",
            "Harness is limiting how many requests this key may make and still was after "
            "several tries; wait a minute and try again.");
    case Kind::NotJson:
        return QCoreApplication::translate("hci::ApiError",
            "The server's answer was not JSON; check that the address points to a "
            "Harness gateway.");
    case Kind::BadShape:
        return QCoreApplication::translate("hci::ApiError",
            "The server's answer did not have the expected form, so nothing was "
            "shown; the server may be a different version, or not Harness.");
    case Kind::Empty:
        return QCoreApplication::translate("hci::ApiError", "The server sent an empty answer; try again.");
    case Kind::TooLarge:
        return QCoreApplication::translate("hci::ApiError",
            "The server's answer was far larger than any Harness answer and was not "
            "read; check the server address.");
    case Kind::Redirected:
        return QCoreApplication::translate("hci::ApiError",
            "The server redirected the request elsewhere; it was not followed, so that "
            "the API key stays with this server: check the server address.");
    case Kind::Cancelled:
        return QCoreApplication::translate("hci::ApiError", "The request was cancelled.");
    case Kind::NotConfirmed:
        return QCoreApplication::translate("hci::ApiError",
            "Harness accepted the changes, but reading them back shows that some did "
            "not take; they are still queued, try again.");
    case Kind::DeadlinePassed:
        return QCoreApplication::translate("hci::ApiError",
            "The server did not finish answering in time, so the app stopped waiting; nothing was changed. "
            "Try again, and check the network or Harness's status page if it keeps happening.");
    }
    return {};
}

namespace {

QString kindSummary(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::InvalidRequest:
        return QCoreApplication::translate("hci::ApiError", "The request was not sent.");
    case ApiError::Kind::Network:
        return QCoreApplication::translate("hci::ApiError", "The connection failed.");
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate("hci::ApiError", "No answer in time.");
    case ApiError::Kind::Tls:
        return QCoreApplication::translate("hci::ApiError", "The secure connection failed.");
    case ApiError::Kind::Http:
        return QCoreApplication::translate("hci::ApiError", "The server answered with an HTTP error.");
    case ApiError::Kind::Api:
        return QCoreApplication::translate("hci::ApiError", "Harness refused the request.");
    case ApiError::Kind::RateLimited:
        return QCoreApplication::translate("hci::ApiError", "Harness limited the requests.");
    case ApiError::Kind::NotJson:
    case ApiError::Kind::BadShape:
    case ApiError::Kind::Empty:
    case ApiError::Kind::TooLarge:
        return QCoreApplication::translate("hci::ApiError", "The answer could not be read.");
    case ApiError::Kind::Redirected:
        return QCoreApplication::translate("hci::ApiError", "The server redirected the request.");
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("hci::ApiError", "The request was cancelled.");
    case ApiError::Kind::NotConfirmed:
        return QCoreApplication::translate("hci::ApiError", "The read-back did not confirm the change.");
    case ApiError::Kind::DeadlinePassed:
        return QCoreApplication::translate("hci::ApiError", "The operation ran out of time.");
    }
    return {};
}

} // namespace

QString ApiError::technicalDetails() const
{
    QStringList lines;
    // A plain account of what went wrong first; the protocol's words follow for a support ticket.
    lines.append(kindSummary(kind));
    if (httpStatus != 0)
        lines.append(QCoreApplication::translate("hci::ApiError", "HTTP status: %1").arg(httpStatus));
    if (!code.isEmpty())
        lines.append(QCoreApplication::translate("hci::ApiError", "Code: %1").arg(code));
    if (!serverMessage.isEmpty())
        lines.append(QCoreApplication::translate("hci::ApiError", "Message: %1").arg(serverMessage));
    if (!correlationId.isEmpty())
        lines.append(QCoreApplication::translate("hci::ApiError", "Correlation ID: %1").arg(correlationId));
    for (const QString &permission : missingPermissions)
        lines.append(QCoreApplication::translate("hci::ApiError", "Missing permission: %1").arg(permission));
    for (const FieldError &fieldError : fieldErrors) {
        lines.append(
            QCoreApplication::translate("hci::ApiError", "Field %1: %2").arg(fieldError.field, fieldError.message));
    }
    lines.append(QCoreApplication::translate("hci::ApiError", "Kind: %1").arg(apiErrorKindName(kind)));
    if (!detail.isEmpty()) {
        const QStringList detailLines = detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : detailLines)
            lines.append(QCoreApplication::translate("hci::ApiError", "Detail: %1").arg(line));
    }
    return lines.join(QLatin1Char('\n'));
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("None");
    case ApiError::Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    case ApiError::Kind::Network:
        return QStringLiteral("Network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::Tls:
        return QStringLiteral("Tls");
    case ApiError::Kind::Http:
        return QStringLiteral("Http");
    case ApiError::Kind::Api:
        return QStringLiteral("Api");
    case ApiError::Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case ApiError::Kind::NotJson:
        return QStringLiteral("NotJson");
    case ApiError::Kind::BadShape:
        return QStringLiteral("BadShape");
    case ApiError::Kind::Empty:
        return QStringLiteral("Empty");
    case ApiError::Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case ApiError::Kind::Redirected:
        return QStringLiteral("Redirected");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case ApiError::Kind::NotConfirmed:
        return QStringLiteral("NotConfirmed");
    case ApiError::Kind::DeadlinePassed:
        return QStringLiteral("DeadlinePassed");
    }
    return QStringLiteral("Unknown");
}

} // namespace hci
