#include "revertplan.h"

namespace hci::cli {

ChangePlan RevertPlanner::forRevert(const ConfigSnapshot &snapshot, const ApplyRecord &record)
{
    ChangePlan plan;
    const QString id = QString::number(record.id);
    const QList<PendingChange> inverse = record.inverseChanges();
    if (inverse.isEmpty())
        plan.notes.append(tr("Apply %1 has no change that the server confirmed: there is nothing to revert.").arg(id));

    const ImageMap &now = snapshot.overrides();
    ConfigDocument document;
    document.setSnapshot(snapshot);
    for (const PendingChange &change : inverse) {
        if (change.kind == PendingChange::Kind::Reset) {
            if (!now.contains(change.field)) {
                plan.notes.append(tr("%1 has the default already.").arg(change.field));
                continue;
            }
            document.resetField(change.field);
            continue;
        }
        if (!snapshot.fields().contains(change.field)) {
            plan.problems.append(tr("%1: the server no longer lists this field, so %2 cannot be set back.")
                                     .arg(scopeName({ snapshot.module(), snapshot.infra() }), change.field));
            continue;
        }
        QString whyNot;
        if (!document.setOverride(change.field, change.value, &whyNot)) {
            plan.problems.append(tr("%1 = \"%2\": %3").arg(change.field, change.value, whyNot));
            continue;
        }
        if (!document.pendingChange(change.field))
            plan.notes.append(tr("%1 is already %2.").arg(change.field, change.value));
    }
    // Someone else's later change is overwritten only where the revert still changes something.
    for (const QString &field : record.changedSince(now)) {
        if (!document.pendingChange(field))
            continue;
        const QString current = now.contains(field) ? now.value(field) : tr("the default");
        plan.notes.append(tr("%1 changed on the server since apply %2 (now %3); the revert sets it back as asked.")
                              .arg(field, id, current));
    }
    plan.scopes.append({ document.snapshot(), document.pendingChanges() });
    return plan;
}

} // namespace hci::cli
