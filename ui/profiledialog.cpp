#include "profiledialog.h"

#include "profileform.h"
#include "screenfit.h"

#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "session/profileediting.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hci {

namespace {

const QString kDraftId = QStringLiteral("draft");

QIcon profileIcon(const Profile &profile)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(profile.isProduction ? Profile::productionColour() : profile.colour));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *secrets,
                             const std::optional<EnvironmentProfile> &environment, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_editing(new ProfileEditing(profiles, secrets, this))
    , m_environment(environment)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("Dupl&icate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_pages(new QStackedWidget(this))
    , m_form(new ProfileForm(secrets, m_pages))
    , m_builtInText(new QLabel(m_pages))
    , m_keychainPanel(new QFrame(this))
    , m_keychainText(new QLabel(m_keychainPanel))
    , m_keepInMemory(new QPushButton(tr("Keep the key in &memory for this run"), m_keychainPanel))
    , m_retryKeychain(new QPushButton(tr("Try a&gain"), m_keychainPanel))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_connect(new QPushButton(tr("Conn&ect"), this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Connection profiles"));

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(220);
    m_list->setToolTip(tr("The built-in sandbox, the environment's key when set, and your profiles"));
    m_list->setAccessibleDescription(m_list->toolTip());
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Start a new profile"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicate->setToolTip(tr("Copy the selected profile and its key under a new name"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Delete the selected profile and remove its key from the keychain"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_builtInText->setObjectName(QStringLiteral("builtInText"));
    m_builtInText->setWordWrap(true);
    m_builtInText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_builtInText->setTextFormat(Qt::PlainText);
    m_pages->addWidget(m_form);
    m_pages->addWidget(m_builtInText);

    // Where a keychain failure is explained, with the ways out; hidden until one happens.
    m_keychainPanel->setObjectName(QStringLiteral("keychainProblem"));
    m_keychainPanel->setFrameShape(QFrame::StyledPanel);
    m_keychainText->setObjectName(QStringLiteral("keychainText"));
    m_keychainText->setWordWrap(true);
    m_keychainText->setTextFormat(Qt::PlainText);
    m_keepInMemory->setObjectName(QStringLiteral("keepInMemoryButton"));
    m_keepInMemory->setToolTip(tr("Use keys without saving them for the rest of this run; they are forgotten "
                                  "when the app quits"));
    m_retryKeychain->setObjectName(QStringLiteral("retryKeychainButton"));
    m_retryKeychain->setToolTip(tr("Try the keychain again, e.g. after starting or unlocking it"));
    auto *panelButtons = new QHBoxLayout;
    panelButtons->addStretch(1);
    panelButtons->addWidget(m_retryKeychain);
    panelButtons->addWidget(m_keepInMemory);
    auto *panelLayout = new QVBoxLayout(m_keychainPanel);
    panelLayout->addWidget(m_keychainText);
    panelLayout->addLayout(panelButtons);
    m_keychainPanel->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pages, 1);
    rightLayout->addWidget(m_keychainPanel);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the profile; a typed key goes to the system keychain"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setToolTip(tr("Save any changes and open the selected profile"));
    m_connect->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole); // by the form it saves, apart from Connect
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setToolTip(tr("Close this window; unsaved changes are asked about first"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &ProfileDialog::onCurrentChanged);
    connect(m_add, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_connect, &QPushButton::clicked, this, &ProfileDialog::connectSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ProfileForm::modifiedChanged, this, &ProfileDialog::updateButtons);
    connect(m_keepInMemory, &QPushButton::clicked, this, [this] {
        m_secrets->setMode(SecretStore::Mode::MemoryOnly);
        if (auto retry = std::exchange(m_keychainRetry, {}))
            retry();
    });
    connect(m_retryKeychain, &QPushButton::clicked, this, [this] {
        if (auto retry = std::exchange(m_keychainRetry, {}))
            retry();
    });

    const QList<Profile> stored = m_profiles->profiles();
    rebuildList(stored.isEmpty() ? QString() : stored.first().id);
    if (stored.isEmpty()) {
        addProfile(); // nothing to pick yet: start with the form
        m_draftUnasked = true;
    }
    resizeWithinScreen(this, QSize(860, 560));
}

void ProfileDialog::rebuildList(const QString &selectId)
{
    m_rebuilding = true;
    m_list->clear();
    const auto addItem = [this](const Profile &profile, const QString &text) {
        auto *item = new QListWidgetItem(profileIcon(profile), text, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(profile.host());
    };
    addItem(Profile::sandbox(), Profile::sandbox().name);
    if (m_environment)
        addItem(m_environment->profile, m_environment->profile.name);
    for (const Profile &profile : m_profiles->profiles())
        addItem(profile, profile.isProduction ? tr("%1 — PRODUCTION").arg(profile.name) : profile.name);
    if (m_hasDraft) {
        Profile draft;
        draft.id = kDraftId;
        draft.colour = Profile::defaultColour();
        addItem(draft, tr("New profile (not saved)"));
    }
    selectProfile(selectId);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_rebuilding = false;
    // The form keeps what is typed in it when it already shows the selected profile.
    if (m_pages->currentWidget() != m_form || selectedId() != m_form->profile().id)
        showSelected();
    else
        updateButtons();
}

void ProfileDialog::selectProfile(const QString &id)
{
    // The dialog's own draft goes when the caller asks for another profile (e.g. the open sandbox)
    // and nothing was typed in it: a "New profile" nobody asked for only confuses.
    if (std::exchange(m_draftUnasked, false) && m_hasDraft && id != kDraftId && !m_form->isModified()) {
        m_hasDraft = false;
        rebuildList(id);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString ProfileDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileDialog::onCurrentChanged(QListWidgetItem *current, QListWidgetItem *previous)
{
    if (m_rebuilding || !current)
        return;
    if (m_form->isModified() && previous && m_pages->currentWidget() == m_form) {
        // Stay on the edited profile until the user says what happens to the edits.
        const QString target = current->data(Qt::UserRole).toString();
        {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentItem(previous);
        }
        whenFormSettled([this, target] { selectProfile(target); });
        return;
    }
    showSelected();
}

void ProfileDialog::showSelected()
{
    const QString id = selectedId();
    m_keychainPanel->hide();
    m_keychainRetry = {};
    if (id == Profile::sandboxId()) {
        m_builtInText->setText(tr("The sandbox is a Harness-compatible server inside this app, on 127.0.0.1, with "
                                  "the documented default images and a few demo overrides. Nothing leaves this "
                                  "computer, and its changes are forgotten when the app quits."));
        m_pages->setCurrentWidget(m_builtInText);
    } else if (id == Profile::environmentId() && m_environment) {
        QString text = tr("From the environment: HARNESS_API_KEY, with HARNESS_ACCOUNT_ID and HARNESS_BASE_URL when "
                          "set. Account %1 on %2. Used for this run as it is and never stored; change the "
                          "variables to change it.")
                           .arg(m_environment->profile.accountId, m_environment->profile.host());
        if (!m_environment->problem.isEmpty())
            text += QStringLiteral("\n\n") + m_environment->problem;
        m_builtInText->setText(text);
        m_pages->setCurrentWidget(m_builtInText);
    } else if (id == kDraftId) {
        if (m_form->profile().id != kDraftId)
            m_form->setProfile(newDraft(), ProfileForm::KeyState::None);
        m_pages->setCurrentWidget(m_form);
    } else if (const std::optional<Profile> profile = m_profiles->profile(id)) {
        m_form->setProfile(*profile, keyStateOf(id));
        m_pages->setCurrentWidget(m_form);
    }
    updateButtons();
}

void ProfileDialog::addProfile()
{
    whenFormSettled([this] {
        // The draft is listed so that it is clear what is being edited; it is stored on Save.
        m_hasDraft = true;
        m_form->setProfile(newDraft(), ProfileForm::KeyState::None);
        rebuildList(kDraftId);
        m_form->focusName();
    });
}

void ProfileDialog::save()
{
    saveThen({});
}

void ProfileDialog::saveThen(std::function<void()> then)
{
    if (m_busy || m_pages->currentWidget() != m_form)
        return;
    Profile profile = m_form->profile();
    QString problem = profile.problem();
    if (problem.isEmpty())
        problem = m_form->mirrorProblem();
    if (!problem.isEmpty()) {
        if (profile.accountId.trimmed().isEmpty()) {
            // Said once, under the field that needs it, and the field marked.
            m_form->showAccountProblem(problem);
            m_status->clear();
            Q_EMIT operationFinished(false, problem);
            return;
        }
        report(false, problem);
        return;
    }
    const QString key = m_form->typedKey();
    const bool isNew = profile.id.isEmpty() || profile.id == kDraftId;
    if (isNew && key.isEmpty()) {
        report(false, tr("Enter the API key for this profile."));
        return;
    }
    const std::optional<Profile> saved = m_editing->saveFields(profile, isNew, !key.isEmpty(), &problem);
    if (!saved) {
        report(false, problem);
        return;
    }
    profile = *saved;
    if (isNew)
        m_hasDraft = false;
    if (const QString password = m_form->typedMirrorPassword(); !password.isEmpty()) {
        m_form->clearMirrorPassword();
        m_editing->saveMirrorPassword(profile.id, password, this, [this](const SecretResult &result) {
            if (!result.ok())
                report(false, tr("The mirror password was not saved. %1").arg(result.message));
        });
    }
    if (key.isEmpty())
        m_form->markSaved(profile, m_form->keyState());
    else
        m_form->markFieldsSaved(profile);
    rebuildList(profile.id);
    if (key.isEmpty()) {
        report(true, tr("Saved “%1”.").arg(profile.name));
        if (then)
            then();
        return;
    }
    writeKey(profile.id, key, std::move(then));
}

void ProfileDialog::writeKey(const QString &id, const QString &key, std::function<void()> then)
{
    m_busy = true;
    updateButtons();
    showProgress(tr("Saving the key…"));
    m_editing->saveKey(id, key, this, [this, id, key, then](const SecretResult &result) {
        keyWritten(id, result, [this, id, key, then] { writeKey(id, key, then); }, then);
    });
}

void ProfileDialog::keyWritten(const QString &id, const SecretResult &result, std::function<void()> retry,
                               std::function<void()> then)
{
    m_busy = false;
    const std::optional<Profile> profile = m_profiles->profile(id);
    if (!result.ok()) {
        m_keyStates.insert(id, ProfileForm::KeyState::None);
        if (selectedId() == id)
            m_form->setKeyState(ProfileForm::KeyState::None);
        showKeychainProblem(result, std::move(retry));
        report(false, tr("The profile is saved, but its key is not."));
        updateButtons();
        return;
    }
    m_keychainPanel->hide();
    const bool inMemory = m_secrets->isInMemory(id);
    const auto state = inMemory ? ProfileForm::KeyState::Memory : ProfileForm::KeyState::Keychain;
    m_keyStates.insert(id, state);
    if (profile && selectedId() == id)
        m_form->markSaved(*profile, state);
    const QString name = profile ? profile->name : QString();
    report(true, inMemory ? tr("Saved “%1”. Its key is kept in memory for this run only.").arg(name)
                          : tr("Saved “%1”. Its key is in the system keychain.").arg(name));
    updateButtons();
    if (then)
        then();
}

void ProfileDialog::duplicateProfile()
{
    const QString id = selectedId();
    if (m_busy || !m_profiles->contains(id))
        return;
    whenFormSettled([this, id] {
        const std::optional<Profile> copy =
            m_editing->duplicate(id, this, [this, id](const Profile &made, const SecretResult &result) {
            m_busy = false;
            if (result.ok() || result.operation == SecretOperation::Write) {
                keyWritten(made.id, result, [this, id, copyId = made.id] {
                    m_busy = true;
                    updateButtons();
                    m_editing->copyKey(id, copyId, this, [this, copyId](const SecretResult &again) {
                        keyWritten(copyId, again, {}, {});
                    });
                }, {});
            } else if (result.status == SecretResult::Status::NotFound) {
                report(true, tr("Made “%1”; the original had no key to copy, so enter one.").arg(made.name));
                updateButtons();
            } else {
                showKeychainProblem(result, {});
                report(false, tr("Made “%1”, but its key could not be copied.").arg(made.name));
                updateButtons();
            }
        });
        if (!copy)
            return;
        rebuildList(copy->id);
        m_busy = true;
        updateButtons();
    });
}

void ProfileDialog::deleteProfile()
{
    const QString id = selectedId();
    if (m_busy)
        return;
    if (id == kDraftId) {
        m_hasDraft = false;
        m_form->setProfile(Profile(), ProfileForm::KeyState::None);
        rebuildList(QString());
        return;
    }
    const std::optional<Profile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile “%1”?").arg(profile->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteProfilePrompt"));
    box->setInformativeText(tr("Its API key is removed from the system keychain too."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id, name = profile->name] {
        if (box->clickedButton() != confirm)
            return;
        // The key goes first: a profile is never removed while its key stays behind.
        std::function<void()> removeBoth;
        removeBoth = [this, id, name] {
            m_busy = true;
            updateButtons();
            const auto failed = [this, id, name](const SecretResult &result) {
                m_busy = false;
                showKeychainProblem(result, [this, id] {
                    selectProfile(id);
                    deleteProfile();
                });
                report(false, tr("“%1” was not deleted.").arg(name));
                updateButtons();
            };
            // Mirror password, API key, then the profile: a failed delete leaves the profile usable.
            m_editing->remove(id, this, [this, name, failed](const SecretResult &result) {
                if (!result.ok()) {
                    failed(result);
                    return;
                }
                m_busy = false;
                m_keychainPanel->hide();
                m_form->setProfile(Profile(), ProfileForm::KeyState::None);
                const QList<Profile> rest = m_profiles->profiles();
                rebuildList(rest.isEmpty() ? Profile::sandboxId() : rest.first().id);
                report(true, tr("Deleted “%1” and its key.").arg(name));
            });
        };
        removeBoth();
    });
    box->open();
}

void ProfileDialog::whenFormSettled(std::function<void()> proceed)
{
    if (!m_form->isModified() || m_pages->currentWidget() != m_form) {
        proceed();
        return;
    }
    const QString name = m_form->profile().name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("Save the changes to “%1”?").arg(name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedProfilePrompt"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save) {
            saveThen(proceed);
        } else if (choice == QMessageBox::Discard) {
            const bool wasDraft = m_hasDraft && selectedId() == kDraftId;
            m_form->setProfile(Profile(), ProfileForm::KeyState::None);
            if (wasDraft) {
                m_hasDraft = false;
                rebuildList(QString());
            }
            proceed();
        }
    });
    box->open();
}

void ProfileDialog::showKeychainProblem(const SecretResult &result, std::function<void()> retry)
{
    m_keychainRetry = std::move(retry);
    QString text = result.message;
    if (!result.detail.isEmpty())
        text += QStringLiteral("\n") + tr("The keychain said: %1").arg(result.detail);
    m_keychainText->setText(text);
    m_keepInMemory->setVisible(result.offersMemory() && m_keychainRetry);
    m_retryKeychain->setVisible(bool(m_keychainRetry));
    m_keychainPanel->show();
}

void ProfileDialog::report(bool ok, const QString &message)
{
    QPalette palette = this->palette();
    if (!ok)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(palette);
    m_status->setText(message);
    Q_EMIT operationFinished(ok, message);
}

void ProfileDialog::showProgress(const QString &message)
{
    m_status->setPalette(palette());
    m_status->setText(message);
}

ProfileForm::KeyState ProfileDialog::keyStateOf(const QString &id) const
{
    if (m_secrets->isInMemory(id))
        return ProfileForm::KeyState::Memory;
    if (m_keyStates.contains(id))
        return m_keyStates.value(id);
    return m_secrets->mode() == SecretStore::Mode::MemoryOnly ? ProfileForm::KeyState::None
                                                              : ProfileForm::KeyState::Keychain;
}

Profile ProfileDialog::newDraft() const
{
    Profile draft;
    draft.id = kDraftId;
    draft.name = tr("New profile");
    draft.colour = Profile::defaultColour();
    return draft;
}

void ProfileDialog::connectSelected()
{
    const QString id = selectedId();
    if (m_busy || id.isEmpty())
        return;
    const auto connectNow = [this] {
        const QString chosen = selectedId();
        if (chosen.isEmpty() || chosen == kDraftId)
            return;
        Q_EMIT connectRequested(chosen);
        m_closeConfirmed = true;
        accept();
    };
    if (m_pages->currentWidget() == m_form && (m_form->isModified() || id == kDraftId))
        saveThen(connectNow); // Connect means "use what I typed": save it first
    else
        connectNow();
}

void ProfileDialog::done(int result)
{
    if (m_closeConfirmed || m_busy || !m_form->isModified() || m_pages->currentWidget() != m_form) {
        m_closeConfirmed = false;
        QDialog::done(result);
        return;
    }
    whenFormSettled([this, result] {
        m_closeConfirmed = true;
        done(result);
    });
}

void ProfileDialog::updateButtons()
{
    const QString id = selectedId();
    const bool stored = m_profiles->contains(id);
    const bool onForm = m_pages->currentWidget() == m_form;
    m_add->setEnabled(!m_busy);
    m_duplicate->setEnabled(!m_busy && stored);
    m_delete->setEnabled(!m_busy && (stored || id == kDraftId));
    m_save->setEnabled(!m_busy && onForm && (m_form->isModified() || id == kDraftId));
    const bool environmentBroken = id == Profile::environmentId() && m_environment && !m_environment->problem.isEmpty();
    m_connect->setEnabled(!m_busy && !id.isEmpty() && !environmentBroken);
    // Connect saves what was typed first: the tooltip says so when there is something to save.
    const bool savesFirst = onForm && (m_form->isModified() || id == kDraftId);
    m_connect->setToolTip(savesFirst ? tr("Saves the changes first, then opens this profile") : tr("Open the selected profile"));
    m_form->setEnabled(!m_busy);
}

} // namespace hci
