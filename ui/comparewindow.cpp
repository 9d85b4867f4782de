#include "comparewindow.h"

#include "applyreviewdialog.h"
#include "comparemodel.h"
#include "conflictdialog.h"
#include "screenfit.h"

#include "core/configdocument.h"
#include "core/fieldcatalog.h"
#include "harness/harnessclient.h"
#include "credentials/profilestore.h"
#include "services/appservices.h"
#include "session/accountsession.h"
#include "session/otherscope.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hci {

namespace {

Infra otherInfra(Infra infra)
{
    return infra == Infra::K8 ? Infra::Vm : Infra::K8;
}

} // namespace

CompareWindow::CompareWindow(AppServices *services, const CompareHere &here, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_services(services)
    , m_here(here)
    , m_model(new CompareModel(this))
    , m_filter(new CompareFilterModel(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    if (here.document && here.document->hasSnapshot()) {
        m_module = here.document->snapshot().module();
        m_infra = here.document->snapshot().infra();
    }
    setWindowTitle(tr("Compare %1 on %2 — Harness CI Images").arg(moduleDisplayName(m_module), infraDisplayName(m_infra)));

    m_hereLabel = new QLabel(this);
    m_hereLabel->setObjectName(QStringLiteral("compareHereLabel"));
    m_hereLabel->setTextFormat(Qt::PlainText);
    m_hereLabel->setWordWrap(true);
    m_hereLabel->setText(tr("This window: %1, %2 on %3").arg(here.description, moduleDisplayName(m_module),
                                                             infraDisplayName(m_infra)));

    m_choiceBox = new QComboBox(this);
    m_choiceBox->setObjectName(QStringLiteral("compareChoiceBox"));
    m_choiceBox->setAccessibleName(tr("Compare with"));
    m_choiceBox->setToolTip(tr("The profile, or the other infrastructure of this account, to set beside this window"));
    auto *choiceLabel = new QLabel(tr("Compare &with:"), this);
    choiceLabel->setBuddy(m_choiceBox);
    m_productionLabel = new QLabel(tr("PRODUCTION"), this);
    m_productionLabel->setObjectName(QStringLiteral("compareProductionLabel"));
    m_productionLabel->setAccessibleName(tr("The other side is a production account"));
    m_productionLabel->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                                    "padding: 2px 8px; border-radius: 3px; }"));
    m_productionLabel->hide();
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_choiceBox, 1);
    choiceRow->addWidget(m_productionLabel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Compare status"));

    m_filter->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("compareView"));
    m_view->setAccessibleName(tr("Overrides side by side"));
    m_view->setAccessibleDescription(tr("Each field with its value in this window and on the other side; "
                                        "rows that differ are marked"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false); // the tint of differing rows must stand out
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CompareModel::FieldColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(CompareModel::HereColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CompareModel::ThereColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CompareModel::DiffersColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(CompareModel::FieldColumn, 200);

    m_onlyDifferences = new QCheckBox(tr("Show only &differences"), this);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_onlyDifferences->setAccessibleName(tr("Show only differences"));
    connect(m_onlyDifferences, &QCheckBox::toggled, m_filter, &CompareFilterModel::setOnlyDifferences);

    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyToOther"));
    m_copyButton->setToolTip(tr("Queue the selected rows' values on the other side: this window's override, or "
                                "a reset when it has none. Nothing is sent until you review and apply there."));
    connect(m_copyButton, &QPushButton::clicked, this, [this] { copySelectedToOther(); });
    m_reviewButton = new QPushButton(this);
    m_reviewButton->setObjectName(QStringLiteral("reviewOther"));
    connect(m_reviewButton, &QPushButton::clicked, this, &CompareWindow::reviewOther);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeCompare"));
    m_closeButton->setAccessibleName(tr("Close"));
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_onlyDifferences);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hereLabel);
    layout->addLayout(choiceRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompareWindow::updateState);
    if (here.document) {
        // The window switched to another scope under this one: copying would mix the two.
        connect(here.document, &ConfigDocument::snapshotChanged, this, [this] {
            const ConfigSnapshot &now = m_here.document->snapshot();
            const Connection &window = m_services->client()->connection();
            if (now.module() != m_module || now.infra() != m_infra || window.accountId != m_here.connection.accountId
                || window.gatewayUrl != m_here.connection.gatewayUrl) {
                m_here.document = nullptr;
                m_model->setDocuments(nullptr, m_other ? m_other->document() : nullptr);
                showStatus(tr("The main window now shows another account or scope; close this window and compare again."), true);
                updateState();
            }
        });
        connect(here.document, &QObject::destroyed, this, &QWidget::close);
    }

    fillChoices();
    connect(m_choiceBox, &QComboBox::activated, this,
            [this](int index) { compareWith(m_choiceBox->itemData(index).toString()); });
    resizeWithinScreen(this, QSize(1000, 620));
    m_view->setFocus();
    m_model->setDocuments(m_here.document, nullptr);
    updateState();
    if (m_choiceBox->count() > 0)
        compareWith(m_choiceBox->itemData(0).toString());
}

CompareWindow::~CompareWindow() = default;

QString CompareWindow::otherInfraChoice()
{
    return QStringLiteral("#other-infra");
}

void CompareWindow::fillChoices()
{
    m_choiceBox->addItem(tr("Other infrastructure of this account (%1)").arg(infraDisplayName(otherInfra(m_infra))),
                         otherInfraChoice());
    if (m_here.profileId != Profile::sandboxId())
        m_choiceBox->addItem(Profile::sandbox().name, Profile::sandboxId());
    const QList<Profile> profiles = m_services->profiles()->profiles();
    for (const Profile &profile : profiles) {
        if (profile.id == m_here.profileId)
            continue;
        m_choiceBox->addItem(profile.isProduction ? tr("%1 (production)").arg(profile.name) : profile.name, profile.id);
    }
}

void CompareWindow::compareWith(const QString &choice)
{
    const auto showCurrent = [this] {
        if (m_other)
            m_choiceBox->setCurrentIndex(m_choiceBox->findData(m_other->property("choice")));
    };
    if (m_other && m_other->session()->isApplying()) {
        showStatus(tr("An apply to %1 is still running; choose another side once it has settled.").arg(otherName()), true);
        showCurrent();
        return;
    }
    if (m_other && m_other->property("choice").toString() == choice)
        return;
    whenOtherSettled(tr("Drop the changes queued on %1 and compare with another side?").arg(otherName()),
                     [this, choice] { startComparing(choice); }, showCurrent);
}

void CompareWindow::whenOtherSettled(const QString &question, std::function<void()> proceed,
                                     std::function<void()> cancelled)
{
    const int pending = m_other ? m_other->document()->pendingCount() : 0;
    if (pending == 0) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Queued changes"),
                                question + QLatin1Char('\n')
                                    + tr("%n change(s) queued there were never sent.", nullptr, pending),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("dropQueuedPrompt"));
    box->addButton(tr("Drop them"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, proceed = std::move(proceed), cancelled = std::move(cancelled)] {
        if (box->buttonRole(box->clickedButton()) == QMessageBox::DestructiveRole)
            proceed();
        else if (cancelled)
            cancelled();
    });
    box->open();
}

void CompareWindow::startComparing(const QString &choice)
{
    const int index = m_choiceBox->findData(choice);
    if (index < 0)
        return;
    m_choiceBox->setCurrentIndex(index);
    // A fresh scope each time: what the last one queued was never sent, and goes with it.
    if (m_other)
        m_other->deleteLater();
    m_other = new OtherScope(this);
    m_other->setProperty("choice", choice);
    m_model->setDocuments(m_here.document, m_other->document());
    connect(m_other, &OtherScope::loaded, this, &CompareWindow::otherLoaded);
    connect(m_other, &OtherScope::failed, this, &CompareWindow::otherFailed);
    connectOtherSession();
    m_productionLabel->hide();
    showStatus(tr("Loading %1…").arg(m_choiceBox->itemText(index)));

    if (choice == otherInfraChoice()) {
        m_other->openConnection(m_here.connection, m_here.description, m_here.production, m_module, otherInfra(m_infra));
    } else if (choice == Profile::sandboxId()) {
        QString whyNot;
        if (const std::optional<Connection> sandbox = m_services->sandboxConnection(&whyNot))
            m_other->openConnection(*sandbox, Profile::sandbox().name, false, m_module, m_infra);
        else
            otherFailed(whyNot);
    } else {
        m_other->openProfile(m_services->profileOpener(), choice, m_module, m_infra);
    }
    updateState();
}

QString CompareWindow::otherName() const
{
    if (!m_other)
        return {};
    if (m_other->property("choice").toString() == otherInfraChoice())
        return infraDisplayName(otherInfra(m_infra));
    return m_other->name();
}

void CompareWindow::otherLoaded()
{
    const Infra thereInfra = m_other->session()->infra();
    const bool sameAccount = m_other->property("choice").toString() == otherInfraChoice();
    m_model->setSideNames(tr("This window (%1)").arg(infraDisplayName(m_infra)),
                          tr("%1 (%2)").arg(sameAccount ? tr("This account") : m_other->name(),
                                            infraDisplayName(thereInfra)));
    m_productionLabel->setVisible(m_other->isProduction());
    const int differing = m_model->differingCount();
    showStatus(differing == 0 ? tr("No override differs.")
                              : tr("%n field(s) differ. Select rows and copy them to %1.", nullptr, differing)
                                    .arg(otherName()));
    // Ready for the keyboard: arrows move through the rows, shift extends the choice.
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_filter->index(0, 0), QItemSelectionModel::NoUpdate);
    updateState();
}

void CompareWindow::otherFailed(const QString &message)
{
    showStatus(tr("Could not load the other side: %1").arg(message), true);
    updateState();
}

void CompareWindow::connectOtherSession()
{
    AccountSession *session = m_other->session();
    connect(session, &AccountSession::stateChanged, this, &CompareWindow::updateState);
    connect(m_other->document(), &ConfigDocument::pendingCountChanged, this, &CompareWindow::updateState);
    connect(session, &AccountSession::conflictsFound, this, [this, session](const QList<Conflict> &conflicts) {
        auto *dialog = new ConflictDialog(conflicts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, session, [session, dialog] { session->resolveConflicts(dialog->fieldsToOverwrite()); });
        connect(dialog, &QDialog::rejected, session, &AccountSession::cancelApply);
        dialog->open();
    });
    connect(session, &AccountSession::applied, this, [this](int confirmed) {
        showStatus(tr("%n change(s) applied to %1 and read back.", nullptr, confirmed).arg(otherName()));
    });
    connect(session, &AccountSession::applyFailed, this, [this](const ApiError &error, const QStringList &unconfirmed) {
        showStatus(tr("The apply to %1 failed: %2 %n change(s) stay queued.", nullptr, int(unconfirmed.size()))
                       .arg(otherName(), error.userMessage()),
                   true);
    });
    connect(session, &AccountSession::applyCancelled, this,
            [this] { showStatus(tr("Nothing was sent; the changes stay queued.")); });
}

int CompareWindow::copySelectedToOther()
{
    if (!m_other || !m_other->isLoaded() || !m_here.document || m_other->session()->isBusy())
        return 0;
    QStringList fields;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(CompareModel::FieldColumn);
    for (const QModelIndex &row : rows)
        fields.append(row.data(CompareModel::FieldKeyRole).toString());
    fields = FieldCatalog::sorted(fields);
    if (fields.isEmpty())
        return 0;
    const CopyOutcome outcome = copyOverrides(m_here.document->snapshot(), *m_other->document(), fields);
    QStringList notes;
    if (outcome.queued.isEmpty())
        notes.append(tr("Nothing was queued."));
    else
        notes.append(tr("%n change(s) queued on %1; review and apply there to send them.", nullptr,
                        int(outcome.queued.size()))
                         .arg(otherName()));
    if (!outcome.notListed.isEmpty()) {
        QStringList labels;
        for (const QString &field : outcome.notListed)
            labels.append(FieldCatalog::info(field).label);
        notes.append(tr("Not listed on %1, left out: %2.").arg(otherName(), labels.join(QStringLiteral(", "))));
    }
    notes.append(outcome.refused);
    showStatus(notes.join(QLatin1Char(' ')), !outcome.notListed.isEmpty() || !outcome.refused.isEmpty());
    updateState();
    return int(outcome.queued.size());
}

void CompareWindow::reviewOther()
{
    if (!m_other || !m_other->document()->hasPendingChanges() || m_other->session()->isBusy())
        return;
    const QString account = tr("%1, %2 on %3")
                                .arg(m_other->name(), moduleDisplayName(m_module),
                                     infraDisplayName(m_other->session()->infra()));
    auto *dialog = new ApplyReviewDialog(*m_other->document(), account, m_other->session()->previewAsCurl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_other->isProduction())
        dialog->showProductionBanner(account);
    // The window's tag lookups go through its profile's mirror: right for the same account only.
    if (m_other->property("choice").toString() == otherInfraChoice())
        dialog->checkTags(m_services->tagLookup());
    QPointer<OtherScope> other = m_other;
    connect(dialog, &QDialog::accepted, this, [this, other] {
        if (other) {
            showStatus(tr("Applying to %1…").arg(otherName()));
            other->session()->apply();
        }
    });
    dialog->open();
}

void CompareWindow::updateState()
{
    const bool ready = m_other && m_other->isLoaded() && m_here.document;
    const bool busy = m_other && m_other->session()->isBusy();
    const QString name = otherName().isEmpty() ? tr("the other side") : otherName();
    m_copyButton->setText(tr("&Copy to %1").arg(name));
    m_copyButton->setAccessibleName(tr("Copy the selected rows to %1").arg(name));
    m_copyButton->setEnabled(ready && !busy && m_view->selectionModel()->hasSelection());
    const int pending = m_other ? m_other->document()->pendingCount() : 0;
    m_reviewButton->setText(tr("&Review and apply on %1 (%2)…").arg(name).arg(pending));
    m_reviewButton->setAccessibleName(tr("Review and apply the changes queued on %1").arg(name));
    m_reviewButton->setEnabled(ready && !busy && pending > 0);
    m_choiceBox->setEnabled(!(m_other && m_other->session()->isApplying()));
}

void CompareWindow::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    // Writes in flight must be read back before their session goes.
    if (m_other && m_other->session()->isApplying()) {
        showStatus(tr("An apply to %1 is still running; close this window once it has settled.").arg(otherName()), true);
        event->ignore();
        return;
    }
    if (!m_closeConfirmed && m_other && m_other->document()->hasPendingChanges()) {
        event->ignore();
        whenOtherSettled(tr("Close and drop the changes queued on %1?").arg(otherName()), [this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace hci
