#pragma once

#include "core/configdocument.h"
#include "core/module.h"
#include "harness/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

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
    // A load while loading restarts with the current scope; a load during an apply is ignored.
    void load();

    // 1. re-reads the overrides; queued fields changed on the server since load -> conflictsFound()
    //    and a pause until resolveConflicts() or cancelApply();
    // 2. at most one update-config and one reset-config;
    // 3. re-reads the overrides, gives the document the fresh snapshot (which drops what took),
    //    and reports applied() or applyFailed() with what stays queued.
    // The changes go to the scope of the document's snapshot, which they were queued against.
    // Ignored while busy; with nothing queued, applied(0) at once.
    void apply();
    // Conflicting fields listed here are sent anyway; the others' queued changes are dropped
    // (the server's value is taken).
    void resolveConflicts(const QStringList &fieldsToOverwrite);
    // Only before anything is sent (checking or waiting for the conflict choice); later it is
    // ignored, since the verification is what tells what took.
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
    struct LoadRun
    {
        Module module = Module::Ci;
        Infra infra = Infra::K8;
        int left = 0;
        ImageMap defaults;
        ImageMap overrides;
        ImageMap deprecated;
        ImageMap readOnlyDefaults;  // values that are not text, as JSON text
        ImageMap readOnlyOverrides;
    };
    struct ApplyRun
    {
        Module module = Module::Ci;
        Infra infra = Infra::K8;
        ImageMap fresh; // the overrides read just before sending
        QList<Conflict> conflicts; // waiting for the user's choice
        ChangeSet sent;
        int writesLeft = 0;
        ApiError sendError; // the first failure of step 2
    };

    void setState(State state);
    // Follows the reply for the current run; its answer is dropped once another run started.
    void watch(ApiReply *reply, std::function<void(ApiReply *)> onFinished);
    // Aborts what is in flight; late answers of the aborted run are ignored.
    void stopRequests();

    void loadPartDone();
    void failLoad(const ApiError &error);

    void checkedForConflicts(ApiReply *reply);
    void sendChanges();
    void writeDone(const ApiError &error);
    void verified(ApiReply *reply);
    void finishApplyFailed(const ApiError &error, const QStringList &unconfirmedFields);
    // The document's snapshot with the overrides replaced by what the server has now.
    void takeServerOverrides(const ImageMap &overrides);

    HarnessClient *m_client;
    ConfigDocument *m_document;
    Module m_module = Module::Ci;
    Infra m_infra = Infra::K8;
    State m_state = State::Idle;
    quint64 m_run = 0; // bumped by each load, apply and stop
    QList<QPointer<ApiReply>> m_replies; // in flight for the current run
    LoadRun m_load;
    ApplyRun m_apply;
};

} // namespace hci
