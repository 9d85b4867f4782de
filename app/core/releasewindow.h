#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVersionNumber>

#include <optional>

namespace hci {

// How old a tag is against the releases its image has.
struct ReleaseAge
{
    QVersionNumber version;          // the tag's version
    QVersionNumber newest;           // the newest release of the image
    QList<QVersionNumber> supported; // latest, latest-1, latest-2 (fewer when the image has fewer)
    int releasesBehind = 0;          // releases newer than the tag's version
    bool supportWindow = true;       // Harness's own release train; plugin images are updated as needed
    bool aheadOfDefault = false;     // newer than Harness's current default: not measured against the window

    // Harness supports the latest three releases of its release train; older ones get a warning in Harness.
    bool isOutsideWindow() const;
    // A newer release exists (for any image, plugins included).
    bool hasNewerRelease() const { return releasesBehind > 0 && !aheadOfDefault; }
};

class ImageReference;

// Harness's own release train: harness/ci-addon and harness/ci-lite-engine (rootless tags included),
// from any registry or mirror. Only these have a support window; plugin images are updated as needed.
bool isHarnessReleaseTrain(const ImageReference &reference);
bool isHarnessReleaseTrain(const QString &reference);

// What the tag editor says about one tag of an image.
struct TagStanding
{
    QString tag;
    QString variant;                 // "rootless", or empty for the plain image
    bool hasVersion = false;
    bool isRelease = false;          // a plain x.y.z tag
    bool isNewest = false;           // the newest release, or a variant of it
    int supportRank = -1;            // 0 latest, 1 latest-1, 2 latest-2; -1 outside the window or unknown
    bool isDefault = false;          // the tag Harness uses by default
    bool supportWindow = true;       // the image has a support window (Harness's release train)
    bool aheadOfDefault = false;     // newer than Harness's current default
};

// The releases of an image, read from the tags its registry lists. A release is a distinct x.y.z
// version with a plain tag ("1.16.92"); variants ("rootless-1.16.92", "1.6.9-rootless") and
// tags without a version ("latest", "dev") are not releases, but variants are dated by their number.
class ReleaseWindow
{
public:
    static constexpr int kSupportedReleases = 3;

    ReleaseWindow() = default;
    static ReleaseWindow fromTags(const QStringList &tags);

    bool isEmpty() const { return m_releases.isEmpty(); }
    // Newest first, each once.
    const QList<QVersionNumber> &releases() const { return m_releases; }
    QVersionNumber newest() const;
    QList<QVersionNumber> supported() const;

    // The window as Harness applies it to one row: for its release train, releases newer than the
    // row's default are left out (a tag there is ahead of the default, not the latest); every other
    // image has no window at all, only newer releases.
    ReleaseWindow appliedTo(const QString &reference, const QString &defaultReference) const;
    bool hasSupportWindow() const { return m_supportWindow; }

    // Nothing when the tag carries no version or the image has no release to compare with.
    std::optional<ReleaseAge> ageOf(QStringView tag) const;

    // Every tag, newest version first (sortTagsNewestFirst), each marked for the editor.
    QList<TagStanding> describe(const QStringList &tags, QStringView defaultTag = {}) const;

private:
    QList<QVersionNumber> m_releases;
    bool m_supportWindow = true;
    QVersionNumber m_ceiling; // the default's version, for the release train; null when none
};

} // namespace hci
