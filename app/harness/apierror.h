#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hci {

// Why a request failed, as the UI needs to tell it.
struct ApiError
{
    enum class Kind {
        None,
        InvalidRequest,  // the request could not be made: bad URL, plain http to a remote host, no key
        Network,         // connection refused, dropped, host not found
        Timeout,         // no progress within the transfer timeout
        Tls,             // certificate or handshake failure; never ignored
        Http,            // an HTTP error status without a Harness envelope (e.g. an HTML error page)
        Api,             // a Harness FAILURE or ERROR envelope
        RateLimited,     // 429/503 still after the bounded retries
        NotJson,         // a body that is not JSON
        BadShape,        // JSON, but not the documented shape
        Empty,           // no body at all
        TooLarge,        // a body larger than the cap
        Redirected,      // a redirect to another host: refused so that the key stays put
        Cancelled,       // aborted by the app
        NotConfirmed,    // the server accepted a change, but reading it back shows it did not take
        DeadlinePassed   // an operation's overall deadline passed (e.g. an answer that only trickles)
    };

    // What the refused request needed, for a 403: reading (GET) or changing (POST) the settings.
    enum class Access { Unknown, View, Edit };

    struct FieldError
    {
        QString field;
        QString message;
    };

    Kind kind = Kind::None;
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QString code;             // Harness's code, e.g. INVALID_TOKEN, NG_ACCESS_DENIED
    QString serverMessage;    // Harness's message, as sent
    QString correlationId;    // for Harness support
    QList<FieldError> fieldErrors;
    QStringList missingPermissions; // a 403's failedPermissionChecks, e.g. core_account_edit
    Access neededAccess = Access::Unknown; // set by whoever knows the request
    QString detail;           // technical detail (Qt's network error text, a parse error), never a secret

    bool isError() const { return kind != Kind::None; }

    // One translated sentence a person can act on, e.g. "The API key was refused: ...".
    QString userMessage() const;

    // Status, code, correlation ID and detail as translated lines, for a Details pane.
    QString technicalDetails() const;
};

// A stable English name of the kind ("Timeout", "RateLimited"), for log lines, not for people.
QString apiErrorKindName(ApiError::Kind kind);

} // namespace hci

Q_DECLARE_METATYPE(hci::ApiError)
