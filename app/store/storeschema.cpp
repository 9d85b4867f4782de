#include "storeschema.h"

namespace hci {

const QList<StoreMigration> &storeMigrations()
{
    static const QList<StoreMigration> migrations{
        // 1: the pending-edit journal. offered = 1 once the rows were offered back: new edits of
        // the same scope then go beside them instead of over them, until the user decides.
        {1,
         {QStringLiteral("CREATE TABLE journal ("
                         " scope_key TEXT NOT NULL, profile_key TEXT NOT NULL, account_id TEXT NOT NULL,"
                         " module TEXT NOT NULL, infra TEXT NOT NULL, field TEXT NOT NULL,"
                         " kind TEXT NOT NULL, value TEXT NOT NULL DEFAULT '',"
                         " base_value TEXT, queued_at INTEGER NOT NULL, offered INTEGER NOT NULL DEFAULT 0,"
                         " PRIMARY KEY (scope_key, field, offered))")}},
        // 2: the history of loads (what the server said) and applies (what this app changed).
        {2,
         {QStringLiteral("CREATE TABLE loads ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT, scope_key TEXT NOT NULL,"
                         " profile_key TEXT NOT NULL, account_id TEXT NOT NULL, module TEXT NOT NULL,"
                         " infra TEXT NOT NULL, loaded_at INTEGER NOT NULL, source TEXT NOT NULL,"
                         " defaults_json TEXT NOT NULL, overrides_json TEXT NOT NULL,"
                         " deprecated_json TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX loads_by_scope ON loads (scope_key, id)"),
          QStringLiteral("CREATE TABLE applies ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT, scope_key TEXT NOT NULL,"
                         " profile_key TEXT NOT NULL, profile_name TEXT NOT NULL, account_id TEXT NOT NULL,"
                         " module TEXT NOT NULL, infra TEXT NOT NULL, applied_at INTEGER NOT NULL,"
                         " source TEXT NOT NULL, ok INTEGER NOT NULL, message TEXT NOT NULL,"
                         " correlation_ids TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE apply_fields ("
                         " apply_id INTEGER NOT NULL REFERENCES applies(id) ON DELETE CASCADE,"
                         " position INTEGER NOT NULL, field TEXT NOT NULL, before_value TEXT,"
                         " after_value TEXT, confirmed INTEGER NOT NULL, PRIMARY KEY (apply_id, position))")}},
        // 3: what the user dismissed in the since-last-look panel, so that it does not return.
        {3,
         {QStringLiteral("CREATE TABLE dismissed_differences ("
                         " scope_key TEXT NOT NULL, fingerprint TEXT NOT NULL, dismissed_at INTEGER NOT NULL,"
                         " PRIMARY KEY (scope_key, fingerprint))")}},
    };
    return migrations;
}

} // namespace hci
