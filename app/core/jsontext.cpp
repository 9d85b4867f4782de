#include "jsontext.h"

namespace hci {

namespace {

bool needsEscapes(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\')
            return true;
    }
    return false;
}

} // namespace

void appendJsonString(QString &out, QStringView text)
{
    static const char16_t hex[] = u"0123456789abcdef";
    out += u'"';
    if (!needsEscapes(text)) { // nearly always: image references and field names need none
        out += text;
        out += u'"';
        return;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (u < 0x20) {
                out += QLatin1String("\\u00");
                out += QChar(hex[u >> 4]);
                out += QChar(hex[u & 0xf]);
            } else {
                out += c;
            }
        }
    }
    out += u'"';
}

QString jsonObjectText(const QMap<QString, QString> &values)
{
    QString out;
    out.reserve(2 + 64 * values.size());
    out += u'{';
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it != values.cbegin())
            out += u',';
        appendJsonString(out, it.key());
        out += u':';
        appendJsonString(out, it.value());
    }
    out += u'}';
    return out;
}

} // namespace hci
