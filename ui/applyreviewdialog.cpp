#include "applyreviewdialog.h"

#include "core/configdocument.h"
#include "core/fieldcatalog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hci {

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
    for (const PendingChange &change : changes) {
        const QString current = snapshot.overrides().value(change.field);
        const QString defaultValue = snapshot.defaults().value(change.field);
        const QString from = current.isEmpty() ? tr("%1 (default)").arg(defaultValue) : current;
        const QString to = change.kind == PendingChange::Kind::Reset ? tr("%1 (reset to default)").arg(defaultValue)
                                                                     : change.value;
        auto *item = new QTreeWidgetItem(m_changes, {FieldCatalog::info(change.field).label, from, to});
        item->setToolTip(0, change.field);
    }
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *requestsLabel = new QLabel(tr("Requests (the API key shows as $HARNESS_API_KEY):"), this);
    m_requests->setObjectName(QStringLiteral("requestsPreview"));
    m_requests->setReadOnly(true);
    m_requests->setPlainText(curlPreview);
    m_requests->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requests->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requests->setAccessibleName(tr("Requests to send"));
    m_requests->setAccessibleDescription(tr("The HTTP requests of the apply, as cURL commands"));
    requestsLabel->setBuddy(m_requests);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("&Apply %n change(s)", nullptr, int(changes.size())),
                                            QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("confirmApply"));
    apply->setDefault(true);
    apply->setToolTip(tr("Send the changes to Harness now"));
    QPushButton *copy = buttons->addButton(tr("Copy as c&URL"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyCurl"));
    copy->setToolTip(tr("Copy the requests to the clipboard; the API key stays out"));
    buttons->addButton(QDialogButtonBox::Cancel)->setToolTip(tr("Close; the changes stay queued"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_requests->toPlainText()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_changes, 1);
    layout->addWidget(requestsLabel);
    layout->addWidget(m_requests, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

int ApplyReviewDialog::changeCount() const
{
    return m_changes->topLevelItemCount();
}

QString ApplyReviewDialog::requestsText() const
{
    return m_requests->toPlainText();
}

} // namespace hci
