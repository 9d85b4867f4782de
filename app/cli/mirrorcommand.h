#pragma once

#include "changeplan.h"
#include "session/mirrorcheck.h"
#include "session/mirrorplan.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace hci {
class RegistryClient;
}

namespace hci::cli {

class Console;

// `mirror PREFIX [FIELD...] [--copy-list FILE]`: plans the fields' move to the mirror, asks the
// mirror which copies it already holds, prints that, writes the copy list (FILE) and its skopeo
// script (FILE.sh), and hands the overrides on as a plan to apply like `set`.
class MirrorCommand : public QObject
{
    Q_OBJECT

public:
    MirrorCommand(Console *console, QObject *parent = nullptr);

    // arguments: PREFIX then FIELD...; copyList: empty for none.
    void run(const ConfigSnapshot &snapshot, const QStringList &arguments, const QString &copyList);

Q_SIGNALS:
    void planned(const hci::cli::ChangePlan &plan);
    void failed(int exitCode);

private:
    void checked();
    QString table() const;
    bool writeFiles();

    Console *m_console;
    RegistryClient *m_registry;
    MirrorCheck *m_check;
    ConfigSnapshot m_snapshot;
    std::optional<MirrorPlan> m_plan;
    QString m_copyList;
};

} // namespace hci::cli
