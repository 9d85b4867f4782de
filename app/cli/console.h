#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace hci {
struct ApiError;
}

namespace hci::cli {

// Where the tool writes: data to standard output, everything said to a person to standard error,
// so that `--json > file` or a pipe gets the data alone.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(hci::cli::Console)

public:
    explicit Console(std::FILE *out = stdout, std::FILE *err = stderr);

    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }

    // Data, written as given (add the line feeds).
    void data(const QString &text);
    // What the tool is doing now; nothing with --quiet.
    void progress(const QString &line);
    // A note or warning the person should read, even with --quiet.
    void note(const QString &line);
    // Why the run fails, after the program's name.
    void error(const QString &line);
    // The server's failure: its message, then its details (status, code, correlation ID) indented.
    void apiError(const ApiError &error);
    // Rate limited or unavailable: the client tries again by itself in delayMs.
    void waiting(int delayMs, const ApiError &reason);

private:
    void write(std::FILE *stream, const QString &text);

    std::FILE *m_out;
    std::FILE *m_err;
    bool m_quiet = false;
};

} // namespace hci::cli
