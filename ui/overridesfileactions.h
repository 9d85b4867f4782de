#pragma once

#include "core/overridesfile.h"

#include <QObject>
#include <QString>

class QAction;
class QMainWindow;

namespace hci {

class AccountSession;
class ConfigDocument;

// File > Export overrides… and File > Import overrides…: the window's side of the overrides file
// that harness-ci-images-cli's export and apply use too (core/overridesfile.h).
//
// Export writes the loaded overrides of the current module and infrastructure, or of all of them
// (read through a session of its own, so the window's scope stays as it is), as JSON or as
// Terraform, chosen by the file type. Import queues the file's overrides for the window's scope in
// its document; nothing is sent until the user applies them in the review. Fields the account does
// not list, scopes other than the window's and a file from another account are all said, never
// passed over. Every dialog is opened with open(); none blocks.
class OverridesFileActions : public QObject
{
    Q_OBJECT

public:
    enum class ExportScope { Current, All };

    OverridesFileActions(AccountSession *session, QMainWindow *window);

    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }

    void exportOverrides();
    void importOverrides();

    // For tests, as a person would answer: the next file dialog picks this file, the next export
    // choice picks this scope. Each is used once.
    static void setNextFileName(const QString &fileName);
    static void setNextExportScope(ExportScope scope);

Q_SIGNALS:
    // Changes from a file are queued: the window shows them in its review.
    void reviewRequested();
    // An export or import is over (written, queued, refused or cancelled), with what it said.
    void finished(bool ok, const QString &message);

private:
    void chooseFile(bool forSaving, const QString &suggestedName, std::function<void(const QString &)> chosen);
    void exportScopes(ExportScope scope, const QString &fileName);
    void writeFile(const QString &fileName, const OverridesFile &file);
    void readFile(const QString &fileName);
    void queueFile(const OverridesFile &file);
    void report(bool ok, const QString &title, const QString &text, const QString &details = {},
                std::function<void()> after = {});
    QString accountId() const;
    void updateActions();

    AccountSession *m_session;
    ConfigDocument *m_document;
    QMainWindow *m_window;
    QAction *m_exportAction;
    QAction *m_importAction;
    bool m_busy = false;
};

} // namespace hci
