#include "configsnapshot.h"

#include "fieldcatalog.h"
#include "imagereference.h"
#include "imageversion.h"

#include <algorithm>
#include <utility>

namespace hci {

namespace {

// The server's own test: a blank override is none (StringUtils.isBlank).
bool isBlank(const QString &value)
{
    return value.trimmed().isEmpty();
}

// Appends the keys whose presence or value differs between two maps, walking both in key order.
void appendDifferences(const ImageMap &before, const ImageMap &after, QStringList *changed)
{
    if (before.isSharedWith(after))
        return;
    auto b = before.cbegin();
    auto a = after.cbegin();
    while (b != before.cend() || a != after.cend()) {
        if (a == after.cend() || (b != before.cend() && b.key() < a.key())) {
            changed->append(b.key());
            ++b;
        } else if (b == before.cend() || a.key() < b.key()) {
            changed->append(a.key());
            ++a;
        } else {
            if (b.value() != a.value())
                changed->append(b.key());
            ++b;
            ++a;
        }
    }
}

// The sorted union of a sorted key list and a map's keys.
QStringList mergeKeys(const QStringList &sorted, const ImageMap &map)
{
    if (map.isEmpty())
        return sorted;
    QStringList merged;
    merged.reserve(sorted.size() + map.size());
    auto s = sorted.cbegin();
    auto m = map.keyBegin();
    while (s != sorted.cend() || m != map.keyEnd()) {
        if (m == map.keyEnd() || (s != sorted.cend() && *s < *m)) {
            merged.append(*s++);
        } else {
            if (s != sorted.cend() && *s == *m)
                ++s;
            merged.append(*m++);
        }
    }
    return merged;
}

} // namespace

QStringList ConfigSnapshot::changedFields(const ConfigSnapshot &before, const ConfigSnapshot &after)
{
    QStringList changed;
    appendDifferences(before.m_defaults, after.m_defaults, &changed);
    appendDifferences(before.m_overrides, after.m_overrides, &changed);
    appendDifferences(before.m_deprecated, after.m_deprecated, &changed);
    appendDifferences(before.m_readOnlyDefaults, after.m_readOnlyDefaults, &changed);
    appendDifferences(before.m_readOnlyOverrides, after.m_readOnlyOverrides, &changed);
    return changed;
}

ConfigSnapshot::ConfigSnapshot(Module module, Infra infra, ImageMap defaults, ImageMap overrides,
                               ImageMap deprecated, QDateTime loadedAt)
    : m_module(module)
    , m_infra(infra)
    , m_defaults(std::move(defaults))
    , m_overrides(std::move(overrides))
    , m_deprecated(std::move(deprecated))
    , m_loadedAt(std::move(loadedAt))
{
    collectFields();
}

void ConfigSnapshot::setReadOnlyFields(ImageMap defaults, ImageMap overrides)
{
    if (defaults.isEmpty() && overrides.isEmpty() && m_readOnlyDefaults.isEmpty() && m_readOnlyOverrides.isEmpty())
        return; // nothing read-only before or now: the fields stay as they are
    m_readOnlyDefaults = std::move(defaults);
    m_readOnlyOverrides = std::move(overrides);
    // A field cannot be both: the value that is not text wins, so that nothing is ever sent for it.
    for (auto it = m_readOnlyDefaults.cbegin(); it != m_readOnlyDefaults.cend(); ++it)
        m_defaults.remove(it.key());
    for (auto it = m_readOnlyOverrides.cbegin(); it != m_readOnlyOverrides.cend(); ++it)
        m_overrides.remove(it.key());
    collectFields();
}

ConfigSnapshot ConfigSnapshot::withOverrides(ImageMap overrides, ImageMap deprecated) const
{
    ConfigSnapshot snapshot(*this);
    snapshot.m_overrides = std::move(overrides);
    snapshot.m_deprecated = std::move(deprecated);
    snapshot.m_loadedAt = QDateTime::currentDateTimeUtc();
    // As in setReadOnlyFields: a field whose value is not text never takes an image override.
    for (auto it = m_readOnlyOverrides.cbegin(); it != m_readOnlyOverrides.cend(); ++it)
        snapshot.m_overrides.remove(it.key());
    // Overrides of fields that have defaults, before and after, leave the fields as they were.
    const auto haveDefaults = [this](const ImageMap &images) {
        for (auto it = images.keyBegin(); it != images.keyEnd(); ++it) {
            if (!m_defaults.contains(*it) && !m_readOnlyDefaults.contains(*it))
                return false;
        }
        return true;
    };
    if (!haveDefaults(m_overrides) || !haveDefaults(snapshot.m_overrides))
        snapshot.collectFields();
    return snapshot;
}

bool ConfigSnapshot::hasField(const QString &field) const
{
    return m_defaults.contains(field) || m_overrides.contains(field) || isReadOnly(field);
}

bool ConfigSnapshot::isReadOnly(const QString &field) const
{
    return m_readOnlyDefaults.contains(field) || m_readOnlyOverrides.contains(field);
}

QStringList ConfigSnapshot::readOnlyFields() const
{
    return FieldCatalog::sorted(m_readOnlyDefaults.keys() + m_readOnlyOverrides.keys());
}

void ConfigSnapshot::collectFields()
{
    // The maps' keys are sorted already: merged in one pass they give every field once, the unknown
    // ones in alphabetical order; only the few known ones are put in catalog order.
    QStringList keys;
    for (const ImageMap *map : {&m_defaults, &m_overrides, &m_readOnlyDefaults, &m_readOnlyOverrides})
        keys = mergeKeys(keys, *map);
    QList<std::pair<int, QString>> known;
    QStringList unknown;
    unknown.reserve(keys.size());
    for (QString &key : keys) {
        const int position = FieldCatalog::positionOf(key);
        if (position >= 0)
            known.append({position, std::move(key)});
        else
            unknown.append(std::move(key));
    }
    std::sort(known.begin(), known.end());
    m_fields.clear();
    m_fields.reserve(known.size() + unknown.size());
    for (auto &entry : known)
        m_fields.append(std::move(entry.second));
    m_fields.append(std::move(unknown));
}

int ConfigSnapshot::overrideCount() const
{
    int count = 0;
    for (const QString &value : m_overrides)
        count += isBlank(value) ? 0 : 1;
    return count;
}

bool ConfigSnapshot::isOverridden(const QString &field) const
{
    // Read-only overrides were taken out of m_overrides (setReadOnlyFields).
    return m_readOnlyOverrides.contains(field) || !isBlank(m_overrides.value(field));
}

FieldComparison ConfigSnapshot::compare(const QString &field) const
{
    FieldComparison result;
    result.field = field;

    if (isReadOnly(field)) {
        result.readOnly = true;
        result.defaultValue = m_readOnlyDefaults.contains(field) ? m_readOnlyDefaults.value(field)
                                                                 : m_defaults.value(field);
        const bool readOnlyOverride = m_readOnlyOverrides.contains(field);
        result.overridden = readOnlyOverride || !isBlank(m_overrides.value(field));
        result.overrideValue = readOnlyOverride ? m_readOnlyOverrides.value(field) : m_overrides.value(field);
        result.state = FieldState::ReadOnly;
        return result;
    }

    result.defaultValue = m_defaults.value(field);
    const auto override = m_overrides.constFind(field);
    if (override != m_overrides.cend() && isBlank(*override)) {
        result.emptyOverrideStored = true;
        result.state = FieldState::EmptyOverride;
        return result;
    }
    result.overridden = override != m_overrides.cend();
    if (result.overridden)
        result.overrideValue = *override;
    // What get-deprecated-config says, about the override it judged; nothing of our own.
    const auto listed = m_deprecated.constFind(field);
    result.deprecated = result.overridden && listed != m_deprecated.cend()
        && (listed->isEmpty() || *listed == result.overrideValue);

    if (!result.overridden) {
        result.state = FieldState::Default;
        return result;
    }
    if (result.defaultValue.isEmpty()) {
        result.state = result.deprecated ? FieldState::Deprecated : FieldState::OverrideOnly;
        return result;
    }

    const ImageReference defaultRef = ImageReference::parse(result.defaultValue);
    const ImageReference overrideRef = ImageReference::parse(result.overrideValue);
    result.mirrored = defaultRef.isValid() && overrideRef.isValid() && !defaultRef.sameRepository(overrideRef);
    if (defaultRef.isValid() && overrideRef.isValid()) {
        if (const auto order = compareTagVersions(overrideRef.tag(), defaultRef.tag())) {
            result.relation = *order < 0 ? VersionRelation::Older
                                         : (*order > 0 ? VersionRelation::Newer : VersionRelation::Same);
        }
    }

    if (result.deprecated)
        result.state = FieldState::Deprecated;
    else if (result.overrideValue == result.defaultValue)
        result.state = FieldState::SameAsDefault;
    else if (result.relation == VersionRelation::Older)
        result.state = FieldState::Behind;
    else if (result.relation == VersionRelation::Newer)
        result.state = FieldState::Ahead;
    else
        result.state = FieldState::Overridden;
    return result;
}

QList<FieldComparison> ConfigSnapshot::comparisons() const
{
    QList<FieldComparison> result;
    result.reserve(m_fields.size());
    for (const QString &field : m_fields)
        result.append(compare(field));
    return result;
}

} // namespace hci
