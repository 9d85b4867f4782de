#pragma once

#include "changeplan.h"
#include "commandline.h"
#include "connectionopener.h"
#include "console.h"
#include "exitcode.h"
#include "core/overridesfile.h"
#include "store/history.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace hci {
class HarnessClient;
}

namespace hci::cli {

class ScopeLoader;
class ToolStore;

// One run of harness-ci-images-cli: reads the command line, connects, runs the command and says
// how it ended. Everything happens on the event loop; finished() comes once, from it.
class Tool : public QObject
{
    Q_OBJECT

public:
    explicit Tool(QObject *parent = nullptr);
    ~Tool() override;

    // `arguments` as QCoreApplication::arguments() gives them.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void connected(const OpenedConnection &target);
    void finish(int exitCode);
    void loadFailed(const ApiError &error, const QString &scope);
    // Loads the scopes, then calls `next` with their snapshots, or ends the run on failure.
    void load(const QList<Scope> &scopes, std::function<void(const QList<ConfigSnapshot> &)> next);

    // Prints the plan; then stops at its problems, prints its requests for a dry run, or applies it.
    void runPlan(const ChangePlan &plan);

    // toolfiles.cpp: the commands that read, and the files export writes and apply reads.
    void runList(const ConfigSnapshot &snapshot);
    void runDiff(const ConfigSnapshot &snapshot);
    void runExport(const QList<ConfigSnapshot> &snapshots);
    bool readOverridesFile();

    // toolhistory.cpp: the history of applies, and revert.
    void runHistory();
    // Finds the apply to revert; the exit status to stop with when it cannot be.
    std::optional<int> readRevertRecord();
    // Whether this connection reaches the account of the apply; says why not.
    bool isRevertAccount(const OpenedConnection &target);
    void runRevert(const ConfigSnapshot &snapshot);

    Console m_console;
    Invocation m_invocation;
    OpenedConnection m_target;
    std::optional<OverridesFile> m_file; // apply's
    std::optional<ApplyRecord> m_revert;  // revert's
    ToolStore *m_store = nullptr;
    HarnessClient *m_client = nullptr;
    ConnectionOpener *m_opener = nullptr;
    ScopeLoader *m_loader = nullptr;
    bool m_finished = false;
};

} // namespace hci::cli
