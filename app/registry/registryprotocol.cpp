#include "registryprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hci::RegistryProtocol", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 7230 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// A cursor over a header value; every read stops at the end.
class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skip() { ++m_pos; }
    qsizetype position() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }

    void skipSpaces()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }

    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }

    // An unquoted value: up to a comma or a space (more lenient than a token: some realms go unquoted).
    QByteArray bare()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != ',' && !isSpace(peek()) && peek() != ';')
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }

    // At an opening quote: the unescaped content; an unclosed string ends at the end of the text.
    QByteArray quoted()
    {
        QByteArray value;
        skip(); // the opening quote
        while (!atEnd()) {
            const char c = peek();
            skip();
            if (c == '"')
                return value;
            if (c == '\\' && !atEnd()) {
                value.append(peek());
                skip();
                continue;
            }
            value.append(c);
        }
        return value;
    }

    // Moves past the next top-level comma (quoted strings skipped), or to the end.
    void skipPastComma()
    {
        while (!atEnd()) {
            if (peek() == '"') {
                quoted();
                continue;
            }
            const char c = peek();
            skip();
            if (c == ',')
                return;
        }
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *whyNot)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (whyNot)
            *whyNot = body.trimmed().isEmpty() ? tr("The answer is empty.")
                                               : tr("The answer is not JSON: %1 at offset %2.")
                                                     .arg(error.errorString())
                                                     .arg(error.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (whyNot)
            *whyNot = tr("The answer is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

// Printable ASCII without spaces: what an Authorization header can carry.
bool isHeaderSafe(const QByteArray &value)
{
    for (char c : value) {
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return !value.isEmpty();
}

} // namespace

QList<AuthChallenge> parseAuthChallenges(QByteArrayView header)
{
    QList<AuthChallenge> challenges;
    Reader in(header);
    while (!in.atEnd()) {
        in.skipSpaces();
        if (in.peek() == ',') {
            in.skip();
            continue;
        }
        const QByteArray name = in.token();
        if (name.isEmpty()) {
            in.skipPastComma(); // not a token: drop this part
            continue;
        }
        in.skipSpaces();
        if (in.peek() == '=' && !challenges.isEmpty()) {
            // name=value: a parameter of the challenge before.
            in.skip();
            in.skipSpaces();
            const QByteArray value = in.peek() == '"' ? in.quoted() : in.bare();
            challenges.last().params.insert(text(name).toLower(), text(value));
            in.skipSpaces();
            if (!in.atEnd() && in.peek() != ',')
                in.skipPastComma();
            continue;
        }
        if (in.peek() == '=') {
            in.skipPastComma(); // a parameter before any scheme
            continue;
        }
        AuthChallenge challenge;
        challenge.scheme = text(name).toLower();
        challenges.append(challenge);
        // A token68 ("Basic dXNlcg==") carries no named parameters; keep it under an empty name.
        const qsizetype afterScheme = in.position();
        const QByteArray word = in.token();
        qsizetype equals = 0;
        while (in.peek() == '=') {
            in.skip();
            ++equals;
        }
        in.skipSpaces();
        if (!word.isEmpty() && (in.atEnd() || in.peek() == ',')) {
            challenges.last().params.insert(QString(), text(word) + QString(equals, u'='));
            continue;
        }
        in.seek(afterScheme); // parameters follow: the loop reads them
    }
    return challenges;
}

std::optional<AuthChallenge> findChallenge(const QList<AuthChallenge> &challenges, const QString &scheme)
{
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.scheme == scheme)
            return challenge;
    }
    return std::nullopt;
}

QUrl parseNextLink(QByteArrayView header, const QUrl &base)
{
    Reader in(header);
    while (!in.atEnd()) {
        in.skipSpaces();
        if (in.peek() != '<') {
            in.skipPastComma();
            continue;
        }
        in.skip();
        QByteArray target;
        while (!in.atEnd() && in.peek() != '>') {
            target.append(in.peek());
            in.skip();
        }
        if (in.atEnd())
            return {}; // "<" never closed
        in.skip();

        bool isNext = false;
        // Parameters up to the next link: ; name[=value]
        while (true) {
            in.skipSpaces();
            if (in.peek() != ';')
                break;
            in.skip();
            in.skipSpaces();
            const QByteArray name = in.token().toLower();
            in.skipSpaces();
            QByteArray value;
            if (in.peek() == '=') {
                in.skip();
                in.skipSpaces();
                value = in.peek() == '"' ? in.quoted() : in.bare();
            }
            if (name == "rel") {
                const QList<QByteArray> relations = value.toLower().simplified().split(' ');
                isNext = isNext || relations.contains("next");
            }
        }
        if (isNext) {
            const QUrl relative(text(target.trimmed()), QUrl::StrictMode);
            if (!relative.isValid() || target.trimmed().isEmpty())
                return {};
            return base.resolved(relative);
        }
        in.skipPastComma();
    }
    return {};
}

std::optional<TagListPage> decodeTagList(const QByteArray &body, QString *whyNot)
{
    const auto object = jsonObject(body, whyNot);
    if (!object)
        return std::nullopt;
    TagListPage page;
    const QJsonValue name = object->value(QLatin1String("name"));
    if (!name.isUndefined() && !name.isNull() && !name.isString()) {
        if (whyNot)
            *whyNot = tr("\"name\" is not a string.");
        return std::nullopt;
    }
    page.name = name.toString();
    const QJsonValue tags = object->value(QLatin1String("tags"));
    if (tags.isNull() || tags.isUndefined())
        return page; // a repository without tags lists null
    if (!tags.isArray()) {
        if (whyNot)
            *whyNot = tr("\"tags\" is not a list.");
        return std::nullopt;
    }
    const QJsonArray list = tags.toArray();
    page.tags.reserve(list.size());
    for (const QJsonValue &tag : list) {
        if (!tag.isString() || tag.toString().isEmpty()) {
            if (whyNot)
                *whyNot = tr("\"tags\" holds something other than tag names.");
            return std::nullopt;
        }
        page.tags.append(tag.toString());
    }
    return page;
}

std::optional<RegistryToken> decodeToken(const QByteArray &body, QString *whyNot)
{
    const auto object = jsonObject(body, whyNot);
    if (!object)
        return std::nullopt;
    RegistryToken result;
    // "token" is the registry spec's name, "access_token" the OAuth 2 one; both are in use.
    QJsonValue token = object->value(QLatin1String("token"));
    if (!token.isString() || token.toString().isEmpty())
        token = object->value(QLatin1String("access_token"));
    result.token = token.toString().toLatin1();
    if (!token.isString() || !isHeaderSafe(result.token)) {
        if (whyNot)
            *whyNot = tr("The answer holds no usable token.");
        return std::nullopt;
    }
    const QJsonValue expires = object->value(QLatin1String("expires_in"));
    if (expires.isDouble() && expires.toDouble() >= 1)
        result.expiresInSeconds = int(qMin(expires.toDouble(), 24.0 * 3600));
    return result;
}

RegistryErrorBody decodeErrorBody(const QByteArray &body)
{
    RegistryErrorBody result;
    const auto object = jsonObject(body, nullptr);
    if (!object)
        return result;
    const QJsonArray errors = object->value(QLatin1String("errors")).toArray();
    if (errors.isEmpty() || !errors.first().isObject())
        return result;
    const QJsonObject first = errors.first().toObject();
    result.code = first.value(QLatin1String("code")).toString().left(100);
    result.message = first.value(QLatin1String("message")).toString().left(500);
    return result;
}

} // namespace hci
