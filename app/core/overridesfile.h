#pragma once

#include "core/configsnapshot.h"
#include "core/module.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hci {

// The overrides of one module and infrastructure.
struct ScopeOverrides
{
    Module module = Module::Ci;
    Infra infra = Infra::K8;
    ImageMap overrides;
};

// What `export` writes and `apply` reads:
//   {"format": "harness-ci-images.overrides/1", "account": ID, "exported": ISO-8601,
//    "scopes": [{"module": "ci", "infra": "K8", "overrides": {FIELD: IMAGE}}]}
// It holds field names and image references only, never a key.
struct OverridesFile
{
    Q_DECLARE_TR_FUNCTIONS(hci::OverridesFile)

public:
    static QString formatId();

    QString account;
    QDateTime exported;
    QList<ScopeOverrides> scopes;

    QByteArray toJson() const;

    // The same overrides as Terraform for Harness's provider: one harness_platform_default_images
    // resource per override, after a comment naming the account and the export time.
    QByteArray toTerraform() const;

    // Checks the format, every scope and every image reference. On failure `problems` lists each
    // one, translated, and the result is empty.
    static std::optional<OverridesFile> fromJson(const QByteArray &json, QStringList *problems);
};

} // namespace hci
