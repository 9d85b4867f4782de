#pragma once

// What tst_accountsession drives: the sandbox, a client, a document and the session between them.

#include "core/configdocument.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"

#include <QtTest>

namespace hci::testing {

inline const QString kAddon = QStringLiteral("addonTag");
inline const QString kLite = QStringLiteral("liteEngineTag");
inline const QString kGit = QStringLiteral("gitCloneTag");
inline const QString kS3 = QStringLiteral("s3UploadTag");
inline const QString kMine = QStringLiteral("harness/drone-git:1.6.10-rootless");
inline const QString kTheirs = QStringLiteral("harness/drone-git:1.7.0-rootless");
inline const QString kWrongKey = QStringLiteral("pat.wrongAccount.0123456789abcdef01234567.WrongSecretWrong1234");

// Everything one test needs; destroyed in reverse order, the session first.
struct Rig
{
    SandboxServer server;
    HarnessClient client;
    ConfigDocument document;
    AccountSession session { &client, &document };

    void connectAs(const QString &key, AuthKind auth = AuthKind::ApiKey)
    {
        QVERIFY(client.setConnection(Connection { server.gatewayUrl(), server.accountId(), key, auth }));
    }
    ImageMap stored(Module module = Module::Ci, Infra infra = Infra::K8) const
    {
        return server.store().overrides(server.accountId(), module, infra);
    }
    void store(const QString &field, const QString &value, Infra infra = Infra::K8)
    {
        QString failure;
        QVERIFY2(server.store().update(server.accountId(), Module::Ci, infra, { { field, true, value } }, &failure),
            qPrintable(failure));
    }
    int sent(const QString &endpoint) const
    {
        int count = 0;
        const QList<SandboxServer::RecordedRequest> requests = server.requests();
        for (const SandboxServer::RecordedRequest &request : requests)
            count += request.path.endsWith(QLatin1Char('/') + endpoint) ? 1 : 0;
        return count;
    }
    QByteArray bodyOf(const QString &endpoint) const
    {
        const QList<SandboxServer::RecordedRequest> requests = server.requests();
        for (const SandboxServer::RecordedRequest &request : requests) {
            if (request.path.endsWith(QLatin1Char('/') + endpoint))
                return request.body;
        }
        return {};
    }
    // Faults hit the next requests in arrival order: arm them just when the writes go out.
    void faultWhen(AccountSession::State state, SandboxServer::Fault fault)
    {
        QObject::connect(
            &session, &AccountSession::stateChanged, &server, [this, state, fault](AccountSession::State now) {
                if (now == state)
                    server.injectFault(fault, 1);
            });
    }
};

} // namespace hci::testing
