#pragma once

#include "secretstore.h"

#include <QHash>

#include <optional>

namespace hci {

// A stand-in for the OS keychain in unit tests: keys in a map, answers one turn of the event loop
// later like a real keychain, and a way to make it fail like one.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    // Every later call ends with this status (Unavailable: as if no keychain ran), until cleared.
    void setFailure(std::optional<SecretResult::Status> status) { m_failure = status; }
    // The same for one id only, e.g. a mirror password that cannot be read while the key can.
    void setFailureFor(const QString &profileId, std::optional<SecretResult::Status> status);

    // What the "keychain" holds, for tests to check.
    QHash<QString, QString> contents() const { return m_secrets; }
    int backendCalls() const { return m_calls; }

protected:
    void runBackend(SecretOperation operation, const QString &profileId, const QString &secret,
                    std::function<void(const SecretResult &)> settled) override;

private:
    QHash<QString, QString> m_secrets;
    std::optional<SecretResult::Status> m_failure;
    QHash<QString, SecretResult::Status> m_failuresFor;
    int m_calls = 0;
};

} // namespace hci
