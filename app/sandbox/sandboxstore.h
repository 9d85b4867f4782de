#pragma once

#include "core/configsnapshot.h"
#include "core/module.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hci {

// What the sandbox server remembers: documented defaults per (module, infra) and, like Harness's
// server, ONE stored document per account and module that holds the K8 and the VM overrides
// together. No HTTP here, so the rules can be tested on their own.
class SandboxStore
{
public:
    // The stored document of one account in one module's service: both infras at once.
    struct Document
    {
        ImageMap k8;
        ImageMap vm;
        ImageMap &images(Infra infra) { return infra == Infra::K8 ? k8 : vm; }
        const ImageMap &images(Infra infra) const { return infra == Infra::K8 ? k8 : vm; }
    };

    struct Update
    {
        QString field;
        bool hasValue = false; // false: a null or missing value, which resets
        QString value;
    };

    SandboxStore(); // seeded from the documented answers in the app's resources

    ImageMap defaults(Module module, Infra infra) const;
    void setDefaults(Module module, Infra infra, const ImageMap &defaults);
    // Listed by get-default-config for that module and infra.
    bool hasField(Module module, Infra infra, const QString &field) const;
    // Taken by update-config and reset-config: listed, and not one the server's setter lacks
    // (on VM, slsaVerificationTag is listed but refused).
    bool acceptsField(Module module, Infra infra, const QString &field) const;

    // The overrides as stored, blank values included (overridesOnly=true shows them as stored).
    ImageMap overrides(const QString &account, Module module, Infra infra) const;
    // Defaults with the overrides laid over them (overridesOnly=false); a blank override does not
    // count, the default shows.
    ImageMap merged(const QString &account, Module module, Infra infra) const;

    // The K8 addonTag and liteEngineTag overrides a major version or more behind their default,
    // plus any set with setDeprecated().
    ImageMap deprecated(const QString &account, Module module) const;
    void setDeprecated(const QString &account, Module module, const ImageMap &images);

    // The server's write path, in its three steps: load the whole document, change it in memory,
    // save it whole. No version check: a save overwrites whatever was saved since the load.
    Document load(const QString &account, Module module) const;
    // Applies the list in order. Returns false and the server's own message ("Field X does not
    // exist for infra type: VM") at the first field the infra does not take; the caller then
    // drops the document, so nothing of the list is saved.
    bool change(Document &document, Module module, Infra infra, const QList<Update> &updates,
                QString *failure) const;
    void save(const QString &account, Module module, const Document &document);

    // load, change and save at once. All-or-nothing.
    bool update(const QString &account, Module module, Infra infra, const QList<Update> &updates,
                QString *failure);
    bool reset(const QString &account, Module module, Infra infra, const QStringList &fields,
               QString *failure);

    // Forgets every override and every setDeprecated() mark, of every account.
    void clearOverrides();

    // A few overrides of each kind a row can show for CI on K8 (older, mirrored, a plugin a major
    // behind, same as the default), so that a person trying the app sees more than defaults. Like
    // Harness, get-deprecated-config does not list the plugin: it looks at the add-on and the lite
    // engine only.
    void seedDemoOverrides(const QString &account);

    // What Harness's server counts as "not set": null, empty or only whitespace.
    static bool isBlank(const QString &value);

private:
    static QString documentSlot(const QString &account, Module module);
    QHash<QString, ImageMap> m_defaults;   // key: module/infra
    QHash<QString, Document> m_documents;  // key: account/module
    QHash<QString, ImageMap> m_deprecated; // key: account/module
};

} // namespace hci
