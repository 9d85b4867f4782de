#include "changeplan.h"

#include "core/imagereference.h"
#include "core/overridesfile.h"

#include <QSet>

namespace hci::cli {

namespace {

QString fieldProblem(const ConfigSnapshot &snapshot, const QString &field)
{
    const QString where = scopeName({ snapshot.module(), snapshot.infra() });
    for (const QString &known : snapshot.fields()) {
        if (known.compare(field, Qt::CaseInsensitive) == 0)
            return Planner::tr("%1: there is no field \"%2\"; did you mean \"%3\"?").arg(where, field, known);
    }
    return Planner::tr("%1: there is no field \"%2\" (\"list\" shows the fields).").arg(where, field);
}

ScopePlan planOf(const ConfigDocument &document)
{
    return { document.snapshot(), document.pendingChanges() };
}

} // namespace

int ChangePlan::changeCount() const
{
    int count = 0;
    for (const ScopePlan &scope : scopes)
        count += int(scope.changes.size());
    return count;
}

void Planner::queue(const ScopePlan &plan, ConfigDocument *document)
{
    document->setSnapshot(plan.snapshot);
    for (const PendingChange &change : plan.changes) {
        if (change.kind == PendingChange::Kind::Set)
            document->setOverride(change.field, change.value);
        else
            document->resetField(change.field);
    }
}

ChangePlan Planner::forSet(const ConfigSnapshot &snapshot, const QStringList &assignments)
{
    ChangePlan plan;
    ConfigDocument document;
    document.setSnapshot(snapshot);
    QSet<QString> named;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        const QString field = assignment.left(equals).trimmed();
        const QString typed = assignment.mid(equals + 1).trimmed();
        if (named.contains(field)) {
            plan.problems.append(tr("%1 is named twice.").arg(field));
            continue;
        }
        named.insert(field);
        if (!snapshot.fields().contains(field)) {
            plan.problems.append(fieldProblem(snapshot, field));
            continue;
        }
        const FieldComparison current = snapshot.compare(field);
        const QString base = !current.defaultValue.isEmpty() ? current.defaultValue : current.overrideValue;
        const ImageReference resolved = ImageReference::fromEditorInput(typed, ImageReference::parse(base));
        if (!resolved.isValid()) {
            plan.problems.append(tr("%1 = \"%2\": %3").arg(field, typed, resolved.errorString()));
            continue;
        }
        QString whyNot;
        if (!document.setOverride(field, resolved.text(), &whyNot)) {
            plan.problems.append(tr("%1 = \"%2\": %3").arg(field, typed, whyNot));
            continue;
        }
        if (!document.pendingChange(field))
            plan.notes.append(tr("%1 is already %2.").arg(field, resolved.text()));
    }
    plan.scopes.append(planOf(document));
    return plan;
}

ChangePlan Planner::forReset(const ConfigSnapshot &snapshot, const QStringList &fields, bool all)
{
    ChangePlan plan;
    ConfigDocument document;
    document.setSnapshot(snapshot);
    if (all) {
        if (document.resetAll() == 0)
            plan.notes.append(tr("No field is overridden."));
    }
    for (const QString &typed : fields) {
        const QString field = typed.trimmed();
        if (!snapshot.fields().contains(field)) {
            plan.problems.append(fieldProblem(snapshot, field));
            continue;
        }
        if (!snapshot.overrides().contains(field)) {
            plan.notes.append(tr("%1 is not overridden: it has the default already.").arg(field));
            continue;
        }
        document.resetField(field);
    }
    plan.scopes.append(planOf(document));
    return plan;
}

ChangePlan Planner::forFile(const QList<ConfigSnapshot> &snapshots, const OverridesFile &file)
{
    ChangePlan plan;
    for (const ScopeOverrides &wanted : file.scopes) {
        const auto snapshot = std::find_if(snapshots.cbegin(), snapshots.cend(), [&wanted](const ConfigSnapshot &s) {
            return s.module() == wanted.module && s.infra() == wanted.infra;
        });
        if (snapshot == snapshots.cend())
            continue;
        ConfigDocument document;
        document.setSnapshot(*snapshot);
        for (auto it = wanted.overrides.cbegin(); it != wanted.overrides.cend(); ++it) {
            if (!snapshot->fields().contains(it.key())) {
                plan.problems.append(fieldProblem(*snapshot, it.key()));
                continue;
            }
            QString whyNot;
            if (!document.setOverride(it.key(), it.value(), &whyNot))
                plan.problems.append(tr("%1 = \"%2\": %3").arg(it.key(), it.value(), whyNot));
        }
        for (auto it = snapshot->overrides().cbegin(); it != snapshot->overrides().cend(); ++it) {
            if (!wanted.overrides.contains(it.key()))
                document.resetField(it.key());
        }
        plan.scopes.append(planOf(document));
    }
    return plan;
}

QString Planner::text(const ChangePlan &plan)
{
    QString text;
    for (const ScopePlan &scope : plan.scopes) {
        const QString name = scopeName(scope.scope());
        if (scope.changes.isEmpty()) {
            text += tr("%1: no changes").arg(name) + u'\n';
            continue;
        }
        text += tr("%1: %n change(s)", nullptr, int(scope.changes.size())).arg(name) + u'\n';
        qsizetype width = 0;
        for (const PendingChange &change : scope.changes)
            width = std::max(width, change.field.size());
        for (const PendingChange &change : scope.changes) {
            const FieldComparison current = scope.snapshot.compare(change.field);
            const QString field = change.field.leftJustified(width);
            if (change.kind == PendingChange::Kind::Reset) {
                const QString to = current.defaultValue.isEmpty()
                    ? tr("no override")
                    : tr("the default, %1").arg(current.defaultValue);
                text += QStringLiteral("  - %1  %2 -> %3\n").arg(field, current.overrideValue, to);
            } else if (current.overridden) {
                text += QStringLiteral("  ~ %1  %2 -> %3\n").arg(field, current.overrideValue, change.value);
            } else if (!current.defaultValue.isEmpty()) {
                text += QStringLiteral("  + %1  %2 -> %3\n").arg(field, tr("the default, %1").arg(current.defaultValue), change.value);
            } else {
                text += QStringLiteral("  + %1  %2\n").arg(field, change.value);
            }
        }
    }
    return text;
}

} // namespace hci::cli
