#include "requestpreview.h"

#include "net/shellquote.h"

#include <QStringList>

namespace hci {

QString toCurlCommand(const RequestPreview &request, AuthKind authKind)
{
    QStringList lines;
    lines.append(
        QStringLiteral("curl --request %1 %2")
            .arg(QString::fromLatin1(request.method), shellQuoted(QString::fromLatin1(request.url.toEncoded()))));
    // Double quotes, unlike the rest: the shell must expand the variable, and only it.
    if (authKind == AuthKind::Bearer)
        lines.append(QStringLiteral("--header \"Authorization: Bearer $HARNESS_API_KEY\""));
    else
        lines.append(QStringLiteral("--header \"X-API-KEY: $HARNESS_API_KEY\""));
    if (request.method == "POST") {
        lines.append(QStringLiteral("--header 'Content-Type: application/json'"));
        lines.append(QStringLiteral("--data-raw ") + shellQuoted(QString::fromUtf8(request.body)));
    }
    return lines.join(QStringLiteral(" \\\n  "));
}

} // namespace hci
