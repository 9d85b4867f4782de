#include "pendingjournal.h"

#include "localstore.h"

#include "core/fieldcatalog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hci {

namespace {

QString kindName(PendingChange::Kind kind)
{
    return kind == PendingChange::Kind::Reset ? QStringLiteral("reset") : QStringLiteral("set");
}

} // namespace

QDateTime Journal::firstQueuedAt() const
{
    QDateTime first;
    for (const JournaledChange &change : changes) {
        if (!first.isValid() || change.queuedAt < first)
            first = change.queuedAt;
    }
    return first;
}

QDateTime Journal::lastQueuedAt() const
{
    QDateTime last;
    for (const JournaledChange &change : changes) {
        if (!last.isValid() || change.queuedAt > last)
            last = change.queuedAt;
    }
    return last;
}

QList<PendingChange> Journal::pendingChanges() const
{
    QList<PendingChange> result;
    for (const JournaledChange &change : changes)
        result.append(change.change);
    return result;
}

QList<Conflict> Journal::conflictsWith(const ImageMap &serverOverrides) const
{
    // A document loaded as it was when the changes were queued: the same rules as an apply.
    ImageMap loaded;
    for (const JournaledChange &change : changes) {
        if (change.baseOverride)
            loaded.insert(change.change.field, *change.baseOverride);
    }
    ConfigDocument document;
    document.setSnapshot(ConfigSnapshot(scope.module, scope.infra, {}, loaded));
    for (const JournaledChange &change : changes) {
        if (change.change.kind == PendingChange::Kind::Reset)
            document.resetField(change.change.field);
        else
            document.setOverride(change.change.field, change.change.value);
    }
    return document.conflictsWith(serverOverrides);
}

PendingJournal::PendingJournal(LocalStore *store)
    : m_store(store)
{
}

bool PendingJournal::write(const StoreScope &scope, const ImageMap &loadedOverrides,
                           const QList<PendingChange> &changes, const QDateTime &now)
{
    if (!scope.isValid())
        return false;
    QSqlDatabase db = m_store->database();
    const Journal before = readRows(scope, QStringLiteral("offered = 0"));
    QMap<QString, JournaledChange> kept;
    for (const JournaledChange &change : before.changes)
        kept.insert(change.change.field, change);

    if (!db.transaction()) {
        qCWarning(lcStore) << "journal: no transaction" << db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM journal WHERE scope_key = ? AND offered = 0"));
    query.addBindValue(scope.key());
    bool ok = query.exec();
    for (const PendingChange &change : changes) {
        if (!ok)
            break;
        const auto old = kept.constFind(change.field);
        const bool same = old != kept.cend() && old->change == change;
        const QDateTime queuedAt = same ? old->queuedAt : now;
        // The base is what was loaded when the change was first queued; it stays with the change.
        const bool hasBase = same ? old->baseOverride.has_value() : loadedOverrides.contains(change.field);
        const QString base = same ? old->baseOverride.value_or(QString()) : loadedOverrides.value(change.field);
        query.prepare(QStringLiteral("INSERT INTO journal (scope_key, profile_key, account_id, module, infra, field,"
                                     " kind, value, base_value, queued_at, offered)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
        query.addBindValue(scope.key());
        query.addBindValue(scope.profileKey);
        query.addBindValue(scope.accountId);
        query.addBindValue(moduleId(scope.module));
        query.addBindValue(infraId(scope.infra));
        query.addBindValue(change.field);
        query.addBindValue(kindName(change.kind));
        query.addBindValue(change.value.isNull() ? QStringLiteral("") : change.value); // NOT NULL column
        query.addBindValue(hasBase ? QVariant(base) : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(queuedAt.toMSecsSinceEpoch());
        ok = query.exec();
    }
    if (!ok) {
        qCWarning(lcStore) << "journal: write failed" << query.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

Journal PendingJournal::read(const StoreScope &scope) const
{
    const Journal live = readRows(scope, QStringLiteral("offered = 0"));
    const Journal aside = readRows(scope, QStringLiteral("offered = 1"));
    QMap<QString, JournaledChange> byField;
    for (const JournaledChange &change : aside.changes)
        byField.insert(change.change.field, change);
    for (const JournaledChange &change : live.changes)
        byField.insert(change.change.field, change);
    Journal journal;
    journal.scope = scope;
    for (const QString &field : FieldCatalog::sorted(byField.keys()))
        journal.changes.append(byField.value(field));
    return journal;
}

Journal PendingJournal::readSetAside(const StoreScope &scope) const
{
    return readRows(scope, QStringLiteral("offered = 1"));
}

Journal PendingJournal::readRows(const StoreScope &scope, const QString &condition) const
{
    Journal journal;
    journal.scope = scope;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT field, kind, value, base_value, queued_at FROM journal"
                                 " WHERE scope_key = ? AND %1")
                      .arg(condition));
    query.addBindValue(scope.key());
    if (!query.exec()) {
        qCWarning(lcStore) << "journal: read failed" << query.lastError().text();
        return journal;
    }
    QMap<QString, JournaledChange> byField;
    while (query.next()) {
        JournaledChange change;
        change.change.field = query.value(0).toString();
        change.change.kind = query.value(1).toString() == QLatin1String("reset") ? PendingChange::Kind::Reset
                                                                                 : PendingChange::Kind::Set;
        change.change.value = query.value(2).toString();
        if (!query.value(3).isNull())
            change.baseOverride = query.value(3).toString();
        change.queuedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        byField.insert(change.change.field, change);
    }
    for (const QString &field : FieldCatalog::sorted(byField.keys()))
        journal.changes.append(byField.value(field));
    return journal;
}

bool PendingJournal::setAside(const StoreScope &scope)
{
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    // A field set aside before and queued again since: the newer row replaces the older one.
    query.prepare(QStringLiteral("DELETE FROM journal WHERE scope_key = ? AND offered = 1 AND field IN"
                                 " (SELECT field FROM journal WHERE scope_key = ? AND offered = 0)"));
    query.addBindValue(scope.key());
    query.addBindValue(scope.key());
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("UPDATE journal SET offered = 1 WHERE scope_key = ? AND offered = 0"));
        query.addBindValue(scope.key());
        ok = query.exec();
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool PendingJournal::dropSetAside(const StoreScope &scope)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM journal WHERE scope_key = ? AND offered = 1"));
    query.addBindValue(scope.key());
    return query.exec();
}

QList<StoreScope> PendingJournal::scopes() const
{
    QList<StoreScope> result;
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("SELECT DISTINCT profile_key, account_id, module, infra FROM journal"
                                   " ORDER BY profile_key, account_id, module, infra")))
        return result;
    while (query.next()) {
        StoreScope scope;
        scope.profileKey = query.value(0).toString();
        scope.accountId = query.value(1).toString();
        scope.module = moduleFromId(query.value(2).toString()).value_or(Module::Ci);
        scope.infra = infraFromId(query.value(3).toString()).value_or(Infra::K8);
        result.append(scope);
    }
    return result;
}

} // namespace hci
