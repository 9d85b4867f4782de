#pragma once

#include "core/configsnapshot.h"
#include "core/module.h"
#include "harness/apierror.h"

#include <QList>
#include <QObject>
#include <QString>

namespace hci {
class AccountSession;
class ConfigDocument;
class HarnessClient;
}

namespace hci::cli {

class Console;

// One module on one infrastructure: the unit the API keeps overrides in.
struct Scope
{
    Module module = Module::Ci;
    Infra infra = Infra::K8;

    friend bool operator==(const Scope &a, const Scope &b) { return a.module == b.module && a.infra == b.infra; }
};

// "ci/K8", for plans and messages.
QString scopeName(const Scope &scope);
QList<Scope> allScopes();

// Loads scopes one after another through an account session, as the window loads one.
class ScopeLoader : public QObject
{
    Q_OBJECT

public:
    ScopeLoader(HarnessClient *client, Console *console, QObject *parent = nullptr);

    void load(const QList<Scope> &scopes);
    // In the order asked for; complete once loaded() was emitted.
    QList<ConfigSnapshot> snapshots() const { return m_snapshots; }
    // The session that reads, for whoever follows its loads (the history).
    AccountSession *session() const { return m_session; }

Q_SIGNALS:
    void loaded();
    void failed(const hci::ApiError &error, const QString &scope);

private:
    void loadNext();

    Console *m_console;
    ConfigDocument *m_document;
    AccountSession *m_session;
    QList<Scope> m_scopes;
    QList<ConfigSnapshot> m_snapshots;
};

} // namespace hci::cli
