#include "registryreply.h"

namespace hci {

RegistryReply::RegistryReply(Operation operation, const QString &reference, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_reference(reference)
{
}

void RegistryReply::abort()
{
    if (m_finished)
        return;
    m_error = RegistryError();
    m_error.kind = RegistryError::Kind::Cancelled;
    m_error.registry = m_location.displayName();
    m_tags.clear();
    m_presence = Presence::Unknown;
    complete();
}

void RegistryReply::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace hci
