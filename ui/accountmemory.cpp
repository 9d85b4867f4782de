#include "accountmemory.h"

#include "services/appservices.h"

#include "historywindow.h"
#include "journalrestorebar.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "profileswitcher.h"
#include "sincelastlookpanel.h"
#include "configtreemodel.h"
#include "configview.h"

#include "core/configdocument.h"
#include "core/fieldcatalog.h"
#include "credentials/profile.h"
#include "credentials/profilestore.h"
#include "harness/harnessclient.h"
#include "session/accountsession.h"
#include "store/historyrecorder.h"
#include "store/journalwriter.h"
#include "store/localstore.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QVBoxLayout>

namespace hci {

namespace {

QString &storePath()
{
    static QString path;
    return path;
}

} // namespace

void AccountMemory::setStorePath(const QString &path)
{
    storePath() = path;
}

AccountMemory::AccountMemory(MainWindow *window, AppServices *services)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_store(new LocalStore(storePath().isEmpty() ? QStringLiteral(":memory:") : storePath(), this))
{
    const auto scope = [this] { return currentScope(); };
    m_writer = new JournalWriter(m_store, m_services->document(), scope, this);
    m_recorder = new HistoryRecorder(m_store, m_services->session(), scope, QStringLiteral("window"), this);
    connect(m_recorder, &HistoryRecorder::loadRecorded, this, &AccountMemory::onLoaded);
    connect(m_recorder, &HistoryRecorder::applyRecorded, this, [this] {
        if (m_historyWindow)
            m_historyWindow->refresh();
    });
}

AccountMemory::~AccountMemory() = default;

HistoryWindow *AccountMemory::historyWindow() const
{
    return m_historyWindow;
}

QWidget *AccountMemory::createPanels(QWidget *parent)
{
    auto *panels = new QWidget(parent);
    panels->setObjectName(QStringLiteral("accountMemoryPanels"));
    m_messages = new MessageBar(panels);
    m_messages->setObjectName(QStringLiteral("storeMessageBar"));
    m_restoreBar = new JournalRestoreBar(panels);
    m_sinceLastLook = new SinceLastLookPanel(panels);
    auto *layout = new QVBoxLayout(panels);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addWidget(m_restoreBar);
    layout->addWidget(m_sinceLastLook);

    connect(m_restoreBar, &JournalRestoreBar::restoreRequested, this, &AccountMemory::restore);
    connect(m_restoreBar, &JournalRestoreBar::discardRequested, this, [this] {
        if (m_offeredScope)
            m_writer->journal().dropSetAside(*m_offeredScope);
        m_offeredScope.reset();
        m_restoreBar->withdraw();
    });
    connect(m_sinceLastLook, &SinceLastLookPanel::showRowsRequested, this, &AccountMemory::showRows);
    connect(m_sinceLastLook, &SinceLastLookPanel::dismissed, this,
            [this](const LoadDifference &difference) { m_recorder->history().dismiss(m_panelScope, difference); });
    if (!m_store->problem().isEmpty())
        m_messages->showMessage(MessageBar::Level::Warning, m_store->problem());
    return panels;
}

void AccountMemory::connectWindow()
{
    m_historyAction = new QAction(tr("&History of Applies…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Every apply made here: what changed, from what to what, and revert"));
    connect(m_historyAction, &QAction::triggered, this, &AccountMemory::showHistory);
    m_window->addAction(m_historyAction);
    if (QMenu *view = m_window->viewMenu()) {
        view->addSeparator();
        view->addAction(m_historyAction);
    }
}

std::optional<StoreScope> AccountMemory::currentScope() const
{
    const ConfigDocument *document = m_services->document();
    const Connection &connection = m_services->client()->connection();
    if (!document->hasSnapshot() || connection.accountId.isEmpty())
        return std::nullopt;
    const Module module = document->snapshot().module();
    const Infra infra = document->snapshot().infra();
    const QString profileId = m_window->profileSwitcher() ? m_window->profileSwitcher()->activeId() : QString();
    if (profileId.isEmpty())
        return StoreScope::forHost(connection.gatewayUrl, connection.accountId, module, infra);
    return StoreScope::forProfile(profileId, connection.accountId, module, infra);
}

QString AccountMemory::profileName() const
{
    const QString id = m_window->profileSwitcher() ? m_window->profileSwitcher()->activeId() : QString();
    if (id.isEmpty())
        return m_services->client()->connection().gatewayUrl.authority();
    return profileName(id);
}

QString AccountMemory::profileName(const QString &id) const
{
    if (id.startsWith(QLatin1String("host:")))
        return id.mid(5);
    if (id == Profile::sandboxId())
        return Profile::sandbox().name;
    if (const std::optional<Profile> profile = m_services->profiles()->profile(id))
        return profile->name;
    return id;
}

void AccountMemory::onLoaded(const StoreScope &scope, const LoadDifference &difference)
{
    m_recorder->setProfileName(profileName());
    offerJournal(scope);
    mentionOtherJournals(scope);
    if (!m_sinceLastLook)
        return;
    m_panelScope = scope;
    if (difference.isEmpty()) { // nothing to tell: no stored load needs reading for its date
        m_sinceLastLook->showDifference(difference, QDateTime());
        return;
    }
    // The load before this one is when the user last looked.
    const History &history = m_recorder->history();
    const std::optional<StoredLoad> latest = history.lastLoad(scope);
    const std::optional<StoredLoad> before = latest ? history.loadBefore(scope, latest->id) : std::nullopt;
    const QDateTime lastLooked = before ? before->loadedAt : (latest ? latest->loadedAt : QDateTime());
    m_sinceLastLook->showDifference(difference, lastLooked);
}

void AccountMemory::offerJournal(const StoreScope &scope)
{
    if (!m_restoreBar)
        return;
    PendingJournal &journal = m_writer->journal();
    // What is live in the journal now was left by an earlier run: set it aside for the offer, so
    // that new edits go beside it. With edits queued in this run, those stay live.
    if (!m_services->document()->hasPendingChanges())
        journal.setAside(scope);
    const Journal offered = journal.readSetAside(scope);
    if (offered.isEmpty()) {
        m_offeredScope.reset();
        m_restoreBar->withdraw();
        return;
    }
    qCInfo(lcStore) << "offering" << offered.changes.size() << "journaled edit(s) back";
    m_offeredScope = scope;
    m_restoreBar->offer(offered, offered.conflictsWith(m_services->document()->snapshot().overrides()));
}

void AccountMemory::mentionOtherJournals(const StoreScope &opened)
{
    if (std::exchange(m_mentionedOthers, true) || !m_messages)
        return;
    QStringList others;
    for (const StoreScope &scope : m_writer->journal().scopes()) {
        if (scope != opened)
            others << tr("%1 (account %2, %3 on %4)")
                          .arg(profileName(scope.profileKey), scope.accountId, moduleDisplayName(scope.module),
                               infraDisplayName(scope.infra));
    }
    if (others.isEmpty())
        return;
    m_messages->showMessage(MessageBar::Level::Information,
                            tr("Edits that were not applied are kept for %1. Open that profile and scope to get "
                               "them back.")
                                .arg(QLocale().createSeparatedList(others)));
}

void AccountMemory::restore(const QList<PendingChange> &changes)
{
    if (!m_offeredScope || currentScope() != m_offeredScope) {
        m_restoreBar->withdraw();
        return;
    }
    queue(changes);
    m_writer->journal().dropSetAside(*m_offeredScope);
    m_offeredScope.reset();
    m_restoreBar->withdraw();
}

void AccountMemory::queue(const QList<PendingChange> &changes)
{
    ConfigDocument *document = m_services->document();
    for (const PendingChange &change : changes) {
        if (change.kind == PendingChange::Kind::Reset) {
            document->resetField(change.field);
            continue;
        }
        QString why;
        if (!document->setOverride(change.field, change.value, &why))
            qCWarning(lcStore) << "not queued again:" << change.field << why;
    }
}

void AccountMemory::showHistory()
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(&m_recorder->history(), m_window);
        m_historyWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historyWindow, &HistoryWindow::revertRequested, this, [this](qint64 id) {
            // The review opens over the main window; a refusal is said where the user clicked.
            if (revertApply(id))
                m_window->activateWindow();
            else if (m_historyWindow)
                m_historyWindow->showStatus(m_messages->text());
        });
    } else {
        m_historyWindow->refresh();
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}

bool AccountMemory::revertApply(qint64 id)
{
    const std::optional<ApplyRecord> record = m_recorder->history().apply(id);
    if (!record)
        return false;
    const std::optional<StoreScope> scope = currentScope();
    if (!scope || *scope != record->scope) {
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("Apply %1 was made on %2 (account %3, %4 on %5). Open that profile and scope "
                                   "to revert it.")
                                    .arg(QString::number(record->id), record->profileName, record->scope.accountId,
                                         moduleDisplayName(record->scope.module), infraDisplayName(record->scope.infra)));
        return false;
    }
    if (m_services->session()->isBusy())
        return false;
    const QList<PendingChange> inverse = record->inverseChanges();
    if (inverse.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("Apply %1 changed nothing that the server confirmed: there is nothing to revert.")
                                    .arg(record->id));
        return false;
    }
    const QStringList changed = record->changedSince(m_services->document()->snapshot().overrides());
    QStringList labels;
    for (const QString &field : changed)
        labels << FieldCatalog::info(field).label;
    if (labels.isEmpty())
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("The revert of apply %1 is queued: review it, then apply.").arg(record->id));
    else
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("The revert of apply %1 is queued. Since that apply, %2 changed on the server: "
                                   "the revert would overwrite it. Review before you apply.")
                                    .arg(QString::number(record->id), QLocale().createSeparatedList(labels)));
    queue(inverse);
    m_window->reviewChanges();
    return true;
}

void AccountMemory::showRows(const QStringList &fields)
{
    ConfigView *view = m_window->view();
    m_window->showAllFields(fields.size() == 1 ? fields.first() : QString());
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    if (!proxy)
        return;
    QItemSelection selection;
    QModelIndex first;
    for (const QString &field : fields) {
        const QModelIndex source = m_window->model()->indexForField(field);
        const QModelIndex index = proxy->mapFromSource(source);
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(ConfigTreeModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        view->scrollTo(first);
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace hci
