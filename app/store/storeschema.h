#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hci {

// One step of the store's schema. Steps run in order, each inside its own transaction, and each
// is recorded in schema_migrations: a file is always at exactly one version.
struct StoreMigration
{
    int version = 0;
    QStringList statements;
};

// Every step from the first version on. Append only: a released step never changes.
const QList<StoreMigration> &storeMigrations();

} // namespace hci
