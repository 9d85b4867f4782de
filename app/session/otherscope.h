#pragma once

#include "core/module.h"
#include "harness/connection.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace hci {

class AccountSession;
class ConfigDocument;
class ConfigSnapshot;
class HarnessClient;
class ProfileOpener;

// A second scope set beside the window's, for comparing and promoting: another profile's account,
// or the other infra of the same account. It has its own client, document and session, so loading
// it, queuing into it and applying it never touch the window's.
class OtherScope : public QObject
{
    Q_OBJECT

public:
    explicit OtherScope(QObject *parent = nullptr);
    ~OtherScope() override;

    HarnessClient *client() const { return m_client; }
    ConfigDocument *document() const { return m_document; }
    AccountSession *session() const { return m_session; }

    // Reads the stored profile's key (asynchronously), then loads the module and infra.
    void openProfile(ProfileOpener *opener, const QString &profileId, Module module, Infra infra);
    // Loads the module and infra over a connection already at hand (the sandbox, the same account).
    void openConnection(const Connection &connection, const QString &name, bool production, Module module,
                        Infra infra);

    // For people: the profile's name, or what openConnection() was given.
    QString name() const { return m_name; }
    bool isProduction() const { return m_production; }
    bool isLoaded() const;

Q_SIGNALS:
    void loaded();
    // Translated; nothing was loaded.
    void failed(const QString &message);

private:
    HarnessClient *m_client;
    ConfigDocument *m_document;
    AccountSession *m_session;
    QString m_name;
    bool m_production = false;
};

// What copying rows from one side to the other queued, and what it could not.
struct CopyOutcome
{
    QStringList queued;    // fields with a change queued in the target
    QStringList notListed; // the target's server does not list the field
    QStringList refused;   // read-only, or a value the target refuses (translated reasons)
};

// Queues into `target` each field's value from `source`: its override, or a reset to the default
// when it has none (a blank override counts as none). One undoable step in the target.
CopyOutcome copyOverrides(const ConfigSnapshot &source, ConfigDocument &target, const QStringList &fields);

} // namespace hci
