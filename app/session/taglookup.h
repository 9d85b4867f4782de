#pragma once

#include "registry/registrycredentials.h"
#include "registry/registrylocation.h"

#include <QObject>
#include <QString>

namespace hci {

class ConfigDocument;
class KnownTags;
class RegistryClient;
class RegistryReply;

// Asks image registries about tags for the window: it fills KnownTags for the table and the tag
// editor, and checks a tag before an apply. Failures end up in KnownTags as a message; nothing waits.
class TagLookup : public QObject
{
    Q_OBJECT

public:
    explicit TagLookup(RegistryClient *client, QObject *parent = nullptr);

    RegistryClient *client() const { return m_client; }
    KnownTags *knownTags() const { return m_known; }

    // Starts a lookup of the reference's image unless its tags are known or on their way.
    void lookUp(const QString &reference);
    // Every image the document overrides, on the server or in the queue: the table's release
    // warnings need their tags.
    void lookUpOverrides(const ConfigDocument &document);
    // Whether the reference's tag exists in its registry; the caller owns nothing, the reply
    // deletes itself after finished().
    RegistryReply *checkTag(const QString &reference);

    // The profile's mirror for Harness's images; what was learned through the old one is dropped.
    void setMirror(const RegistryMirror &mirror);
    // The --registry-mirror of this run: when given, it wins over every profile's mirror.
    void setCommandLineMirror(const RegistryMirror &mirror);
    // The open profile's mirror, with its Basic credentials when it has them; forgets the last one's.
    void setProfileMirror(const RegistryMirror &mirror);
    void setMirrorCredentials(const RegistryMirror &mirror, const RegistryCredentials &credentials);

private:
    RegistryClient *m_client;
    KnownTags *m_known;
    RegistryMirror m_commandLineMirror;
    InMemoryRegistryCredentials m_credentials; // the open profile's, read from the keychain
};

} // namespace hci
