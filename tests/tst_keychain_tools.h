#pragma once

// Helpers for the tests that talk to the real OS keychain: run secret-tool without blocking, and
// wait for a SecretStore answer while the event loop runs.

#include "credentials/secretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

namespace hcitest {

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// secret-tool with these arguments; the wait keeps the event loop running.
inline ToolRun secretTool(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("secret-tool"), arguments);
    ToolRun run;
    if (!finished.wait(15000)) {
        process.kill();
        return run;
    }
    run.finished = true;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The keychain items whose attributes match: secret-tool prints each item's header and secret on
// stdout and its attributes on stderr, so the two are counted apart rather than paired by order.
struct KeychainSearch
{
    bool ran = false;
    int items = 0;
    QStringList secrets;
    QStringList users; // the "user" attribute QtKeychain writes: the profile id
};

inline KeychainSearch searchKeychain(const QStringList &attributes)
{
    const ToolRun run = secretTool(QStringList{QStringLiteral("search"), QStringLiteral("--all")} + attributes);
    KeychainSearch search;
    search.ran = run.finished;
    const QStringList outLines = run.out.split(QLatin1Char('\n'));
    for (const QString &line : outLines) {
        if (line.startsWith(QLatin1Char('[')))
            ++search.items;
        else if (line.startsWith(QLatin1String("secret = ")))
            search.secrets.append(line.mid(9));
    }
    const QStringList errLines = run.err.split(QLatin1Char('\n'));
    for (const QString &line : errLines) {
        if (line.startsWith(QLatin1String("attribute.user = ")))
            search.users.append(line.mid(17));
    }
    return search;
}

// Runs one SecretStore call and returns its answer, or nothing when none came in time.
template<typename Call>
std::optional<hci::SecretResult> await(QObject *context, Call call, int timeoutMs = 20000)
{
    auto result = std::make_shared<std::optional<hci::SecretResult>>();
    call(context, [result](const hci::SecretResult &answer) { *result = answer; });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, timeoutMs))
        return std::nullopt;
    return *result;
}

inline std::optional<hci::SecretResult> readKey(hci::SecretStore &secrets, const QString &id, QObject *context)
{
    return await(context, [&](QObject *c, hci::SecretStore::Callback done) { secrets.read(id, c, done); });
}

inline std::optional<hci::SecretResult> writeKey(hci::SecretStore &secrets, const QString &id, const QString &key,
                                                 QObject *context)
{
    return await(context, [&](QObject *c, hci::SecretStore::Callback done) { secrets.write(id, key, c, done); });
}

inline std::optional<hci::SecretResult> removeKey(hci::SecretStore &secrets, const QString &id, QObject *context)
{
    return await(context, [&](QObject *c, hci::SecretStore::Callback done) { secrets.remove(id, c, done); });
}

// True inside a private D-Bus session such as .ci/test's; whether its keyring answers, the tests see.
inline bool keyringSessionPresent()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace hcitest
