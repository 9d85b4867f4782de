#pragma once

#include "registryerror.h"
#include "registrylocation.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace hci {

// One lookup a caller asked for: the tags of an image, or whether a tag exists. It emits finished()
// exactly once, later (never inside the call that made it), and deletes itself after that unless
// the caller took it with setAutoDelete(false).
class RegistryReply : public QObject
{
    Q_OBJECT

public:
    enum class Operation { ListTags, CheckTag };
    Q_ENUM(Operation)
    enum class Presence { Unknown, Present, Missing };
    Q_ENUM(Presence)

    Operation operation() const { return m_operation; }
    QString reference() const { return m_reference; }  // as asked
    RegistryLocation location() const { return m_location; }

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const RegistryError &error() const { return m_error; }
    bool fromCache() const { return m_fromCache; }

    // ListTags: every tag across the pages read, as the registry listed them.
    QStringList tags() const { return m_tags; }
    // ListTags: the registry had more pages than the client reads.
    bool isTruncated() const { return m_truncated; }

    // CheckTag: Present or Missing when the registry answered; Unknown with an error otherwise.
    Presence presence() const { return m_presence; }
    QString digest() const { return m_digest; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // finished() follows at once with Kind::Cancelled; the lookup itself goes on for the cache.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class RegistryClient;
    RegistryReply(Operation operation, const QString &reference, QObject *parent);
    void complete();

    Operation m_operation;
    QString m_reference;
    RegistryLocation m_location;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_fromCache = false;
    RegistryError m_error;
    QStringList m_tags;
    bool m_truncated = false;
    Presence m_presence = Presence::Unknown;
    QString m_digest;
};

} // namespace hci
