#include "scopeloader.h"

#include "console.h"
#include "session/accountsession.h"

namespace hci::cli {

QString scopeName(const Scope &scope)
{
    return moduleId(scope.module) + u'/' + infraId(scope.infra);
}

QList<Scope> allScopes()
{
    QList<Scope> scopes;
    for (Module module : allModules()) {
        for (Infra infra : allInfras())
            scopes.append({ module, infra });
    }
    return scopes;
}

ScopeLoader::ScopeLoader(HarnessClient *client, Console *console, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_document(new ConfigDocument(this))
    , m_session(new AccountSession(client, m_document, this))
{
    connect(m_session, &AccountSession::loaded, this, [this] {
        m_snapshots.append(m_document->snapshot());
        loadNext();
    });
    connect(m_session, &AccountSession::loadFailed, this, [this](const ApiError &error) {
        const QString scope = scopeName(m_scopes.value(m_snapshots.size()));
        m_scopes.clear();
        m_snapshots.clear();
        Q_EMIT failed(error, scope);
    });
    connect(m_session, &AccountSession::waiting, this, [this](int delayMs, const ApiError &reason) {
        m_console->waiting(delayMs, reason);
    });
}

void ScopeLoader::load(const QList<Scope> &scopes)
{
    m_snapshots.clear();
    m_scopes = scopes;
    // The first one starts from the event loop, like every later one.
    QMetaObject::invokeMethod(this, [this] { loadNext(); }, Qt::QueuedConnection);
}

void ScopeLoader::loadNext()
{
    if (m_snapshots.size() >= m_scopes.size()) {
        Q_EMIT loaded();
        return;
    }
    const Scope scope = m_scopes.at(m_snapshots.size());
    m_console->progress(tr("Reading %1…").arg(scopeName(scope)));
    m_session->setScope(scope.module, scope.infra);
    m_session->load();
}

} // namespace hci::cli
