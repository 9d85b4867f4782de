#pragma once

#include "configsnapshot.h"
#include "pendingchange.h"
#include "undostack.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hci {

// What an apply sends: at most one update-config and one reset-config.
struct ChangeSet
{
    QList<std::pair<QString, QString>> updates; // field, new image
    QStringList resets;

    bool isEmpty() const { return updates.isEmpty() && resets.isEmpty(); }
    int size() const { return int(updates.size() + resets.size()); }
};

// A field changed on the server since it was loaded, while a change to it is queued here.
struct Conflict
{
    QString field;
    QString loadedValue;  // the override when it was loaded; empty when there was none
    QString serverValue;  // the override on the server now; empty when there is none
    PendingChange pending;
};

// The loaded snapshot of one (account, module, infra) and the changes queued on top of it, with
// undo and redo. The table model reads it and hands edits back to it; an apply reads its change set.
class ConfigDocument : public QObject
{
    Q_OBJECT

public:
    explicit ConfigDocument(QObject *parent = nullptr);
    ~ConfigDocument() override;

    // Replaces what the server said. Queued changes stay, except those the new snapshot already
    // satisfies: that is how an apply's changes are confirmed.
    void setSnapshot(const ConfigSnapshot &snapshot);
    const ConfigSnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }

    UndoStack *undoStack() const { return m_undoStack; }

    std::optional<PendingChange> pendingChange(const QString &field) const;
    QList<PendingChange> pendingChanges() const; // in the snapshot's field order
    int pendingCount() const { return int(m_pending.size()); }
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }

    // The override the field will have once the queue is applied; empty means the default.
    QString proposedOverride(const QString &field) const;

    // Queues a new override. Invalid references are refused with a translated reason; a value equal
    // to the server's override drops the queued change instead. Undoable.
    bool setOverride(const QString &field, const QString &value, QString *whyNot = nullptr);
    // Queues a reset to the default; on a field without override it only drops a queued change. Undoable.
    void resetField(const QString &field);
    // Queues a reset of every overridden field, as one undoable step. Returns how many were queued.
    int resetAll();
    // Drops every queued change, as one undoable step.
    void discardAll();
    // Drops the field's queued change so that the server's value stays, e.g. after a conflict. Undoable.
    void dropPending(const QString &field);

    ChangeSet changeSet() const;

    // The queued changes whose field's override on the server is no longer what was loaded.
    QList<Conflict> conflictsWith(const ImageMap &serverOverrides) const;

    // True when the overrides already hold what the change asks for: nothing is left to send.
    static bool isSatisfiedBy(const PendingChange &change, const ImageMap &overrides);

    // The fields the server confirmed, judged from overrides read back after an apply.
    static QStringList confirmedFields(const ChangeSet &sent, const ImageMap &overridesAfter);

Q_SIGNALS:
    void snapshotChanged();
    void fieldChanged(const QString &field);
    void pendingCountChanged(int count);

private:
    void storePending(const QString &field, const std::optional<PendingChange> &change);
    void queue(const QString &field, const std::optional<PendingChange> &change, const QString &text);
    bool isNoOp(const PendingChange &change) const;

    ConfigSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    QMap<QString, PendingChange> m_pending;
    UndoStack *m_undoStack;
};

} // namespace hci
