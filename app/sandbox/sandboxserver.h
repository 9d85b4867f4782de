#pragma once

#include "sandboxstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace hci {

class SandboxRegistry;

// A Harness-compatible execution-config server on 127.0.0.1: the app's "Try the sandbox" and the
// peer of every end-to-end test. It behaves like Harness's real server, its surprises included:
// - one stored document per account and module holds the K8 and VM overrides; update-config and
//   reset-config load it, change it and save it whole without a version check (last save wins;
//   setWriteLatency() widens the window between load and save);
// - a field the infra does not take (unknown, or slsaVerificationTag on VM) is HTTP 500
//   UNKNOWN_ERROR with the generic text, no field named, nothing saved;
// - a blank override is stored and listed by overridesOnly=true, but counts as not overridden;
// - get-deprecated-config looks at the K8 addonTag and liteEngineTag overrides only;
// - GETs need core_account_view, POSTs core_account_edit (403 NG_ACCESS_DENIED, failedPermissionChecks);
// - an unknown path inside a service is HTTP 400 RESOURCE_NOT_FOUND_EXCEPTION in the FAILURE shape.
// Where API.md leaves a choice: a key used with another accountIdentifier is 401 INVALID_TOKEN;
// a wrong method is 405 with Allow; a POST that is not application/json is 415; a malformed body
// is 400 INVALID_REQUEST in the FAILURE shape.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString accountId;        // empty: a random 22-character ID
        QString apiKey;           // empty: pat.<account>.<random>.<random>; full rights
        QString readOnlyApiKey;   // empty: another random pat key; reads only, 403 on update/reset
        QString noAccessApiKey;   // empty: another random pat key; of the account, 403 on everything
        quint16 port = 0;         // 0: any free port
    };

    // What tests can switch on. Each fault applies to the next `count` requests (-1: until cleared).
    enum class Fault {
        None,
        RateLimit,      // 429 in the ERROR envelope; Retry-After when retryAfterSeconds >= 0
        Unavailable,    // 503 HTML page, Retry-After when retryAfterSeconds >= 0
        ServerError,    // 500 UNKNOWN_ERROR in the ERROR envelope
        NotJson,        // 200 with a plain-text body
        HtmlPage,       // 502 with an HTML error page, like a proxy in front
        Truncated,      // 200, Content-Length larger than the JSON body, connection closed mid-body
        Drop,           // connection closed without an answer (Qt resends such a request: use -1 or 3+)
        Hang,           // no answer at all until the client gives up
        Empty,          // 200 with an empty body
        WrongShape,     // 200 SUCCESS envelope whose data is an array of numbers
        Huge,           // 200 with a body larger than any sane answer (8 MiB)
        Redirect,       // 302 to another host (http://127.0.0.2:<port>/...), to check keys stay put
        Trickle         // 200 and headers, then one body byte every 250 ms, never the end: a client's
                        // transfer timeout keeps being reset; only an overall deadline ends it
    };
    Q_ENUM(Fault)

    struct RecordedRequest
    {
        QByteArray method;
        QString path;                    // e.g. /gateway/ci/execution-config/get-default-config
        QList<std::pair<QString, QString>> query;
        bool hadApiKeyHeader = false;
        bool hadBearerHeader = false;
        QByteArray body;
    };

    explicit SandboxServer(QObject *parent = nullptr);
    explicit SandboxServer(const Options &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1. Returns false with a reason when it cannot.
    bool start(QString *whyNot = nullptr);
    bool isListening() const;
    quint16 port() const;
    QUrl gatewayUrl() const;  // http://127.0.0.1:<port>/gateway
    QString accountId() const;
    QString apiKey() const;
    QString readOnlyApiKey() const;
    QString noAccessApiKey() const; // a key of the account with no permission at all

    // The Docker registry emulation on the same port (/v2/, /token): tags for every default image.
    SandboxRegistry &registry();
    QString registryHost() const; // 127.0.0.1:<port>, e.g. for a registry mirror setting

    SandboxStore &store();
    const SandboxStore &store() const;

    // Delays every answer (after the request was handled), without blocking the thread.
    void setLatency(int milliseconds);
    // update-config and reset-config wait this long between loading the account's document and
    // saving it (0: none), so that two writes in flight lose one, as on the real server.
    void setWriteLatency(int milliseconds);
    // Answer like a newer server: these members, of any JSON type, are added to `data` of
    // get-default-config and of get-customer-config with overridesOnly=false, for every module
    // and infra. Keys the defaults already have are left as they are. Empty: none.
    void setExtraDefaultFields(const QJsonObject &fields);
    QJsonObject extraDefaultFields() const;
    // A few typed fields such as a newer server might add ("--newer-server" of the standalone tool):
    // a boolean, a number and an object.
    static QJsonObject newerServerFields();
    // Faults queue up: each one takes the `count` requests after those of the faults before it.
    void injectFault(Fault fault, int count = 1, int retryAfterSeconds = -1);
    // Also closes the connections that a Hang holds, without an answer.
    void clearFaults();

    QList<RecordedRequest> requests() const;
    int requestCount() const;
    void clearRequests();

    // The curl commands of the documentation, with this server's URL, account and key. For people.
    QString usage() const;

Q_SIGNALS:
    void requestHandled(const QString &path, int httpStatus);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hci
