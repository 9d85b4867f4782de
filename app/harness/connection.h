#pragma once

#include "net/loopback.h" // isLoopbackHost(), the rule for plain http

#include <QList>
#include <QString>
#include <QUrl>

namespace hci {

// The Harness SaaS clusters, and Custom for vanity hosts and the Self-Managed Platform.
enum class Cluster { Prod1, Prod2, Prod3, Prod0, Prod4, Eu, Custom };

enum class AuthKind {
    ApiKey, // X-API-KEY: <key>, the default
    Bearer  // Authorization: Bearer <token>
};

// Where and as whom the client talks. The key lives here only in memory.
struct Connection
{
    QUrl gatewayUrl;  // e.g. https://app.harness.io/gateway
    QString accountId;
    QString apiKey;
    AuthKind authKind = AuthKind::ApiKey;
};

QList<Cluster> allClusters();
QString clusterDisplayName(Cluster cluster);

// https://<host>/gateway for a SaaS cluster; an empty URL for Custom.
QUrl gatewayUrlFor(Cluster cluster);

// Turns what a person typed for a custom host ("acme.harness.io", "https://harness.acme.com",
// "https://harness.acme.com/gateway/") into the gateway URL. Returns an empty URL and a reason
// when it cannot be used: not http(s), plain http to a host that is not loopback, no host.
QUrl normalizeGatewayUrl(const QString &typed, QString *whyNot = nullptr);

// The account ID inside a pat.<account>.<token>.<secret> or sat.… key, or an empty string.
QString accountIdFromApiKey(const QString &key);

} // namespace hci
