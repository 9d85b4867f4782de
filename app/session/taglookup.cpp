#include "taglookup.h"

#include "core/configdocument.h"
#include "core/knowntags.h"
#include "registry/registryclient.h"

#include <QSet>

namespace hci {

TagLookup::TagLookup(RegistryClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_known(new KnownTags(this))
{
    Q_ASSERT(client);
    m_client->setCredentialSource(&m_credentials);
}

void TagLookup::lookUp(const QString &reference)
{
    if (m_known->keyOf(reference).isEmpty())
        return;
    const KnownTags::Status status = m_known->status(reference);
    if (status == KnownTags::Status::Known || status == KnownTags::Status::Loading)
        return;
    m_known->setLoading(reference);
    RegistryReply *reply = m_client->listTags(reference);
    connect(reply, &RegistryReply::finished, this, [this, reply, reference] {
        if (reply->error().kind == RegistryError::Kind::Cancelled)
            return;
        if (reply->isOk())
            m_known->setTags(reference, reply->tags(), reply->isTruncated());
        else
            m_known->setFailed(reference, reply->error().userMessage());
    });
}

void TagLookup::lookUpOverrides(const ConfigDocument &document)
{
    QSet<QString> repositories;
    const ImageMap &overrides = document.snapshot().overrides();
    QStringList references = overrides.values();
    const QList<PendingChange> pending = document.pendingChanges();
    for (const PendingChange &change : pending) {
        if (change.kind == PendingChange::Kind::Set)
            references.append(change.value);
    }
    // One lookup per image, however many fields use it.
    for (const QString &reference : std::as_const(references)) {
        const QString key = m_known->keyOf(reference);
        if (!key.isEmpty() && !repositories.contains(key)) {
            repositories.insert(key);
            lookUp(reference);
        }
    }
}

RegistryReply *TagLookup::checkTag(const QString &reference)
{
    return m_client->checkTag(reference);
}

void TagLookup::setMirror(const RegistryMirror &mirror)
{
    m_client->setMirror(mirror);
    m_known->clear();
}

void TagLookup::setCommandLineMirror(const RegistryMirror &mirror)
{
    m_commandLineMirror = mirror;
    setMirror(mirror);
}

void TagLookup::setProfileMirror(const RegistryMirror &mirror)
{
    m_credentials.clear();
    const RegistryMirror &effective = m_commandLineMirror.isEmpty() ? mirror : m_commandLineMirror;
    if (effective.host != m_client->mirror().host || effective.prefix != m_client->mirror().prefix)
        setMirror(effective);
}

void TagLookup::setMirrorCredentials(const RegistryMirror &mirror, const RegistryCredentials &credentials)
{
    m_credentials.set(mirror.host, credentials);
}

} // namespace hci
