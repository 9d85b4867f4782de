#pragma once

#include "core/module.h"

#include <QString>
#include <QUrl>

namespace hci {

// Where a journal or a history entry belongs: one profile (or, for a connection made without a
// profile, its host) on one account, one module and one infrastructure. A record is only ever
// offered back to the same scope, so one account's edits never reach another account.
struct StoreScope
{
    QString profileKey; // the profile id, or "host:<host[:port]>" for a --base-url connection
    QString accountId;
    Module module = Module::Ci;
    Infra infra = Infra::K8;

    bool isValid() const { return !profileKey.isEmpty() && !accountId.isEmpty(); }
    // One string that names the scope, for the database's keys.
    QString key() const;

    // A stored or built-in profile. The sandbox is a fresh server with a new random account each
    // run, so it counts as one account ("sandbox") across runs.
    static StoreScope forProfile(const QString &profileId, const QString &accountId, Module module, Infra infra);
    // A connection opened without a profile, e.g. from the command line.
    static StoreScope forHost(const QUrl &gatewayUrl, const QString &accountId, Module module, Infra infra);

    friend bool operator==(const StoreScope &a, const StoreScope &b) { return a.key() == b.key(); }
    friend bool operator!=(const StoreScope &a, const StoreScope &b) { return !(a == b); }
};

} // namespace hci
