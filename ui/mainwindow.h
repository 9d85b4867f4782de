#pragma once

#include "core/module.h"
#include "credentials/environmentprofile.h"
#include "harness/apierror.h"
#include "harness/connection.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QKeySequence;

namespace hci {

class AccentToolBar;
class AccountMemory;
class AccountSession;
class AppServices;
class ConfigDocument;
class ConfigFilterModel;
class ConfigTreeModel;
class ConfigView;
class HarnessClient;
class ProfileOpener;
struct ProfileOpening;
class MessageBar;
class ProfileStore;
class ProfileSwitcher;
class SecretStore;
class TagLookup;
class UnsettledApplies;
class WelcomePanel;

// The screen a platform engineer lives in: defaults and overrides side by side, queued edits,
// review and apply, one-click resets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Works with the services it is given (app/main.cpp builds them; tests build their own) and
    // takes them over: they go with the window. It makes none of its own.
    explicit MainWindow(AppServices *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an account and loads it; the key stays in memory only.
    void openConnection(const Connection &connection, const QString &description, Module module = Module::Ci,
                        Infra infra = Infra::K8);
    // Starts the built-in sandbox server (once) and opens it.
    bool openSandbox();
    // Opens a profile (a stored id, "sandbox" or "environment") with its key from the keychain,
    // after asking about queued changes. The profile is remembered for the next start.
    void openProfile(const QString &id);
    // Opens the profile used last, when there is one; false otherwise. Asks nothing.
    bool openLastProfile();
    // The profile dialog, window-modal with open(); selects this profile, or the open one.
    void showProfileDialog(const QString &selectId = {});

    ConfigView *view() const { return m_view; }
    ConfigTreeModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messages; }
    ProfileSwitcher *profileSwitcher() const { return m_switcher; }
    // The journal of queued edits, the history and the since-last-look panel (accountmemory.cpp).
    AccountMemory *memory() const { return m_memory; }

    // For the window's companions (accountmemory.cpp): the View menu to add to, the review of the
    // queued changes when there is something to apply, and every field shown, with this filter.
    QMenu *viewMenu() const { return m_viewMenu; }
    void reviewChanges();
    void showAllFields(const QString &filterText = {});

Q_SIGNALS:
    // After each load: for --exit-after-load, smoke tests and benchmarks.
    void loadFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createCentralWidget();
    void showTablePage(); // the table page joins the stack the first time it is shown
    void createStatusBar();
    void createMenuBar(); // mainwindowmenus.cpp
    // mainwindowlayout.cpp: the window's size and keys, and the table's empty and error states.
    void createKeyboardActions();
    QToolButton *createActionButton(QAction *action, const QString &name, QWidget *parent);
    static QList<QKeySequence> redoShortcuts();
    void restoreWindowGeometry();
    void saveWindowGeometry();
    void focusTableAfterLoad();
    void editCurrentOverride();
    void updateEmptyNote();
    void offerProfileEdit(const ApiError &error);
    void fitToLanguage(); // longer languages: a toolbar and columns that still fit
    void fitColumns();
    void createLanguageMenu(QMenu *menu);
    void createColorSchemeMenu(QMenu *menu);
    void connectSession();
    // mainwindowprofiles.cpp
    void initProfiles();
    void createProfileSwitcher(QToolBar *toolBar);
    void startProfile(const QString &id);
    void openStoredProfile(const ProfileOpening &opening);
    void showProfileProblem(const QString &message, const QString &details = {});
    QString profileDescription(const QString &name, const Connection &connection) const;
    void showOpenedProfile(const std::optional<Profile> &opened, const Connection &connection,
                           const QString &description);

    void showConnectDialog();
    void requestScope(Module module, Infra infra);
    void refresh();
    void reviewAndApply(std::function<void()> then = {});
    void resetAll();
    void resetSelectedRows();
    void onViewClicked(const QModelIndex &index);
    void onLoadFailed(const ApiError &error);
    void onApplyFailed(const ApiError &error, const QStringList &unconfirmed);
    // mainwindowapply.cpp: the apply's edges. Writes one at a time, the refused-field search, Cancel
    // before anything is sent, and never two accounts mixed while an apply is in flight.
    void connectApplyEdges();
    void onRefusedFieldsFound(const QStringList &refused, int confirmed);
    void showRefusedFieldsOnRows();
    // True, with the message in the message bar, when an apply is in flight: a switch of account or
    // scope, or a refresh, must wait until its read-back has told what took.
    bool refuseWhileApplying(const QString &message);
    void askBeforeClosingDuringApply();
    void rememberUnsettledApply();
    // After a load: what an apply left unsettled by a close did on this account and scope.
    void showUnsettledOutcome();
    void updateCancelButton();
    UnsettledApplies *unsettledApplies();
    // Runs proceed when no change is queued, or after the user chose Apply (and it worked) or
    // Discard; does nothing on Cancel.
    void whenChangesSettled(const QString &question, std::function<void()> proceed, std::function<void()> cancelled = {});
    void updateActions();
    void updateStatus();
    void syncScopeBoxes();

    AppServices *m_services;
    HarnessClient *m_client;
    ConfigDocument *m_document;
    AccountSession *m_session;
    ConfigTreeModel *m_model;
    ConfigFilterModel *m_filter;
    TagLookup *m_tagLookup = nullptr;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    std::optional<EnvironmentProfile> m_environment;
    std::optional<Profile> m_openingProfile; // what the next openConnection() opens, when from a profile
    ProfileSwitcher *m_switcher = nullptr;
    AccountMemory *m_memory = nullptr;
    QLabel *m_keyModeLabel = nullptr;
    int m_profileRequest = 0;
    bool m_activeProduction = false;

    QStackedWidget *m_pages = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QWidget *m_tablePage = nullptr; // the page that m_pages shows once an account is open
    AccentToolBar *m_toolBar = nullptr;
    MessageBar *m_messages = nullptr;
    ConfigView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QToolButton *m_applyButton = nullptr;
    QWidget *m_emptyNote = nullptr;
    QLabel *m_emptyNoteText = nullptr;
    QPushButton *m_emptyNoteButton = nullptr;
    QCheckBox *m_overridesOnly = nullptr;
    QComboBox *m_moduleBox = nullptr;
    QComboBox *m_infraBox = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_refreshedLabel = nullptr;
    QLabel *m_inFlightLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QSettings *m_settings = nullptr; // the app's settings, for what must outlive a run
    UnsettledApplies *m_unsettled = nullptr;
    bool m_closeWhenSettled = false;

    QAction *m_connectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_applyAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_resetAllAction = nullptr;
    QAction *m_resetRowAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_editAction = nullptr;

    QString m_accountDescription;
    bool m_connected = false;
    bool m_closeConfirmed = false;
    bool m_lastMessageFromLoad = false;
    std::function<void()> m_afterApply;
};

} // namespace hci
