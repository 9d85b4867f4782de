#pragma once

#include "connection.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace hci {

// A request as the client would put it on the wire, without the key: for a review before sending.
struct RequestPreview
{
    QByteArray method; // GET or POST
    QUrl url; // query included
    QByteArray body; // the JSON body of a POST, empty for a GET
};

// A shell command that sends the request with curl. The key is never in it: the shell fills in
// $HARNESS_API_KEY, so the command can be pasted into a script, a ticket or a chat as it is.
QString toCurlCommand(const RequestPreview &request, AuthKind authKind);

} // namespace hci
