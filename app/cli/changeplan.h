#pragma once

#include "core/configdocument.h"
#include "core/configsnapshot.h"
#include "scopeloader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hci {
struct OverridesFile;
}

namespace hci::cli {

// The changes of one scope, queued against what was loaded.
struct ScopePlan
{
    ConfigSnapshot snapshot;
    QList<PendingChange> changes;

    Scope scope() const { return { snapshot.module(), snapshot.infra() }; }
};

// What a set, reset or apply will send. With problems, nothing is sent.
struct ChangePlan
{
    QList<ScopePlan> scopes;
    QStringList problems; // translated: unknown fields, invalid references
    QStringList notes;    // translated: what needs no change

    int changeCount() const;
    bool isEmpty() const { return changeCount() == 0; }
};

// Builds plans with the document's own rules, as the window's editor queues changes.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(hci::cli::Planner)

public:
    // FIELD=VALUE each: a field the server lists for this infra, and a valid image; a bare tag keeps
    // the repository of the default image (of the override, for a field without default).
    static ChangePlan forSet(const ConfigSnapshot &snapshot, const QStringList &assignments);
    static ChangePlan forReset(const ConfigSnapshot &snapshot, const QStringList &fields, bool all);
    // Every scope of the file, made equal to it: updates for what differs, resets for overrides it lacks.
    // `snapshots` are the loaded scopes, one for each of the file's, in its order.
    static ChangePlan forFile(const QList<ConfigSnapshot> &snapshots, const OverridesFile &file);

    // For people, one line a change: "+" a new override, "~" another image, "-" back to the default.
    static QString text(const ChangePlan &plan);

    // A document with the snapshot and the plan's changes queued, for a session to apply.
    static void queue(const ScopePlan &plan, ConfigDocument *document);
};

} // namespace hci::cli
