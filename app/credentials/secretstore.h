#pragma once

#include <QHash>
#include <QObject>
#include <QString>

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

// The message for a status, in the words a keychain's own failure gets.
QString secretMessage(SecretOperation operation, SecretResult::Status status);

// Where API keys and mirror passwords live, by profile id: an interface, so that the window, the
// command-line tool and the tests share one way in. Every call is asynchronous; nothing waits.
// No insecure fallback: when the backend does not work, the user may switch to MemoryOnly, which
// keeps keys in this process for this run only. KeychainSecretStore is the OS keychain (QtKeychain);
// MemorySecretStore stands in for it in unit tests.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Keychain, MemoryOnly };
    Q_ENUM(Mode)

    using Callback = std::function<void(const hci::SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain service name of the app's keys.
    static QString defaultService();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // True when this profile's key is held in memory for this run.
    bool isInMemory(const QString &profileId) const { return m_memory.contains(profileId); }

    // Each returns at once. `done` runs once, later, on this thread, unless `context` is gone by then.
    void read(const QString &profileId, QObject *context, Callback done);
    void write(const QString &profileId, const QString &secret, QObject *context, Callback done);
    void remove(const QString &profileId, QObject *context, Callback done);

    int jobsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void modeChanged(hci::SecretStore::Mode mode);

protected:
    // The backend's part of one call: `settled` runs once, later, on this thread, with the outcome
    // (for a successful read, with the secret). It may run after this store is gone only if the
    // backend guards it itself.
    virtual void runBackend(SecretOperation operation, const QString &profileId, const QString &secret,
                            std::function<void(const SecretResult &)> settled) = 0;

private:
    struct Request;
    void start(const std::shared_ptr<Request> &request);
    void settleInMemory(const std::shared_ptr<Request> &request);
    void finish(const std::shared_ptr<Request> &request, const SecretResult &result);

    Mode m_mode = Mode::Keychain;
    QHash<QString, QString> m_memory;
    int m_inFlight = 0;
};

} // namespace hci

Q_DECLARE_METATYPE(hci::SecretResult)
