#pragma once

#include "module.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace hci {

// The groups the table shows fields in, in display order.
enum class FieldGroup { CiCore, BuildAndPush, Buildx, UploadAndCache, Security, Iacm, Idp, Other };

// What the app knows about one image field of the execution config.
struct FieldInfo
{
    QString key;          // the API's field name, e.g. "gitCloneTag"
    FieldGroup group = FieldGroup::Other;
    QString label;        // translated, for people
    QString description;  // translated, one line: what the image does
    bool onK8 = true;
    bool onVm = true;
    bool known = false;   // false for keys a server sent that the catalog has never heard of

    bool existsOn(Infra infra) const { return infra == Infra::K8 ? onK8 : onVm; }
};

// The documented image fields. Keys it does not know are kept and shown under "Other".
class FieldCatalog
{
public:
    // Every known field, in display order (grouped).
    static QList<FieldInfo> all();

    // The known keys that exist on an infra, in display order.
    static QStringList keysFor(Infra infra);

    // The entry for a key; an unknown key gets group Other, its raw key as label, known == false.
    static FieldInfo info(const QString &key);

    static bool isKnown(QStringView key);
    // info(key).label, without the rest of the entry.
    static QString label(const QString &key);
    // The group a key shows under (Other for unknown keys), without building its FieldInfo.
    static FieldGroup groupOf(QStringView key);
    // A known key's position in display order; -1 for unknown keys.
    static int positionOf(QStringView key);

    // Orders keys for display: known keys by catalog position, then unknown keys alphabetically.
    static QStringList sorted(QStringList keys);

    static QString groupName(FieldGroup group);
    static QList<FieldGroup> groups();
};

} // namespace hci
