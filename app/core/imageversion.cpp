#include "imageversion.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace hci {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_';
}

// [vV]? then 1 to 4 numbers of 1 to 9 digits joined by dots, then nothing or "-" and a word that starts
// with a letter (letters, digits, '_' and '.'). The numbers and the word, or nothing when it is not so.
std::optional<std::pair<QList<int>, QStringView>> parseCore(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'v' || text[i] == u'V'))
        ++i;
    QList<int> numbers;
    while (true) {
        const qsizetype first = i;
        int value = 0;
        while (i < text.size() && isAsciiDigit(text[i]) && i - first < 9)
            value = value * 10 + (text[i++].unicode() - u'0');
        if (i == first || (i < text.size() && isAsciiDigit(text[i])))
            return std::nullopt; // no digits, or more than nine
        numbers.append(value);
        if (i < text.size() && text[i] == u'.' && numbers.size() < 4) {
            ++i;
            continue;
        }
        break;
    }
    if (i == text.size())
        return std::make_pair(numbers, QStringView());
    if (text[i] != u'-' || i + 1 >= text.size() || !isAsciiLetter(text[i + 1]))
        return std::nullopt;
    const QStringView suffix = text.sliced(i + 1);
    for (const QChar c : suffix) {
        if (!isWordChar(c) && c != u'.')
            return std::nullopt;
    }
    return std::make_pair(numbers, suffix);
}

} // namespace

std::optional<ImageVersion> ImageVersion::fromTag(QStringView tag)
{
    // An optional word and dash before, an optional 'v', 1 to 4 numbers, an optional dash and word
    // after: "1.16.92", "v2.3", "rootless-1.2.3", "1.0.0-rc.1". Read by hand, not by a regular
    // expression: a big table reads thousands of tags while it loads.
    QStringView prefix;
    std::optional<std::pair<QList<int>, QStringView>> core;
    if (!tag.isEmpty() && isAsciiLetter(tag.front())) {
        qsizetype end = 1;
        while (end < tag.size() && isWordChar(tag[end]))
            ++end;
        if (end < tag.size() && tag[end] == u'-') {
            core = parseCore(tag.sliced(end + 1));
            if (core)
                prefix = tag.first(end);
        }
    }
    if (!core)
        core = parseCore(tag);
    if (!core)
        return std::nullopt;
    ImageVersion version;
    version.m_number = QVersionNumber(core->first);
    version.m_variant = (prefix.isEmpty() ? core->second : prefix).toString().toLower();
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
