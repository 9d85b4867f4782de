#include "configdocument.h"

#include "fieldcatalog.h"
#include "imagereference.h"

namespace hci {

ConfigDocument::ConfigDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new UndoStack(
          [this](const QString &field, const std::optional<PendingChange> &change) { storePending(field, change); },
          this))
{
}

ConfigDocument::~ConfigDocument() = default;

void ConfigDocument::setSnapshot(const ConfigSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    const int before = pendingCount();
    bool dropped = false;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (isNoOp(*it)) {
            it = m_pending.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    // The undo history speaks of a server state that is gone once anything was confirmed.
    if (dropped)
        m_undoStack->clear();
    Q_EMIT snapshotChanged();
    if (pendingCount() != before)
        Q_EMIT pendingCountChanged(pendingCount());
}

std::optional<PendingChange> ConfigDocument::pendingChange(const QString &field) const
{
    const auto it = m_pending.constFind(field);
    if (it == m_pending.cend())
        return std::nullopt;
    return *it;
}

QList<PendingChange> ConfigDocument::pendingChanges() const
{
    QList<PendingChange> result;
    for (const QString &field : FieldCatalog::sorted(m_pending.keys()))
        result.append(m_pending.value(field));
    return result;
}

QString ConfigDocument::proposedOverride(const QString &field) const
{
    if (const auto change = pendingChange(field))
        return change->kind == PendingChange::Kind::Set ? change->value : QString();
    return m_snapshot.overrides().value(field);
}

bool ConfigDocument::setOverride(const QString &field, const QString &value, QString *whyNot)
{
    const ImageReference reference = ImageReference::parse(value);
    if (!reference.isValid()) {
        if (whyNot)
            *whyNot = reference.errorString();
        return false;
    }
    const FieldInfo info = FieldCatalog::info(field);
    queue(field, PendingChange{field, PendingChange::Kind::Set, value},
          tr("Change %1 to %2").arg(info.label, value));
    return true;
}

void ConfigDocument::resetField(const QString &field)
{
    queue(field, PendingChange{field, PendingChange::Kind::Reset, {}},
          tr("Reset %1 to its default").arg(FieldCatalog::info(field).label));
}

int ConfigDocument::resetAll()
{
    QStringList fields;
    for (const QString &field : m_snapshot.fields()) {
        const PendingChange reset{field, PendingChange::Kind::Reset, {}};
        if (!isNoOp(reset) && pendingChange(field) != reset)
            fields.append(field);
    }
    if (fields.isEmpty())
        return 0;
    m_undoStack->beginMacro(tr("Reset all %n field(s) to their defaults", nullptr, int(fields.size())));
    for (const QString &field : fields)
        resetField(field);
    m_undoStack->endMacro();
    return int(fields.size());
}

void ConfigDocument::discardAll()
{
    if (m_pending.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Discard %n change(s)", nullptr, pendingCount()));
    const QStringList fields = m_pending.keys();
    for (const QString &field : fields)
        m_undoStack->push(UndoStack::Edit{field, m_pending.value(field), std::nullopt}, QString());
    m_undoStack->endMacro();
}

void ConfigDocument::dropPending(const QString &field)
{
    queue(field, std::nullopt, tr("Keep the server's value of %1").arg(FieldCatalog::info(field).label));
}

ChangeSet ConfigDocument::changeSet() const
{
    ChangeSet set;
    for (const PendingChange &change : pendingChanges()) {
        if (change.kind == PendingChange::Kind::Set)
            set.updates.append({change.field, change.value});
        else
            set.resets.append(change.field);
    }
    return set;
}

QList<Conflict> ConfigDocument::conflictsWith(const ImageMap &serverOverrides) const
{
    QList<Conflict> conflicts;
    const ImageMap &loaded = m_snapshot.overrides();
    for (const PendingChange &change : pendingChanges()) {
        const bool wasThere = loaded.contains(change.field);
        const bool isThere = serverOverrides.contains(change.field);
        const QString loadedValue = loaded.value(change.field);
        const QString serverValue = serverOverrides.value(change.field);
        if (wasThere != isThere || loadedValue != serverValue)
            conflicts.append(Conflict{change.field, loadedValue, serverValue, change});
    }
    return conflicts;
}

QStringList ConfigDocument::confirmedFields(const ChangeSet &sent, const ImageMap &overridesAfter)
{
    QStringList confirmed;
    for (const auto &[field, value] : sent.updates) {
        if (overridesAfter.value(field) == value)
            confirmed.append(field);
    }
    for (const QString &field : sent.resets) {
        if (!overridesAfter.contains(field))
            confirmed.append(field);
    }
    return confirmed;
}

void ConfigDocument::storePending(const QString &field, const std::optional<PendingChange> &change)
{
    const int before = pendingCount();
    if (change)
        m_pending.insert(field, *change);
    else
        m_pending.remove(field);
    Q_EMIT fieldChanged(field);
    if (pendingCount() != before)
        Q_EMIT pendingCountChanged(pendingCount());
}

void ConfigDocument::queue(const QString &field, const std::optional<PendingChange> &change, const QString &text)
{
    std::optional<PendingChange> after = change;
    if (after && isNoOp(*after))
        after.reset(); // back to what the server has: nothing left to send
    const std::optional<PendingChange> before = pendingChange(field);
    if (before == after)
        return;
    m_undoStack->push(UndoStack::Edit{field, before, after}, text);
}

bool ConfigDocument::isNoOp(const PendingChange &change) const
{
    return isSatisfiedBy(change, m_snapshot.overrides());
}

bool ConfigDocument::isSatisfiedBy(const PendingChange &change, const ImageMap &overrides)
{
    if (change.kind == PendingChange::Kind::Reset)
        return !overrides.contains(change.field);
    return overrides.contains(change.field) && overrides.value(change.field) == change.value;
}

} // namespace hci
