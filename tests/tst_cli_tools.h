#pragma once

// Helpers for the end-to-end tests of harness-ci-images-cli: the tool runs as its own process, as
// a script would run it, against a sandbox server in the test's process.

#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace clitest {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    // For QVERIFY2: what the tool said.
    const char *said() const
    {
        m_said = QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(out, err).toUtf8();
        return m_said.constData();
    }

private:
    mutable QByteArray m_said;
};

// A plain environment: English, no display, no key, and a throwaway home so that no real settings
// file is read or written.
inline QProcessEnvironment cleanEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HARNESS_API_KEY", "HARNESS_BASE_URL",
             "HARNESS_ACCOUNT_ID", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "QT_LOGGING_RULES" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    // The local store (history of loads and applies) too, whatever the calling environment says.
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    return env;
}

// Runs the tool; the wait keeps this process's event loop, and so the sandbox, running.
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(HCI_CLI_BINARY), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// One sandbox account and the way the tool reaches it: --base-url and HARNESS_API_KEY.
class Account
{
public:
    explicit Account(const QString &accountId = QString())
        : server(options(accountId))
    { }

    hci::SandboxServer server;
    QTemporaryDir home;

    bool start() { return server.start() && home.isValid(); }

    QStringList connect() const { return { QStringLiteral("--base-url"), server.gatewayUrl().toString() }; }

    QProcessEnvironment env(const QString &key = QString()) const
    {
        QProcessEnvironment result = cleanEnvironment(home.path());
        result.insert(QStringLiteral("HARNESS_API_KEY"), key.isEmpty() ? server.apiKey() : key);
        return result;
    }

    // The tool with these arguments against this account.
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(arguments + connect(), env(), input);
    }

    hci::ImageMap overrides(hci::Module module = hci::Module::Ci, hci::Infra infra = hci::Infra::K8) const
    {
        return server.store().overrides(server.accountId(), module, infra);
    }

    void setOverrides(hci::Module module, hci::Infra infra, const hci::ImageMap &images)
    {
        QList<hci::SandboxStore::Update> updates;
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            updates.append({ it.key(), true, it.value() });
        QString failure;
        if (!server.store().update(server.accountId(), module, infra, updates, &failure))
            qWarning("sandbox refused the overrides: %s", qPrintable(failure));
    }

    // Requests whose path ends so, e.g. "update-config".
    int count(const QString &endpoint, const QByteArray &method = QByteArray()) const
    {
        int n = 0;
        for (const hci::SandboxServer::RecordedRequest &request : server.requests()) {
            if (request.path.endsWith(endpoint) && (method.isEmpty() || request.method == method))
                ++n;
        }
        return n;
    }
    int writes() const { return count(QStringLiteral("-config"), QByteArrayLiteral("POST")); }

private:
    static hci::SandboxServer::Options options(const QString &accountId)
    {
        hci::SandboxServer::Options result;
        result.accountId = accountId;
        return result;
    }
};

inline QJsonObject objectFor(const QJsonArray &fields, const QString &field)
{
    for (const QJsonValue &value : fields) {
        if (value.toObject().value(QStringLiteral("field")).toString() == field)
            return value.toObject();
    }
    return {};
}

} // namespace clitest
