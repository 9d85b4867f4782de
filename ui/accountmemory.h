#pragma once

#include "store/storescope.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace hci {

class HistoryRecorder;
class HistoryWindow;
class JournalRestoreBar;
class JournalWriter;
class LocalStore;
class AppServices;
class MainWindow;
class MessageBar;
class SinceLastLookPanel;
struct Journal;
struct LoadDifference;
struct PendingChange;

// The main window's memory: the pending-edit journal (and offering it back), the history of loads
// and applies with its window and revert, and the since-last-look panel. Kept apart from the
// window's own files; the window only creates it and places its panels.
class AccountMemory : public QObject
{
    Q_OBJECT

public:
    // The app (main.cpp) keeps its store in a file; any other window (tests) gets one in memory
    // unless it sets a path first.
    static void setStorePath(const QString &path);

    // The window it serves and the services that window works with (the document, session, client, profiles).
    AccountMemory(MainWindow *window, AppServices *services);
    ~AccountMemory() override;

    // The panels above the table: the store's own messages, the journal offer, since last look.
    QWidget *createPanels(QWidget *parent);
    // Once the window's widgets exist: the History action in the View menu.
    void connectWindow();

    LocalStore *store() const { return m_store; }
    JournalWriter *journalWriter() const { return m_writer; }
    HistoryRecorder *recorder() const { return m_recorder; }
    JournalRestoreBar *restoreBar() const { return m_restoreBar; }
    SinceLastLookPanel *sinceLastLookPanel() const { return m_sinceLastLook; }
    MessageBar *messages() const { return m_messages; }
    QAction *historyAction() const { return m_historyAction; }
    HistoryWindow *historyWindow() const;

    // The scope the window's document holds now, or nullopt while no account is loaded.
    std::optional<StoreScope> currentScope() const;
    void showHistory();
    // Queues the changes that undo the apply into the document and opens the review. False, with
    // a message, when the apply is of another scope than the open one.
    bool revertApply(qint64 id);
    // Selects the rows of these fields in the table (and filters to it when there is just one).
    void showRows(const QStringList &fields);

private:
    void onLoaded(const StoreScope &scope, const LoadDifference &difference);
    void offerJournal(const StoreScope &scope);
    void restore(const QList<PendingChange> &changes);
    void queue(const QList<PendingChange> &changes);
    QString profileName() const;
    QString profileName(const QString &profileKey) const;
    // Once per window: edits journaled for other scopes than the one opened, so that none is forgotten.
    void mentionOtherJournals(const StoreScope &opened);

    MainWindow *m_window;
    AppServices *m_services;
    LocalStore *m_store;
    JournalWriter *m_writer;
    HistoryRecorder *m_recorder;
    MessageBar *m_messages = nullptr;
    JournalRestoreBar *m_restoreBar = nullptr;
    SinceLastLookPanel *m_sinceLastLook = nullptr;
    QAction *m_historyAction = nullptr;
    QPointer<HistoryWindow> m_historyWindow;
    std::optional<StoreScope> m_offeredScope;
    StoreScope m_panelScope;
    bool m_mentionedOthers = false;
};

} // namespace hci
