#pragma once

#include "imagereference.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace hci {

// Rules about one row that the table, the editor and the command line share: rootless rows keep
// their rootless form, and the images Harness ships together stay together.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(hci::FieldRules)

public:
    // A rootless row: its key says so (addonTagRootless), or its default's tag does
    // (harness/ci-addon:rootless-1.16.92, harness/drone-git:1.6.9-rootless).
    static bool isRootlessRow(const QString &field, const QString &defaultValue);

    // What text typed in an override cell stands for: a bare tag keeps the current repository
    // (ImageReference::fromEditorInput), and in a rootless row a bare version keeps the rootless
    // form: "1.16.93" over rootless-1.16.92 is rootless-1.16.93, over 1.6.9-rootless 1.6.10-rootless.
    static ImageReference resolveInput(QStringView typed, const QString &current, const QString &field = {},
                                       const QString &defaultValue = {});

    // Why a reference does not fit a rootless row (its tag is not rootless), translated; empty when it fits.
    static QString rootlessWarning(const QString &field, const QString &defaultValue, const QString &reference);

    // The field Harness ships with this one (addonTag and liteEngineTag, and their rootless twins); empty for others.
    static QString shippedWith(const QString &field);

    // Why the pair's versions do not match, translated; empty when they match or cannot be compared.
    static QString pairWarning(const QString &field, const QString &value, const QString &otherField,
                               const QString &otherValue);
};

} // namespace hci
