#include "memorysecretstore.h"

#include <QTimer>

namespace hci {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::setFailureFor(const QString &profileId, std::optional<SecretResult::Status> status)
{
    if (status)
        m_failuresFor.insert(profileId, *status);
    else
        m_failuresFor.remove(profileId);
}

void MemorySecretStore::runBackend(SecretOperation operation, const QString &profileId, const QString &secret,
                                   std::function<void(const SecretResult &)> settled)
{
    ++m_calls;
    SecretResult result;
    result.operation = operation;
    if (m_failure || m_failuresFor.contains(profileId)) {
        result.status = m_failure ? *m_failure : m_failuresFor.value(profileId);
    } else {
        switch (operation) {
        case SecretOperation::Read:
            if (m_secrets.contains(profileId))
                result.secret = m_secrets.value(profileId);
            else
                result.status = SecretResult::Status::NotFound;
            break;
        case SecretOperation::Write:
            m_secrets.insert(profileId, secret);
            break;
        case SecretOperation::Remove:
            m_secrets.remove(profileId);
            break;
        }
    }
    if (!result.ok())
        result.message = secretMessage(operation, result.status);
    QTimer::singleShot(0, this, [result, settled = std::move(settled)] { settled(result); });
}

} // namespace hci
