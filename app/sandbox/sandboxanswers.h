#pragma once

// Internal to the sandbox: what the server answers, as bytes, before it goes on the wire.

#include "sandboxserver.h"
#include "sandboxstore.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QJsonObject>
#include <QUrl>
#include <functional>
#include <utility>

namespace hci {

struct SandboxAnswer
{
    enum class Delivery {
        Complete, // status line, headers, the whole body
        Truncated, // Content-Length of the whole body, half of it sent, then the connection closes
        Drop, // the connection closes before a byte is written
        Hang, // nothing is written until the fault is cleared
        Trickle // status line and headers, then one byte of the body now and then, never the end
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Length is added on the wire
    QByteArray body;
    Delivery delivery = Delivery::Complete;
    // A write's save, run by the server after its write latency (between load and save), before
    // the answer goes out. Empty for reads and refusals.
    std::function<void()> commit;
};

struct FieldError
{
    QString fieldId;
    QString error;
};

namespace sandboxanswers {

// A JSON value as compact text, strings escaped; also for bare scalars QJsonDocument refuses.
QByteArray jsonText(const QJsonValue &value);

// Images as a JSON object, keys in the catalog's order like the documented answers; then the
// members of `extra` (a newer server's fields, of any JSON type), in their own order.
QByteArray imagesJson(const ImageMap &images, const QJsonObject &extra = QJsonObject());

// {"status":"SUCCESS","data":<dataJson>,"metaData":null,"correlationId":"<uuid>"}
SandboxAnswer success(const QByteArray &dataJson);

// HTTP 400 bean-validation shape: FAILURE with errors[]; the message names every error.
SandboxAnswer failure(const QString &code, const QList<FieldError> &errors);

// The ERROR shape with responseMessages[]; extraMembers is appended inside the object verbatim.
SandboxAnswer error(
    int httpStatus, const QString &code, const QString &message, const QByteArray &extraMembers = QByteArray());

// HTTP 400 in the FAILURE shape without field errors, e.g. RESOURCE_NOT_FOUND_EXCEPTION.
SandboxAnswer failureMessage(const QString &code, const QString &message);

// HTTP 500 UNKNOWN_ERROR with the server's generic text: what any exception no mapper handles
// becomes, the refusal of a field included (its name is lost on the way).
SandboxAnswer unknownError();

// 403 NG_ACCESS_DENIED for a key without `permission` (core_account_view or core_account_edit) on
// the account, with the failed check listed as the server lists it.
SandboxAnswer accessDenied(const QString &account, const QString &permission);

// What a fault puts on the wire instead of the real answer. requestUrl is the URL asked for.
SandboxAnswer fault(SandboxServer::Fault fault, int retryAfterSeconds, const QUrl &requestUrl, quint16 port);

} // namespace sandboxanswers
} // namespace hci
