#pragma once

// Internal to the sandbox: what the server answers, as bytes, before it goes on the wire.

#include "sandboxserver.h"
#include "sandboxstore.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace hci {

struct SandboxAnswer
{
    enum class Delivery {
        Complete, // status line, headers, the whole body
        Truncated, // Content-Length of the whole body, half of it sent, then the connection closes
        Drop, // the connection closes before a byte is written
        Hang // nothing is written until the fault is cleared
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Length is added on the wire
    QByteArray body;
    Delivery delivery = Delivery::Complete;
};

struct FieldError
{
    QString fieldId;
    QString error;
};

namespace sandboxanswers {

// A JSON value as compact text, strings escaped; also for bare scalars QJsonDocument refuses.
QByteArray jsonText(const QJsonValue &value);

// Images as a JSON object, keys in the catalog's order like the documented answers.
QByteArray imagesJson(const ImageMap &images);

// {"status":"SUCCESS","data":<dataJson>,"metaData":null,"correlationId":"<uuid>"}
SandboxAnswer success(const QByteArray &dataJson);

// HTTP 400 bean-validation shape: FAILURE with errors[]; the message names every error.
SandboxAnswer failure(const QString &code, const QList<FieldError> &errors);

// The ERROR shape with responseMessages[]; extraMembers is appended inside the object verbatim.
SandboxAnswer error(
    int httpStatus, const QString &code, const QString &message, const QByteArray &extraMembers = QByteArray());

// 403 for a key that may read but not change the account's settings.
SandboxAnswer accessDenied(const QString &account);

// What a fault puts on the wire instead of the real answer. requestUrl is the URL asked for.
SandboxAnswer fault(SandboxServer::Fault fault, int retryAfterSeconds, const QUrl &requestUrl, quint16 port);

} // namespace sandboxanswers
} // namespace hci
