#pragma once

// What tst_sandboxserver and tst_sandboxrealserver talk to the sandbox with: QNetworkAccessManager, a raw socket, curl.
// Waits go through QTest::qWaitFor, which keeps the event loop running.

#include "sandbox/sandboxserver.h"

#include <QtNetwork>
#include <QtTest>

namespace hci::testing {

using Query = QList<std::pair<QString, QString>>;

enum class Key { Full, ReadOnly, NoAccess, Bearer, Wrong, None };

inline const QString kWrongKey = QStringLiteral("pat.wrongAccount.0123456789abcdef01234567.WrongSecretWrong1234");

inline const QStringList kSuccessKeys
    = { QStringLiteral("correlationId"), QStringLiteral("data"), QStringLiteral("metaData"), QStringLiteral("status") };
inline const QStringList kErrorKeys = { QStringLiteral("code"), QStringLiteral("correlationId"),
    QStringLiteral("detailedMessage"), QStringLiteral("message"), QStringLiteral("metadata"),
    QStringLiteral("responseMessages"), QStringLiteral("status") };
inline const QStringList kFailureKeys = { QStringLiteral("code"), QStringLiteral("correlationId"),
    QStringLiteral("errors"), QStringLiteral("message"), QStringLiteral("status") };

inline bool isUuid(const QJsonValue &value)
{
    return value.isString() && value.toString().size() == 36 && !QUuid::fromString(value.toString()).isNull();
}

// A JSON answer's body, read the way the tests ask about it.
struct JsonBody
{
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonValue value(const char *name) const { return json().value(QLatin1String(name)); }
    QString text(const char *name) const { return value(name).toString(); }
    QJsonObject data() const { return value("data").toObject(); }
    QStringList keys() const
    {
        QStringList names = json().keys();
        names.sort();
        return names;
    }
};

struct HttpAnswer : JsonBody
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 elapsedMs = 0;
};

struct ProcessRun : JsonBody
{
    bool finished = false;
    int exitCode = -1;
    int status = 0; // curl's %{http_code}
    QByteArray errors;
};

// Empty when the body is the ERROR envelope of API.md with this code; otherwise what differs.
inline QString errorShapeProblem(const JsonBody &answer, const QString &code)
{
    if (answer.keys() != kErrorKeys)
        return QStringLiteral("members: ") + answer.keys().join(QLatin1Char(','));
    const QJsonObject first = answer.value("responseMessages").toArray().first().toObject();
    const bool same = answer.text("status") == QLatin1String("ERROR") && answer.text("code") == code
        && isUuid(answer.value("correlationId")) && answer.value("detailedMessage").isNull()
        && answer.value("metadata").isNull() && answer.value("responseMessages").toArray().size() == 1
        && first.value(QLatin1String("code")).toString() == code
        && first.value(QLatin1String("level")).toString() == QLatin1String("ERROR")
        && first.value(QLatin1String("message")) == answer.value("message")
        && first.value(QLatin1String("exception")).isNull()
        && first.value(QLatin1String("failureTypes")).toArray().isEmpty();
    return same ? QString() : QString::fromUtf8(answer.body);
}

// Empty when the body is the FAILURE (validation) envelope with one error on this field.
inline QString failureShapeProblem(const JsonBody &answer, const QString &fieldId)
{
    if (answer.keys() != kFailureKeys)
        return QStringLiteral("members: ") + answer.keys().join(QLatin1Char(','));
    const QJsonObject first = answer.value("errors").toArray().first().toObject();
    const bool same = answer.text("status") == QLatin1String("FAILURE")
        && answer.text("code") == QLatin1String("INVALID_REQUEST") && isUuid(answer.value("correlationId"))
        && first.keys() == QStringList({ QStringLiteral("error"), QStringLiteral("fieldId") })
        && first.value(QLatin1String("fieldId")).toString() == fieldId;
    return same ? QString() : QString::fromUtf8(answer.body);
}

// One HTTP/1.1 connection by hand, to see bytes and closes that QNetworkAccessManager hides.
struct RawConnection
{
    RawConnection(quint16 port, const QByteArray &request)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::connected, &socket, [this, request] { socket.write(request); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpSocket socket;
    QSignalSpy closed { &socket, &QTcpSocket::disconnected };
    QByteArray received;
};

inline // The update body of the documentation; it lacks the quote after "1.0.9-rootless".
    QString
    documentedUpdateBody(bool typoFixed)
{
    return QStringLiteral("[\n    {\n        \"field\": \"gitCloneTag\",\n        \"value\": "
                          "\"harness/drone-git:1.0.9-rootless%1\n    },\n    {\n        \"field\": "
                          "\"gcsUploadTag\",\n        \"value\": \"plugins/gcs:1.3.0\"\n    }\n]")
        .arg(typoFixed ? QStringLiteral("\"") : QString());
}

class SandboxHttp
{
public:
    void attach(SandboxServer *server) { m_sandbox = server; }

    QUrl url(const QString &endpoint, const Query &query, Module module = Module::Ci) const
    {
        QUrl target = m_sandbox->gatewayUrl();
        target.setPath(target.path() + apiPrefix(module) + QLatin1Char('/') + endpoint);
        QUrlQuery items;
        for (const auto &item : query)
            items.addQueryItem(item.first, item.second);
        target.setQuery(items);
        return target;
    }

    // accountIdentifier, and infra unless it is a null string.
    Query accountQuery(const QString &infra = QStringLiteral("K8")) const
    {
        Query query = { { QStringLiteral("accountIdentifier"), m_sandbox->accountId() } };
        if (!infra.isNull())
            query.append({ QStringLiteral("infra"), infra });
        return query;
    }

    QNetworkReply *start(const QByteArray &method, const QUrl &target, Key key, const QByteArray &body = QByteArray(),
        const QByteArray &contentType = QByteArrayLiteral("application/json"), int transferTimeoutMs = 0)
    {
        QNetworkRequest request(target);
        // Redirects are looked at, not followed.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        const QByteArray full = m_sandbox->apiKey().toUtf8();
        switch (key) {
        case Key::Full:
            request.setRawHeader("X-API-KEY", full);
            break;
        case Key::ReadOnly:
            request.setRawHeader("X-API-KEY", m_sandbox->readOnlyApiKey().toUtf8());
            break;
        case Key::NoAccess:
            request.setRawHeader("X-API-KEY", m_sandbox->noAccessApiKey().toUtf8());
            break;
        case Key::Bearer:
            request.setRawHeader("Authorization", "Bearer " + full);
            break;
        case Key::Wrong:
            request.setRawHeader("X-API-KEY", kWrongKey.toUtf8());
            break;
        case Key::None:
            break;
        }
        if (method == "POST" && !contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return m_network.sendCustomRequest(request, method, body);
    }

    static HttpAnswer finish(QNetworkReply *reply, int waitMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        HttpAnswer answer;
        answer.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, waitMs);
        answer.elapsedMs = clock.elapsed();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        if (reply->isOpen())
            answer.body = reply->readAll();
        for (const auto &header : reply->rawHeaderPairs())
            answer.headers.insert(header.first.toLower(), header.second);
        if (!answer.finished)
            reply->abort();
        reply->deleteLater();
        return answer;
    }

    HttpAnswer call(const QByteArray &method, const QString &endpoint, const Query &query, Key key = Key::Full,
        const QByteArray &body = QByteArray())
    {
        return finish(start(method, url(endpoint, query), key, body));
    }

    HttpAnswer post(const QString &endpoint, const QByteArray &body, const QString &infra = QStringLiteral("K8"))
    {
        return call("POST", endpoint, accountQuery(infra), Key::Full, body);
    }

    // The sandbox account's CI overrides, as the server keeps them.
    ImageMap storedOverrides(Infra infra = Infra::K8) const
    {
        return m_sandbox->store().overrides(m_sandbox->accountId(), Module::Ci, infra);
    }

    // A bare HTTP/1.1 GET of the K8 defaults, for checks below what QNetworkAccessManager shows.
    QByteArray rawGet() const
    {
        const QUrl target = url(QStringLiteral("get-default-config"), accountQuery());
        return "GET " + target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(m_sandbox->port()) + "\r\nX-API-KEY: " + m_sandbox->apiKey().toUtf8() + "\r\n\r\n";
    }

    // A GET as the documentation writes it, with this server, account and key in.
    QStringList documentedGet(const QString &endpointAndQuery, const QString &authHeader) const
    {
        return { QStringLiteral("--location"), QStringLiteral("--request"), QStringLiteral("GET"),
            documentedUrl(endpointAndQuery), QStringLiteral("--header"), authHeader };
    }

    QStringList documentedPost(const QString &endpointAndQuery, const QString &body) const
    {
        return { QStringLiteral("--location"), QStringLiteral("--request"), QStringLiteral("POST"),
            documentedUrl(endpointAndQuery), QStringLiteral("--header"), keyHeader(), QStringLiteral("--header"),
            QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-raw"), body };
    }

    QString keyHeader() const { return QStringLiteral("X-API-KEY: ") + m_sandbox->apiKey(); }

    // Adds only output options to the documented arguments: the status comes on a last line.
    static ProcessRun runCurl(const QStringList &documentedArguments)
    {
        const QStringList output = { QStringLiteral("--silent"), QStringLiteral("--show-error"),
            QStringLiteral("--write-out"), QStringLiteral("\n%{http_code}") };
        return runProcess(QStringLiteral("curl"), output + documentedArguments, true);
    }

    static ProcessRun runShell(const QString &script)
    {
        return runProcess(QStringLiteral("sh"), { QStringLiteral("-c"), script }, false);
    }

    static ProcessRun runProcess(const QString &program, const QStringList &arguments, bool lastLineIsStatus = false)
    {
        ProcessRun run;
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        run.finished = QTest::qWaitFor([&finished] { return finished.count() > 0; }, 20000);
        if (!run.finished) {
            process.kill();
            if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 5000))
                qWarning("%s did not stop", qPrintable(program));
            return run;
        }
        run.exitCode = process.exitCode();
        run.body = process.readAllStandardOutput();
        run.errors = process.readAllStandardError();
        if (lastLineIsStatus) {
            const qsizetype newline = run.body.lastIndexOf('\n');
            run.status = run.body.mid(newline + 1).toInt();
            run.body.truncate(qMax<qsizetype>(newline, 0));
        }
        return run;
    }

private:
    // %1 in endpointAndQuery is the account ID, like $ACCOUNT_ID in the documentation.
    QString documentedUrl(const QString &endpointAndQuery) const
    {
        return m_sandbox->gatewayUrl().toString() + QStringLiteral("/ci/execution-config/")
            + endpointAndQuery.arg(m_sandbox->accountId());
    }

    SandboxServer *m_sandbox = nullptr;
    QNetworkAccessManager m_network;
};

} // namespace hci::testing
