#pragma once

#include "core/configsnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hci {

// What changed on the server between two loads of one scope.
struct LoadDifference
{
    struct DefaultChange
    {
        QString field;
        QString oldDefault; // empty: the field had no default
        QString newDefault; // empty: the default is gone
        QString overrideValue; // the field's override now; empty when none
        bool overrideBehind = false;     // the override is now older than the default
        bool overrideUnsupported = false; // deprecated, or the default is gone
    };
    struct OverrideChange
    {
        QString field;
        QString oldValue; // empty: no override then
        QString newValue; // empty: no override now
    };

    QList<DefaultChange> defaults;
    QList<OverrideChange> overrides;

    bool isEmpty() const { return defaults.isEmpty() && overrides.isEmpty(); }
    // Every field named, once, in catalog order.
    QStringList fields() const;
    // The fields whose override is now behind or no longer supported.
    QStringList overridesBehind() const;
    // Stable for the same change, so that a dismissed panel does not return for it.
    QString fingerprint() const;

    static LoadDifference between(const ConfigSnapshot &before, const ConfigSnapshot &after);
};

} // namespace hci
