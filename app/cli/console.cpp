#include "console.h"

#include "harness/apierror.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace hci::cli {

Console::Console(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{ }

void Console::write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Console::data(const QString &text)
{
    write(m_out, text);
}

void Console::progress(const QString &line)
{
    if (!m_quiet)
        write(m_err, line + u'\n');
}

void Console::note(const QString &line)
{
    write(m_err, line + u'\n');
}

void Console::error(const QString &line)
{
    write(m_err, QCoreApplication::applicationName() + QStringLiteral(": ") + line + u'\n');
}

void Console::apiError(const ApiError &apiError)
{
    error(apiError.userMessage());
    const QStringList details = apiError.technicalDetails().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : details)
        write(m_err, QStringLiteral("  ") + line + u'\n');
}

void Console::waiting(int delayMs, const ApiError &reason)
{
    const QString why = reason.httpStatus == 429 ? tr("rate limited") : tr("unavailable");
    progress(tr("Harness is busy (%1); trying again in %n second(s)…", nullptr, int(std::ceil(delayMs / 1000.0)))
                 .arg(why));
}

} // namespace hci::cli
