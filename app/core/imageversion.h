#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVersionNumber>

#include <optional>

namespace hci {

// The version inside an image tag, as Harness tags its images: "1.16.92", "v1.2.3",
// "rootless-1.16.92", "1.6.9-rootless". Tags such as "latest" or "dev" carry no version.
class ImageVersion
{
public:
    static std::optional<ImageVersion> fromTag(QStringView tag);

    QVersionNumber number() const { return m_number; }
    int major() const { return m_number.majorVersion(); }
    // The variant word around the number ("rootless"), lower case; empty for a plain release.
    QString variant() const { return m_variant; }

    // Orders by number; the variant does not count (rootless-1.2.3 is as new as 1.2.3).
    static int compare(const ImageVersion &a, const ImageVersion &b);

private:
    QVersionNumber m_number;
    QString m_variant;
};

// -1, 0 or 1 when both tags carry versions; nothing when either does not (latest, dev, a digest).
std::optional<int> compareTagVersions(QStringView a, QStringView b);

// Tags ordered newest version first; tags without a version follow, alphabetically.
QStringList sortTagsNewestFirst(QStringList tags);

} // namespace hci
