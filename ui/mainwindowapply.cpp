// The edges of the main window's apply: writes go one at a time and may wait for another window's
// turn, a batch Harness refused is taken apart field by field once the user agrees, Cancel works
// until a write is sent, and while an apply is in flight nothing switches the account under it.
#include "mainwindow.h"

#include "configtreemodel.h"
#include "messagebar.h"
#include "profileswitcher.h"

#include "core/configdocument.h"
#include "harness/harnessclient.h"
#include "session/accountsession.h"
#include "session/unsettledapply.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace hci {

void MainWindow::connectApplyEdges()
{
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for the server; nothing has been sent yet"));
    m_cancelButton->setAccessibleName(tr("Cancel reading from the server"));
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, m_session, &AccountSession::cancel);

    connect(m_session, &AccountSession::stateChanged, this, [this] {
        updateCancelButton();
        if (m_closeWhenSettled && !m_session->isApplying()) {
            m_closeWhenSettled = false;
            // After the apply's own message: the close then asks about anything still queued.
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        }
    });
    connect(m_session, &AccountSession::applyCancelled, this, [this] {
        m_afterApply = {};
        m_lastMessageFromLoad = false;
        m_messages->showMessage(MessageBar::Level::Information,
            tr("Apply cancelled before anything was sent; the %n change(s) stay queued.", nullptr,
                m_document->pendingCount()));
    });
    connect(m_session, &AccountSession::waitingForTurn, this, [this] {
        m_lastMessageFromLoad = false;
        m_messages->showMessage(MessageBar::Level::Information,
            tr("Waiting for another window's apply to this account to finish: Harness saves one document per "
               "account, so writes go one at a time."));
    });
    connect(m_session, &AccountSession::refusedFieldsFound, this, &MainWindow::onRefusedFieldsFound);
    connect(m_messages, &MessageBar::actionRequested, this, [this] {
        if (!m_session->canFindRefusedFields())
            return;
        m_lastMessageFromLoad = false;
        m_messages->showMessage(MessageBar::Level::Information,
            tr("Sending the %n change(s) one at a time to find the ones Harness refuses…", nullptr,
                int(m_session->refusalCandidates().size())));
        m_session->findRefusedFields();
    });
    connect(m_document, &ConfigDocument::pendingCountChanged, this, &MainWindow::showRefusedFieldsOnRows);
    connect(m_session, &AccountSession::loaded, this, [this] {
        showRefusedFieldsOnRows();
        showUnsettledOutcome();
    });
}

void MainWindow::updateCancelButton()
{
    const AccountSession::State state = m_session->state();
    m_cancelButton->setVisible(
        state == AccountSession::State::Loading || state == AccountSession::State::CheckingConflicts);
}

void MainWindow::onApplyFailed(const ApiError &error, const QStringList &unconfirmed)
{
    m_afterApply = {};
    m_lastMessageFromLoad = false;
    // Harness's generic 500 names no field: offer to send the batch's fields one at a time, instead of
    // the advice to try again later, which would only fail the same way.
    const bool canSearch = m_session->canFindRefusedFields();
    const int candidates = int(m_session->refusalCandidates().size());
    QString text;
    if (canSearch) {
        text = tr("%n change(s) did not take and are still queued.", nullptr, int(unconfirmed.size()))
            + QLatin1Char(' ')
            + tr("Harness answered with its generic internal error, which it also gives when one field is not "
                 "accepted on %1; it names no field and saved nothing of that request. Send its %n change(s) one "
                 "at a time to find the refused ones? Those Harness accepts are saved.",
                nullptr, candidates)
                  .arg(infraDisplayName(m_document->snapshot().infra()));
    } else {
        text = tr("%n change(s) did not take and are still queued. %1", nullptr, int(unconfirmed.size()))
                   .arg(error.userMessage());
    }
    // A write of one field that Harness refused names the field by itself.
    QStringList refused;
    const QHash<QString, ApiError> refusals = m_session->refusedFields();
    for (const QString &field : unconfirmed) {
        if (refusals.contains(field))
            refused.append(field);
    }
    if (!canSearch && !refused.isEmpty()) {
        const QString why = tr("Harness refuses %1 on %2: a request with that field alone got its generic internal "
                               "error, and nothing of it was saved.")
                                .arg(refused.join(QStringLiteral(", ")), infraDisplayName(m_document->snapshot().infra()));
        // Its generic advice ("try again later") only fits when something else failed too.
        if (refused.size() == unconfirmed.size())
            text = tr("%n change(s) did not take and are still queued.", nullptr, int(unconfirmed.size()));
        text += QLatin1Char(' ') + why;
    }
    showRefusedFieldsOnRows();
    m_messages->showMessage(MessageBar::Level::Error, text, error.technicalDetails(), !canSearch);
    if (canSearch) {
        m_messages->setAction(tr("Find the refused fields"),
            tr("Send each change of the refused request on its own, one after another, then read back"));
    }
    updateStatus();
}

void MainWindow::onRefusedFieldsFound(const QStringList &refused, int confirmed)
{
    m_lastMessageFromLoad = false;
    showRefusedFieldsOnRows();
    updateStatus();
    if (refused.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Information,
            tr("Sent one at a time, every change took (%n in all); the server confirmed each one.", nullptr,
                confirmed));
        return;
    }
    QString text = tr("Harness refuses %n field(s) on %1, which stay queued: %2.", nullptr, int(refused.size()))
                       .arg(infraDisplayName(m_document->snapshot().infra()), refused.join(QStringLiteral(", ")));
    if (confirmed > 0)
        text += QLatin1Char(' ') + tr("The other %n change(s) took.", nullptr, confirmed);
    QStringList details;
    const QHash<QString, ApiError> answers = m_session->refusedFields();
    for (const QString &field : refused) {
        details.append(tr("%1:").arg(field));
        details.append(answers.value(field).technicalDetails());
    }
    m_messages->showMessage(MessageBar::Level::Warning, text, details.join(QLatin1Char('\n')));
}

void MainWindow::showRefusedFieldsOnRows()
{
    QHash<QString, QString> notes;
    const QHash<QString, ApiError> refused = m_session->refusedFields();
    for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
        const QString id = it->correlationId.isEmpty() ? tr("none") : it->correlationId;
        notes.insert(it.key(),
            tr("Harness refused this change when it was sent alone (HTTP %1, correlation ID %2).")
                .arg(it->httpStatus)
                .arg(id));
    }
    m_model->setFieldNotes(notes);
}

bool MainWindow::refuseWhileApplying(const QString &message)
{
    if (!m_session->isApplying())
        return false;
    m_lastMessageFromLoad = false;
    m_messages->showMessage(MessageBar::Level::Warning, message);
    return true;
}

void MainWindow::askBeforeClosingDuringApply()
{
    if (findChild<QMessageBox *>(QStringLiteral("applyInFlightPrompt")))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Apply in flight"),
        tr("Changes are being sent to %1, and the server has not confirmed them yet.").arg(m_accountDescription),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("applyInFlightPrompt"));
    box->setInformativeText(tr("Wait, and the window closes once the apply has settled. If you close now, the "
                               "outcome is unknown: the app checks what took the next time you open this "
                               "account."));
    QPushButton *wait = box->addButton(tr("&Wait"), QMessageBox::AcceptRole);
    wait->setObjectName(QStringLiteral("waitForApply"));
    QPushButton *closeAnyway = box->addButton(tr("&Close anyway"), QMessageBox::DestructiveRole);
    closeAnyway->setObjectName(QStringLiteral("closeAnyway"));
    box->setDefaultButton(wait);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, closeAnyway](int) {
        if (box->clickedButton() == closeAnyway) {
            if (m_session->hasWritesInFlight())
                rememberUnsettledApply();
            m_closeConfirmed = true;
            close();
            return;
        }
        if (!m_session->isApplying()) {
            close();
            return;
        }
        m_closeWhenSettled = true;
        m_lastMessageFromLoad = false;
        m_messages->showMessage(MessageBar::Level::Information,
            tr("The window closes once the apply to %1 has settled.").arg(m_accountDescription));
    });
    box->open();
}

UnsettledApplies *MainWindow::unsettledApplies()
{
    if (!m_unsettled) {
        m_settings = new QSettings(this);
        m_unsettled = new UnsettledApplies(m_settings);
    }
    return m_unsettled;
}

void MainWindow::rememberUnsettledApply()
{
    UnsettledApply apply;
    apply.module = m_session->applyModule();
    apply.infra = m_session->applyInfra();
    apply.changes = m_session->changesInFlight();
    apply.sentAt = QDateTime::currentDateTimeUtc();
    unsettledApplies()->remember(m_session->applyConnection(), apply);
}

void MainWindow::showUnsettledOutcome()
{
    const ConfigSnapshot &snapshot = m_document->snapshot();
    const std::optional<UnsettledApply> apply
        = unsettledApplies()->take(m_client->connection(), snapshot.module(), snapshot.infra());
    if (!apply)
        return;
    const QStringList notTaken = UnsettledApplies::notTakenFields(*apply, snapshot.overrides());
    const int took = int(UnsettledApplies::tookFields(*apply, snapshot.overrides()).size());
    const QString when = QLocale().toString(apply->sentAt.toLocalTime(), QLocale::ShortFormat);
    m_lastMessageFromLoad = false;
    if (notTaken.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Information,
            tr("The app was closed while an apply to %1 on %2 was in flight (%3); the server shows that all %n of "
               "its change(s) took.",
                nullptr, took)
                .arg(moduleDisplayName(apply->module), infraDisplayName(apply->infra), when));
        return;
    }
    m_messages->showMessage(MessageBar::Level::Warning,
        tr("The app was closed while an apply to %1 on %2 was in flight (%3); %4 of its changes took, these did "
           "not: %5. Queue them again if you still want them.")
            .arg(moduleDisplayName(apply->module), infraDisplayName(apply->infra), when)
            .arg(took)
            .arg(notTaken.join(QStringLiteral(", "))));
}

} // namespace hci
