#pragma once

#include "connectionopener.h"
#include "core/module.h"
#include "store/storescope.h"

#include <QObject>
#include <QString>

namespace hci {
class AccountSession;
class LocalStore;
}

namespace hci::cli {

class Console;

// The tool's part of the local store: the window's own file, to which the tool adds its loads and
// applies (source "cli"), so that the history and revert see both. The store never fails a run: a
// file that cannot be used is said on stderr, and the run goes on with one kept in memory.
class ToolStore : public QObject
{
    Q_OBJECT

public:
    explicit ToolStore(Console *console, QObject *parent = nullptr);

    // Opens the window's store file, once.
    void open();
    LocalStore *store() const { return m_store; }

    // Records the session's loads and applies for the connection, like the window does. Follows
    // the session for as long as it lives.
    void follow(AccountSession *session, const OpenedConnection &target);

    // Where the history keeps what this connection does on one module and infrastructure: the
    // profile (the window's sandbox for --sandbox), or the host of --base-url, on its account.
    static StoreScope scopeFor(const OpenedConnection &target, Module module, Infra infra);
    // The store file of the window (not of a "harness-ci-images-cli" data folder).
    static QString windowStorePath();

private:
    Console *m_console;
    LocalStore *m_store = nullptr;
};

} // namespace hci::cli
