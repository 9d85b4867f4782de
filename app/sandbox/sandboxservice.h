#pragma once

// Internal to the sandbox: the execution-config API's rules (paths, keys, parameters, bodies),
// from a copied request to the answer, without any socket.

#include "sandboxanswers.h"
#include "sandboxstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace hci {

struct SandboxRequest
{
    QByteArray method;
    QUrl url;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray apiKeyHeader; // X-API-KEY
    QByteArray bearerToken; // Authorization: Bearer <token>
    QByteArray basicCredentials; // Authorization: Basic <base64>, for the registry emulation
};

class SandboxService
{
public:
    struct Credentials
    {
        QString accountId;
        QByteArray apiKey;         // core_account_view and core_account_edit
        QByteArray readOnlyApiKey; // core_account_view
        QByteArray noAccessApiKey; // neither
    };

    SandboxService(SandboxStore &store, const Credentials &credentials,
                   const QJsonObject &extraDefaultFields = QJsonObject());

    SandboxAnswer answer(const SandboxRequest &request);

private:
    enum class Endpoint { DefaultConfig, CustomerConfig, UpdateConfig, ResetConfig, DeprecatedConfig };
    enum class Rights { None, Read, ReadWrite };

    static const QString kViewPermission; // core_account_view
    static const QString kEditPermission; // core_account_edit

    std::optional<SandboxAnswer> checkKey(const SandboxRequest &request, Rights *rights) const;
    SandboxAnswer changeConfig(Endpoint endpoint, const SandboxRequest &request, Module module, Infra infra,
        const QString &account, Rights rights);

    SandboxStore &m_store;
    Credentials m_credentials;
    QJsonObject m_extraDefaultFields;
};

} // namespace hci
