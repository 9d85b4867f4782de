#include "applyreviewdialog.h"

#include "screenfit.h"

#include "core/configdocument.h"
#include "session/taglookup.h"

#include "core/fieldcatalog.h"
#include "core/serverquirks.h"
#include "registry/registryreply.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hci {

namespace {

// Text from a server or a registry in a tooltip: Qt would guess rich text from a leading tag.
QString plainTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

// Lets only a fresh press of Return confirm: Ctrl+Return, the key that opens the review, and a Return
// held down (its repeats) reach the focused Apply button too, which would send the changes unseen.
class FreshReturnOnly : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool isReturn = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (isReturn && (key->isAutoRepeat() || (key->modifiers() & Qt::ControlModifier)))
                return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

ApplyReviewDialog::ApplyReviewDialog(const ConfigDocument &document, const QString &accountDescription,
                                     const QString &curlPreview, QWidget *parent)
    : QDialog(parent)
    , m_changes(new QTreeWidget(this))
    , m_requests(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("applyReviewDialog"));
    setWindowTitle(tr("Review changes"));
    const QList<PendingChange> changes = document.pendingChanges();

    auto *intro = new QLabel(tr("These %n change(s) will be sent to %1:", nullptr, int(changes.size()))
                                 .arg(accountDescription),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_changes->setObjectName(QStringLiteral("changeList"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Field"), tr("From"), tr("To")});
    m_changes->setAccessibleName(tr("Changes to apply"));
    m_changes->setAccessibleDescription(tr("Each field with its value now and the value it gets"));
    const ConfigSnapshot &snapshot = document.snapshot();
    QStringList refused;
    for (const PendingChange &change : changes) {
        const QString current = snapshot.overrides().value(change.field);
        const QString defaultValue = snapshot.defaults().value(change.field);
        const QString from = current.isEmpty() ? tr("%1 (default)").arg(defaultValue) : current;
        const QString to = change.kind == PendingChange::Kind::Reset ? tr("%1 (reset to default)").arg(defaultValue)
                                                                     : change.value;
        auto *item = new QTreeWidgetItem(m_changes, {FieldCatalog::info(change.field).label, from, to});
        item->setToolTip(0, change.field);
        // Known before anything is sent: the server would answer a generic error for the whole request.
        const QString quirk = ServerQuirks::warning(snapshot.module(), snapshot.infra(), change.field);
        if (!quirk.isEmpty()) {
            refused.append(FieldCatalog::info(change.field).label);
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(0, plainTip(change.field + u'\n' + quirk));
        }
        for (int column : {1, 2})
            item->setToolTip(column, plainTip(item->text(column)));
        item->setData(2, Qt::UserRole, change.kind == PendingChange::Kind::Set ? change.value : QString());
    }
    // The changes use the room: From and To share what the field names leave, long references
    // keep both ends in sight.
    m_changes->setTextElideMode(Qt::ElideMiddle);
    m_changes->setUniformRowHeights(true);
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_quirkNote = new QLabel(this);
    m_quirkNote->setObjectName(QStringLiteral("quirkNote"));
    m_quirkNote->setWordWrap(true);
    m_quirkNote->setTextFormat(Qt::PlainText);
    m_quirkNote->setVisible(!refused.isEmpty());
    if (!refused.isEmpty()) {
        m_quirkNote->setText(tr("Harness refuses to change %n of these field(s) on %1: %2. Its answer would be a "
                                "generic server error, and nothing of that request would be saved. Undo those "
                                "changes before applying.",
                                nullptr, int(refused.size()))
                                 .arg(infraDisplayName(snapshot.infra()), refused.join(tr(", "))));
        QPalette warning = m_quirkNote->palette();
        warning.setColor(QPalette::WindowText, QColor(0xd9, 0x77, 0x06));
        m_quirkNote->setPalette(warning);
    }
    m_refusedFields = int(refused.size());

    // The requests, folded away: one click shows them, with what can be done with them.
    m_showRequests = new QToolButton(this);
    m_showRequests->setObjectName(QStringLiteral("showRequests"));
    m_showRequests->setText(tr("Show &requests"));
    m_showRequests->setCheckable(true);
    m_showRequests->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showRequests->setArrowType(Qt::RightArrow);
    m_showRequests->setAutoRaise(true);
    m_showRequests->setToolTip(tr("The HTTP requests the apply sends, as cURL commands"));
    m_requestsSection = new QWidget(this);
    m_requestsSection->setObjectName(QStringLiteral("requestsSection"));
    auto *requestsLabel = new QLabel(tr("Requests (the API key shows as $HARNESS_API_KEY):"), m_requestsSection);
    m_requests->setParent(m_requestsSection);
    m_requests->setObjectName(QStringLiteral("requestsPreview"));
    m_requests->setReadOnly(true);
    m_requests->setPlainText(curlPreview);
    m_requests->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requests->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requests->setAccessibleName(tr("Requests to send"));
    m_requests->setAccessibleDescription(tr("The HTTP requests of the apply, as cURL commands"));
    requestsLabel->setBuddy(m_requests);
    m_requestsButtons = new QHBoxLayout;
    m_requestsButtons->addStretch(1);
    QPushButton *copy = addRequestsButton(tr("Copy as c&URL"));
    copy->setObjectName(QStringLiteral("copyCurl"));
    copy->setToolTip(tr("Copy the requests to the clipboard; the API key stays out"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_requests->toPlainText()); });
    addTerraformCopy(document, accountDescription);
    auto *requestsLayout = new QVBoxLayout(m_requestsSection);
    requestsLayout->setContentsMargins(0, 0, 0, 0);
    requestsLayout->addWidget(requestsLabel);
    requestsLayout->addWidget(m_requests, 1);
    requestsLayout->addLayout(m_requestsButtons);
    m_requestsSection->hide();
    connect(m_showRequests, &QToolButton::toggled, this, &ApplyReviewDialog::setRequestsShown);

    m_buttons = new QDialogButtonBox(this);
    QDialogButtonBox *buttons = m_buttons;
    QPushButton *apply = buttons->addButton(tr("&Apply %n change(s)", nullptr, int(changes.size())),
                                            QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("confirmApply"));
    m_apply = apply;
    apply->setDefault(true);
    apply->setAutoDefault(true);
    apply->setToolTip(tr("Send the changes to Harness now"));
    apply->installEventFilter(new FreshReturnOnly(apply));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setIcon(QIcon()); // closing loses nothing: no alarm colour
    cancel->setAutoDefault(false);
    cancel->setToolTip(tr("Close; the changes stay queued"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_quirkNote);
    layout->addWidget(m_showRequests, 0, Qt::AlignLeft);
    layout->addWidget(m_requestsSection, 1);
    layout->addWidget(buttons);
    // A few changes make a short dialog; many scroll within the room the screen allows.
    const int rowHeight = fontMetrics().height() + 10;
    const int visibleRows = qBound(3, int(changes.size()), 14);
    m_changes->setMinimumHeight(rowHeight * 3 + m_changes->header()->sizeHint().height());
    if (changes.size() <= 14)
        m_changes->setMaximumHeight(rowHeight * (visibleRows + 1) + m_changes->header()->sizeHint().height());
    resizeWithinScreen(this, QSize(900, sizeHint().height()));
    apply->setFocus();
}

QPushButton *ApplyReviewDialog::addRequestsButton(const QString &text)
{
    auto *button = new QPushButton(text, m_requestsSection);
    button->setAutoDefault(false); // Return stays with Apply
    m_requestsButtons->insertWidget(m_requestsButtons->count() - 1, button);
    return button;
}

bool ApplyReviewDialog::requestsShown() const
{
    return m_showRequests->isChecked();
}

void ApplyReviewDialog::setRequestsShown(bool shown)
{
    if (m_showRequests->isChecked() != shown) {
        m_showRequests->setChecked(shown); // comes back here through toggled
        return;
    }
    m_showRequests->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_showRequests->setText(shown ? tr("Hide &requests") : tr("Show &requests"));
    m_requestsSection->setVisible(shown);
    if (!shown)
        return;
    // Room for the requests, within the screen: the buttons never leave it.
    const QRect screen = availableScreenArea(this);
    const int wanted = screen.isValid() ? qMin(520, screen.height() - 60) : 520;
    if (height() < wanted)
        resize(width(), wanted);
    if (screen.isValid() && frameGeometry().bottom() > screen.bottom())
        move(x(), qMax(screen.top(), screen.bottom() - frameGeometry().height()));
}

int ApplyReviewDialog::changeCount() const
{
    return m_changes->topLevelItemCount();
}

QString ApplyReviewDialog::requestsText() const
{
    return m_requests->toPlainText();
}

void ApplyReviewDialog::checkTags(TagLookup *lookup)
{
    if (!lookup || m_checkNote)
        return;
    m_changes->setColumnCount(4);
    m_changes->headerItem()->setText(3, tr("Registry"));
    m_changes->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_checkNote = new QLabel(this);
    m_checkNote->setObjectName(QStringLiteral("tagCheckNote"));
    m_checkNote->setWordWrap(true);
    m_checkNote->setTextFormat(Qt::PlainText);
    m_applyAnyway = new QCheckBox(this);
    m_applyAnyway->setObjectName(QStringLiteral("applyAnyway"));
    m_applyAnyway->hide();
    connect(m_applyAnyway, &QCheckBox::toggled, this, &ApplyReviewDialog::updateCheckState);
    // Under the changes, above the folded requests.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout())) {
        const int at = box->indexOf(m_showRequests);
        box->insertWidget(at < 0 ? box->count() : at, m_checkNote);
        box->insertWidget(at < 0 ? box->count() : at + 1, m_applyAnyway);
    }
    for (int row = 0; row < m_changes->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_changes->topLevelItem(row);
        const QString image = item->data(2, Qt::UserRole).toString();
        if (image.isEmpty()) {
            item->setText(3, tr("— back to the default"));
            item->setToolTip(3, tr("A reset: Harness's default image is used again; there is no new tag to check."));
            continue;
        }
        ++m_checksPending;
        item->setText(3, tr("Checking…"));
        RegistryReply *reply = lookup->checkTag(image);
        connect(reply, &RegistryReply::finished, this, [this, row, reply] { checkAnswered(row, reply); });
    }
    updateCheckState();
}

void ApplyReviewDialog::checkAnswered(int row, const RegistryReply *reply)
{
    --m_checksPending;
    QTreeWidgetItem *item = m_changes->topLevelItem(row);
    const QString image = item->data(2, Qt::UserRole).toString();
    if (reply->presence() == RegistryReply::Presence::Present) {
        item->setText(3, tr("Tag exists"));
        item->setIcon(3, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setToolTip(3, plainTip(tr("%1 has this tag (%2).").arg(reply->location().displayName(), reply->digest())));
    } else if (reply->presence() == RegistryReply::Presence::Missing) {
        ++m_missingTags;
        item->setText(3, tr("Tag not found"));
        item->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setForeground(2, QColor(0xdc, 0x26, 0x26));
        item->setToolTip(3, plainTip(tr("%1 has no image %2: pipelines that pull it fail at initialise.")
                                         .arg(reply->location().displayName(), image)));
    } else {
        ++m_uncheckedTags;
        item->setText(3, tr("Not checked"));
        item->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(3, plainTip(reply->error().userMessage()));
    }
    updateCheckState();
}

void ApplyReviewDialog::updateCheckState()
{
    if (!m_checkNote)
        return;
    QPushButton *apply = m_apply;
    QPalette notePalette = palette();
    if (m_checksPending > 0) {
        m_checkNote->setText(m_applyRequested
                                 ? tr("Applying once %n tag check(s) are done…", nullptr, m_checksPending)
                                 : tr("Checking %n tag(s) in their registries…", nullptr, m_checksPending));
        if (apply)
            apply->setEnabled(!m_applyRequested);
        m_checkNote->setPalette(notePalette);
        return;
    }
    if (m_missingTags > 0) {
        // Never silently: the person says they know, or nothing is sent.
        m_applyRequested = false;
        m_checkNote->setText(tr("Missing from their registries: %n tag(s). Pipelines that use them fail to pull "
                                "the image; apply only if the tags will be pushed first.",
                                nullptr, m_missingTags));
        notePalette.setColor(QPalette::WindowText, QColor(0xdc, 0x26, 0x26));
        m_applyAnyway->setText(tr("Apply anyway, with %n missing tag(s)", nullptr, m_missingTags));
        m_applyAnyway->show();
        if (apply)
            apply->setEnabled(m_applyAnyway->isChecked());
    } else if (m_uncheckedTags > 0) {
        m_checkNote->setText(tr("%n tag(s) could not be checked (see the Registry column); applying is still "
                                "possible.", nullptr, m_uncheckedTags));
        notePalette.setColor(QPalette::WindowText, QColor(0xd9, 0x77, 0x06));
        if (apply)
            apply->setEnabled(true);
    } else {
        m_checkNote->setText(tr("Every new tag exists in its registry."));
        if (apply)
            apply->setEnabled(true);
    }
    m_checkNote->setPalette(notePalette);
    if (m_applyRequested && m_missingTags == 0)
        QDialog::accept();
}

void ApplyReviewDialog::accept()
{
    if (m_checksPending > 0) {
        m_applyRequested = true;
        updateCheckState();
        return;
    }
    if (m_missingTags > 0 && !(m_applyAnyway && m_applyAnyway->isChecked()))
        return;
    QDialog::accept();
}

void ApplyReviewDialog::showProductionBanner(const QString &account)
{
    auto *banner = new QLabel(tr("PRODUCTION — these changes go to the production account %1.").arg(account), this);
    banner->setObjectName(QStringLiteral("productionBanner"));
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                         "padding: 8px; border-radius: 4px; }"));
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(0, banner);
}

} // namespace hci
