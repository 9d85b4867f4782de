#pragma once

// Internal to the sandbox: a Docker Registry API v2 on the sandbox's port, behind the token flow
// that Docker Hub and Harness's registries use, for the tag lookups of the app and its tests.

#include "sandboxanswers.h"
#include "sandboxservice.h"

#include "core/configsnapshot.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hci {

// Routes: GET /v2/ and /v2/<name>/tags/list (paged with n and last, next page in a Link header),
// HEAD and GET /v2/<name>/manifests/<tag>, all answering 401 with
// `WWW-Authenticate: Bearer realm="http://127.0.0.1:<port>/token",service="sandbox-registry",scope=…`
// until a token for the repository comes along; GET /token?service=…&scope=repository:<name>:pull
// issues one ({"token": …}), anonymously unless credentials are required.
class SandboxRegistry
{
public:
    static const QString kService; // "sandbox-registry"

    SandboxRegistry();

    static bool handles(const QString &path);
    SandboxAnswer answer(const SandboxRequest &request, quint16 port);

    void setTags(const QString &repository, const QStringList &tags);
    QStringList tags(const QString &repository) const;
    void removeRepository(const QString &repository);
    // Tags shaped like Harness's for every image in the maps: for a default x.y.z, the twelve
    // releases before it and itself, with the rootless variants the defaults use, and "latest".
    void seedFromImages(const ImageMap &images);

    // A private mirror: the token service wants these Basic credentials (empty user: anonymous).
    void requireCredentials(const QString &username, const QString &password);
    // Answer tokens as {"access_token": …}, the OAuth 2 spelling some registries use.
    void setUseAccessTokenField(bool use) { m_accessTokenField = use; }
    // The host named in the realm: another spelling of loopback ("localhost") makes the token
    // service another host than the registry, for tests that credentials stay home.
    void setRealmHost(const QString &host) { m_realmHost = host; }

    int tokensIssued() const { return m_tokensIssued; }
    int tokenRequestsWithCredentials() const { return m_tokenRequestsWithCredentials; }

private:
    SandboxAnswer tokenAnswer(const SandboxRequest &request);
    SandboxAnswer challenge(quint16 port, const QString &repository, const QString &code) const;
    SandboxAnswer tagList(const SandboxRequest &request, const QString &repository) const;
    SandboxAnswer manifest(const QString &repository, const QString &reference) const;

    QMap<QString, QStringList> m_repositories;
    QHash<QByteArray, QString> m_tokens; // token -> repository it may pull
    QString m_username;
    QString m_password;
    bool m_credentialsRequired = false;
    bool m_accessTokenField = false;
    QString m_realmHost = QStringLiteral("127.0.0.1");
    int m_tokensIssued = 0;
    int m_tokenRequestsWithCredentials = 0;
};

} // namespace hci
