#pragma once

#include "core/configdocument.h"
#include "core/module.h"
#include "harness/connection.h"

#include <QDateTime>
#include <optional>

class QSettings;

namespace hci {

// An apply that the app could not follow to its end, because the window closed while its writes were
// in flight: what was sent, kept in the settings (never a key), so that the next load of the same
// account and scope can tell the user which of the changes took.
struct UnsettledApply
{
    Module module = Module::Ci;
    Infra infra = Infra::K8;
    ChangeSet changes;
    QDateTime sentAt;
};

class UnsettledApplies
{
public:
    // The settings must outlive this object.
    explicit UnsettledApplies(QSettings *settings);

    void remember(const Connection &connection, const UnsettledApply &apply);
    // The record of this account and scope, removed from the settings; nullopt when there is none.
    std::optional<UnsettledApply> take(const Connection &connection, Module module, Infra infra);
    bool contains(const Connection &connection, Module module, Infra infra) const;

    // What the overrides read now say about a recorded apply: the fields that took and those that did not.
    static QStringList tookFields(const UnsettledApply &apply, const ImageMap &overridesNow);
    static QStringList notTakenFields(const UnsettledApply &apply, const ImageMap &overridesNow);

private:
    static QString group(const Connection &connection, Module module, Infra infra);
    QSettings *m_settings;
};

} // namespace hci
