#include "retrydelay.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

namespace hci {

using std::chrono::milliseconds;

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        // A day is far beyond any cap; clamping keeps the multiplication safe.
        return milliseconds(std::min<qlonglong>(seconds, 86400) * 1000);
    }

    const QString date = QString::fromLatin1(text);
    // IMF-fixdate is what servers send; the RFC 850 and asctime forms are the obsolete ones.
    QDateTime when = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QLocale::c().toDateTime(date, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"));
    if (when.isValid()) {
        when = QDateTime(when.date(), when.time(), Qt::UTC);
    } else {
        when = QDateTime::fromString(date, Qt::RFC2822Date);
        if (!when.isValid())
            return std::nullopt;
    }
    return milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

milliseconds backoffDelay(
    int failedAttempts, milliseconds initialDelay, milliseconds maxDelay, QRandomGenerator &random)
{
    const qint64 cap = std::max<qint64>(0, maxDelay.count());
    qint64 base = std::max<qint64>(0, initialDelay.count());
    for (int i = 1; i < failedAttempts && base < cap; ++i)
        base *= 2;
    base = std::min(base, cap);
    const qint64 half = base / 2;
    const qint64 jitter = half > 0 ? qint64(random.bounded(quint64(base - half + 1))) : 0;
    return milliseconds(half + jitter);
}

} // namespace hci
