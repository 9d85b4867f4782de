#include "releasewindow.h"

#include "imagereference.h"
#include "imageversion.h"

#include <algorithm>

namespace hci {

bool ReleaseAge::isOutsideWindow() const
{
    return supportWindow && !aheadOfDefault && releasesBehind >= ReleaseWindow::kSupportedReleases;
}

bool isHarnessReleaseTrain(const ImageReference &reference)
{
    if (!reference.isValid())
        return false;
    const QStringList parts = reference.path().split(u'/');
    if (parts.size() < 2 || parts.at(parts.size() - 2) != QLatin1String("harness"))
        return false;
    return parts.last() == QLatin1String("ci-addon") || parts.last() == QLatin1String("ci-lite-engine");
}

bool isHarnessReleaseTrain(const QString &reference)
{
    return isHarnessReleaseTrain(ImageReference::parse(reference));
}

ReleaseWindow ReleaseWindow::appliedTo(const QString &reference, const QString &defaultReference) const
{
    ReleaseWindow window = *this;
    window.m_supportWindow = isHarnessReleaseTrain(reference);
    window.m_ceiling = {};
    if (!window.m_supportWindow)
        return window;
    const ImageReference defaultRef = ImageReference::parse(defaultReference);
    if (!isHarnessReleaseTrain(defaultRef))
        return window;
    const auto defaultVersion = ImageVersion::fromTag(defaultRef.tag());
    if (!defaultVersion)
        return window;
    // Tags newer than the default are not yet Harness's release: the window ends at the default.
    window.m_ceiling = defaultVersion->number().normalized();
    window.m_releases.removeIf([&window](const QVersionNumber &release) {
        return QVersionNumber::compare(release.normalized(), window.m_ceiling) > 0;
    });
    return window;
}

ReleaseWindow ReleaseWindow::fromTags(const QStringList &tags)
{
    ReleaseWindow window;
    for (const QString &tag : tags) {
        const auto version = ImageVersion::fromTag(tag);
        // x.y.z only: a date or build number ("20240101", "3.19") would pass for the newest release.
        if (!version || !version->variant().isEmpty() || version->number().segmentCount() != 3)
            continue;
        const QVersionNumber number = version->number();
        if (!window.m_releases.contains(number))
            window.m_releases.append(number);
    }
    std::sort(window.m_releases.begin(), window.m_releases.end(),
              [](const QVersionNumber &a, const QVersionNumber &b) { return QVersionNumber::compare(a, b) > 0; });
    return window;
}

QVersionNumber ReleaseWindow::newest() const
{
    return m_releases.isEmpty() ? QVersionNumber() : m_releases.first();
}

QList<QVersionNumber> ReleaseWindow::supported() const
{
    return m_releases.mid(0, kSupportedReleases);
}

std::optional<ReleaseAge> ReleaseWindow::ageOf(QStringView tag) const
{
    const auto version = ImageVersion::fromTag(tag);
    if (!version || m_releases.isEmpty())
        return std::nullopt;
    ReleaseAge age;
    age.supportWindow = m_supportWindow;
    age.aheadOfDefault = !m_ceiling.isNull()
        && QVersionNumber::compare(version->number().normalized(), m_ceiling) > 0;
    age.version = version->number();
    age.newest = newest();
    age.supported = supported();
    // Normalized: "1.16" and "1.16.0" are one version.
    const QVersionNumber number = age.version.normalized();
    age.releasesBehind = int(std::count_if(m_releases.cbegin(), m_releases.cend(), [&number](const QVersionNumber &release) {
        return QVersionNumber::compare(release.normalized(), number) > 0;
    }));
    return age;
}

QList<TagStanding> ReleaseWindow::describe(const QStringList &tags, QStringView defaultTag) const
{
    QList<TagStanding> result;
    QStringList unique = tags;
    unique.removeDuplicates();
    const QStringList sorted = sortTagsNewestFirst(unique);
    result.reserve(sorted.size());
    for (const QString &tag : sorted) {
        TagStanding standing;
        standing.tag = tag;
        standing.isDefault = !defaultTag.isEmpty() && tag == defaultTag;
        standing.supportWindow = m_supportWindow;
        if (const auto version = ImageVersion::fromTag(tag)) {
            standing.hasVersion = true;
            standing.variant = version->variant();
            standing.isRelease = standing.variant.isEmpty() && version->number().segmentCount() == 3;
            if (const auto age = ageOf(tag)) {
                standing.aheadOfDefault = age->aheadOfDefault;
                standing.isNewest = !age->aheadOfDefault
                    && age->releasesBehind == 0 && age->version.normalized() == age->newest.normalized();
                if (m_supportWindow && !age->isOutsideWindow() && !age->aheadOfDefault)
                    standing.supportRank = age->releasesBehind;
            }
        }
        result.append(standing);
    }
    return result;
}

} // namespace hci
