#include "profileform.h"

#include "icons.h"

#include "credentials/secretstore.h"
#include "session/connectioncheck.h"
#include "registry/registrylocation.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace hci {

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0, 0, 0, 80));
    painter.setBrush(QColor(colour));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

// Notes under a field: red for a problem, green for success, the normal text colour otherwise.
enum class Tone { Plain, Good, Bad };

void setNote(QLabel *label, const QString &text, Tone tone)
{
    QPalette palette = label->parentWidget()->palette();
    if (tone == Tone::Good)
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    else if (tone == Tone::Bad)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ProfileForm::ProfileForm(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_check(new ConnectionCheck(this))
    , m_name(new QLineEdit(this))
    , m_cluster(new QComboBox(this))
    , m_customUrl(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_keyNote(new QLabel(this))
    , m_account(new QLineEdit(this))
    , m_accountNote(new QLabel(this))
    , m_auth(new QComboBox(this))
    , m_colour(new QComboBox(this))
    , m_production(new QCheckBox(tr("This is a &production account"), this))
    , m_mirror(new QLineEdit(this))
    , m_mirrorNote(new QLabel(this))
    , m_mirrorUser(new QLineEdit(this))
    , m_mirrorPassword(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("profileForm"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Acme production"));
    m_name->setToolTip(tr("The name the profile switcher and the window title show"));
    m_cluster->setObjectName(QStringLiteral("clusterBox"));
    m_cluster->setToolTip(tr("The Harness cluster of the account; Custom URL for a vanity host or the "
                             "Self-Managed Platform"));
    for (Cluster cluster : allClusters())
        m_cluster->addItem(clusterDisplayName(cluster), int(cluster));
    m_customUrl->setObjectName(QStringLiteral("urlEdit"));
    m_customUrl->setToolTip(tr("The address of the Harness server; /gateway is added when missing"));

    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setToolTip(tr("A Harness API key or token; it is kept in the system keychain, never in a file"));
    QAction *reveal = m_key->addAction(themedIcon(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealKey"));
    reveal->setCheckable(true);
    reveal->setText(tr("Show the key")); // the button's accessible name
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(shown ? tr("Hide the key") : tr("Show the key"));
        reveal->setToolTip(reveal->text());
    });
    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    m_keyNote->setWordWrap(true);

    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(tr("Filled in from a pat. or sat. key"));
    m_account->setToolTip(tr("The Harness account ID, sent with every request"));
    m_accountNote->setObjectName(QStringLiteral("accountNote"));
    m_accountNote->setWordWrap(true);

    m_auth->setObjectName(QStringLiteral("authBox"));
    m_auth->setToolTip(tr("How the key is sent: as an API key (the usual way), or as a Bearer token"));
    m_auth->addItem(tr("API key (X-API-KEY header)"), int(AuthKind::ApiKey));
    m_auth->addItem(tr("Bearer token (Authorization header)"), int(AuthKind::Bearer));

    m_colour->setObjectName(QStringLiteral("colourBox"));
    m_colour->setToolTip(tr("The colour of this profile's marker in the toolbar"));
    const QStringList colourNames = {tr("Blue"), tr("Green"), tr("Purple"), tr("Orange"), tr("Teal"), tr("Grey")};
    const QStringList colours = Profile::colourChoices();
    for (int i = 0; i < colours.size(); ++i)
        m_colour->addItem(swatch(colours.at(i)), colourNames.value(i), colours.at(i));

    m_production->setObjectName(QStringLiteral("productionCheck"));
    m_production->setToolTip(tr("A red PRODUCTION marker shows in the toolbar, the title and every apply review "
                                "while this profile is open."));
    m_mirror->setObjectName(QStringLiteral("mirrorEdit"));
    m_mirror->setAccessibleName(tr("Registry mirror for Harness images"));
    m_mirror->setPlaceholderText(tr("Docker Hub"));
    m_mirror->setToolTip(tr("Look up the tags of Harness's images (harness/*, plugins/*) in this registry instead "
                            "of Docker Hub, e.g. mirror.example.com or mirror.example.com:5000/dockerhub"));
    m_mirrorNote->setObjectName(QStringLiteral("mirrorNote"));
    m_mirrorNote->setWordWrap(true);
    m_mirrorUser->setObjectName(QStringLiteral("mirrorUserEdit"));
    m_mirrorUser->setToolTip(tr("A user name for a private mirror; leave empty when it needs none"));
    m_mirrorPassword->setObjectName(QStringLiteral("mirrorPasswordEdit"));
    m_mirrorPassword->setEchoMode(QLineEdit::Password);
    m_mirrorPassword->setAccessibleName(tr("Mirror password"));
    m_mirrorPassword->setToolTip(tr("The mirror's password or access token; it is kept in the system keychain, "
                                    "never in a file. Leave empty to keep the stored one."));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Read the default images once with these settings and this key"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Cluste&r:"), m_cluster);
    form->addRow(tr("&URL:"), m_customUrl);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_keyNote);
    form->addRow(tr("Acc&ount ID:"), m_account);
    form->addRow(QString(), m_accountNote);
    form->addRow(tr("Aut&hentication:"), m_auth);
    form->addRow(tr("Co&lour:"), m_colour);
    form->addRow(QString(), m_production);
    form->addRow(tr("Registr&y mirror:"), m_mirror);
    form->addRow(QString(), m_mirrorNote);
    // A private mirror's sign-in, folded away: most profiles use Docker Hub or an open mirror.
    m_mirrorLogin = new QGroupBox(tr("Registry mirror sign-in…"), this);
    m_mirrorLogin->setObjectName(QStringLiteral("mirrorLoginGroup"));
    m_mirrorLogin->setCheckable(true);
    m_mirrorLogin->setToolTip(tr("A user name and password for a private mirror; leave it folded when the mirror "
                                 "needs none"));
    auto *login = new QFormLayout(m_mirrorLogin);
    login->addRow(tr("User &for the mirror:"), m_mirrorUser);
    login->addRow(tr("Mirror pass&word:"), m_mirrorPassword);
    const auto fold = [this](bool open) {
        m_mirrorUser->setVisible(open);
        m_mirrorPassword->setVisible(open);
        for (QLabel *label : m_mirrorLogin->findChildren<QLabel *>())
            label->setVisible(open);
    };
    connect(m_mirrorLogin, &QGroupBox::toggled, this, fold);
    m_mirrorLogin->setChecked(false);
    fold(false);
    form->addRow(QString(), m_mirrorLogin);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_testResult);
    setLayout(form);

    const auto edited = [this] {
        if (!m_loading)
            setModified(true);
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_customUrl, &QLineEdit::textEdited, this, edited);
    connect(m_cluster, &QComboBox::activated, this, [this, edited] {
        updateCustomUrl();
        edited();
    });
    connect(m_auth, &QComboBox::activated, this, edited);
    connect(m_colour, &QComboBox::activated, this, edited);
    connect(m_production, &QCheckBox::toggled, this, edited);
    connect(m_mirror, &QLineEdit::textEdited, this, [this, edited] {
        setNote(m_mirrorNote, mirrorProblem(), Tone::Bad);
        edited();
    });
    connect(m_mirrorUser, &QLineEdit::textEdited, this, edited);
    connect(m_mirrorPassword, &QLineEdit::textEdited, this, edited);
    connect(m_key, &QLineEdit::textChanged, this, &ProfileForm::onKeyEdited);
    connect(m_account, &QLineEdit::textEdited, this, [this, edited] {
        m_accountFromKey = false;
        updateAccountNote();
        edited();
    });
    connect(m_test, &QPushButton::clicked, this, &ProfileForm::testConnection);

    setProfile(Profile(), KeyState::None);
}

void ProfileForm::setProfile(const Profile &profile, KeyState keyState)
{
    stopTest();
    m_loading = true;
    m_id = profile.id;
    m_saved = profile;
    m_keyState = keyState;
    m_name->setText(profile.name);
    m_cluster->setCurrentIndex(qMax(0, m_cluster->findData(int(profile.cluster))));
    m_customUrl->setText(profile.customUrl);
    m_key->clear();
    m_account->setText(profile.accountId);
    m_accountFromKey = false;
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(profile.authKind))));
    int colour = m_colour->findData(profile.colour);
    if (colour < 0 && !profile.colour.isEmpty()) {
        m_colour->addItem(swatch(profile.colour), tr("Custom"), profile.colour);
        colour = m_colour->count() - 1;
    }
    m_colour->setCurrentIndex(qMax(0, colour));
    m_production->setChecked(profile.isProduction);
    m_mirror->setText(profile.registryMirror);
    m_mirrorUser->setText(profile.mirrorUser);
    m_mirrorLogin->setChecked(!profile.mirrorUser.isEmpty());
    m_mirrorPassword->clear();
    setNote(m_mirrorNote, mirrorProblem(), Tone::Bad);
    m_loading = false;
    updateCustomUrl();
    updateKeyState();
    updateAccountNote();
    setNote(m_testResult, QString(), Tone::Plain);
    setModified(false);
}

Profile ProfileForm::profile() const
{
    Profile profile = m_saved;
    profile.kind = Profile::Kind::Stored;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.cluster = Cluster(m_cluster->currentData().toInt());
    profile.customUrl = profile.cluster == Cluster::Custom ? m_customUrl->text().trimmed() : QString();
    profile.accountId = m_account->text().trimmed();
    profile.authKind = AuthKind(m_auth->currentData().toInt());
    profile.colour = m_colour->currentData().toString();
    profile.isProduction = m_production->isChecked();
    profile.registryMirror = m_mirror->text().trimmed();
    profile.mirrorUser = m_mirrorUser->text().trimmed();
    return profile;
}

QString ProfileForm::typedMirrorPassword() const
{
    return m_mirrorPassword->text();
}

void ProfileForm::clearMirrorPassword()
{
    m_mirrorPassword->clear();
}

QString ProfileForm::mirrorProblem() const
{
    QString why;
    if (RegistryMirror::parse(m_mirror->text().trimmed(), &why))
        return {};
    return tr("Registry mirror: %1").arg(why);
}

QString ProfileForm::typedKey() const
{
    return m_key->text().trimmed();
}

void ProfileForm::markSaved(const Profile &saved, KeyState state)
{
    m_id = saved.id;
    m_saved = saved;
    if (!typedKey().isEmpty()) {
        const QSignalBlocker blocker(m_key);
        m_key->clear(); // the key now lives in the store; the field only takes a new one
    }
    m_keyState = state;
    updateKeyState();
    updateAccountNote();
    setModified(false);
}

void ProfileForm::markFieldsSaved(const Profile &saved)
{
    m_id = saved.id;
    m_saved = saved;
    setModified(!typedKey().isEmpty());
}

void ProfileForm::setKeyState(KeyState state)
{
    m_keyState = state;
    updateKeyState();
}

QString ProfileForm::accountMismatch() const
{
    const QString fromKey = accountIdFromApiKey(typedKey());
    const QString typed = m_account->text().trimmed();
    return !fromKey.isEmpty() && !typed.isEmpty() && fromKey != typed ? fromKey : QString();
}

void ProfileForm::onKeyEdited()
{
    const QString fromKey = accountIdFromApiKey(typedKey());
    if (!fromKey.isEmpty() && (m_account->text().trimmed().isEmpty() || m_accountFromKey)) {
        m_account->setText(fromKey);
        m_accountFromKey = true;
    }
    updateAccountNote();
    updateKeyState();
    if (!m_loading)
        setModified(true);
}

void ProfileForm::showAccountProblem(const QString &problem)
{
    setNote(m_accountNote, problem, Tone::Bad);
    markAccount(true);
    m_account->setFocus(Qt::OtherFocusReason);
}

void ProfileForm::markAccount(bool bad)
{
    m_account->setProperty("problem", bad);
    m_account->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; }")
                                 : QString());
    m_account->setAccessibleDescription(bad ? m_accountNote->text() : QString());
}

void ProfileForm::updateAccountNote()
{
    const QString mismatch = accountMismatch();
    markAccount(!mismatch.isEmpty());
    if (!mismatch.isEmpty())
        setNote(m_accountNote,
                tr("This key belongs to account %1, not %2: Harness will refuse it.")
                    .arg(mismatch, m_account->text().trimmed()),
                Tone::Bad);
    else if (m_accountFromKey && !m_account->text().isEmpty())
        setNote(m_accountNote, tr("Filled in from the key."), Tone::Plain);
    else
        setNote(m_accountNote, QString(), Tone::Plain);
}

void ProfileForm::updateKeyState()
{
    QString note;
    if (!typedKey().isEmpty())
        note = QString();
    else if (m_keyState == KeyState::Keychain)
        note = tr("Saved in the system keychain. Leave empty to keep it, or type a new key to replace it.");
    else if (m_keyState == KeyState::Memory)
        note = tr("Kept in memory for this run only. Type a new key to replace it.");
    else
        note = tr("Paste a Harness API key (pat.… or sat.…). It is saved in the system keychain only.");
    setNote(m_keyNote, note, Tone::Plain);
    m_key->setPlaceholderText(m_keyState == KeyState::None ? tr("pat.… or sat.…") : tr("•••••••• (stored)"));
}

void ProfileForm::updateCustomUrl()
{
    const bool custom = Cluster(m_cluster->currentData().toInt()) == Cluster::Custom;
    m_customUrl->setEnabled(custom);
    if (!custom)
        m_customUrl->setPlaceholderText(gatewayUrlFor(Cluster(m_cluster->currentData().toInt())).toString());
    else
        m_customUrl->setPlaceholderText(tr("https://harness.example.com"));
}

void ProfileForm::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ProfileForm::testConnection()
{
    stopTest();
    const Profile current = profile();
    QString problem = current.problem();
    if (!problem.isEmpty()) {
        showTestResult(false, problem);
        return;
    }
    if (!typedKey().isEmpty()) {
        runTest(current, typedKey());
        return;
    }
    if (m_keyState == KeyState::None || m_id.isEmpty()) {
        showTestResult(false, tr("Enter the API key to test the connection."));
        return;
    }
    const int run = ++m_testRun;
    m_test->setEnabled(false);
    setNote(m_testResult, tr("Reading the key…"), Tone::Plain);
    m_secrets->read(m_id, this, [this, run](const SecretResult &result) {
        if (run != m_testRun)
            return;
        if (!result.ok()) {
            showTestResult(false, result.message);
            return;
        }
        runTest(profile(), result.secret);
    });
}

void ProfileForm::runTest(const Profile &profile, const QString &key)
{
    QString why;
    const int run = ++m_testRun;
    if (!m_check->start(profile, key, &why)) {
        showTestResult(false, why);
        return;
    }
    m_test->setEnabled(false);
    setNote(m_testResult, tr("Connecting to %1…").arg(profile.host()), Tone::Plain);
    const QString host = profile.host();
    const QString account = profile.accountId;
    disconnect(m_check, &ConnectionCheck::finished, this, nullptr);
    connect(m_check, &ConnectionCheck::finished, this,
            [this, run, host, account](bool ok, int defaultImages, const ApiError &error) {
                if (run != m_testRun)
                    return;
                if (ok)
                    showTestResult(true, tr("Connected: account %1 on %2 sent %n default image(s).", nullptr,
                                            defaultImages)
                                             .arg(account, host));
                else
                    showTestResult(false, error.userMessage());
            });
}

void ProfileForm::showTestResult(bool ok, const QString &message)
{
    m_test->setEnabled(true);
    setNote(m_testResult, message, ok ? Tone::Good : Tone::Bad);
    Q_EMIT testFinished(ok, message);
}

void ProfileForm::stopTest()
{
    ++m_testRun; // late answers of an earlier test are ignored
    m_check->stop();
    m_test->setEnabled(true);
}

QString ProfileForm::testMessage() const
{
    return m_testResult->text();
}

bool ProfileForm::isTesting() const
{
    return !m_test->isEnabled();
}

void ProfileForm::focusName()
{
    m_name->setFocus();
}

} // namespace hci
