#include "history.h"

#include "localstore.h"

#include "core/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hci {

namespace {

// The stored text of an image map (compact JSON, keys in order): written directly, as a QJsonObject of
// thousands of keys costs a copy per insert; rows written through QJsonDocument read the same.
QString toJson(const ImageMap &images)
{
    return jsonObjectText(images);
}

ImageMap fromJson(const QString &text)
{
    ImageMap images;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) // keys in order: inserts at the end
        images.insert(images.cend(), it.key(), it.value().toString());
    return images;
}

bool sameServerState(const ConfigSnapshot &a, const ConfigSnapshot &b)
{
    return a.defaults() == b.defaults() && a.overrides() == b.overrides() && a.deprecated() == b.deprecated();
}

QVariant optionalText(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QJsonValue optionalJson(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

StoreScope scopeFrom(const QSqlQuery &query, int first)
{
    StoreScope scope;
    scope.profileKey = query.value(first).toString();
    scope.accountId = query.value(first + 1).toString();
    scope.module = moduleFromId(query.value(first + 2).toString()).value_or(Module::Ci);
    scope.infra = infraFromId(query.value(first + 3).toString()).value_or(Infra::K8);
    return scope;
}

} // namespace

int ApplyRecord::confirmedCount() const
{
    int count = 0;
    for (const AppliedField &field : fields)
        count += field.confirmed ? 1 : 0;
    return count;
}

QJsonObject ApplyRecord::toJson() const
{
    QJsonArray fieldArray;
    for (const AppliedField &field : fields) {
        fieldArray.append(QJsonObject{{QStringLiteral("field"), field.field},
                                      {QStringLiteral("before"), optionalJson(field.before)},
                                      {QStringLiteral("after"), optionalJson(field.after)},
                                      {QStringLiteral("confirmed"), field.confirmed}});
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("appliedAt"), appliedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("profile"), scope.profileKey},
                       {QStringLiteral("profileName"), profileName},
                       {QStringLiteral("account"), scope.accountId},
                       {QStringLiteral("module"), moduleId(scope.module)},
                       {QStringLiteral("infra"), infraId(scope.infra)},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("ok"), ok},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("correlationIds"), QJsonArray::fromStringList(correlationIds)},
                       {QStringLiteral("fields"), fieldArray}};
}

QString ApplyRecord::toCsv() const
{
    // Column names are data for spreadsheets and scripts, so they stay English.
    QStringList lines{QStringLiteral("id,applied_at,profile,account,module,infra,field,before,after,confirmed,"
                                     "correlation_ids")};
    for (const AppliedField &field : fields) {
        lines.append(QStringList{QString::number(id), appliedAt.toUTC().toString(Qt::ISODate),
                                 csvField(profileName.isEmpty() ? scope.profileKey : profileName),
                                 csvField(scope.accountId), moduleId(scope.module), infraId(scope.infra),
                                 csvField(field.field), csvField(field.before.value_or(QString())),
                                 csvField(field.after.value_or(QString())),
                                 field.confirmed ? QStringLiteral("yes") : QStringLiteral("no"),
                                 csvField(correlationIds.join(QLatin1Char(' ')))}
                         .join(QLatin1Char(',')));
    }
    return lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n");
}

QList<PendingChange> ApplyRecord::inverseChanges() const
{
    QList<PendingChange> inverse;
    for (const AppliedField &field : fields) {
        if (!field.confirmed)
            continue;
        if (field.before)
            inverse.append({field.field, PendingChange::Kind::Set, *field.before});
        else
            inverse.append({field.field, PendingChange::Kind::Reset, {}});
    }
    return inverse;
}

ChangeSet ApplyRecord::inverseChangeSet() const
{
    ChangeSet set;
    for (const PendingChange &change : inverseChanges()) {
        if (change.kind == PendingChange::Kind::Set)
            set.updates.append({change.field, change.value});
        else
            set.resets.append(change.field);
    }
    return set;
}

QStringList ApplyRecord::changedSince(const ImageMap &serverOverrides) const
{
    QStringList changed;
    for (const AppliedField &field : fields) {
        if (!field.confirmed)
            continue;
        const bool isThere = serverOverrides.contains(field.field);
        if (isThere != field.after.has_value() || (isThere && serverOverrides.value(field.field) != *field.after))
            changed.append(field.field);
    }
    return changed;
}

History::History(LocalStore *store)
    : m_store(store)
{
}

QString History::storedText(const ImageMap &images) const
{
    for (const StoredText &stored : m_storedTexts) {
        if (!stored.text.isNull() && stored.images.isSharedWith(images)) // a null text: a slot not used yet
            return stored.text;
    }
    StoredText &slot = m_storedTexts[m_nextStoredText];
    m_nextStoredText = (m_nextStoredText + 1) % 3;
    slot = StoredText{images, toJson(images)};
    return slot.text;
}

std::optional<History::LastLoadMark> History::lastLoadMark(const StoreScope &scope,
                                                          const ConfigSnapshot &snapshot) const
{
    // SQLite compares the texts; none of the stored JSON comes back here.
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT id, source, defaults_json = ? AND overrides_json = ? AND deprecated_json = ?"
                                 " FROM loads WHERE scope_key = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(storedText(snapshot.defaults()));
    query.addBindValue(storedText(snapshot.overrides()));
    query.addBindValue(storedText(snapshot.deprecated()));
    query.addBindValue(scope.key());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return LastLoadMark{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() == 1};
}

bool History::hasLoadBefore(const StoreScope &scope, qint64 id) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT 1 FROM loads WHERE scope_key = ? AND id < ? LIMIT 1"));
    query.addBindValue(scope.key());
    query.addBindValue(id);
    return query.exec() && query.next();
}

qint64 History::recordLoad(const StoreScope &scope, const ConfigSnapshot &snapshot, const QString &source)
{
    if (!scope.isValid())
        return 0;
    return recordLoad(scope, snapshot, source, lastLoadMark(scope, snapshot));
}

qint64 History::recordLoad(const StoreScope &scope, const ConfigSnapshot &snapshot, const QString &source,
                           const std::optional<LastLoadMark> &mark)
{
    if (mark && mark->storedTextSame)
        return 0;
    // A text that differs is read to be sure: one written by another version may spell the same state
    // differently.
    if (const auto last = mark ? lastLoad(scope) : std::nullopt; last && sameServerState(last->snapshot, snapshot))
        return 0;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO loads (scope_key, profile_key, account_id, module, infra, loaded_at,"
                                 " source, defaults_json, overrides_json, deprecated_json)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(scope.key());
    query.addBindValue(scope.profileKey);
    query.addBindValue(scope.accountId);
    query.addBindValue(moduleId(scope.module));
    query.addBindValue(infraId(scope.infra));
    const QDateTime loadedAt = snapshot.loadedAt().isValid() ? snapshot.loadedAt() : QDateTime::currentDateTimeUtc();
    query.addBindValue(loadedAt.toMSecsSinceEpoch());
    query.addBindValue(text(source));
    query.addBindValue(storedText(snapshot.defaults()));
    query.addBindValue(storedText(snapshot.overrides()));
    query.addBindValue(storedText(snapshot.deprecated()));
    if (!query.exec()) {
        qCWarning(lcStore) << "history: load not stored" << query.lastError().text();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    // What reading this row back would give, without parsing what was just written.
    StoredLoad stored;
    stored.id = id;
    stored.scope = scope;
    stored.loadedAt = QDateTime::fromMSecsSinceEpoch(loadedAt.toMSecsSinceEpoch(), Qt::UTC);
    stored.source = text(source);
    stored.snapshot = ConfigSnapshot(scope.module, scope.infra, snapshot.defaults(), snapshot.overrides(),
                                     snapshot.deprecated(), stored.loadedAt);
    m_lastRead = std::move(stored);
    // Loads are kept to compare with, not forever; applies are the record and stay.
    query.prepare(QStringLiteral("DELETE FROM loads WHERE scope_key = ? AND id NOT IN"
                                 " (SELECT id FROM loads WHERE scope_key = ? ORDER BY id DESC LIMIT ?)"));
    query.addBindValue(scope.key());
    query.addBindValue(scope.key());
    query.addBindValue(loadsKeptPerScope());
    if (!query.exec())
        qCWarning(lcStore) << "history: old loads not pruned" << query.lastError().text();
    return id;
}

std::optional<StoredLoad> History::loadWhere(const QString &condition, const QVariantList &values) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT id, profile_key, account_id, module, infra, loaded_at, source,"
                                 " defaults_json, overrides_json, deprecated_json FROM loads WHERE %1"
                                 " ORDER BY id DESC LIMIT 1")
                      .arg(condition));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredLoad load;
    load.id = query.value(0).toLongLong();
    load.scope = scopeFrom(query, 1);
    load.loadedAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
    load.source = query.value(6).toString();
    if (m_lastRead && m_lastRead->id == load.id && m_lastRead->loadedAt == load.loadedAt
        && m_lastRead->scope.key() == load.scope.key())
        return m_lastRead;
    load.snapshot = ConfigSnapshot(load.scope.module, load.scope.infra, fromJson(query.value(7).toString()),
                                   fromJson(query.value(8).toString()), fromJson(query.value(9).toString()),
                                   load.loadedAt);
    m_lastRead = load;
    return load;
}

std::optional<StoredLoad> History::lastLoad(const StoreScope &scope) const
{
    return loadWhere(QStringLiteral("scope_key = ?"), {scope.key()});
}

std::optional<StoredLoad> History::loadBefore(const StoreScope &scope, qint64 id) const
{
    return loadWhere(QStringLiteral("scope_key = ? AND id < ?"), {scope.key(), id});
}

QList<StoredLoad> History::loads(const StoreScope &scope) const
{
    QList<StoredLoad> result;
    for (auto load = lastLoad(scope); load; load = loadBefore(scope, load->id))
        result.append(*load);
    return result;
}

LoadDifference History::sinceLastLook(const StoreScope &scope, const ConfigSnapshot &now) const
{
    return sinceLastLook(scope, now, lastLoadMark(scope, now));
}

LoadDifference History::recordLoadSinceLastLook(const StoreScope &scope, const ConfigSnapshot &now)
{
    if (!scope.isValid())
        return {};
    const std::optional<LastLoadMark> mark = lastLoadMark(scope, now);
    LoadDifference difference = sinceLastLook(scope, now, mark); // reads only: the mark still holds
    recordLoad(scope, now, QStringLiteral("load"), mark);
    return difference;
}

LoadDifference History::sinceLastLook(const StoreScope &scope, const ConfigSnapshot &now,
                                      const std::optional<LastLoadMark> &mark) const
{
    if (!mark)
        return {};
    // Nothing new, nothing before it, or an apply's own read-back: nothing to tell, and no JSON to read.
    if (mark->storedTextSame && (mark->source == QLatin1String("apply") || !hasLoadBefore(scope, mark->id)))
        return {};
    const auto last = lastLoad(scope);
    if (!last)
        return {};
    LoadDifference difference;
    if (!sameServerState(last->snapshot, now)) {
        difference = LoadDifference::between(last->snapshot, now);
    } else if (last->source != QLatin1String("apply")) {
        // Nothing new since the last load: keep telling what that load brought until dismissed.
        if (const auto before = loadBefore(scope, last->id))
            difference = LoadDifference::between(before->snapshot, last->snapshot);
    }
    if (difference.isEmpty() || isDismissed(scope, difference))
        return {};
    return difference;
}

void History::dismiss(const StoreScope &scope, const LoadDifference &difference)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO dismissed_differences (scope_key, fingerprint, dismissed_at)"
                                 " VALUES (?, ?, ?)"));
    query.addBindValue(scope.key());
    query.addBindValue(difference.fingerprint());
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        qCWarning(lcStore) << "history: dismissal not stored" << query.lastError().text();
}

bool History::isDismissed(const StoreScope &scope, const LoadDifference &difference) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT 1 FROM dismissed_differences WHERE scope_key = ? AND fingerprint = ?"));
    query.addBindValue(scope.key());
    query.addBindValue(difference.fingerprint());
    return query.exec() && query.next();
}

qint64 History::recordApply(const ApplyRecord &record)
{
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO applies (scope_key, profile_key, profile_name, account_id, module,"
                                 " infra, applied_at, source, ok, message, correlation_ids)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.scope.key());
    query.addBindValue(record.scope.profileKey);
    query.addBindValue(text(record.profileName));
    query.addBindValue(record.scope.accountId);
    query.addBindValue(moduleId(record.scope.module));
    query.addBindValue(infraId(record.scope.infra));
    const QDateTime at = record.appliedAt.isValid() ? record.appliedAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(text(record.source));
    query.addBindValue(record.ok ? 1 : 0);
    query.addBindValue(text(record.message));
    query.addBindValue(text(record.correlationIds.join(QLatin1Char(' '))));
    bool ok = query.exec();
    const qint64 id = ok ? query.lastInsertId().toLongLong() : 0;
    for (int i = 0; ok && i < record.fields.size(); ++i) {
        const AppliedField &field = record.fields.at(i);
        query.prepare(QStringLiteral("INSERT INTO apply_fields (apply_id, position, field, before_value, after_value,"
                                     " confirmed) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(i);
        query.addBindValue(field.field);
        query.addBindValue(optionalText(field.before));
        query.addBindValue(optionalText(field.after));
        query.addBindValue(field.confirmed ? 1 : 0);
        ok = query.exec();
    }
    if (!ok) {
        qCWarning(lcStore) << "history: apply not stored" << query.lastError().text();
        db.rollback();
        return 0;
    }
    return db.commit() ? id : 0;
}

QList<ApplyRecord> History::applies(const HistoryFilter &filter) const
{
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;
    if (!filter.profileKey.isEmpty()) {
        conditions << QStringLiteral("profile_key = ?");
        values << filter.profileKey;
    }
    if (!filter.accountId.isEmpty()) {
        conditions << QStringLiteral("account_id = ?");
        values << filter.accountId;
    }
    if (filter.id > 0) {
        conditions << QStringLiteral("id = ?");
        values << filter.id;
    }
    if (filter.module) {
        conditions << QStringLiteral("module = ?");
        values << moduleId(*filter.module);
    }
    if (filter.infra) {
        conditions << QStringLiteral("infra = ?");
        values << infraId(*filter.infra);
    }
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT id, profile_key, account_id, module, infra, profile_name, applied_at, source,"
                                 " ok, message, correlation_ids FROM applies WHERE %1 ORDER BY id DESC LIMIT %2")
                      .arg(conditions.join(QLatin1String(" AND ")))
                      .arg(qMax(1, filter.limit)));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<ApplyRecord> records;
    if (!query.exec()) {
        qCWarning(lcStore) << "history: applies not read" << query.lastError().text();
        return records;
    }
    while (query.next()) {
        ApplyRecord record;
        record.id = query.value(0).toLongLong();
        record.scope = scopeFrom(query, 1);
        record.profileName = query.value(5).toString();
        record.appliedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        record.source = query.value(7).toString();
        record.ok = query.value(8).toInt() != 0;
        record.message = query.value(9).toString();
        record.correlationIds = query.value(10).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        records.append(record);
    }
    for (ApplyRecord &record : records)
        record.fields = appliedFields(record.id);
    return records;
}

std::optional<ApplyRecord> History::apply(qint64 id) const
{
    HistoryFilter one;
    one.id = id;
    const QList<ApplyRecord> found = applies(one);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<AppliedField> History::appliedFields(qint64 id) const
{
    QList<AppliedField> fields;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT field, before_value, after_value, confirmed FROM apply_fields"
                                 " WHERE apply_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return fields;
    while (query.next()) {
        AppliedField field;
        field.field = query.value(0).toString();
        if (!query.value(1).isNull())
            field.before = query.value(1).toString();
        if (!query.value(2).isNull())
            field.after = query.value(2).toString();
        field.confirmed = query.value(3).toInt() != 0;
        fields.append(field);
    }
    return fields;
}

QStringList History::profileKeys() const
{
    QStringList keys;
    QSqlQuery query(m_store->database());
    if (query.exec(QStringLiteral("SELECT DISTINCT profile_key FROM applies ORDER BY profile_key"))) {
        while (query.next())
            keys.append(query.value(0).toString());
    }
    return keys;
}

} // namespace hci
