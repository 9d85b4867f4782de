// The table model's rows: built once per field set in one pass, then kept up to date row by row,
// so that a load costs the same few microseconds per field at any size and an apply, a tag lookup
// or an edit touches only the rows it changes.
#include "configtreemodel.h"

#include "core/configdocument.h"
#include "core/fieldrules.h"
#include "core/knowntags.h"

#include <algorithm>
#include <array>
#include <vector>

namespace hci {

namespace {

constexpr int kGroupCount = int(FieldGroup::Other) + 1;

bool sameInfo(const FieldInfo &a, const FieldInfo &b)
{
    return a.key == b.key && a.group == b.group && a.label == b.label && a.description == b.description
        && a.onK8 == b.onK8 && a.onVm == b.onVm && a.known == b.known;
}

bool sameComparison(const FieldComparison &a, const FieldComparison &b)
{
    return a.field == b.field && a.defaultValue == b.defaultValue && a.overrideValue == b.overrideValue
        && a.overridden == b.overridden && a.deprecated == b.deprecated && a.mirrored == b.mirrored
        && a.readOnly == b.readOnly && a.emptyOverrideStored == b.emptyOverrideStored && a.relation == b.relation
        && a.state == b.state;
}

bool sameAge(const std::optional<ReleaseAge> &a, const std::optional<ReleaseAge> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->version == b->version && a->newest == b->newest && a->supported == b->supported
        && a->releasesBehind == b->releasesBehind && a->supportWindow == b->supportWindow
        && a->aheadOfDefault == b->aheadOfDefault;
}

} // namespace

bool ConfigTreeModel::sameLook(const Row &a, const Row &b)
{
    return a.queued == b.queued && a.resetQueued == b.resetQueued && a.state == b.state && a.differs == b.differs
        && a.releaseNotChecked == b.releaseNotChecked && a.proposed == b.proposed
        && a.repositoryKey == b.repositoryKey && a.imageText == b.imageText && a.defaultText == b.defaultText
        && a.overrideText == b.overrideText && a.editValue == b.editValue && a.searchText == b.searchText
        && a.warnings == b.warnings && sameAge(a.age, b.age) && sameComparison(a.server, b.server)
        && sameInfo(a.info, b.info);
}

void ConfigTreeModel::rebuild()
{
    m_groups.clear();
    m_positions.clear();
    m_rowCount = 0;
    m_rowsByRepository.clear();
    m_shown = ConfigSnapshot();
    if (!m_document->hasSnapshot())
        return;
    m_shown = m_document->snapshot();
    const QStringList fields = m_shown.fields();

    // One pass over the fields, each into its group's bucket; the buckets then go in catalog order.
    std::array<Group, kGroupCount> buckets;
    std::array<qsizetype, kGroupCount> sizes{};
    std::vector<FieldGroup> groupOfField;
    groupOfField.reserve(std::size_t(fields.size()));
    for (const QString &field : fields) {
        groupOfField.push_back(FieldCatalog::groupOf(field));
        ++sizes[std::size_t(groupOfField.back())];
    }
    for (const FieldGroup group : FieldCatalog::groups()) {
        Group &bucket = buckets[std::size_t(group)];
        bucket.group = group;
        bucket.fields.reserve(sizes[std::size_t(group)]);
        bucket.rows.reserve(sizes[std::size_t(group)]);
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        Group &bucket = buckets[std::size_t(groupOfField[std::size_t(i)])];
        Row &row = bucket.rows.emplaceBack(); // made in place: a row is two dozen members to move
        fillPlaceholder(&row, field);
        bucket.overridden += row.server.overridden ? 1 : 0;
        bucket.queued += row.queued ? 1 : 0;
        bucket.fields.append(field);
    }
    for (const FieldGroup group : FieldCatalog::groups()) {
        Group &bucket = buckets[std::size_t(group)];
        if (!bucket.fields.isEmpty())
            m_groups.append(std::move(bucket));
    }
    m_rowCount = fields.size();
}

const QHash<QString, ConfigTreeModel::RowPosition> &ConfigTreeModel::positions() const
{
    // Built on the first lookup by key (an edit, a read-back, a note), not by the load itself.
    if (m_positions.isEmpty() && m_rowCount > 0) {
        m_positions.reserve(m_rowCount);
        for (int g = 0; g < m_groups.size(); ++g) {
            const QStringList &fields = m_groups.at(g).fields;
            for (int r = 0; r < fields.size(); ++r)
                m_positions.insert(fields.at(r), RowPosition{g, r});
        }
    }
    return m_positions;
}

void ConfigTreeModel::onSnapshotChanged()
{
    const ConfigSnapshot &snapshot = m_document->snapshot();
    const bool sameFields = m_document->hasSnapshot() && m_rowCount > 0 && snapshot.module() == m_shown.module()
        && snapshot.infra() == m_shown.infra() && snapshot.fields() == m_shown.fields();
    if (!sameFields) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    // The same fields in the same scope (an apply's read-back, a refresh): only the rows whose server
    // values changed, or whose queued change the new snapshot may have confirmed, are described again,
    // and selection, expanded groups and scrolling stay as the user left them.
    QStringList fields = ConfigSnapshot::changedFields(m_shown, snapshot);
    for (const Group &group : std::as_const(m_groups)) {
        for (qsizetype r = 0; r < group.rows.size(); ++r) {
            if (group.rows.at(r).queued)
                fields.append(group.fields.at(r)); // a placeholder row has no key of its own
        }
    }
    m_shown = snapshot;
    refreshFields(fields);
}

void ConfigTreeModel::setKnownTags(const KnownTags *knownTags)
{
    if (m_knownTags)
        disconnect(m_knownTags, nullptr, this, nullptr);
    m_knownTags = knownTags;
    if (m_knownTags) {
        connect(m_knownTags, &KnownTags::changed, this, &ConfigTreeModel::onTagsChanged);
        connect(m_knownTags, &KnownTags::cleared, this, [this] { onTagsChanged(QString()); });
    }
    onTagsChanged(QString());
}

void ConfigTreeModel::onTagsChanged(const QString &repository)
{
    if (repository.isEmpty()) {
        refreshRows(allRows());
        return;
    }
    // Of the rows overriding from that repository, only the release age can change: a row is
    // described again when it does (a lookup that starts changes none).
    QList<RowPosition> positions;
    for (const RowPosition position : m_rowsByRepository.value(repository)) {
        const Row &row = m_groups.at(position.group).rows.at(position.row);
        const std::optional<ReleaseAge> age = m_knownTags && !row.server.readOnly && !row.proposed.isEmpty()
            ? m_knownTags->ageOf(row.proposed, row.server.defaultValue)
            : std::nullopt;
        if (!sameAge(age, row.age))
            positions.append(position);
    }
    refreshRows(std::move(positions));
}

void ConfigTreeModel::onFieldChanged(const QString &field)
{
    refreshFields({field});
}

void ConfigTreeModel::refreshFields(const QStringList &fields)
{
    // The add-on and the lite engine warn about each other: a change to one redraws both.
    const QHash<QString, RowPosition> &byField = positions();
    QList<RowPosition> rows;
    rows.reserve(fields.size() * 2);
    for (const QString &field : fields) {
        for (const QString &changed : {field, FieldRules::shippedWith(field)}) {
            const auto it = changed.isEmpty() ? byField.cend() : byField.constFind(changed);
            if (it != byField.cend())
                rows.append(*it);
        }
    }
    refreshRows(std::move(rows));
}

QList<ConfigTreeModel::RowPosition> ConfigTreeModel::allRows() const
{
    QList<RowPosition> rows;
    rows.reserve(m_rowCount);
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups.at(g).rows.size(); ++r)
            rows.append(RowPosition{g, r});
    }
    return rows;
}

void ConfigTreeModel::refreshRows(QList<RowPosition> positions)
{
    std::sort(positions.begin(), positions.end());
    // Consecutive changed rows of a group go out as one range, then each touched group's summary row.
    RowPosition first;
    RowPosition last;
    const auto flush = [this, &first, &last] {
        if (first.group < 0)
            return;
        const QModelIndex parent = index(first.group, 0);
        Q_EMIT dataChanged(index(first.row, 0, parent), index(last.row, ColumnCount - 1, parent));
        first = RowPosition{};
    };
    QList<int> touchedGroups;
    RowPosition previous;
    for (const RowPosition position : std::as_const(positions)) {
        if (position.group == previous.group && position.row == previous.row)
            continue;
        previous = position;
        // A row nobody has looked at is only counted and searched; a change to it is still told, so
        // that the filter looks at it again.
        const QString &field = m_groups.at(position.group).fields.at(position.row);
        const Row &current = m_groups.at(position.group).rows.at(position.row);
        Row fresh = current.described ? describe(field) : placeholder(field);
        if (!current.described && !current.searchText.isEmpty()) // the filter has seen this row's text
            fresh.searchText = searchTextOf(field, FieldCatalog::label(field), m_document->proposedOverride(field));
        if (!replaceRow(position, std::move(fresh)))
            continue;
        if (first.group == position.group && last.row + 1 == position.row) {
            last = position;
        } else {
            flush();
            first = last = position;
        }
        if (touchedGroups.isEmpty() || touchedGroups.constLast() != position.group)
            touchedGroups.append(position.group);
    }
    flush();
    // The group rows sum up their fields.
    for (qsizetype i = 0; i < touchedGroups.size();) {
        qsizetype end = i + 1;
        while (end < touchedGroups.size() && touchedGroups.at(end) == touchedGroups.at(end - 1) + 1)
            ++end;
        Q_EMIT dataChanged(index(touchedGroups.at(i), FieldColumn), index(touchedGroups.at(end - 1), FieldColumn));
        i = end;
    }
}

ConfigTreeModel::Row ConfigTreeModel::placeholder(const QString &field) const
{
    Row row;
    fillPlaceholder(&row, field);
    return row;
}

void ConfigTreeModel::fillPlaceholder(Row *row, const QString &field) const
{
    row->server.overridden = m_document->snapshot().isOverridden(field);
    row->queued = m_document->pendingChange(field).has_value();
    // the search text waits until the filter asks (searchTextAt)
}

const QString &ConfigTreeModel::searchTextAt(RowPosition position) const
{
    Row &row = m_groups[position.group].rows[position.row];
    if (row.searchText.isEmpty()) {
        const QString &field = m_groups.at(position.group).fields.at(position.row);
        row.searchText = searchTextOf(field, FieldCatalog::label(field), m_document->proposedOverride(field));
    }
    return row.searchText;
}

const ConfigTreeModel::Row &ConfigTreeModel::describedRow(RowPosition position) const
{
    Group &group = m_groups[position.group];
    Row &row = group.rows[position.row];
    if (!row.described) {
        Row fresh = describe(group.fields.at(position.row));
        // The placeholder's counts are the described row's (ConfigSnapshot::isOverridden); kept exact anyway.
        group.overridden += int(fresh.server.overridden) - int(row.server.overridden);
        group.queued += int(fresh.queued) - int(row.queued);
        indexRepository(fresh.repositoryKey, position);
        row = std::move(fresh);
    }
    return row;
}

bool ConfigTreeModel::replaceRow(RowPosition position, Row row)
{
    Group &group = m_groups[position.group];
    Row &old = group.rows[position.row];
    bool same = false;
    if (old.described && row.described)
        same = sameLook(old, row);
    else if (!old.described && !row.described)
        same = old.server.overridden == row.server.overridden && old.queued == row.queued
            && old.searchText == row.searchText;
    if (same)
        return false;
    group.overridden += int(row.server.overridden) - int(old.server.overridden);
    group.queued += int(row.queued) - int(old.queued);
    if (old.repositoryKey != row.repositoryKey) {
        unindexRepository(old.repositoryKey, position);
        indexRepository(row.repositoryKey, position);
    }
    old = std::move(row);
    return true;
}

void ConfigTreeModel::indexRepository(const QString &repository, RowPosition position) const
{
    if (!repository.isEmpty())
        m_rowsByRepository[repository].append(position);
}

void ConfigTreeModel::unindexRepository(const QString &repository, RowPosition position)
{
    const auto it = m_rowsByRepository.find(repository);
    if (it == m_rowsByRepository.end())
        return;
    it->removeIf([position](RowPosition p) { return p.group == position.group && p.row == position.row; });
    if (it->isEmpty())
        m_rowsByRepository.erase(it);
}

QModelIndex ConfigTreeModel::indexForField(const QString &field, int column) const
{
    const auto it = positions().constFind(field);
    if (it == positions().cend())
        return {};
    return index(it->row, column, index(it->group, 0));
}

} // namespace hci
