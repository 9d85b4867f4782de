#pragma once

#include "core/releasewindow.h"

#include <QCoreApplication>
#include <QString>

namespace hci {

// The words the table and the tag editor use about tags and release windows.
class TagTexts
{
    Q_DECLARE_TR_FUNCTIONS(hci::TagTexts)

public:
    // "1.16.80 is 12 releases behind the newest, 1.16.92: Harness supports the latest three (1.16.92, 1.16.91, 1.16.90)."
    static QString releaseWarning(const QString &tag, const ReleaseAge &age);
    // "A newer release exists: 1.5.3 (1.5.0 is 3 behind). Plugin images are updated as needed."
    static QString newerRelease(const QString &tag, const ReleaseAge &age);
    // "newest · default · rootless", "supported (latest-2)": what marks a tag in the editor's list.
    static QString standing(const TagStanding &standing);
};

} // namespace hci
