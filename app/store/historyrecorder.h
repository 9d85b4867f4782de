#pragma once

#include "history.h"
#include "loaddifference.h"
#include "storescope.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace hci {

class AccountSession;
class LocalStore;

// Follows an account session from outside and writes its history: each load (when it differs
// from the last one stored for its scope) and each apply, with the values before and after, what
// the server confirmed and the correlation IDs of the writes. Used by the window and the command line.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    using ScopeSource = std::function<std::optional<StoreScope>()>;

    // source: "window" or "cli", stored with each apply.
    HistoryRecorder(LocalStore *store, AccountSession *session, ScopeSource scope, QString source,
                    QObject *parent = nullptr);

    History &history() { return m_history; }
    // The profile's name at the time, for the history's rows.
    void setProfileName(const QString &name) { m_profileName = name; }

Q_SIGNALS:
    // After a load: what changed since the user last looked; empty when nothing did (or it was dismissed).
    void loadRecorded(const hci::StoreScope &scope, const hci::LoadDifference &sinceLastLook);
    void applyRecorded(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLoaded();
    void onStateChanged();
    void finishApply(bool ok, const QString &message);

    History m_history;
    AccountSession *m_session;
    ScopeSource m_scope;
    QString m_source;
    QString m_profileName;
    bool m_recording = false;
    ApplyRecord m_apply;
    ChangeSet m_sent;
};

} // namespace hci
