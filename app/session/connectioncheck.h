#pragma once

#include "credentials/profile.h"
#include "harness/apierror.h"

#include <QObject>
#include <QPointer>

namespace hci {

class ApiReply;
class HarnessClient;

// "Test connection" for any front end: one read of the CI defaults with a profile and a key, on a
// client of its own (so the open account's client is never touched), with short retries so that
// the answer comes within seconds. One check at a time; a new one or stop() drops the last.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // Starts a check; false, with a translated reason, when the profile and key give no usable
    // connection (nothing is sent then, and finished() does not follow).
    bool start(const Profile &profile, const QString &apiKey, QString *whyNot = nullptr);
    void stop();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    // ok: the server answered with this many default images; else `error` says why.
    void finished(bool ok, int defaultImages, const hci::ApiError &error);

private:
    HarnessClient *m_client;
    QPointer<ApiReply> m_reply;
};

} // namespace hci
