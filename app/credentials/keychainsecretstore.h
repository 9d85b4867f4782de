#pragma once

#include "secretstore.h"

#include <chrono>

namespace hci {

// The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager): service = the app's name, key = the profile id. Never a plain-text fallback.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    // How long to wait before the one retry of a keychain that is not up yet.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

protected:
    void runBackend(SecretOperation operation, const QString &profileId, const QString &secret,
                    std::function<void(const SecretResult &)> settled) override;

private:
    struct Job;
    void startJob(const std::shared_ptr<Job> &job);

    QString m_service;
    std::chrono::milliseconds m_retryDelay{1500};
};

} // namespace hci
