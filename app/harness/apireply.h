#pragma once

#include "apierror.h"

#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;
class QTimer;

namespace hci {

class HarnessClient;

// One API call in flight, with its retries. Owned by the caller's parent chain: it deletes
// itself (deleteLater) after finished() unless the caller took it with setAutoDelete(false).
class ApiReply : public QObject
{
    Q_OBJECT

public:
    enum class Operation { GetDefaultConfig, GetCustomerConfig, UpdateConfig, ResetConfig, GetDeprecatedConfig };
    Q_ENUM(Operation)

    ~ApiReply() override;

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    QString correlationId() const { return m_correlationId; }

    // The decoded `data`. For the config calls, images() is the typed view.
    QJsonValue data() const { return m_data; }
    QMap<QString, QString> images() const { return m_images; }
    // The fields of a config call whose value is not a string, each as the JSON it is (decoded once,
    // with images()).
    QMap<QString, QString> otherValues() const { return m_otherValues; }

    // How many tries were made (1 when the first one settled it).
    int attempts() const { return m_attempts; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Stops the request and any pending retry; finished() follows with Kind::Cancelled.
    void abort();

Q_SIGNALS:
    // The server is rate limiting (or unavailable); the next try starts in delayMs.
    void retrying(int attempt, int delayMs, const hci::ApiError &reason);
    void finished();

private:
    friend class HarnessClient;
    ApiReply(Operation operation, QObject *parent);

    // Settles the reply once: stores the error, emits finished(), deletes itself when auto-deleting.
    void complete(const ApiError &error);
    // Forgets the current network reply, aborting it without letting its signals reach us.
    void dropNetworkReply();

    Operation m_operation;
    bool m_finished = false;
    bool m_autoDelete = true;
    int m_attempts = 0;
    ApiError m_error;
    QJsonValue m_data;
    QMap<QString, QString> m_images;
    QMap<QString, QString> m_otherValues;
    QString m_correlationId;
    QPointer<QNetworkReply> m_networkReply;
    QTimer *m_retryTimer = nullptr;
};

} // namespace hci
