#pragma once

#include "core/module.h"
#include "exportformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hci::cli {

enum class Command { List, Diff, Set, Reset, Export, Apply, Mirror, History, Revert };

// Where the run connects to: exactly one is chosen on the command line.
enum class ConnectionSource { Profile, BaseUrl, Sandbox };

// One run of the tool, as the command line asks for it. Checked: the values are usable as they are.
struct Invocation
{
    Command command = Command::List;
    ConnectionSource source = ConnectionSource::Sandbox;
    QString profileName;     // --profile
    QString baseUrl;         // --base-url, as typed
    QString accountId;       // --account; empty: from the key
    bool bearer = false;     // --bearer
    Module module = Module::Ci;
    Infra infra = Infra::K8;
    bool quiet = false;      // no progress on stderr
    bool json = false;       // list, diff
    bool exitCode = false;   // diff; apply with --dry-run
    bool dryRun = false;     // set, reset, apply, mirror, revert
    bool all = false;        // reset: every override; export: every module and infra; history: every profile
    ExportFormat format = ExportFormat::Json;
    QString outputFile;      // export -o; empty: stdout
    QString copyListFile;    // mirror --copy-list; the script goes beside it, with ".sh" added
    QStringList arguments;   // what follows the command: FIELD=VALUE, FIELD, FILE, PREFIX FIELD... or ID
    bool moduleGiven = false; // --module or --infra typed, not their defaults: history filters by them
    bool infraGiven = false;
    bool hasConnection = true; // false for history --all, which needs no account
    int limit = 50;          // history --limit
    qint64 applyId = 0;      // revert ID
};

// What to do with the command line: run it, print a text (help, version) and stop, or refuse it.
struct ParsedCommandLine
{
    enum class Action { Run, Print, Refuse };

    Action action = Action::Refuse;
    Invocation invocation;
    QString text; // help or version for Print (stdout), the reason for Refuse (stderr)
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(hci::cli::CommandLine)

public:
    // `arguments` as QCoreApplication::arguments() gives them, the program first.
    static ParsedCommandLine parse(const QStringList &arguments);

    static QString commandName(Command command);
};

} // namespace hci::cli
