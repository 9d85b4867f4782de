#include "envelope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace hci {

namespace {

bool isSuccessStatus(int httpStatus)
{
    // 0: the caller had no status line (e.g. a decoded file); the envelope alone decides then.
    return httpStatus == 0 || (httpStatus >= 200 && httpStatus < 300);
}

QString stringMember(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

DecodedAnswer failure(ApiError::Kind kind, int httpStatus, const QString &detail)
{
    DecodedAnswer answer;
    answer.error.kind = kind;
    answer.error.httpStatus = httpStatus;
    answer.error.detail = detail;
    return answer;
}

bool looksLikeHtml(const QByteArray &body)
{
    // JSON never starts with '<'; markup does (HTML, XML error documents).
    return body.left(64).trimmed().startsWith('<');
}

// A 403's failedPermissionChecks (at the top, or in metadata): the permissions the key lacks.
QStringList failedPermissions(const QJsonObject &envelope)
{
    QJsonArray checks = envelope.value(QLatin1String("failedPermissionChecks")).toArray();
    if (checks.isEmpty()) {
        checks = envelope.value(QLatin1String("metadata")).toObject().value(QLatin1String("failedPermissionChecks"))
                     .toArray();
    }
    QStringList permissions;
    for (const QJsonValue &check : std::as_const(checks)) {
        const QString permission = stringMember(check.toObject(), QLatin1String("permission"));
        if (!permission.isEmpty() && !permissions.contains(permission))
            permissions.append(permission);
    }
    return permissions;
}

// FAILURE and ERROR envelopes: everything a person or support may need.
DecodedAnswer decodeErrorEnvelope(int httpStatus, const QJsonObject &envelope)
{
    DecodedAnswer answer;
    ApiError &error = answer.error;
    error.kind = ApiError::Kind::Api;
    error.httpStatus = httpStatus;
    error.code = stringMember(envelope, QLatin1String("code"));
    error.serverMessage = stringMember(envelope, QLatin1String("message"));
    error.correlationId = stringMember(envelope, QLatin1String("correlationId"));
    answer.correlationId = error.correlationId;

    const QJsonArray fieldErrors = envelope.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &item : fieldErrors) {
        const QJsonObject object = item.toObject();
        const QString field = stringMember(object, QLatin1String("fieldId"));
        const QString message = stringMember(object, QLatin1String("error"));
        if (!field.isEmpty() || !message.isEmpty())
            error.fieldErrors.append({ field, message });
    }

    QStringList detailLines;
    const QString detailed = stringMember(envelope, QLatin1String("detailedMessage"));
    if (!detailed.isEmpty() && detailed != error.serverMessage)
        detailLines.append(detailed);
    const QJsonArray responseMessages = envelope.value(QLatin1String("responseMessages")).toArray();
    for (const QJsonValue &item : responseMessages) {
        const QJsonObject object = item.toObject();
        const QString code = stringMember(object, QLatin1String("code"));
        const QString message = stringMember(object, QLatin1String("message"));
        if (error.code.isEmpty())
            error.code = code;
        if (error.serverMessage.isEmpty()) {
            error.serverMessage = message;
            continue;
        }
        if (message.isEmpty() || message == error.serverMessage)
            continue;
        detailLines.append(code.isEmpty() ? message : code + QStringLiteral(": ") + message);
    }
    error.detail = detailLines.join(QLatin1Char('\n'));
    error.missingPermissions = failedPermissions(envelope);
    return answer;
}

} // namespace

DecodedAnswer decodeAnswer(int httpStatus, const QByteArray &body)
{
    const bool httpOk = isSuccessStatus(httpStatus);

    if (body.size() > kMaxAnswerBytes) {
        return failure(ApiError::Kind::TooLarge, httpStatus,
            QCoreApplication::translate("hci::Envelope", "%n bytes", nullptr, int(body.size())));
    }
    if (body.trimmed().isEmpty()) {
        if (!httpOk)
            return failure(ApiError::Kind::Http, httpStatus,
                QCoreApplication::translate("hci::Envelope", "The answer had no body."));
        return failure(ApiError::Kind::Empty, httpStatus, QString());
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool html = looksLikeHtml(body);
        const QString detail = html ? QCoreApplication::translate("hci::Envelope", "The answer is an HTML page.")
                                    : QCoreApplication::translate("hci::Envelope", "JSON error at byte %1: %2")
                                          .arg(parseError.offset)
                                          .arg(parseError.errorString());
        // An error status with a page that is not ours: a proxy or load balancer spoke.
        return failure(httpOk ? ApiError::Kind::NotJson : ApiError::Kind::Http, httpStatus, detail);
    }

    const ApiError::Kind shapeKind = httpOk ? ApiError::Kind::BadShape : ApiError::Kind::Http;
    if (!document.isObject()) {
        return failure(
            shapeKind, httpStatus, QCoreApplication::translate("hci::Envelope", "The answer is not a JSON object."));
    }

    const QJsonObject envelope = document.object();
    const QJsonValue status = envelope.value(QLatin1String("status"));
    if (!status.isString()) {
        DecodedAnswer answer = failure(
            shapeKind, httpStatus, QCoreApplication::translate("hci::Envelope", "The answer has no \"status\" text."));
        // Some gateways answer errors with a bare {code, message}: keep what they said.
        answer.error.code = stringMember(envelope, QLatin1String("code"));
        answer.error.serverMessage = stringMember(envelope, QLatin1String("message"));
        answer.error.correlationId = stringMember(envelope, QLatin1String("correlationId"));
        answer.correlationId = answer.error.correlationId;
        return answer;
    }

    const QString statusText = status.toString();
    if (statusText == QLatin1String("FAILURE") || statusText == QLatin1String("ERROR"))
        return decodeErrorEnvelope(httpStatus, envelope);

    if (statusText != QLatin1String("SUCCESS")) {
        return failure(shapeKind, httpStatus,
            QCoreApplication::translate("hci::Envelope", "Unknown status \"%1\".").arg(statusText));
    }

    DecodedAnswer answer;
    answer.correlationId = stringMember(envelope, QLatin1String("correlationId"));
    if (!httpOk) {
        answer.error.kind = ApiError::Kind::BadShape;
        answer.error.httpStatus = httpStatus;
        answer.error.correlationId = answer.correlationId;
        answer.error.detail
            = QCoreApplication::translate("hci::Envelope", "SUCCESS with HTTP status %1.").arg(httpStatus);
        return answer;
    }
    if (!envelope.contains(QLatin1String("data"))) {
        answer.error.kind = ApiError::Kind::BadShape;
        answer.error.httpStatus = httpStatus;
        answer.error.correlationId = answer.correlationId;
        answer.error.detail = QCoreApplication::translate("hci::Envelope", "The answer has no \"data\".");
        return answer;
    }
    answer.data = envelope.value(QLatin1String("data"));
    return answer;
}

bool decodeImageMap(const QJsonValue &data, QMap<QString, QString> *images, QString *whyNot,
                    QMap<QString, QString> *otherValues)
{
    QMap<QString, QString> result;
    QMap<QString, QString> others;
    if (data.isNull()) {
        if (images)
            *images = result;
        if (otherValues)
            *otherValues = others;
        return true;
    }
    if (!data.isObject()) {
        if (whyNot)
            *whyNot = QCoreApplication::translate("hci::Envelope", "\"data\" is not an object of images.");
        return false;
    }
    const QJsonObject object = data.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull())
            continue;
        // The object's keys come in order: each insert goes at the end, without a search.
        if (value.isString()) {
            result.insert(result.cend(), it.key(), value.toString());
            continue;
        }
        // Shown as the JSON it is, read-only: one field of a newer kind must not blank the view.
        const QJsonDocument wrapped(QJsonArray{value});
        QByteArray text = wrapped.toJson(QJsonDocument::Compact);
        text = text.mid(1, text.size() - 2); // the value alone, without the array's brackets
        others.insert(others.cend(), it.key(), QString::fromUtf8(text));
    }
    if (images)
        *images = result;
    if (otherValues)
        *otherValues = others;
    return true;
}

} // namespace hci
