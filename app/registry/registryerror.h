#pragma once

#include <QMetaType>
#include <QString>

namespace hci {

// Why a registry lookup failed, as the editor and the review need to tell it.
struct RegistryError
{
    enum class Kind {
        None,
        InvalidReference, // the text is not an image reference, or names no tag to check
        Network,          // connection refused, host not found, dropped
        Timeout,          // no progress within the transfer timeout
        Tls,              // certificate or handshake failure; never ignored
        Unauthorized,     // 401/403 after the token or credentials the registry asked for
        NotFound,         // the registry has no such repository
        RateLimited,      // 429: Docker Hub's pull limits, for instance
        Http,             // any other HTTP error status
        BadAnswer,        // not the documented shape: not JSON, a bad token, a bad Link
        TooLarge,         // a body larger than the cap
        Redirected,       // a redirect or next page to another host, or to plain http: not followed
        Cancelled,        // aborted by the app
        Offline           // not asked: lookups stay on this computer (HARNESS_CI_IMAGES_OFFLINE)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString registry;  // for people: "Docker Hub", "mirror.example.com"
    QString code;      // the registry's error code, e.g. NAME_UNKNOWN, DENIED
    QString detail;    // technical detail, never a credential

    bool isError() const { return kind != Kind::None; }
    // One translated sentence, e.g. "Docker Hub could not be reached: Host not found".
    QString userMessage() const;
};

// A stable English name of the kind, for log lines.
QString registryErrorKindName(RegistryError::Kind kind);

} // namespace hci

Q_DECLARE_METATYPE(hci::RegistryError)
