#include "sandboxanswers.h"

#include "core/fieldcatalog.h"
#include "core/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace hci::sandboxanswers {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

std::pair<QByteArray, QByteArray> contentType(const QByteArray &mimeType)
{
    return { QByteArrayLiteral("Content-Type"), mimeType };
}

QByteArray correlationId()
{
    return jsonText(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

SandboxAnswer jsonAnswer(int httpStatus, const QByteArray &body)
{
    SandboxAnswer answer;
    answer.status = httpStatus;
    answer.headers.append(contentType(kJson));
    answer.body = body;
    return answer;
}

SandboxAnswer htmlAnswer(int httpStatus, const QByteArray &title)
{
    SandboxAnswer answer;
    answer.status = httpStatus;
    answer.headers.append(contentType(QByteArrayLiteral("text/html")));
    // What an nginx in front of the service sends when the service behind it is not there.
    answer.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return answer;
}

void addRetryAfter(SandboxAnswer &answer, int retryAfterSeconds)
{
    if (retryAfterSeconds >= 0)
        answer.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds) });
}

} // namespace

QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray imagesJson(const ImageMap &images, const QJsonObject &extra)
{
    // Written directly (core/jsontext): a document of thousands of fields without a QJsonDocument per value.
    QString out = QStringLiteral("{");
    out.reserve(64 * (images.size() + extra.size()) + 2);
    bool first = true;
    const auto append = [&out, &first](const QString &key, const QString &value) {
        if (!first)
            out += u',';
        first = false;
        appendJsonString(out, key);
        out += u':';
        appendJsonString(out, value);
    };
    // The catalog's order (FieldCatalog::sorted): its own fields first, then the others by name,
    // which is the map's order.
    QStringList known;
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        if (FieldCatalog::isKnown(it.key()))
            known.append(it.key());
    }
    for (const QString &key : FieldCatalog::sorted(known))
        append(key, images.value(key));
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        if (!FieldCatalog::isKnown(it.key()))
            append(it.key(), it.value());
    }
    QByteArray text = out.toUtf8();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (images.contains(it.key()))
            continue;
        if (!first)
            text += ',';
        first = false;
        text += jsonText(it.key()) + ':' + jsonText(it.value());
    }
    text += '}';
    return text;
}

SandboxAnswer success(const QByteArray &dataJson)
{
    return jsonAnswer(200,
        "{\"status\":\"SUCCESS\",\"data\":" + dataJson + ",\"metaData\":null,\"correlationId\":" + correlationId()
            + '}');
}

SandboxAnswer failure(const QString &code, const QList<FieldError> &errors)
{
    QStringList parts;
    QByteArray list;
    for (const FieldError &error : errors) {
        parts.append(error.fieldId % QLatin1String(": ") % error.error);
        if (!list.isEmpty())
            list += ',';
        list += "{\"fieldId\":" + jsonText(error.fieldId) + ",\"error\":" + jsonText(error.error) + '}';
    }
    return jsonAnswer(400,
        "{\"status\":\"FAILURE\",\"code\":" + jsonText(code)
            + ",\"message\":" + jsonText(parts.join(QLatin1String(", "))) + ",\"correlationId\":" + correlationId()
            + ",\"errors\":[" + list + "]}");
}

SandboxAnswer error(int httpStatus, const QString &code, const QString &message, const QByteArray &extraMembers)
{
    const QByteArray codeJson = jsonText(code);
    const QByteArray messageJson = jsonText(message);
    return jsonAnswer(httpStatus,
        "{\"status\":\"ERROR\",\"code\":" + codeJson + ",\"message\":" + messageJson + ",\"correlationId\":"
            + correlationId() + ",\"detailedMessage\":null,\"responseMessages\":[{\"code\":" + codeJson
            + ",\"level\":\"ERROR\",\"message\":" + messageJson
            + ",\"exception\":null,\"failureTypes\":[]}],\"metadata\":null" + extraMembers + '}');
}

SandboxAnswer failureMessage(const QString &code, const QString &message)
{
    return jsonAnswer(400,
        "{\"status\":\"FAILURE\",\"code\":" + jsonText(code) + ",\"message\":" + jsonText(message)
            + ",\"correlationId\":" + correlationId() + ",\"errors\":[]}");
}

SandboxAnswer unknownError()
{
    return error(500, QStringLiteral("UNKNOWN_ERROR"),
        QStringLiteral("Oops, something went wrong on our end. Please contact Harness Support."));
}

SandboxAnswer accessDenied(const QString &account, const QString &permission)
{
    // The shape of the access-control client's PermissionCheckDTO; an account-level check names
    // no resource identifier, so the message ends at the resource type.
    const QByteArray checks
        = ",\"failedPermissionChecks\":[{\"resourceScope\":{\"accountIdentifier\":" + jsonText(account)
        + ",\"orgIdentifier\":null,\"projectIdentifier\":null},\"resourceType\":\"ACCOUNT\","
          "\"resourceIdentifier\":null,\"permission\":"
        + jsonText(permission) + "}]";
    return error(403, QStringLiteral("NG_ACCESS_DENIED"), QStringLiteral("Missing permission %1 on account").arg(permission),
        checks);
}

SandboxAnswer fault(SandboxServer::Fault fault, int retryAfterSeconds, const QUrl &requestUrl, quint16 port)
{
    using Fault = SandboxServer::Fault;
    switch (fault) {
    case Fault::None:
        break;
    case Fault::RateLimit: {
        SandboxAnswer answer = error(429, QStringLiteral("TOO_MANY_REQUESTS"),
            QStringLiteral("Too many requests received, please try again later"));
        addRetryAfter(answer, retryAfterSeconds);
        return answer;
    }
    case Fault::Unavailable: {
        SandboxAnswer answer = htmlAnswer(503, QByteArrayLiteral("503 Service Temporarily Unavailable"));
        addRetryAfter(answer, retryAfterSeconds);
        return answer;
    }
    case Fault::ServerError:
        return unknownError();
    case Fault::NotJson: {
        SandboxAnswer answer;
        answer.headers.append(contentType(QByteArrayLiteral("text/plain")));
        answer.body = QByteArrayLiteral("OK: the execution-config service is up.\n");
        return answer;
    }
    case Fault::HtmlPage:
        return htmlAnswer(502, QByteArrayLiteral("502 Bad Gateway"));
    case Fault::Truncated: {
        SandboxAnswer answer = success(
            imagesJson({ { QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.6.9-rootless") } }));
        answer.delivery = SandboxAnswer::Delivery::Truncated;
        return answer;
    }
    case Fault::Drop: {
        SandboxAnswer answer;
        answer.delivery = SandboxAnswer::Delivery::Drop;
        return answer;
    }
    case Fault::Hang: {
        SandboxAnswer answer;
        answer.delivery = SandboxAnswer::Delivery::Hang;
        return answer;
    }
    case Fault::Trickle: {
        // The start of a real answer, so a client sees JSON arriving; the rest never comes.
        SandboxAnswer answer = success(imagesJson({}));
        answer.delivery = SandboxAnswer::Delivery::Trickle;
        return answer;
    }
    case Fault::Empty:
        return jsonAnswer(200, QByteArray());
    case Fault::WrongShape:
        return success(QByteArrayLiteral("[1,2,3]"));
    case Fault::Huge: {
        // Valid JSON, so only a size limit stops a client from swallowing it whole.
        const QByteArray padding(8 * 1024 * 1024, 'x');
        return success("{\"padding\":\"" + padding + "\"}");
    }
    case Fault::Redirect: {
        QUrl target = requestUrl;
        target.setScheme(QStringLiteral("http"));
        target.setHost(QStringLiteral("127.0.0.2"));
        target.setPort(port);
        SandboxAnswer answer;
        answer.status = 302;
        answer.headers.append({ QByteArrayLiteral("Location"), target.toEncoded() });
        return answer;
    }
    }
    return error(500, QStringLiteral("UNKNOWN_ERROR"), QStringLiteral("Unknown fault"));
}

} // namespace hci::sandboxanswers
