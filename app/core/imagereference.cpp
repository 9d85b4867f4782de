#include "imagereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hci {

namespace {

// The grammar's pieces, from the distribution reference specification. The three every reference
// meets are checked by hand (a table of thousands of rows parses thousands of references); the rare
// ones keep their patterns, anchored.
bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAlnum(QChar c)
{
    return isLowerAlnum(c) || (c >= u'A' && c <= u'Z');
}

// [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*
bool isPathComponent(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (n == 0 || !isLowerAlnum(text[0]))
        return false;
    while (true) {
        while (i < n && isLowerAlnum(text[i]))
            ++i;
        if (i == n)
            return true;
        const QChar separator = text[i];
        if (separator == u'.') {
            ++i;
        } else if (separator == u'_') {
            ++i;
            if (i < n && text[i] == u'_')
                ++i;
        } else if (separator == u'-') {
            while (i < n && text[i] == u'-')
                ++i;
        } else {
            return false;
        }
        if (i == n || !isLowerAlnum(text[i]))
            return false;
    }
}

// [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
bool isTag(QStringView text)
{
    if (text.isEmpty() || text.size() > 128 || !(isAlnum(text[0]) || text[0] == u'_'))
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return isAlnum(c) || c == u'_' || c == u'.' || c == u'-'; });
}

// Labels of letters, digits and inner hyphens, joined by dots.
bool isHostName(QStringView text)
{
    for (QStringView label : text.split(u'.')) {
        if (label.isEmpty() || !isAlnum(label.front()) || !isAlnum(label.back()))
            return false;
        if (!std::all_of(label.begin(), label.end(), [](QChar c) { return isAlnum(c) || c == u'-'; }))
            return false;
    }
    return true;
}

const QRegularExpression &ipv6Pattern()
{
    static const QRegularExpression re(QStringLiteral("^\\[[0-9A-Fa-f:.]+\\]$"));
    return re;
}

const QRegularExpression &digestPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z][A-Za-z0-9]*(?:[+._-][A-Za-z][A-Za-z0-9]*)*):([0-9a-fA-F]{32,})$"));
    return re;
}

constexpr int kMaxNameLength = 255;

// Docker's rule: the first part is a registry when it has a dot, a colon, upper case, or is localhost.
bool looksLikeDomain(QStringView part)
{
    return part.contains(u'.') || part.contains(u':') || part == u"localhost" || part.toString().toLower() != part;
}

QString checkDomain(QStringView domain)
{
    QStringView host = domain;
    QStringView port;
    if (domain.startsWith(u'[')) {
        const qsizetype close = domain.indexOf(u']');
        if (close < 0)
            return ImageReference::tr("The registry address \"%1\" has an unclosed bracket.").arg(domain);
        host = domain.left(close + 1);
        const QStringView rest = domain.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return ImageReference::tr("The registry address \"%1\" is not valid.").arg(domain);
            port = rest.mid(1);
        }
        if (!ipv6Pattern().match(host).hasMatch())
            return ImageReference::tr("The registry address \"%1\" is not valid.").arg(domain);
    } else {
        const qsizetype colon = domain.indexOf(u':');
        if (colon >= 0) {
            host = domain.left(colon);
            port = domain.mid(colon + 1);
            if (port.isEmpty())
                return ImageReference::tr("The registry \"%1\" has a colon but no port number.").arg(domain);
        }
        if (!isHostName(host))
            return ImageReference::tr("The registry host \"%1\" is not a valid host name.").arg(host);
    }
    if (!port.isNull()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        const bool digitsOnly = std::all_of(port.begin(), port.end(), [](QChar c) { return c.isDigit(); });
        if (!ok || !digitsOnly || number == 0 || number > 65535)
            return ImageReference::tr("The registry port \"%1\" is not a number from 1 to 65535.").arg(port);
    }
    return {};
}

QString checkPathComponent(QStringView component)
{
    if (component.isEmpty())
        return ImageReference::tr("The image name has an empty part between slashes.");
    if (isPathComponent(component))
        return {};
    if (component.toString().toLower() != component && isPathComponent(component.toString().toLower()))
        return ImageReference::tr("Image names must be lower case: \"%1\".").arg(component);
    return ImageReference::tr("\"%1\" is not a valid image name part: use lower-case letters, digits and single "
              "separators (., _, __ or -) between them.")
        .arg(component);
}

QString checkTag(QStringView tag)
{
    if (tag.isEmpty())
        return ImageReference::tr("The tag after the colon is empty.");
    if (tag.size() > 128)
        return ImageReference::tr("The tag is longer than 128 characters.");
    if (!isTag(tag))
        return ImageReference::tr("The tag \"%1\" is not valid: use letters, digits, '_', '.' and '-', not starting "
                  "with '.' or '-'.")
            .arg(tag);
    return {};
}

QString checkDigest(QStringView digest)
{
    const QRegularExpressionMatch match = digestPattern().match(digest);
    if (!match.hasMatch())
        return ImageReference::tr("The digest \"%1\" is not valid: it should look like sha256:<64 hex digits>.").arg(digest);
    const QString algorithm = match.captured(1);
    const qsizetype hexLength = match.capturedLength(2);
    if ((algorithm == u"sha256" && hexLength != 64) || (algorithm == u"sha512" && hexLength != 128))
        return ImageReference::tr("The %1 digest has the wrong length.").arg(algorithm);
    return {};
}

} // namespace

ImageReference ImageReference::parse(QStringView text)
{
    ImageReference ref;
    ref.m_text = text.toString();
    auto fail = [&ref](const QString &why) {
        ref.m_error = why;
        ref.m_domain.clear();
        ref.m_path.clear();
        ref.m_tag.clear();
        ref.m_digest.clear();
        return ref;
    };

    if (text.isEmpty())
        return fail(ImageReference::tr("The image reference is empty."));
    for (QChar c : text) {
        if (c.isSpace())
            return fail(ImageReference::tr("The image reference contains a space."));
    }

    QStringView name = text;
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        ref.m_digest = text.mid(at + 1).toString();
        name = text.left(at);
        if (const QString why = checkDigest(ref.m_digest); !why.isEmpty())
            return fail(why);
    }

    // A tag's colon comes after the last slash; a colon before it belongs to a registry port.
    const qsizetype lastSlash = name.lastIndexOf(u'/');
    const qsizetype colon = name.indexOf(u':', lastSlash + 1);
    if (colon >= 0) {
        ref.m_tag = name.mid(colon + 1).toString();
        name = name.left(colon);
        if (const QString why = checkTag(ref.m_tag); !why.isEmpty())
            return fail(why);
    }

    if (name.isEmpty())
        return fail(ImageReference::tr("The image reference has no image name."));
    if (name.size() > kMaxNameLength)
        return fail(ImageReference::tr("The image name is longer than %1 characters.").arg(kMaxNameLength));

    const qsizetype firstSlash = name.indexOf(u'/');
    QStringView path = name;
    if (firstSlash >= 0 && looksLikeDomain(name.left(firstSlash))) {
        ref.m_domain = name.left(firstSlash).toString();
        path = name.mid(firstSlash + 1);
        if (const QString why = checkDomain(ref.m_domain); !why.isEmpty())
            return fail(why);
        if (path.isEmpty())
            return fail(ImageReference::tr("The image reference names a registry but no image."));
    }

    for (QStringView component : path.split(u'/')) {
        if (const QString why = checkPathComponent(component); !why.isEmpty())
            return fail(why);
    }
    ref.m_path = path.toString();
    return ref;
}

ImageReference ImageReference::fromEditorInput(QStringView typed, const ImageReference &current)
{
    const QStringView input = typed.trimmed();
    // Without '/' or '@', and with no name before a colon, what was typed is a tag: "1.16.93", ":dev".
    const bool onlyTag = !input.contains(u'/') && !input.contains(u'@')
        && (input.startsWith(u':') || !input.contains(u':'));
    if (onlyTag && current.isValid() && !input.isEmpty()) {
        const QStringView tag = input.startsWith(u':') ? input.mid(1) : input;
        return current.withTag(tag.toString());
    }
    return parse(input);
}

QString ImageReference::repository() const
{
    return m_domain.isEmpty() ? m_path : m_domain + u'/' + m_path;
}

QString ImageReference::registryHost() const
{
    if (m_domain.isEmpty() || m_domain == u"index.docker.io")
        return QStringLiteral("docker.io");
    return m_domain;
}

QString ImageReference::registryPath() const
{
    if (registryHost() == u"docker.io" && !m_path.contains(u'/'))
        return QStringLiteral("library/") + m_path;
    return m_path;
}

ImageReference ImageReference::withTag(const QString &tag) const
{
    return parse(QString(repository() + u':' + tag));
}

bool ImageReference::sameRepository(const ImageReference &other) const
{
    return isValid() && other.isValid() && registryHost() == other.registryHost()
        && registryPath() == other.registryPath();
}

} // namespace hci
