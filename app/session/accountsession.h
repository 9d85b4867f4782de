#pragma once

#include "core/configdocument.h"
#include "core/module.h"
#include "harness/apierror.h"
#include "harness/connection.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <chrono>
#include <functional>

class QTimer;

namespace hci {

class ApiReply;
class HarnessClient;
struct FieldUpdate;
class WriteTurn;

// Loads and applies one account's execution config for the current module and infra: the client
// on one side, the document on the other. No widgets; the window and the command-line tool react
// to its signals.
//
// Harness saves one whole document per account on every write, with no version check, so:
// - the writes of an apply go one at a time (the update, then the reset), each after the previous
//   answer, and the sessions of this process take turns per account (see WriteTurn);
// - the conflict check reads the overrides right before the first write, and again after the user
//   chose in the conflict dialog;
// - every request of an apply, the read-back included, goes to the connection it started with: if
//   the client's connection changes under a running apply, nothing more is sent and the apply fails.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, CheckingConflicts, WaitingForConflictChoice, Applying, Verifying };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kDefaultDeadline { 60000 };

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
    // True while a load of the current scope runs on the client's current connection: opening that
    // same account and scope again can wait for it rather than ask again.
    bool isLoadingCurrentScope() const;
    // From apply() (or findRefusedFields()) until applied(), applyFailed(), refusedFieldsFound() or
    // applyCancelled().
    bool isApplying() const { return m_state >= State::CheckingConflicts; }
    // Writes were sent and the read-back has not told yet what took: stopping now leaves the outcome
    // unknown.
    bool hasWritesInFlight() const { return m_state == State::Applying || m_state == State::Verifying; }

    // The longest a load or an apply's conflict check may take in all, retries and a slow trickle of
    // bytes included (the transfer timeout alone restarts with every byte); the time the user spends
    // in the conflict dialog does not count. Once a write is sent there is no deadline: the
    // read-back tells what took.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadlineMs = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadlineMs; }

    // Reads defaults, overrides (overridesOnly=true) and deprecated images in parallel; on success
    // the document gets the new snapshot at once, on failure it keeps the last good one.
    // A load while loading restarts with the current scope; a load during an apply is ignored.
    void load();

    // 1. waits for this account's write turn, then re-reads the overrides; queued fields changed on
    //    the server since load -> conflictsFound() and a pause until resolveConflicts() or cancel();
    // 2. the update-config, then the reset-config, each after the previous answer. After an answer
    //    that leaves the outcome unknown (timeout, cut off) nothing more is sent;
    // 3. re-reads the overrides, gives the document the fresh snapshot (which drops what took),
    //    and reports applied() or applyFailed() with what stays queued.
    // The changes go to the scope of the document's snapshot, which they were queued against.
    // Ignored while busy; with nothing queued, applied(0) at once.
    void apply();
    // Conflicting fields listed here are sent anyway; the others' queued changes are dropped (the
    // server's value is taken). Then the overrides are read once more: fields changed again while
    // the user chose -> conflictsFound() again; otherwise the writes go out.
    void resolveConflicts(const QStringList &fieldsToOverwrite);

    // True while a load or an apply's conflict check runs, or the apply waits for the conflict choice:
    // cancel() then stops it and nothing is sent.
    bool canCancel() const;
    // A load ends with loadFailed(Kind::Cancelled) and the document keeps its last snapshot; an apply
    // ends with applyCancelled() and every change stays queued. Ignored once a write is sent.
    void cancel();
    // The same as cancel(), for an apply only.
    void cancelApply();

    // ---- Finding the fields a refused batch holds
    // Harness answers a write that holds a field it does not accept for the infra with a generic
    // HTTP 500 UNKNOWN_ERROR that names no field, and saves nothing of that write.
    //
    // True when the last apply ended so, with a write of more than one field, and those fields are
    // still queued.
    bool canFindRefusedFields() const;
    // The queued fields findRefusedFields() would send.
    QStringList refusalCandidates() const;
    // Sends those fields one per request, one at a time (conflict check and write turn as for an
    // apply), then reads back. The fields Harness accepts are saved and confirmed by the read-back;
    // the refused ones stay queued, each with the server's answer in refusedFields(). Ends with
    // refusedFieldsFound(), or applyFailed() when the search could not finish (then nothing more is
    // sent after an answer that left the outcome unknown). Ignored while busy or without candidates.
    void findRefusedFields();
    // Queued fields the server refused when sent alone, with its answer (correlation ID included);
    // an entry goes once its queued change is dropped or changed.
    QHash<QString, ApiError> refusedFields() const;

    // ---- What an apply in flight is about, e.g. to remember an unknown outcome when the window closes.
    Connection applyConnection() const { return m_apply.connection; }
    Module applyModule() const { return m_apply.module; }
    Infra applyInfra() const { return m_apply.infra; }
    ChangeSet changesInFlight() const { return m_apply.sent; }

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
    // cancel() stopped an apply before anything was sent.
    void applyCancelled();
    // findRefusedFields() is done: the refused fields stay queued (see refusedFields()), the
    // confirmedCount others took.
    void refusedFieldsFound(const QStringList &refusedFields, int confirmedCount);
    // Rate limited or unavailable: the next try starts in delayMs.
    void waiting(int delayMs, const hci::ApiError &reason);
    // Another session of this process is writing to the same account; this apply waits its turn.
    void waitingForTurn();

private:
    struct LoadRun
    {
        Module module = Module::Ci;
        Infra infra = Infra::K8;
        Connection connection;
        int left = 0;
        ImageMap defaults;
        ImageMap overrides;
        ImageMap deprecated;
        ImageMap readOnlyDefaults;  // values that are not text, as JSON text
        ImageMap readOnlyOverrides;
    };
    struct Write
    {
        bool reset = false;
        QList<std::pair<QString, QString>> updates;
        QStringList resets;
        QStringList fields() const;
    };
    struct ApplyRun
    {
        Module module = Module::Ci;
        Infra infra = Infra::K8;
        Connection connection;   // pinned at the start: every request goes here
        bool onePerRequest = false; // findRefusedFields()
        QStringList only;        // with onePerRequest: the fields to send
        ImageMap fresh;          // the overrides read just before sending
        QList<Conflict> conflicts; // waiting for the user's choice
        ChangeSet sent;
        QList<Write> writes;
        int nextWrite = 0;
        bool stoppedEarly = false; // an answer left the outcome unknown: nothing more was sent
        ApiError sendError;      // the first failure of step 2
        QStringList batchRefused; // fields of multi-field writes answered with the generic 500
        QHash<QString, ApiError> refusals; // onePerRequest: each refused field's answer
    };
    struct Refusal
    {
        PendingChange change;
        ApiError error;
    };

    void setState(State state);
    // Follows the reply for the current run; its answer is dropped once another run started.
    void watch(ApiReply *reply, std::function<void(ApiReply *)> onFinished);
    // Aborts what is in flight; late answers of the aborted run are ignored.
    void stopRequests();
    void startDeadline();
    void stopDeadline();
    void deadlinePassed();
    ApiError deadlineError() const;
    bool connectionChanged(const Connection &pinned) const;
    static ApiError connectionChangedError();

    void loadPartDone();
    void failLoad(const ApiError &error);

    // accountsessionapply.cpp
    void startApply(bool onePerRequest, const QStringList &only);
    void checkForConflicts();
    void checkedForConflicts(ApiReply *reply);
    void sendChanges();
    void sendNextWrite();
    void writeDone(const QStringList &fields, const ApiError &error);
    void readBack();
    void verified(ApiReply *reply);
    void endApply();
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
    WriteTurn *m_turn = nullptr; // this apply's place in the account's write queue
    QTimer *m_deadline;
    std::chrono::milliseconds m_deadlineMs = kDefaultDeadline;
    ApiError m_lastWaitReason; // the last rate limit met since the deadline started
    QStringList m_refusalCandidates;
    QHash<QString, Refusal> m_refused;
};

} // namespace hci
