#pragma once

#include "loaddifference.h"
#include "storescope.h"

#include "core/configdocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hci {

class LocalStore;

// What the server said at one load, as the history keeps it.
struct StoredLoad
{
    qint64 id = 0;
    StoreScope scope;
    QDateTime loadedAt;
    QString source; // "load", or "apply" for the read-back of an apply made here
    ConfigSnapshot snapshot;
};

// One field of an apply: its override before and after (nullopt: no override, the default).
struct AppliedField
{
    QString field;
    std::optional<QString> before;
    std::optional<QString> after; // what was sent: a value, or nullopt for a reset
    bool confirmed = false;       // the read-back showed it took
};

// One apply, from the window or the command line. Plain data: the command line prints toJson().
struct ApplyRecord
{
    qint64 id = 0;
    StoreScope scope;
    QString profileName;
    QDateTime appliedAt;
    QString source; // "window" or "cli"
    bool ok = false;
    QString message; // the failure, when not ok
    QStringList correlationIds;
    QList<AppliedField> fields;

    int confirmedCount() const;
    QJsonObject toJson() const;
    // Header and one line per field, RFC 4180 quoting.
    QString toCsv() const;
    // The changes that undo what this apply confirmed: the old override back, or a reset where
    // there was none. Unconfirmed fields are left out: they never changed.
    QList<PendingChange> inverseChanges() const;
    ChangeSet inverseChangeSet() const;
    // The confirmed fields whose override on the server is no longer what this apply left: a revert
    // would overwrite someone else's later change.
    QStringList changedSince(const ImageMap &serverOverrides) const;
};

struct HistoryFilter
{
    QString profileKey;             // empty: every profile
    std::optional<Module> module;
    std::optional<Infra> infra;
    QString accountId;              // empty: every account
    qint64 id = 0;                  // 0: every apply
    int limit = 500;
};

// The history of loads and applies, and what the since-last-look panel was told to forget.
// The command line uses the same file as the window (LocalStore(LocalStore::defaultFilePath()),
// with the app's organization and application names set): `history` prints applies() as
// toJson(), each with its id; `revert ID` takes apply(id)->inverseChanges() into a loaded
// document (the apply's conflict check then runs as usual), warns about changedSince(), and a
// HistoryRecorder with source "cli" records the revert like any apply.
class History
{
public:
    explicit History(LocalStore *store);

    // Stores the load when it differs from the last one stored for its scope. Returns the new id,
    // or 0 when it was the same (or could not be stored). The newest loadsKeptPerScope() stay.
    qint64 recordLoad(const StoreScope &scope, const ConfigSnapshot &snapshot, const QString &source = QStringLiteral("load"));
    static int loadsKeptPerScope() { return 200; }
    std::optional<StoredLoad> lastLoad(const StoreScope &scope) const;
    std::optional<StoredLoad> loadBefore(const StoreScope &scope, qint64 id) const;
    QList<StoredLoad> loads(const StoreScope &scope) const;

    // What changed since the user last looked at this scope, given what the server says now.
    // Call before recordLoad(). Empty when there is no earlier load, nothing changed, the only
    // change was an apply made here, or the user dismissed this very change.
    LoadDifference sinceLastLook(const StoreScope &scope, const ConfigSnapshot &now) const;
    // Both for a load the window has just read: what changed since the last look, then the load
    // recorded. The last stored load is looked up once for the two.
    LoadDifference recordLoadSinceLastLook(const StoreScope &scope, const ConfigSnapshot &now);
    void dismiss(const StoreScope &scope, const LoadDifference &difference);
    bool isDismissed(const StoreScope &scope, const LoadDifference &difference) const;

    qint64 recordApply(const ApplyRecord &record);
    // Newest first.
    QList<ApplyRecord> applies(const HistoryFilter &filter = {}) const;
    std::optional<ApplyRecord> apply(qint64 id) const;
    // Every profile key that has an apply, for filters.
    QStringList profileKeys() const;

private:
    // The last stored load of the scope, told without reading its JSON: its id and source, and whether
    // its stored text is exactly what this snapshot would store (a 5,000-field load is 300 KB of it).
    struct LastLoadMark
    {
        qint64 id = 0;
        QString source;
        bool storedTextSame = false;
    };
    std::optional<LastLoadMark> lastLoadMark(const StoreScope &scope, const ConfigSnapshot &snapshot) const;
    LoadDifference sinceLastLook(const StoreScope &scope, const ConfigSnapshot &now,
                                 const std::optional<LastLoadMark> &mark) const;
    qint64 recordLoad(const StoreScope &scope, const ConfigSnapshot &snapshot, const QString &source,
                      const std::optional<LastLoadMark> &mark);
    bool hasLoadBefore(const StoreScope &scope, qint64 id) const;
    std::optional<StoredLoad> loadWhere(const QString &condition, const QVariantList &values) const;
    QList<AppliedField> appliedFields(qint64 id) const;
    // The stored text of a map, kept for the map it was written for: a load's text is compared, then
    // written when it differs, and an apply's read-back often has the maps of the load before it.
    QString storedText(const ImageMap &images) const;
    struct StoredText
    {
        ImageMap images;
        QString text;
    };
    mutable StoredText m_storedTexts[3];
    mutable int m_nextStoredText = 0;
    LocalStore *m_store;
    // The load read last: a stored load never changes, and a window reads the same one several
    // times after each load (since-last-look, the check before recording), each a parse of its JSON.
    mutable std::optional<StoredLoad> m_lastRead;
};

} // namespace hci
