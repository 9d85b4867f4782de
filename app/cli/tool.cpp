#include "tool.h"

#include "harness/harnessclient.h"
#include "mirrorcommand.h"
#include "planapplier.h"
#include "scopeloader.h"
#include "session/accountsession.h"
#include "toolstore.h"

#include <QTimer>

namespace hci::cli {

Tool::Tool(QObject *parent)
    : QObject(parent)
    , m_client(new HarnessClient(this))
{ }

Tool::~Tool() = default;

void Tool::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void Tool::start(const QStringList &arguments)
{
    const ParsedCommandLine parsed = CommandLine::parse(arguments);
    switch (parsed.action) {
    case ParsedCommandLine::Action::Print:
        m_console.data(parsed.text);
        return finish(Success);
    case ParsedCommandLine::Action::Refuse:
        m_console.error(parsed.text);
        return finish(UsageError);
    case ParsedCommandLine::Action::Run:
        break;
    }
    m_invocation = parsed.invocation;
    m_console.setQuiet(m_invocation.quiet);

    // The window's history: the tool reads it and adds its own loads and applies.
    m_store = new ToolStore(&m_console, this);
    m_store->open();
    if (m_invocation.command == Command::History)
        return runHistory();
    if (m_invocation.command == Command::Revert) {
        if (const std::optional<int> stop = readRevertRecord())
            return finish(*stop);
    }

    // A file that cannot be applied fails before anything is asked of the server.
    if (m_invocation.command == Command::Apply && !readOverridesFile())
        return finish(DataError);

    m_opener = new ConnectionOpener(m_invocation, this);
    connect(m_opener, &ConnectionOpener::opened, this, &Tool::connected);
    connect(m_opener, &ConnectionOpener::failed, this, [this](int exitCode, const QString &message) {
        m_console.error(message);
        finish(exitCode);
    });
    m_opener->open();
}

void Tool::connected(const OpenedConnection &target)
{
    m_target = target;
    QString whyNot;
    if (!m_client->setConnection(target.connection, &whyNot)) {
        m_console.error(whyNot);
        return finish(UsageError);
    }
    m_console.progress(tr("Connected to %1.").arg(target.description));
    const bool writes = m_invocation.command == Command::Set || m_invocation.command == Command::Reset
        || m_invocation.command == Command::Apply || m_invocation.command == Command::Mirror
        || m_invocation.command == Command::Revert;
    if (target.production && writes)
        m_console.note(tr("PRODUCTION: %1").arg(target.description));

    const Scope current { m_invocation.module, m_invocation.infra };
    switch (m_invocation.command) {
    case Command::List:
        return load({ current }, [this](const QList<ConfigSnapshot> &loaded) { runList(loaded.first()); });
    case Command::Diff:
        return load({ current }, [this](const QList<ConfigSnapshot> &loaded) { runDiff(loaded.first()); });
    case Command::Export:
        return load(m_invocation.all ? allScopes() : QList<Scope> { current },
            [this](const QList<ConfigSnapshot> &loaded) { runExport(loaded); });
    case Command::Set:
        return load({ current }, [this](const QList<ConfigSnapshot> &loaded) {
            runPlan(Planner::forSet(loaded.first(), m_invocation.arguments));
        });
    case Command::Reset:
        return load({ current }, [this](const QList<ConfigSnapshot> &loaded) {
            runPlan(Planner::forReset(loaded.first(), m_invocation.arguments, m_invocation.all));
        });
    case Command::Apply: {
        QList<Scope> scopes;
        for (const ScopeOverrides &scope : m_file->scopes)
            scopes.append({ scope.module, scope.infra });
        return load(scopes, [this](const QList<ConfigSnapshot> &loaded) {
            runPlan(Planner::forFile(loaded, *m_file));
        });
    }
    case Command::Mirror:
        return load({ current }, [this](const QList<ConfigSnapshot> &loaded) {
            auto *mirror = new MirrorCommand(&m_console, this);
            connect(mirror, &MirrorCommand::failed, this, &Tool::finish);
            connect(mirror, &MirrorCommand::planned, this, &Tool::runPlan);
            mirror->run(loaded.first(), m_invocation.arguments, m_invocation.copyListFile);
        });
    case Command::Revert:
        if (!isRevertAccount(target))
            return finish(DataError);
        return load({ { m_revert->scope.module, m_revert->scope.infra } },
            [this](const QList<ConfigSnapshot> &loaded) { runRevert(loaded.first()); });
    case Command::History:
        return finish(Success); // read from the store before any connection
    }
}

void Tool::load(const QList<Scope> &scopes, std::function<void(const QList<ConfigSnapshot> &)> next)
{
    m_loader = new ScopeLoader(m_client, &m_console, this);
    m_store->follow(m_loader->session(), m_target);
    connect(m_loader, &ScopeLoader::failed, this, &Tool::loadFailed);
    connect(m_loader, &ScopeLoader::loaded, this, [this, next = std::move(next)] { next(m_loader->snapshots()); });
    m_loader->load(scopes);
}

void Tool::loadFailed(const ApiError &error, const QString &scope)
{
    m_console.apiError(error);
    if (!scope.isEmpty())
        m_console.note(tr("Could not read %1; nothing was changed.").arg(scope));
    finish(exitCodeFor(error));
}

void Tool::runPlan(const ChangePlan &plan)
{
    for (const QString &note : plan.notes)
        m_console.note(note);
    // A plan with nothing in it but problems would only say "no changes" above the reasons.
    if (plan.problems.isEmpty() || !plan.isEmpty())
        m_console.data(Planner::text(plan));
    if (!plan.problems.isEmpty()) {
        for (const QString &problem : plan.problems)
            m_console.error(problem);
        m_console.note(tr("Nothing was sent."));
        return finish(DataError);
    }
    if (m_invocation.dryRun) {
        if (!plan.isEmpty())
            m_console.data(u'\n' + PlanApplier::requests(m_client, plan));
        m_console.progress(tr("Dry run: nothing was sent."));
        return finish(m_invocation.exitCode && !plan.isEmpty() ? DifferencesFound : Success);
    }
    if (plan.isEmpty()) {
        m_console.progress(tr("Nothing to change."));
        return finish(Success);
    }
    auto *applier = new PlanApplier(m_client, &m_console, this);
    connect(applier, &PlanApplier::sessionStarted, this,
        [this](AccountSession *session) { m_store->follow(session, m_target); });
    connect(applier, &PlanApplier::finished, this, &Tool::finish);
    applier->apply(plan);
}

} // namespace hci::cli
