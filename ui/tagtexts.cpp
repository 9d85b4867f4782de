#include "tagtexts.h"

#include <QStringList>

namespace hci {

QString TagTexts::releaseWarning(const QString &tag, const ReleaseAge &age)
{
    QStringList supported;
    for (const QVersionNumber &release : age.supported)
        supported.append(release.toString());
    return tr("%1 is %n release(s) behind Harness's current release, %2: Harness supports the latest three "
              "releases of the add-on and the lite engine (%3); older ones get a warning in Harness.",
              nullptr, age.releasesBehind)
        .arg(tag, age.newest.toString(), supported.join(tr(", ")));
}

QString TagTexts::newerRelease(const QString &tag, const ReleaseAge &age)
{
    return tr("A newer release exists: %1 (%2 is %n release(s) behind it). This image is updated as needed; "
              "no support window applies.",
              nullptr, age.releasesBehind)
        .arg(age.newest.toString(), tag);
}

QString TagTexts::standing(const TagStanding &standing)
{
    QStringList marks;
    if (standing.aheadOfDefault)
        marks.append(tr("ahead of default"));
    else if (standing.isNewest && standing.isRelease)
        marks.append(tr("newest release"));
    else if (standing.supportRank == 1)
        marks.append(tr("supported (latest-1)"));
    else if (standing.supportRank == 2)
        marks.append(tr("supported (latest-2)"));
    else if (standing.isNewest)
        marks.append(tr("newest"));
    else if (standing.supportRank == 0)
        marks.append(tr("supported (latest)"));
    else if (standing.supportWindow && standing.hasVersion && standing.supportRank < 0)
        marks.append(tr("outside the supported window"));
    if (standing.isDefault)
        marks.append(tr("default"));
    if (!standing.variant.isEmpty())
        marks.append(standing.variant == QLatin1String("rootless") ? tr("rootless") : standing.variant);
    return marks.join(tr(" · "));
}

} // namespace hci
