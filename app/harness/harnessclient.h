#pragma once

#include "apireply.h"
#include "connection.h"
#include "requestpreview.h"
#include "core/module.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hci {

// One field of an update-config body. A null value acts as a reset on the server.
struct FieldUpdate
{
    QString field;
    std::optional<QString> value;
};

// How the client retries 429 and 503. Tests shrink the delays.
struct RetryPolicy
{
    int maxAttempts = 5;                                   // tries in all, the first included
    std::chrono::milliseconds initialDelay{500};           // doubled each try, with jitter
    std::chrono::milliseconds maxDelay{30000};             // cap for one wait, Retry-After included
};

// The Harness execution-config API over one QNetworkAccessManager. Fully asynchronous.
class HarnessClient : public QObject
{
    Q_OBJECT

public:
    explicit HarnessClient(QObject *parent = nullptr);
    ~HarnessClient() override;

    // Checks the connection (https, or http to loopback only; an account ID; a key).
    // Returns false with a translated reason; requests made while invalid fail with InvalidRequest.
    bool setConnection(const Connection &connection, QString *whyNot = nullptr);
    const Connection &connection() const { return m_connection; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    // Each returns at once; the reply emits finished() exactly once.
    ApiReply *getDefaultConfig(Module module, Infra infra);
    ApiReply *getCustomerConfig(Module module, Infra infra, bool overridesOnly = true);
    ApiReply *updateConfig(Module module, Infra infra, const QList<FieldUpdate> &updates);
    ApiReply *resetConfig(Module module, Infra infra, const QStringList &fields);
    ApiReply *getDeprecatedConfig(Module module);

    // What updateConfig() and resetConfig() would send now, built by the same code, for a review.
    RequestPreview previewUpdateConfig(Module module, Infra infra, const QList<FieldUpdate> &updates) const;
    RequestPreview previewResetConfig(Module module, Infra infra, const QStringList &fields) const;

    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void requestsInFlightChanged(int count);
    // Any reply of this client is waiting to retry; for a status bar.
    void waitingToRetry(int delayMs, const hci::ApiError &reason);

private:
    struct Call;
    RequestPreview prepare(ApiReply::Operation operation, Module module, std::optional<Infra> infra,
                           const QList<std::pair<QString, QString>> &extraQuery, const QByteArray &body) const;
    ApiReply *start(ApiReply::Operation operation, const RequestPreview &request);
    void send(ApiReply *reply, const std::shared_ptr<Call> &call);
    void settle(ApiReply *reply, const std::shared_ptr<Call> &call, QNetworkReply *networkReply);
    void refuseTooLarge(ApiReply *reply, const std::shared_ptr<Call> &call, QNetworkReply *networkReply);
    bool scheduleRetry(ApiReply *reply, const std::shared_ptr<Call> &call, const ApiError &reason,
                       const QByteArray &retryAfter);
    void finish(ApiReply *reply, const std::shared_ptr<Call> &call, ApiError error);
    void track(ApiReply *reply);
    void untrack(ApiReply *reply);

    QNetworkAccessManager *m_network;
    Connection m_connection;
    bool m_connectionValid = false;
    QString m_connectionProblem;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_transferTimeout{30000};
    int m_inFlight = 0;
    QSet<ApiReply *> m_active;  // started and not finished, waiting to retry included
};

} // namespace hci
