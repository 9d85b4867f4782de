#pragma once

#include "credentials/profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hci {

class ConnectionCheck;
class SecretStore;

// The fields of one stored profile, and "Test connection". It saves nothing: the dialog does.
// The key field stays empty for a saved profile: typing in it replaces the stored key.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    enum class KeyState { None, Keychain, Memory };

    explicit ProfileForm(SecretStore *secrets, QWidget *parent = nullptr);

    // Shows a profile as saved (or a new one when its id is empty); clears the key field.
    void setProfile(const Profile &profile, KeyState keyState);
    // The fields as they are now, with the id of the shown profile.
    Profile profile() const;
    // The key as typed, trimmed; empty means "keep the stored one".
    QString typedKey() const;
    KeyState keyState() const { return m_keyState; }
    // The mirror password as typed; empty means "keep the stored one".
    QString typedMirrorPassword() const;
    void clearMirrorPassword();
    // Why the registry mirror cannot be used, or empty.
    QString mirrorProblem() const;
    // After a save: the typed key went where `state` says, and the fields are the saved ones.
    void markSaved(const Profile &saved, KeyState state);
    // After the fields were saved while a typed key still waits for the keychain: the key stays
    // in the field, and the form stays modified until the key is saved too.
    void markFieldsSaved(const Profile &saved);
    void setKeyState(KeyState state);

    bool isModified() const { return m_modified; }
    // The account ID the key names, when it differs from the typed one; empty otherwise.
    QString accountMismatch() const;
    // Says under the account ID field why it cannot be used, marks the field and moves there.
    void showAccountProblem(const QString &problem);

    void testConnection();
    // Puts the keyboard in the name field, e.g. for a new profile.
    void focusName();
    QString testMessage() const;
    bool isTesting() const;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void testFinished(bool ok, const QString &message);

private:
    void onKeyEdited();
    void updateAccountNote();
    void markAccount(bool bad);
    void updateKeyState();
    void updateCustomUrl();
    void setModified(bool modified);
    void runTest(const Profile &profile, const QString &key);
    void showTestResult(bool ok, const QString &message);
    void stopTest();

    SecretStore *m_secrets;
    ConnectionCheck *m_check;
    int m_testRun = 0;

    QString m_id;
    Profile m_saved;
    KeyState m_keyState = KeyState::None;
    bool m_modified = false;
    bool m_loading = false;
    bool m_accountFromKey = false;

    QLineEdit *m_name;
    QComboBox *m_cluster;
    QLineEdit *m_customUrl;
    QLineEdit *m_key;
    QLabel *m_keyNote;
    QLineEdit *m_account;
    QLabel *m_accountNote;
    QComboBox *m_auth;
    QComboBox *m_colour;
    QCheckBox *m_production;
    QLineEdit *m_mirror;
    QLabel *m_mirrorNote;
    QGroupBox *m_mirrorLogin = nullptr;
    QLineEdit *m_mirrorUser;
    QLineEdit *m_mirrorPassword;
    QPushButton *m_test;
    QLabel *m_testResult;
};

} // namespace hci
