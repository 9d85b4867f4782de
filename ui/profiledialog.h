#pragma once

#include "profileform.h"

#include "credentials/environmentprofile.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace hci {

class ProfileEditing;
class ProfileStore;
class SecretStore;
struct SecretResult;

// Add, edit, duplicate, delete and test connection profiles: the list on the left, the form on the
// right. Keys go to the SecretStore; when the keychain does not work the dialog says how to fix
// it and offers to keep the key in memory for this run. Opened with open(); nothing waits.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileStore *profiles, SecretStore *secrets, const std::optional<EnvironmentProfile> &environment,
                  QWidget *parent = nullptr);

    // Selects a profile by id (stored, "sandbox" or "environment").
    void selectProfile(const QString &id);
    QString selectedId() const;
    ProfileForm *form() const { return m_form; }

    void addProfile();
    void duplicateProfile();
    // Asks first; then removes the key, and the profile once the key is gone.
    void deleteProfile();
    void save();

    void done(int result) override;

Q_SIGNALS:
    void connectRequested(const QString &profileId);
    // A save, duplicate or delete finished; for tests and the status line.
    void operationFinished(bool ok, const QString &message);

private:
    void rebuildList(const QString &selectId);
    void showSelected();
    void onCurrentChanged(QListWidgetItem *current, QListWidgetItem *previous);
    // Runs proceed now, or once the user saved or discarded the form's edits.
    void whenFormSettled(std::function<void()> proceed);
    void saveThen(std::function<void()> then);
    void writeKey(const QString &id, const QString &key, std::function<void()> then);
    void keyWritten(const QString &id, const SecretResult &result, std::function<void()> retry,
                    std::function<void()> then);
    void showKeychainProblem(const SecretResult &result, std::function<void()> retry);
    void report(bool ok, const QString &message);
    void showProgress(const QString &message);
    Profile newDraft() const;
    ProfileForm::KeyState keyStateOf(const QString &id) const;
    void connectSelected();
    void updateButtons();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ProfileEditing *m_editing;
    std::optional<EnvironmentProfile> m_environment;
    bool m_busy = false;
    bool m_hasDraft = false;
    bool m_draftUnasked = false; // started by the dialog itself, with nothing stored yet
    bool m_rebuilding = false;
    bool m_closeConfirmed = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QStackedWidget *m_pages;
    ProfileForm *m_form;
    QLabel *m_builtInText;
    QFrame *m_keychainPanel;
    QLabel *m_keychainText;
    QPushButton *m_keepInMemory;
    QPushButton *m_retryKeychain;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_connect;
    std::function<void()> m_keychainRetry;
    // What this dialog learned about stored profiles' keys; the others are taken to be in the keychain.
    QHash<QString, ProfileForm::KeyState> m_keyStates;
};

} // namespace hci
