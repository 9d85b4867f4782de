#pragma once

#include "harness/connection.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace hci {

// A named place to connect to, and as whom. Never holds a key: stored profiles keep theirs in
// the SecretStore under the profile's id, so renaming a profile keeps its key.
struct Profile
{
    enum class Kind {
        Stored,      // made by the user: QSettings, and its key in the keychain
        Sandbox,     // the built-in server; the window opens it with openSandbox()
        Environment  // HARNESS_API_KEY and friends: used for this run, never stored
    };

    Kind kind = Kind::Stored;
    QString id;            // a QUuid string for stored profiles; "sandbox" and "environment" otherwise
    QString name;
    Cluster cluster = Cluster::Prod1;
    QString customUrl;     // as typed, used when cluster is Custom
    QString accountId;
    AuthKind authKind = AuthKind::ApiKey;
    QString colour;        // #rrggbb, for the switcher and the toolbar strip
    bool isProduction = false;
    QString registryMirror; // host[:port][/prefix] for Harness's images, as typed; empty for Docker Hub
    QString mirrorUser;     // Basic user name for the mirror; its password is in the SecretStore

    bool isBuiltIn() const { return kind != Kind::Stored; }

    // The gateway URL; empty, with a translated reason, when the custom URL cannot be used.
    QUrl gatewayUrl(QString *whyNot = nullptr) const;
    // "app.harness.io" or "harness.example.com:8443", for labels; empty when there is none yet.
    QString host() const;
    // What stops this profile from being saved or used (no name, a bad URL, no account), or empty.
    QString problem() const;
    // Where the client should go with this key. The key is not kept in the profile.
    Connection connection(const QString &apiKey) const;

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }

    static QString newId();
    static QString sandboxId();
    static QString environmentId();
    // Where the mirror password of a stored profile is kept, apart from its API key.
    static QString registrySecretId(const QString &profileId);
    // The built-in sandbox, always listed.
    static Profile sandbox();
    // A few colours that tell profiles apart at a glance; red is left for production.
    static QStringList colourChoices();
    static QString defaultColour();
    static QString productionColour();
};

} // namespace hci
