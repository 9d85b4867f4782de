#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace hci {

enum class SecretOperation { Read, Write, Remove };

// How a keychain call ended, in words a person can act on. Never carries the key except `secret`
// of a successful read.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,     // no key stored for this profile
        Unavailable,  // no keychain on this system or session: gnome-keyring or KWallet not running
        Locked,       // the keychain is locked, or access was refused for another reason
        Denied,       // the user refused access when asked
        Failed        // anything else the keychain reported
    };

    SecretOperation operation = SecretOperation::Read;
    Status status = Status::Ok;
    QString secret;   // a successful read's key
    QString message;  // translated: what happened and what to do
    QString detail;   // the keychain's own words, for a Details line; never a key
    int attempts = 1;

    bool ok() const { return status == Status::Ok; }
    // Keeping the key in memory for this run is the way out when the keychain does not work.
    bool offersMemory() const { return status == Status::Unavailable || status == Status::Failed; }
};

// API keys in the OS keychain through QtKeychain: service = the app's name, key = the profile id.
// Every call is asynchronous; nothing waits. No insecure fallback: when the keychain does not
// work, the user may switch to MemoryOnly, which keeps keys in this process for this run only.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Keychain, MemoryOnly };
    Q_ENUM(Mode)

    using Callback = std::function<void(const hci::SecretResult &)>;

    explicit SecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultService();
    QString service() const { return m_service; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // True when this profile's key is held in memory for this run.
    bool isInMemory(const QString &profileId) const { return m_memory.contains(profileId); }

    // How long to wait before the one retry of a keychain that is not up yet.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // Each returns at once. `done` runs once, later, on this thread, unless `context` is gone by then.
    void read(const QString &profileId, QObject *context, Callback done);
    void write(const QString &profileId, const QString &secret, QObject *context, Callback done);
    void remove(const QString &profileId, QObject *context, Callback done);

    int jobsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void modeChanged(hci::SecretStore::Mode mode);

private:
    struct Request;
    void startJob(const std::shared_ptr<Request> &request);
    void settleInMemory(const std::shared_ptr<Request> &request);
    void finish(const std::shared_ptr<Request> &request, const SecretResult &result);

    QString m_service;
    Mode m_mode = Mode::Keychain;
    QHash<QString, QString> m_memory;
    std::chrono::milliseconds m_retryDelay{1500};
    int m_inFlight = 0;
};

} // namespace hci

Q_DECLARE_METATYPE(hci::SecretResult)
