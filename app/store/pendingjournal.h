#pragma once

#include "storescope.h"

#include "core/configdocument.h"

#include <QDateTime>
#include <QList>

namespace hci {

class LocalStore;

// A queued change as the journal keeps it: with the override the field had when it was queued,
// so that the usual conflict rules can tell later whether the server changed it since.
struct JournaledChange
{
    PendingChange change;
    std::optional<QString> baseOverride; // nullopt: the field had no override
    QDateTime queuedAt;
};

struct Journal
{
    StoreScope scope;
    QList<JournaledChange> changes; // in catalog order
    bool isEmpty() const { return changes.isEmpty(); }
    QDateTime firstQueuedAt() const;
    QDateTime lastQueuedAt() const;
    QList<PendingChange> pendingChanges() const;
    // The queued changes of this journal that the server changed since they were queued, judged by
    // ConfigDocument::conflictsWith against the server's overrides now.
    QList<Conflict> conflictsWith(const ImageMap &serverOverrides) const;
};

// The pending-edit journal: what is queued in a document, per scope, written as it changes.
// Rows of a scope that were offered back are set aside, so that new edits of the same scope do
// not overwrite them until the user restores or discards them.
class PendingJournal
{
public:
    explicit PendingJournal(LocalStore *store);

    // Replaces the live rows of the scope with the queue; unchanged changes keep their time.
    bool write(const StoreScope &scope, const ImageMap &loadedOverrides, const QList<PendingChange> &changes,
               const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Live and set-aside rows together; for the same field the live one wins.
    Journal read(const StoreScope &scope) const;
    // Only the rows that were set aside (offered and not answered yet).
    Journal readSetAside(const StoreScope &scope) const;
    // Marks the live rows as offered; a later write() goes beside them.
    bool setAside(const StoreScope &scope);
    bool dropSetAside(const StoreScope &scope);
    // Every scope with journaled changes.
    QList<StoreScope> scopes() const;

private:
    Journal readRows(const StoreScope &scope, const QString &condition) const;
    LocalStore *m_store;
};

} // namespace hci
