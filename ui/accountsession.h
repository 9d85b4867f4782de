#pragma once

#include "core/configdocument.h"
#include "core/module.h"
#include "harness/apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace hci {

class ApiReply;
class HarnessClient;

// Loads and applies one account's execution config for the current module and infra: the client
// on one side, the document on the other. No widgets; the window reacts to its signals.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, CheckingConflicts, WaitingForConflictChoice, Applying, Verifying };
    Q_ENUM(State)

    AccountSession(HarnessClient *client, ConfigDocument *document, QObject *parent = nullptr);
    ~AccountSession() override;

    HarnessClient *client() const { return m_client; }
    ConfigDocument *document() const { return m_document; }

    // Changing the scope does not load; call load(). The window asks about queued changes first.
    void setScope(Module module, Infra infra);
    Module module() const { return m_module; }
    Infra infra() const { return m_infra; }

    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }

    // Reads defaults, overrides (overridesOnly=true) and deprecated images in parallel; on success
    // the document gets the new snapshot at once, on failure it keeps the last good one.
    void load();

    // 1. re-reads the overrides; queued fields changed on the server since load -> conflictsFound()
    //    and a pause until resolveConflicts() or cancelApply();
    // 2. at most one update-config and one reset-config;
    // 3. re-reads the overrides, gives the document the fresh snapshot (which drops what took),
    //    and reports applied() or applyFailed() with what stays queued.
    void apply();
    // Conflicting fields listed here are sent anyway; the others' queued changes are dropped
    // (the server's value is taken).
    void resolveConflicts(const QStringList &fieldsToOverwrite);
    void cancelApply();

    // The requests an apply of the current queue would send, as cURL commands with the key
    // replaced by $HARNESS_API_KEY. For the review dialog.
    QString previewAsCurl() const;

Q_SIGNALS:
    void stateChanged(hci::AccountSession::State state);
    void loaded();
    void loadFailed(const hci::ApiError &error);
    void conflictsFound(const QList<hci::Conflict> &conflicts);
    void applied(int confirmedCount);
    // Nothing is lost: every unconfirmed change is still queued in the document.
    void applyFailed(const hci::ApiError &error, const QStringList &unconfirmedFields);
    // Rate limited or unavailable: the next try starts in delayMs.
    void waiting(int delayMs, const hci::ApiError &reason);

private:
    void setState(State state);

    HarnessClient *m_client;
    ConfigDocument *m_document;
    Module m_module = Module::Ci;
    Infra m_infra = Infra::K8;
    State m_state = State::Idle;
};

} // namespace hci
