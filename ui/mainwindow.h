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
class QStackedWidget;
class QToolBar;

namespace hci {

class AccountMemory;
class AccountSession;
class ConfigDocument;
class ConfigFilterModel;
class ConfigTreeModel;
class ConfigView;
class HarnessClient;
class MessageBar;
class ProfileStore;
class ProfileSwitcher;
class SecretStore;
class SandboxServer;
class TagLookup;
class WelcomePanel;

// The screen a platform engineer lives in: defaults and overrides side by side, queued edits,
// review and apply, one-click resets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    // With the profile and key stores to use (tests pass stores over throwaway settings);
    // nullptr makes the window its own, over the app's settings and the OS keychain.
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
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

    HarnessClient *client() const { return m_client; }
    ConfigDocument *document() const { return m_document; }
    AccountSession *session() const { return m_session; }
    ConfigView *view() const { return m_view; }
    ConfigTreeModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messages; }
    SandboxServer *sandbox() const { return m_sandbox; }
    // The image registries' tags, for the editor, the table's release warnings and the review's checks.
    TagLookup *tagLookup() const { return m_tagLookup; }
    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    ProfileSwitcher *profileSwitcher() const { return m_switcher; }
    // The journal of queued edits, the history and the since-last-look panel (accountmemory.cpp).
    AccountMemory *memory() const { return m_memory; }

Q_SIGNALS:
    // After each load: for --exit-after-load, smoke tests and benchmarks.
    void loadFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void createMenuBar(); // mainwindowmenus.cpp
    void fitToLanguage(); // longer languages: a toolbar and columns that still fit
    void fitColumns();
    void createLanguageMenu(QMenu *menu);
    void createColorSchemeMenu(QMenu *menu);
    void connectSession();
    // mainwindowprofiles.cpp
    void initProfiles(ProfileStore *profiles, SecretStore *secrets);
    void createProfileSwitcher(QToolBar *toolBar);
    void startProfile(const QString &id);
    void openStoredProfile(int request, const Profile &stored, const QString &apiKey);
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
    // Runs proceed when no change is queued, or after the user chose Apply (and it worked) or
    // Discard; does nothing on Cancel.
    void whenChangesSettled(const QString &question, std::function<void()> proceed, std::function<void()> cancelled = {});
    void updateActions();
    void updateStatus();
    void syncScopeBoxes();

    HarnessClient *m_client;
    ConfigDocument *m_document;
    AccountSession *m_session;
    ConfigTreeModel *m_model;
    ConfigFilterModel *m_filter;
    SandboxServer *m_sandbox = nullptr;
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
    MessageBar *m_messages = nullptr;
    ConfigView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_overridesOnly = nullptr;
    QComboBox *m_moduleBox = nullptr;
    QComboBox *m_infraBox = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_refreshedLabel = nullptr;
    QLabel *m_inFlightLabel = nullptr;
    QProgressBar *m_busy = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_resetAllAction = nullptr;
    QAction *m_resetRowAction = nullptr;
    QAction *m_findAction = nullptr;

    QString m_accountDescription;
    bool m_connected = false;
    bool m_closeConfirmed = false;
    bool m_lastMessageFromLoad = false;
    std::function<void()> m_afterApply;
};

} // namespace hci
