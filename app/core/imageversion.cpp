#include "imageversion.h"

#include <QRegularExpression>

#include <algorithm>

namespace hci {

std::optional<ImageVersion> ImageVersion::fromTag(QStringView tag)
{
    // An optional word and dash before, an optional 'v', 1 to 4 numbers, an optional dash and word after.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:([A-Za-z][A-Za-z0-9_]*)-)?[vV]?(\\d{1,9}(?:\\.\\d{1,9}){0,3})(?:-([A-Za-z][A-Za-z0-9_.]*))?$"));
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return std::nullopt;
    ImageVersion version;
    version.m_number = QVersionNumber::fromString(match.captured(2));
    const QString prefix = match.captured(1).toLower();
    const QString suffix = match.captured(3).toLower();
    version.m_variant = prefix.isEmpty() ? suffix : prefix;
    return version;
}

int ImageVersion::compare(const ImageVersion &a, const ImageVersion &b)
{
    const int order = QVersionNumber::compare(a.m_number.normalized(), b.m_number.normalized());
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

std::optional<int> compareTagVersions(QStringView a, QStringView b)
{
    const auto va = ImageVersion::fromTag(a);
    const auto vb = ImageVersion::fromTag(b);
    if (!va || !vb)
        return std::nullopt;
    return ImageVersion::compare(*va, *vb);
}

QStringList sortTagsNewestFirst(QStringList tags)
{
    std::stable_sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const auto va = ImageVersion::fromTag(a);
        const auto vb = ImageVersion::fromTag(b);
        if (va && vb) {
            const int order = ImageVersion::compare(*va, *vb);
            if (order != 0)
                return order > 0;
            return va->variant() < vb->variant(); // the plain release before its variants
        }
        if (va || vb)
            return bool(va);
        return a < b;
    });
    return tags;
}

} // namespace hci
