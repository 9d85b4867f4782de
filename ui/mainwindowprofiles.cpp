// The main window's connection profiles: the switcher, the profile dialog, opening a profile with
// its key from the SecretStore, and the marker that always names the open account.
#include "mainwindow.h"

#include "accenttoolbar.h"
#include "session/accountsession.h"
#include "messagebar.h"
#include "profiledialog.h"
#include "profileswitcher.h"
#include "session/taglookup.h"
#include "session/profileopener.h"

#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "services/appservices.h"
#include "harness/harnessclient.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace hci {

void MainWindow::initProfiles()
{
    m_profiles = m_services->profiles();
    m_secrets = m_services->secrets();
    m_environment = m_services->environment();
}

void MainWindow::createProfileSwitcher(QToolBar *toolBar)
{
    m_switcher = new ProfileSwitcher(m_profiles,
                                     m_environment ? std::optional<Profile>(m_environment->profile) : std::nullopt,
                                     toolBar);
    toolBar->addWidget(m_switcher);
    connect(m_switcher, &ProfileSwitcher::profileChosen, this, &MainWindow::openProfile);
    connect(m_profiles, &ProfileStore::changed, this, [this] {
        // A renamed open profile, or one just marked as production, shows so at once.
        if (const std::optional<Profile> open = m_profiles->profile(m_switcher->activeId())) {
            const Connection &connection = m_client->connection();
            showOpenedProfile(open, connection, profileDescription(open->name, connection));
        }
    });

    m_keyModeLabel = new QLabel(this);
    m_keyModeLabel->setObjectName(QStringLiteral("keyModeLabel"));
    m_keyModeLabel->setText(tr("Keys kept in memory for this run"));
    m_keyModeLabel->setToolTip(tr("No keychain was available, so API keys are not saved: they are forgotten when "
                                  "the app quits."));
    m_keyModeLabel->setVisible(m_secrets->mode() == SecretStore::Mode::MemoryOnly);
    statusBar()->addPermanentWidget(m_keyModeLabel);
    connect(m_secrets, &SecretStore::modeChanged, m_keyModeLabel,
            [this](SecretStore::Mode mode) { m_keyModeLabel->setVisible(mode == SecretStore::Mode::MemoryOnly); });
}

void MainWindow::showProfileDialog(const QString &selectId)
{
    // One profile dialog at a time: a second request points the open one at the profile.
    if (auto *open = findChild<ProfileDialog *>(); open && open->isVisible()) {
        if (!selectId.isEmpty())
            open->selectProfile(selectId);
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ProfileDialog(m_profiles, m_secrets, m_environment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString select = !selectId.isEmpty() ? selectId : m_switcher->activeId();
    if (!select.isEmpty())
        dialog->selectProfile(select);
    connect(dialog, &ProfileDialog::connectRequested, this, &MainWindow::openProfile);
    dialog->open();
}

void MainWindow::openProfile(const QString &id)
{
    // The client keeps the connection of a running apply until its read-back has told what took.
    if (refuseWhileApplying(tr("An apply to %1 is still running; switch to another profile once it has settled.")
                                .arg(m_accountDescription))) {
        m_switcher->showActive();
        return;
    }
    whenChangesSettled(tr("Apply the queued changes before switching to another profile?"),
                       [this, id] { startProfile(id); }, [this] { m_switcher->showActive(); });
}

bool MainWindow::openLastProfile()
{
    const QString id = m_profiles->lastUsedId();
    if (id != Profile::sandboxId() && !m_profiles->contains(id))
        return false;
    startProfile(id);
    return true;
}

void MainWindow::startProfile(const QString &id)
{
    const int request = ++m_profileRequest; // a later choice wins over a key still being read
    if (id == Profile::sandboxId()) {
        m_tagLookup->setProfileMirror({}); // the built-in profiles have no mirror
        m_profiles->setLastUsedId(id);
        openSandbox();
        return;
    }
    if (id == Profile::environmentId() && m_environment) {
        if (!m_environment->problem.isEmpty()) {
            showProfileProblem(tr("Cannot open the Environment profile: %1").arg(m_environment->problem));
            return;
        }
        const Profile &profile = m_environment->profile;
        m_tagLookup->setProfileMirror({});
        m_openingProfile = profile;
        const Connection connection = profile.connection(m_environment->apiKey);
        openConnection(connection, profileDescription(profile.name, connection));
        return;
    }
    const std::optional<Profile> profile = m_profiles->profile(id);
    if (!profile) {
        showProfileProblem(tr("That profile no longer exists."));
        return;
    }
    if (const QString problem = profile->problem(); !problem.isEmpty()) {
        showProfileProblem(tr("Cannot open “%1”: %2").arg(profile->name, problem));
        showProfileDialog(id);
        return;
    }
    m_busy->show();
    statusBar()->showMessage(tr("Reading the key of “%1”…").arg(profile->name));
    // The key, then the mirror's password: no lookup goes out without it.
    m_services->profileOpener()->open(id, this, [this, request](const ProfileOpening &opening) {
        if (request != m_profileRequest)
            return;
        m_busy->setVisible(m_session->isBusy());
        statusBar()->clearMessage();
        switch (opening.status) {
        case ProfileOpening::Status::Opened:
            openStoredProfile(opening);
            return;
        case ProfileOpening::Status::NoSuchProfile:
            showProfileProblem(tr("That profile no longer exists."));
            return;
        case ProfileOpening::Status::Invalid:
            showProfileProblem(tr("Cannot open “%1”: %2").arg(opening.profile.name, opening.problem));
            showProfileDialog(opening.profile.id);
            return;
        case ProfileOpening::Status::KeyUnavailable: {
            const SecretResult &result = opening.keyResult;
            showProfileProblem(tr("Cannot open “%1”. %2").arg(opening.profile.name, result.message), result.detail);
            // The way on is in the dialog: type the key, or keep it in memory for this run.
            if (result.status == SecretResult::Status::NotFound || result.offersMemory())
                showProfileDialog(opening.profile.id);
            return;
        }
        }
    });
}

void MainWindow::openStoredProfile(const ProfileOpening &opening)
{
    m_tagLookup->setProfileMirror(opening.mirror);
    if (opening.mirrorCredentials)
        m_tagLookup->setMirrorCredentials(opening.mirror, *opening.mirrorCredentials);
    else if (const std::optional<SecretResult> &problem = opening.mirrorPasswordProblem)
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("Tags are looked up on the mirror without its password. %1").arg(problem->message),
                                problem->detail);
    m_profiles->setLastUsedId(opening.profile.id);
    m_openingProfile = opening.profile;
    openConnection(opening.connection, profileDescription(opening.profile.name, opening.connection));
}

void MainWindow::showProfileProblem(const QString &message, const QString &details)
{
    m_switcher->showActive();
    showTablePage();
    m_lastMessageFromLoad = true;
    m_messages->showMessage(MessageBar::Level::Error, message, details);
    Q_EMIT loadFinished(false, message);
}

QString MainWindow::profileDescription(const QString &name, const Connection &connection) const
{
    return tr("%1 (account %2 on %3)").arg(name, connection.accountId, connection.gatewayUrl.authority());
}

void MainWindow::showOpenedProfile(const std::optional<Profile> &opened, const Connection &connection,
                                   const QString &description)
{
    Profile shown;
    QString host = connection.gatewayUrl.authority();
    if (opened) {
        shown = *opened;
    } else {
        // Opened without a profile (the command line): named by its description, which has the host.
        shown.name = description;
        shown.colour = QStringLiteral("#546e7a");
        host.clear();
    }
    m_activeProduction = shown.isProduction;
    m_accountDescription = description;
    m_switcher->setActive(shown, host);
    setWindowTitle(shown.isProduction ? tr("PRODUCTION — %1 — Harness CI Images").arg(description)
                                      : tr("%1 — Harness CI Images").arg(description));
    // A strip of the profile's colour under the toolbar, red for production.
    if (m_toolBar)
        m_toolBar->setAccent(QColor(shown.isProduction ? Profile::productionColour() : shown.colour));
}

} // namespace hci
