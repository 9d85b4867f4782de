// The commands of the history: `history` lists the applies of the window and of this tool,
// `revert ID` sends the inverse of one of them.
#include "tool.h"

#include "historylisting.h"
#include "revertplan.h"
#include "toolstore.h"

#include <QJsonDocument>

namespace hci::cli {

void Tool::runHistory()
{
    QString whyNot;
    const std::optional<HistoryFilter> filter = HistoryListing::filterFor(m_invocation, &whyNot);
    if (!filter) {
        m_console.error(whyNot);
        return finish(UsageError);
    }
    const QList<ApplyRecord> records = History(m_store->store()).applies(*filter);
    if (m_invocation.json) {
        m_console.data(QString::fromUtf8(QJsonDocument(HistoryListing::json(records)).toJson(QJsonDocument::Indented)));
    } else if (records.isEmpty()) {
        m_console.progress(m_invocation.hasConnection ? tr("No apply of this account is recorded on this computer.")
                                                      : tr("No apply is recorded on this computer."));
    } else {
        m_console.data(HistoryListing::table(records));
        m_console.progress(tr("\"revert ID\" undoes an apply; --json shows each field before and after."));
    }
    finish(Success);
}

std::optional<int> Tool::readRevertRecord()
{
    const qint64 id = m_invocation.applyId;
    m_revert = History(m_store->store()).apply(id);
    if (!m_revert) {
        m_console.error(tr("There is no apply %1 in the history on this computer (\"history\" lists them).").arg(id));
        return DataError;
    }
    const StoreScope &scope = m_revert->scope;
    if ((m_invocation.moduleGiven && m_invocation.module != scope.module)
        || (m_invocation.infraGiven && m_invocation.infra != scope.infra)) {
        m_console.error(tr("Apply %1 was made on %2, and its revert goes there too: leave out --module and --infra.")
                            .arg(id)
                            .arg(scopeName({ scope.module, scope.infra })));
        return UsageError;
    }
    return std::nullopt;
}

bool Tool::isRevertAccount(const OpenedConnection &target)
{
    const StoreScope &applied = m_revert->scope;
    const StoreScope here = ToolStore::scopeFor(target, applied.module, applied.infra);
    if (here.accountId == applied.accountId)
        return true;
    const QString where = m_revert->profileName.isEmpty() ? applied.profileKey : m_revert->profileName;
    m_console.error(tr("Apply %1 was made on account %2 (%3), but this connection is to account %4. Connect to the "
                       "account of the apply to revert it; nothing was sent.")
                        .arg(m_revert->id)
                        .arg(applied.accountId, where, here.accountId));
    return false;
}

void Tool::runRevert(const ConfigSnapshot &snapshot)
{
    m_console.progress(tr("Reverting apply %1 of %2.")
                           .arg(m_revert->id)
                           .arg(m_revert->appliedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    runPlan(RevertPlanner::forRevert(snapshot, *m_revert));
}

} // namespace hci::cli
