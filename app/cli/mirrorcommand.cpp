#include "mirrorcommand.h"

#include "console.h"
#include "exitcode.h"
#include "listing.h"
#include "registry/registryclient.h"

namespace hci::cli {

MirrorCommand::MirrorCommand(Console *console, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_registry(new RegistryClient(this))
    , m_check(new MirrorCheck(m_registry, this))
{
    connect(m_check, &MirrorCheck::finished, this, &MirrorCommand::checked);
}

void MirrorCommand::run(const ConfigSnapshot &snapshot, const QStringList &arguments, const QString &copyList)
{
    m_snapshot = snapshot;
    m_copyList = copyList;
    // The command line checked the prefix already; this only reads it again.
    QString whyNot;
    const std::optional<MirrorPrefix> prefix = MirrorPrefix::parse(arguments.value(0), &whyNot);
    if (!prefix) {
        m_console->error(whyNot);
        return Q_EMIT failed(UsageError);
    }
    ConfigDocument document;
    document.setSnapshot(snapshot);
    m_plan = MirrorPlan::build(document, *prefix, arguments.mid(1));
    for (const QString &note : m_plan->notes())
        m_console->note(note);
    if (!m_plan->problems().isEmpty()) {
        for (const QString &problem : m_plan->problems())
            m_console->error(problem);
        m_console->note(tr("Nothing was sent."));
        return Q_EMIT failed(DataError);
    }
    QStringList targets;
    for (const MirrorCopy &copy : m_plan->copies())
        targets.append(copy.target);
    if (!targets.isEmpty())
        m_console->progress(tr("Asking %1 which images it holds already…").arg(prefix->host()));
    m_check->start(targets);
}

QString MirrorCommand::table() const
{
    const QStringList header{tr("FIELD"), tr("FROM"), tr("TO"), tr("IN MIRROR")};
    QList<QStringList> rows;
    for (const MirrorEntry &entry : m_plan->entries()) {
        const MirrorPresence presence = m_check->presence(entry.target);
        QString state = presence.state == MirrorPresence::State::Exists ? tr("yes")
            : presence.state == MirrorPresence::State::Missing          ? tr("no, copy it first")
                                                                        : presence.text();
        rows.append({entry.field, entry.source, entry.target, state});
    }
    return Listing::alignedColumns(QList<QStringList>{header} + rows);
}

bool MirrorCommand::writeFiles()
{
    QString whyNot;
    if (!m_plan->saveCopyList(m_copyList, &whyNot)) {
        m_console->error(whyNot);
        return false;
    }
    m_console->progress(tr("Wrote the copy list of %n image(s) to %1 and its skopeo script to %2.", nullptr,
                           int(m_plan->copies().size()))
                            .arg(m_copyList, MirrorPlan::scriptFileName(m_copyList)));
    return true;
}

void MirrorCommand::checked()
{
    if (m_plan->isEmpty()) {
        m_console->progress(tr("No field to point at the mirror."));
    } else {
        m_console->data(table() + u'\n');
        if (const int missing = m_check->missingCount(); missing > 0)
            m_console->note(tr("%n image(s) are not in the mirror yet: copy them before pipelines use the overrides.",
                               nullptr, missing));
    }
    if (!m_copyList.isEmpty() && !writeFiles())
        return Q_EMIT failed(CannotCreate);

    ConfigDocument document;
    document.setSnapshot(m_snapshot);
    QStringList refused;
    m_plan->queue(&document, &refused);
    ChangePlan plan;
    plan.problems = refused;
    plan.scopes.append({document.snapshot(), document.pendingChanges()});
    Q_EMIT planned(plan);
}

} // namespace hci::cli
