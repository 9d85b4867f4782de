#pragma once

// The text formats of the Docker Registry HTTP API v2 that the client reads: pure functions over
// bytes, no network, so that they can be tested and fuzzed alone.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace hci {

// One challenge of a WWW-Authenticate header: `Bearer realm="…",service="…",scope="…"`.
struct AuthChallenge
{
    QString scheme;                 // lower case: "bearer", "basic"
    QMap<QString, QString> params;  // names in lower case, values unquoted

    QString param(const QString &name) const { return params.value(name); }
    QString realm() const { return param(QStringLiteral("realm")); }
    QString service() const { return param(QStringLiteral("service")); }
    QString scope() const { return param(QStringLiteral("scope")); }
};

// Every challenge in a WWW-Authenticate value (RFC 7235), in order; malformed parts are skipped.
QList<AuthChallenge> parseAuthChallenges(QByteArrayView header);
// The first challenge of that scheme ("bearer", "basic"), if any.
std::optional<AuthChallenge> findChallenge(const QList<AuthChallenge> &challenges, const QString &scheme);

// The target of the link whose rel includes "next" in a Link value (RFC 8288), resolved against
// base; an empty URL when there is none. Registries page tag lists this way.
QUrl parseNextLink(QByteArrayView header, const QUrl &base);

// One page of GET /v2/<name>/tags/list: {"name": "…", "tags": ["…"] or null}.
struct TagListPage
{
    QString name;
    QStringList tags;
};
std::optional<TagListPage> decodeTagList(const QByteArray &body, QString *whyNot = nullptr);

// A token endpoint's answer: {"token": "…"} or {"access_token": "…"}, with "expires_in" seconds.
struct RegistryToken
{
    QByteArray token;
    int expiresInSeconds = 60; // the spec's default when the server says nothing
};
std::optional<RegistryToken> decodeToken(const QByteArray &body, QString *whyNot = nullptr);

// The first entry of a registry error body: {"errors": [{"code": "NAME_UNKNOWN", "message": "…"}]}.
struct RegistryErrorBody
{
    QString code;
    QString message;
};
RegistryErrorBody decodeErrorBody(const QByteArray &body);

} // namespace hci
