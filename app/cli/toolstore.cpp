#include "toolstore.h"

#include "console.h"
#include "session/accountsession.h"
#include "store/historyrecorder.h"
#include "store/localstore.h"

#include <QCoreApplication>

namespace hci::cli {

ToolStore::ToolStore(Console *console, QObject *parent)
    : QObject(parent)
    , m_console(console)
{ }

QString ToolStore::windowStorePath()
{
    // The data location follows the application name; this tool's name differs from the window's
    // (its messages start with it), so the path is asked for under the window's name.
    const QString own = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("harness-ci-images"));
    const QString path = LocalStore::defaultFilePath();
    QCoreApplication::setApplicationName(own);
    return path;
}

void ToolStore::open()
{
    if (m_store)
        return;
    m_store = new LocalStore(windowStorePath(), this);
    if (!m_store->problem().isEmpty())
        m_console->note(m_store->problem());
}

void ToolStore::follow(AccountSession *session, const OpenedConnection &target)
{
    if (!m_store)
        return;
    // The recorder belongs to the session: it follows it until the session is gone.
    auto scope = [session, target]() -> std::optional<StoreScope> {
        const ConfigDocument *document = session->document();
        if (!document || !document->hasSnapshot())
            return std::nullopt;
        return scopeFor(target, document->snapshot().module(), document->snapshot().infra());
    };
    auto *recorder = new HistoryRecorder(m_store, session, scope, QStringLiteral("cli"), session);
    recorder->setProfileName(target.profileName);
}

StoreScope ToolStore::scopeFor(const OpenedConnection &target, Module module, Infra infra)
{
    if (target.profileId.isEmpty())
        return StoreScope::forHost(target.connection.gatewayUrl, target.connection.accountId, module, infra);
    return StoreScope::forProfile(target.profileId, target.connection.accountId, module, infra);
}

} // namespace hci::cli
