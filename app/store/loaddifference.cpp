#include "loaddifference.h"

#include "core/fieldcatalog.h"

#include <QCryptographicHash>
#include <QSet>

namespace hci {

QStringList LoadDifference::fields() const
{
    QStringList all;
    for (const DefaultChange &change : defaults)
        all.append(change.field);
    for (const OverrideChange &change : overrides)
        all.append(change.field);
    all.removeDuplicates();
    return FieldCatalog::sorted(all);
}

QStringList LoadDifference::overridesBehind() const
{
    QStringList behind;
    for (const DefaultChange &change : defaults) {
        if (change.overrideBehind || change.overrideUnsupported)
            behind.append(change.field);
    }
    return behind;
}

QString LoadDifference::fingerprint() const
{
    QStringList parts;
    for (const DefaultChange &change : defaults)
        parts << QStringLiteral("d") << change.field << change.oldDefault << change.newDefault;
    for (const OverrideChange &change : overrides)
        parts << QStringLiteral("o") << change.field << change.oldValue << change.newValue;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

LoadDifference LoadDifference::between(const ConfigSnapshot &before, const ConfigSnapshot &after)
{
    LoadDifference difference;
    QStringList fields = before.defaults().keys() + after.defaults().keys() + before.overrides().keys()
        + after.overrides().keys();
    fields.removeDuplicates();
    for (const QString &field : FieldCatalog::sorted(fields)) {
        const bool hadDefault = before.defaults().contains(field);
        const bool hasDefault = after.defaults().contains(field);
        if (hadDefault != hasDefault || before.defaults().value(field) != after.defaults().value(field)) {
            DefaultChange change;
            change.field = field;
            change.oldDefault = before.defaults().value(field);
            change.newDefault = after.defaults().value(field);
            const FieldComparison now = after.compare(field);
            if (now.overridden) {
                change.overrideValue = now.overrideValue;
                change.overrideBehind = now.state == FieldState::Behind;
                change.overrideUnsupported = now.state == FieldState::Deprecated
                    || now.state == FieldState::OverrideOnly;
            }
            difference.defaults.append(change);
        }
        const bool hadOverride = before.overrides().contains(field);
        const bool hasOverride = after.overrides().contains(field);
        if (hadOverride != hasOverride || before.overrides().value(field) != after.overrides().value(field))
            difference.overrides.append({field, before.overrides().value(field), after.overrides().value(field)});
    }
    return difference;
}

} // namespace hci
