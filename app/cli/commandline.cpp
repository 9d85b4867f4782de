#include "commandline.h"

#include "session/mirrorplan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSet>

namespace hci::cli {

namespace {

struct CommandInfo
{
    Command command;
    const char *name;
    const char *syntax;   // what follows the name in the usage line
    const char *summary;  // one line, for the list of commands
    const char *details;  // the command's own help
};

// Translated through CommandLine's context: lupdate finds them by the macro.
const CommandInfo kCommands[] = {
    { Command::List, "list", "list [--json]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "Show every field with its default, override and state."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Shows every image field of the module and infrastructure: Harness's default, the account's "
          "override and the field's state.") },
    { Command::Diff, "diff", "diff [--json] [--exit-code]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "Show the overridden fields only."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Shows the fields whose image the account overrides, with the default beside the override.") },
    { Command::Set, "set", "set FIELD=VALUE... [--dry-run]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "Override fields with other images."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Overrides each FIELD with the image VALUE: a whole reference (registry/path:tag), or a bare tag, "
          "which keeps the repository of the default image. The changes go out in one update, after a "
          "check that nobody changed the fields since they were read, and are read back to confirm them.") },
    { Command::Reset, "reset", "reset FIELD...|--all [--dry-run]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "Reset fields to Harness's defaults."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Removes the overrides of the named fields, or of every field with --all, so that Harness's "
          "defaults apply again. The resets go out in one request and are read back to confirm them.") },
    { Command::Export, "export", "export [--all] [--format json|terraform] [-o FILE]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "Write the overrides to a file that apply reads."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Writes the overrides of the module and infrastructure, or with --all of every module and "
          "infrastructure, as JSON (format harness-ci-images.overrides/1), or with --format terraform as "
          "harness_platform_default_images resources for Harness's Terraform provider. The file never holds a key.") },
    { Command::Apply, "apply", "apply FILE [--dry-run] [--exit-code]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "Make the overrides equal to those in an exported file."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Makes the overrides of every module and infrastructure in FILE (\"-\" for standard input) equal "
          "to the file's: fields it overrides are updated, other overrides are reset. The plan is printed "
          "first. When the file names a field that the account does not have, nothing is sent.") },
    { Command::Mirror, "mirror", "mirror PREFIX [FIELD...] [--copy-list FILE] [--dry-run]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "Point fields at a private mirror of their images."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Overrides each FIELD (every field when none is named) with its image under PREFIX, a registry host "
          "with an optional path (for example artifactory.example.com/harness-mirror): the repository path, "
          "tag and digest stay. The plan shows whether the mirror holds each image already. --copy-list FILE "
          "writes one \"SOURCE TARGET\" line per image to FILE and a script of skopeo copy commands to "
          "FILE.sh. The overrides are then applied like set.") },
    { Command::History, "history", "history [--json] [--limit N] [--all]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "List the applies made from the window and from this tool."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Lists the applies recorded on this computer, newest first, by the window and by this tool: when, "
          "from where, the profile, the module and infrastructure, the changes and how many the server "
          "confirmed. Shows those of the account named by --profile, --base-url or --sandbox (and of "
          "--module and --infra when given), or with --all every one. Nothing is sent to a server.") },
    { Command::Revert, "revert", "revert ID [--dry-run]",
      QT_TRANSLATE_NOOP("hci::cli::CommandLine", "Undo an apply from the history."),
      QT_TRANSLATE_NOOP("hci::cli::CommandLine",
          "Sets back what the apply ID (see \"history\") changed and the server confirmed: the earlier "
          "override, or the default where there was none. Connect to the account of that apply. Fields "
          "changed on the server since that apply are named, then set back as asked, as \"set\" does.") },
};

// The names of the commands, for the messages that list them.
QString commandNames()
{
    QStringList names;
    for (const CommandInfo &info : kCommands)
        names.append(QLatin1String(info.name));
    return names.join(QStringLiteral(", "));
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &info : kCommands) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

const CommandInfo &infoOf(Command command)
{
    for (const CommandInfo &info : kCommands) {
        if (info.command == command)
            return info;
    }
    Q_UNREACHABLE();
}

// The command texts above, in the language of the run.
QString translated(const char *text)
{
    return QCoreApplication::translate("hci::cli::CommandLine", text);
}

QString programName()
{
    const QStringList arguments = QCoreApplication::arguments();
    return arguments.isEmpty() ? QCoreApplication::applicationName() : QFileInfo(arguments.first()).fileName();
}

// Qt's usage line names the program as it was started ("./build/.../harness-ci-images-cli"); the
// help reads better, and the same everywhere, with its name alone.
QString withProgramName(QString help)
{
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = started.isEmpty() ? -1 : help.indexOf(started);
    if (at >= 0 && at < help.indexOf(u'\n'))
        help.replace(at, started.size(), programName());
    return help;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        { QStringLiteral("profile"), CommandLine::tr("Connect with a saved profile; its key comes from the keychain."),
          QStringLiteral("NAME") },
        { QStringLiteral("base-url"), CommandLine::tr("Connect to this Harness URL with the key in HARNESS_API_KEY."),
          QStringLiteral("URL") },
        { QStringLiteral("account"), CommandLine::tr("The account ID for --base-url (default: the one the key names)."),
          QStringLiteral("ID") },
        { QStringLiteral("bearer"), CommandLine::tr("Send the key of --base-url as a Bearer token.") },
        { QStringLiteral("sandbox"),
          CommandLine::tr("Connect to a sandbox inside this run, with a few demo overrides: for trying the commands. "
             "Nothing is kept.") },
        { QStringLiteral("module"), CommandLine::tr("ci, iacm or idp (default: ci)."), QStringLiteral("MODULE"),
          QStringLiteral("ci") },
        { QStringLiteral("infra"), CommandLine::tr("K8 or VM (default: K8)."), QStringLiteral("INFRA"), QStringLiteral("K8") },
        { { QStringLiteral("q"), QStringLiteral("quiet") }, CommandLine::tr("Print no progress; data, warnings and errors only.") },
        { { QStringLiteral("h"), QStringLiteral("help") }, CommandLine::tr("Show this help and exit.") },
        { QStringLiteral("version"), CommandLine::tr("Show the version and exit.") },
    };
}

QList<QCommandLineOption> commandOptions(Command command)
{
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print a JSON array instead of a table."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        CommandLine::tr("Print the plan and the requests as cURL commands (the key as $HARNESS_API_KEY); send no change."));
    switch (command) {
    case Command::List:
        return { json };
    case Command::Diff:
        return { json, { QStringLiteral("exit-code"), CommandLine::tr("Exit with status 1 when any field is overridden.") } };
    case Command::Set:
        return { dryRun };
    case Command::Reset:
        return { dryRun, { QStringLiteral("all"), CommandLine::tr("Reset every overridden field.") } };
    case Command::Export:
        return {
            { QStringLiteral("all"), CommandLine::tr("Export every module and infrastructure.") },
            { QStringLiteral("format"), CommandLine::tr("The file format: json or terraform."), QStringLiteral("FORMAT"), QStringLiteral("json") },
            { { QStringLiteral("o"), QStringLiteral("output") }, CommandLine::tr("Write to FILE instead of standard output."),
              QStringLiteral("FILE") },
        };
    case Command::Apply:
        return { dryRun,
            { QStringLiteral("exit-code"), CommandLine::tr("With --dry-run: exit with status 1 when the plan is not empty.") } };
    case Command::Mirror:
        return { dryRun,
            { QStringLiteral("copy-list"), CommandLine::tr("Write the copy list to FILE and its skopeo script to FILE.sh."),
              QStringLiteral("FILE") } };
    case Command::History:
        return {
            { QStringLiteral("json"), CommandLine::tr("Print a JSON array of the applies, each with its id.") },
            { QStringLiteral("limit"), CommandLine::tr("Show the newest N applies (default: 50)."), QStringLiteral("N"),
              QStringLiteral("50") },
            { QStringLiteral("all"), CommandLine::tr("Show the applies of every profile and account.") },
        };
    case Command::Revert:
        return { dryRun };
    }
    return {};
}

void addOptions(QCommandLineParser &parser, const QList<QCommandLineOption> &options, QSet<QString> *seen = nullptr)
{
    for (const QCommandLineOption &option : options) {
        if (seen) {
            if (seen->contains(option.names().constLast()))
                continue;
            seen->insert(option.names().constLast());
        }
        parser.addOption(option);
    }
}

QString commandList()
{
    QString text = CommandLine::tr("Commands:") + u'\n';
    for (const CommandInfo &info : kCommands)
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(info.name).toString().leftJustified(8), translated(info.summary));
    return text;
}

QString generalHelp()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("See and change the container images Harness CI runs pipelines with, from a terminal or a pipeline.")
        + QStringLiteral("\n\n") + commandList() + u'\n'
        + CommandLine::tr("Connect with --profile, --base-url or --sandbox. \"%1 COMMAND --help\" tells more about a command.")
              .arg(programName()));
    addOptions(parser, globalOptions());
    parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("One of the commands above."),
        QStringLiteral("COMMAND [ARGUMENTS...]"));
    return withProgramName(parser.helpText());
}

QString commandHelp(const CommandInfo &info)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translated(info.details));
    addOptions(parser, commandOptions(info.command));
    addOptions(parser, globalOptions());
    parser.addPositionalArgument(QLatin1String(info.name), QString(), QLatin1String(info.syntax));
    QString text = withProgramName(parser.helpText());
    // The usage line names the command once, with its arguments; drop the empty description line Qt adds.
    text.replace(QStringLiteral("\nArguments:\n  %1").arg(QLatin1String(info.name)), QString());
    return text;
}

ParsedCommandLine refuse(const QString &reason, const QString &command = QString())
{
    ParsedCommandLine result;
    result.action = ParsedCommandLine::Action::Refuse;
    const QString help = command.isEmpty() ? QStringLiteral("%1 --help").arg(programName())
                                           : QStringLiteral("%1 %2 --help").arg(programName(), command);
    result.text = reason + u'\n' + CommandLine::tr("See \"%1\".").arg(help);
    return result;
}

ParsedCommandLine print(const QString &text)
{
    ParsedCommandLine result;
    result.action = ParsedCommandLine::Action::Print;
    result.text = text;
    return result;
}

// Fills the connection and scope of the invocation; returns the reason when they cannot be used.
QString readConnection(const QCommandLineParser &parser, Invocation &invocation)
{
    const bool profile = parser.isSet(QStringLiteral("profile"));
    const bool baseUrl = parser.isSet(QStringLiteral("base-url"));
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    invocation.moduleGiven = parser.isSet(QStringLiteral("module"));
    invocation.infraGiven = parser.isSet(QStringLiteral("infra"));
    if (invocation.command == Command::History && parser.isSet(QStringLiteral("all"))) {
        // Every account's history: a connection would only narrow what --all asks for.
        if (profile || baseUrl || sandbox)
            return CommandLine::tr("--all shows every profile and account; leave out --profile, --base-url and --sandbox.");
        invocation.hasConnection = false;
    } else if (int(profile) + int(baseUrl) + int(sandbox) != 1) {
        if (invocation.command == Command::History && !(profile || baseUrl || sandbox)) {
            return CommandLine::tr("Say whose applies to show: --profile NAME, --base-url URL, --sandbox, "
                                   "or --all for every one.");
        }
        return profile || baseUrl || sandbox
            ? CommandLine::tr("Choose one of --profile, --base-url and --sandbox.")
            : CommandLine::tr("Say where to connect: --profile NAME, --base-url URL (with the key in "
                              "HARNESS_API_KEY) or --sandbox.");
    }
    if (!baseUrl && (parser.isSet(QStringLiteral("account")) || parser.isSet(QStringLiteral("bearer"))))
        return CommandLine::tr("--account and --bearer go with --base-url only.");
    invocation.source = profile ? ConnectionSource::Profile : baseUrl ? ConnectionSource::BaseUrl : ConnectionSource::Sandbox;
    invocation.profileName = parser.value(QStringLiteral("profile")).trimmed();
    invocation.baseUrl = parser.value(QStringLiteral("base-url")).trimmed();
    invocation.accountId = parser.value(QStringLiteral("account")).trimmed();
    invocation.bearer = parser.isSet(QStringLiteral("bearer"));
    if (profile && invocation.profileName.isEmpty())
        return CommandLine::tr("--profile needs the name of a saved profile.");

    const QString moduleText = parser.value(QStringLiteral("module"));
    const std::optional<Module> module = moduleFromId(moduleText.trimmed().toLower());
    if (!module)
        return CommandLine::tr("Unknown module \"%1\": use ci, iacm or idp.").arg(moduleText);
    const QString infraText = parser.value(QStringLiteral("infra"));
    const std::optional<Infra> infra = infraFromId(infraText.trimmed());
    if (!infra)
        return CommandLine::tr("Unknown infrastructure \"%1\": use K8 or VM.").arg(infraText);
    invocation.module = *module;
    invocation.infra = *infra;
    return {};
}

// The command's own options and arguments; returns the reason when they do not fit together.
QString readCommand(const QCommandLineParser &parser, Invocation &invocation)
{
    const auto has = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    const auto hasOption = [&](const char *name) {
        for (const QCommandLineOption &option : commandOptions(invocation.command)) {
            if (option.names().contains(QLatin1String(name)))
                return has(name);
        }
        return false;
    };
    invocation.json = hasOption("json");
    invocation.exitCode = hasOption("exit-code");
    invocation.dryRun = hasOption("dry-run");
    invocation.all = hasOption("all");
    invocation.quiet = has("quiet");
    invocation.arguments = parser.positionalArguments().mid(1);
    const QStringList &arguments = invocation.arguments;

    switch (invocation.command) {
    case Command::List:
    case Command::Diff:
        if (!arguments.isEmpty())
            return CommandLine::tr("\"%1\" takes no arguments.").arg(CommandLine::commandName(invocation.command));
        break;
    case Command::Set:
        if (arguments.isEmpty())
            return CommandLine::tr("Name at least one FIELD=VALUE to set.");
        for (const QString &argument : arguments) {
            const qsizetype equals = argument.indexOf(u'=');
            if (equals <= 0)
                return CommandLine::tr("\"%1\" is not FIELD=VALUE.").arg(argument);
            if (argument.mid(equals + 1).trimmed().isEmpty())
                return CommandLine::tr("\"%1\" has no value; to go back to the default, use \"reset %2\".")
                    .arg(argument, argument.left(equals));
        }
        break;
    case Command::Reset:
        if (arguments.isEmpty() == !invocation.all)
            return CommandLine::tr("Name the fields to reset, or give --all, not both.");
        break;
    case Command::Export: {
        if (!arguments.isEmpty())
            return CommandLine::tr("\"export\" takes no arguments; -o FILE names the file.");
        const QString formatText = parser.value(QStringLiteral("format"));
        const std::optional<ExportFormatInfo> format = exportFormatFromId(formatText);
        if (!format)
            return CommandLine::tr("Unknown format \"%1\": use json or terraform.").arg(formatText);
        if (!format->available)
            return CommandLine::tr("This version cannot export as %1 yet: use --format json.").arg(format->id);
        invocation.format = format->format;
        invocation.outputFile = parser.value(QStringLiteral("output"));
        if (has("output") && invocation.outputFile.isEmpty())
            return CommandLine::tr("-o needs the name of a file.");
        break;
    }
    case Command::Apply:
        if (arguments.size() != 1)
            return CommandLine::tr("Name one file to apply (\"-\" for standard input).");
        if (invocation.exitCode && !invocation.dryRun)
            return CommandLine::tr("--exit-code goes with --dry-run: it tells whether the plan is empty.");
        break;
    case Command::Mirror: {
        if (arguments.isEmpty())
            return CommandLine::tr("Name the mirror's PREFIX, for example artifactory.example.com/harness-mirror.");
        QString whyNot;
        if (!MirrorPrefix::parse(arguments.first(), &whyNot))
            return whyNot;
        invocation.copyListFile = parser.value(QStringLiteral("copy-list"));
        if (has("copy-list") && invocation.copyListFile.isEmpty())
            return CommandLine::tr("--copy-list needs the name of a file.");
        break;
    }
    case Command::History: {
        if (!arguments.isEmpty())
            return CommandLine::tr("\"history\" takes no arguments.");
        bool ok = false;
        const QString limitText = parser.value(QStringLiteral("limit"));
        invocation.limit = limitText.trimmed().toInt(&ok);
        if (!ok || invocation.limit < 1)
            return CommandLine::tr("--limit needs a whole number above 0, not \"%1\".").arg(limitText);
        break;
    }
    case Command::Revert: {
        if (arguments.size() != 1)
            return CommandLine::tr("Name the ID of one apply to revert (\"history\" lists them).");
        bool ok = false;
        invocation.applyId = arguments.first().trimmed().toLongLong(&ok);
        if (!ok || invocation.applyId < 1)
            return CommandLine::tr("\"%1\" is not the ID of an apply: \"history\" lists them.").arg(arguments.first());
        break;
    }
    }
    return {};
}

} // namespace

QString CommandLine::commandName(Command command)
{
    return QLatin1String(infoOf(command).name);
}

ParsedCommandLine CommandLine::parse(const QStringList &arguments)
{
    // First every option any command knows, to find the command; then only its own.
    QCommandLineParser first;
    QSet<QString> seen;
    addOptions(first, globalOptions(), &seen);
    for (const CommandInfo &info : kCommands)
        addOptions(first, commandOptions(info.command), &seen);
    if (!first.parse(arguments))
        return refuse(first.errorText());
    if (first.isSet(QStringLiteral("version")))
        return print(QStringLiteral("%1 %2\n").arg(programName(), QCoreApplication::applicationVersion()));

    const QStringList positional = first.positionalArguments();
    if (positional.isEmpty()) {
        if (first.isSet(QStringLiteral("help")))
            return print(generalHelp());
        return refuse(tr("Name a command: %1.").arg(commandNames()));
    }
    if (positional.first() == QLatin1String("help")) {
        if (positional.size() < 2)
            return print(generalHelp());
        if (const CommandInfo *info = findCommand(positional.at(1)))
            return print(commandHelp(*info));
        return refuse(tr("Unknown command \"%1\".").arg(positional.at(1)));
    }
    const CommandInfo *info = findCommand(positional.first());
    if (!info) {
        return refuse(tr("Unknown command \"%1\". The commands are: %2.")
                          .arg(positional.first(), commandNames()));
    }
    const QString name = QLatin1String(info->name);

    QCommandLineParser second;
    addOptions(second, globalOptions());
    addOptions(second, commandOptions(info->command));
    if (!second.parse(arguments))
        return refuse(second.errorText(), name);
    if (second.isSet(QStringLiteral("help")))
        return print(commandHelp(*info));

    ParsedCommandLine result;
    result.invocation.command = info->command;
    if (const QString why = readConnection(second, result.invocation); !why.isEmpty())
        return refuse(why, name);
    if (const QString why = readCommand(second, result.invocation); !why.isEmpty())
        return refuse(why, name);
    result.action = ParsedCommandLine::Action::Run;
    return result;
}

} // namespace hci::cli
