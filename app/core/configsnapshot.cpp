#include "configsnapshot.h"

#include "fieldcatalog.h"
#include "imagereference.h"
#include "imageversion.h"

namespace hci {

ConfigSnapshot::ConfigSnapshot(Module module, Infra infra, ImageMap defaults, ImageMap overrides,
                               ImageMap deprecated, QDateTime loadedAt)
    : m_module(module)
    , m_infra(infra)
    , m_defaults(std::move(defaults))
    , m_overrides(std::move(overrides))
    , m_deprecated(std::move(deprecated))
    , m_loadedAt(std::move(loadedAt))
{
    QStringList keys = m_defaults.keys();
    keys += m_overrides.keys();
    m_fields = FieldCatalog::sorted(keys);
}

FieldComparison ConfigSnapshot::compare(const QString &field) const
{
    FieldComparison result;
    result.field = field;
    result.defaultValue = m_defaults.value(field);
    const auto override = m_overrides.constFind(field);
    result.overridden = override != m_overrides.cend();
    if (result.overridden)
        result.overrideValue = *override;
    result.deprecated = result.overridden && m_deprecated.contains(field);

    if (!result.overridden) {
        result.state = FieldState::DefaultOnly;
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
