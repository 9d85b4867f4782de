#pragma once

#include "fieldstate.h"
#include "module.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hci {

// field name -> full image reference, as the API sends them.
using ImageMap = QMap<QString, QString>;

enum class VersionRelation { Unknown, Older, Same, Newer };

struct FieldComparison
{
    QString field;
    QString defaultValue;   // empty when the field has no default; JSON text for a read-only field
    QString overrideValue;  // empty when not overridden; JSON text for a read-only field
    bool overridden = false;
    bool deprecated = false;
    bool mirrored = false;  // the override pulls from another repository than the default
    bool readOnly = false;  // the server sent a value that is not text: shown, never sent back
    bool emptyOverrideStored = false; // a blank override, which the server treats as none
    VersionRelation relation = VersionRelation::Unknown;
    FieldState state = FieldState::Default; // one of the states the server's answers alone decide

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
    bool isEmpty() const { return m_defaults.isEmpty() && m_overrides.isEmpty() && m_readOnlyDefaults.isEmpty(); }

    // Fields whose value a newer server sent as something other than text (a boolean, a number, an
    // object), as JSON text. They show in the table, read-only; they are never part of a change.
    void setReadOnlyFields(ImageMap defaults, ImageMap overrides);
    const ImageMap &readOnlyDefaults() const { return m_readOnlyDefaults; }
    const ImageMap &readOnlyOverrides() const { return m_readOnlyOverrides; }
    bool isReadOnly(const QString &field) const;
    QStringList readOnlyFields() const; // in catalog order

    // The same defaults and read-only fields with overrides read again (after an apply), at a new time.
    ConfigSnapshot withOverrides(ImageMap overrides, ImageMap deprecated) const;

    // Every field the server named, in catalog order, unknown ones last.
    QStringList fields() const { return m_fields; }
    // Whether the server named the field, without a walk through fields().
    bool hasField(const QString &field) const;

    // The fields whose server values (default, override, deprecation, read-only value) differ between
    // two snapshots, in no particular order and possibly repeated: what a table must describe again.
    // Walks both in step, so it costs one pass, and nothing for maps the two still share.
    static QStringList changedFields(const ConfigSnapshot &before, const ConfigSnapshot &after);

    FieldComparison compare(const QString &field) const;
    // compare(field).overridden, without comparing: a blank override is none.
    bool isOverridden(const QString &field) const;
    QList<FieldComparison> comparisons() const;

    // Overrides that count: a blank one is no override for the server.
    int overrideCount() const;

private:
    void collectFields();

    Module m_module = Module::Ci;
    Infra m_infra = Infra::K8;
    ImageMap m_defaults;
    ImageMap m_overrides;
    ImageMap m_deprecated;
    ImageMap m_readOnlyDefaults;
    ImageMap m_readOnlyOverrides;
    QDateTime m_loadedAt;
    QStringList m_fields;
};

} // namespace hci
