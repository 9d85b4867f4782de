#pragma once

#include "core/configsnapshot.h"
#include "core/module.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hci {

// What the sandbox server remembers: documented defaults per (module, infra) and the overrides of
// each (account, module, infra). No HTTP here, so the rules can be tested on their own.
class SandboxStore
{
public:
    SandboxStore(); // seeded from the documented answers in the app's resources

    ImageMap defaults(Module module, Infra infra) const;
    void setDefaults(Module module, Infra infra, const ImageMap &defaults);
    bool hasField(Module module, Infra infra, const QString &field) const;

    ImageMap overrides(const QString &account, Module module, Infra infra) const;
    // Defaults with the overrides laid over them (overridesOnly=false).
    ImageMap merged(const QString &account, Module module, Infra infra) const;

    // Overridden images one or more major versions behind their default, over both infras,
    // plus any set with setDeprecated().
    ImageMap deprecated(const QString &account, Module module) const;
    void setDeprecated(const QString &account, Module module, const ImageMap &images);

    // All-or-nothing. Returns false and the failing field's message (the server's wording) when
    // any field does not exist on the infra; nothing is saved then. A null value (no value) resets.
    struct Update
    {
        QString field;
        bool hasValue = false;
        QString value;
    };
    bool update(const QString &account, Module module, Infra infra, const QList<Update> &updates,
                QString *failure);
    bool reset(const QString &account, Module module, Infra infra, const QStringList &fields,
               QString *failure);

    // Forgets every override and every setDeprecated() mark, of every account.
    void clearOverrides();

    // A few overrides of each kind a row can show (older, mirrored, deprecated, same as the
    // default) for CI on K8, so that a person trying the app sees more than defaults.
    void seedDemoOverrides(const QString &account);

private:
    static QString slot(const QString &account, Module module, Infra infra);
    QHash<QString, ImageMap> m_defaults;   // key: module/infra
    QHash<QString, ImageMap> m_overrides;  // key: account/module/infra
    QHash<QString, ImageMap> m_deprecated; // key: account/module
};

} // namespace hci
