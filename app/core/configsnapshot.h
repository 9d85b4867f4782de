#pragma once

#include "module.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hci {

// field name -> full image reference, as the API sends them.
using ImageMap = QMap<QString, QString>;

// What one row shows about a field, most telling first: a row is exactly one of these.
enum class FieldState {
    DefaultOnly,    // no override: Harness's default is used
    Overridden,     // an override that is neither older nor newer than the default (or not comparable)
    SameAsDefault,  // an override with exactly the default's value: harmless, but pinned
    Behind,         // an override with an older version than the default
    Ahead,          // an override with a newer version than the default
    Deprecated,     // listed by get-deprecated-config: a major version or more behind
    OverrideOnly    // an override for a field that has no default (the server dropped it)
};

enum class VersionRelation { Unknown, Older, Same, Newer };

struct FieldComparison
{
    QString field;
    QString defaultValue;   // empty when the field has no default
    QString overrideValue;  // empty when not overridden
    bool overridden = false;
    bool deprecated = false;
    bool mirrored = false;  // the override pulls from another repository than the default
    VersionRelation relation = VersionRelation::Unknown;
    FieldState state = FieldState::DefaultOnly;

    // The value pipelines use.
    QString effectiveValue() const { return overridden ? overrideValue : defaultValue; }
};

// Defaults, overrides and deprecated images of one (account, module, infra), as loaded at one time.
class ConfigSnapshot
{
public:
    ConfigSnapshot() = default;
    ConfigSnapshot(Module module, Infra infra, ImageMap defaults, ImageMap overrides, ImageMap deprecated = {},
                   QDateTime loadedAt = QDateTime::currentDateTimeUtc());

    Module module() const { return m_module; }
    Infra infra() const { return m_infra; }
    const ImageMap &defaults() const { return m_defaults; }
    const ImageMap &overrides() const { return m_overrides; }
    const ImageMap &deprecated() const { return m_deprecated; }
    QDateTime loadedAt() const { return m_loadedAt; }
    bool isEmpty() const { return m_defaults.isEmpty() && m_overrides.isEmpty(); }

    // Every field the server named, in catalog order, unknown ones last.
    QStringList fields() const { return m_fields; }

    FieldComparison compare(const QString &field) const;
    QList<FieldComparison> comparisons() const;

    int overrideCount() const { return int(m_overrides.size()); }

private:
    Module m_module = Module::Ci;
    Infra m_infra = Infra::K8;
    ImageMap m_defaults;
    ImageMap m_overrides;
    ImageMap m_deprecated;
    QDateTime m_loadedAt;
    QStringList m_fields;
};

} // namespace hci
