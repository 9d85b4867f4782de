#include "mainwindow.h"

#include "accenttoolbar.h"
#include "accountmemory.h"
#include "afterpaint.h"
#include "session/accountsession.h"
#include "applyreviewdialog.h"
#include "configtreemodel.h"
#include "configview.h"
#include "conflictdialog.h"
#include "icons.h"
#include "messagebar.h"
#include "overridedelegate.h"
#include "session/taglookup.h"
#include "session/unsettledapply.h"

#include "core/configdocument.h"
#include "harness/harnessclient.h"
#include "services/appservices.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hci {

MainWindow::MainWindow(AppServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_client(services->client())
    , m_document(services->document())
    , m_session(services->session())
    , m_model(new ConfigTreeModel(m_document, this))
    , m_filter(new ConfigFilterModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Harness CI Images"));
    m_filter->setSourceModel(m_model);
    // The services go with the window; as a later child they outlive the model that reads them.
    m_services->setParent(this);
    m_tagLookup = m_services->tagLookup();
    m_model->setKnownTags(m_tagLookup->knownTags());
    initProfiles();
    m_memory = new AccountMemory(this, m_services); // journal, history, since last look: accountmemory.cpp

    createActions();
    createToolBar();
    createCentralWidget();
    createKeyboardActions();
    createStatusBar();
    createMenuBar();
    fitToLanguage();
    connectSession();
    m_memory->connectWindow();
    updateActions();
    updateStatus();
    restoreWindowGeometry();
}

MainWindow::~MainWindow()
{
    // The document and session outlive the widgets during destruction: stop listening first.
    // All of the undo stack's receivers: the actions' tooltip lambdas capture this window.
    m_document->undoStack()->disconnect();
    m_document->disconnect(this);
    m_session->disconnect(this);
    m_client->disconnect(this);
    delete m_unsettled;
}

void MainWindow::createActions()
{
    m_connectAction = new QAction(themedIcon(QStringLiteral("network-server")),
                                  tr("&Profiles…"), this);
    m_connectAction->setObjectName(QStringLiteral("profilesAction"));
    m_connectAction->setToolTip(tr("Add, edit, test and open connection profiles"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);

    m_refreshAction = new QAction(themedIcon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read the defaults and overrides again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    // Short, fixed texts keep the toolbar still; what would be undone goes in the tooltip.
    UndoStack *stack = m_document->undoStack();
    m_undoAction = new QAction(themedIcon(QStringLiteral("edit-undo")),
                               tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, stack, &UndoStack::undo);
    connect(stack, &UndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &UndoStack::undoTextChanged, m_undoAction,
            [this](const QString &text) { m_undoAction->setToolTip(tr("Undo: %1 (Ctrl+Z)").arg(text)); });
    m_redoAction = new QAction(themedIcon(QStringLiteral("edit-redo")),
                               tr("R&edo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(redoShortcuts());
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, stack, &UndoStack::redo);
    connect(stack, &UndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &UndoStack::redoTextChanged, m_redoAction,
            [this](const QString &text) { m_redoAction->setToolTip(tr("Redo: %1 (Ctrl+Shift+Z)").arg(text)); });

    m_applyAction = new QAction(themedIcon(QStringLiteral("dialog-ok-apply")), tr("Apply"), this);
    m_applyAction->setObjectName(QStringLiteral("applyAction"));
    m_applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_applyAction, &QAction::triggered, this, [this] { reviewAndApply(); });

    m_discardAction = new QAction(themedIcon(QStringLiteral("edit-delete")), tr("&Discard changes"), this);
    m_discardAction->setObjectName(QStringLiteral("discardAction"));
    m_discardAction->setToolTip(tr("Drop every queued change without sending it"));
    connect(m_discardAction, &QAction::triggered, m_document, &ConfigDocument::discardAll);

    m_resetAllAction = new QAction(themedIcon(QStringLiteral("edit-clear-all")),
                                   tr("Reset &all"), this);
    m_resetAllAction->setObjectName(QStringLiteral("resetAllAction"));
    m_resetAllAction->setToolTip(tr("Queue a reset to the default for every overridden field"));
    connect(m_resetAllAction, &QAction::triggered, this, &MainWindow::resetAll);

    m_resetRowAction = new QAction(tr("Reset to default"), this);
    m_resetRowAction->setShortcut(QKeySequence::Delete);
    m_resetRowAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_resetRowAction, &QAction::triggered, this, &MainWindow::resetSelectedRows);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    addAction(m_findAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = m_toolBar = new AccentToolBar(tr("Main"), this);
    addToolBar(toolBar);
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_connectAction);
    createProfileSwitcher(toolBar);
    toolBar->addSeparator();

    m_moduleBox = new QComboBox(toolBar);
    m_moduleBox->setObjectName(QStringLiteral("moduleBox"));
    m_moduleBox->setAccessibleName(tr("Module"));
    m_moduleBox->setToolTip(tr("Which module's images to show: CI, IaCM or IDP"));
    for (Module module : allModules())
        m_moduleBox->addItem(moduleDisplayName(module), int(module));
    m_infraBox = new QComboBox(toolBar);
    m_infraBox->setObjectName(QStringLiteral("infraBox"));
    m_infraBox->setAccessibleName(tr("Infrastructure"));
    m_infraBox->setToolTip(tr("Which build infrastructure's images to show: Kubernetes or VMs"));
    for (Infra infra : allInfras())
        m_infraBox->addItem(infraDisplayName(infra), int(infra));
    auto *moduleLabel = new QLabel(tr("&Module:"), toolBar);
    moduleLabel->setBuddy(m_moduleBox);
    auto *infraLabel = new QLabel(tr("&Infrastructure:"), toolBar);
    infraLabel->setBuddy(m_infraBox);
    // Room between a label and what came before it, and between the label and its box.
    for (QLabel *label : {moduleLabel, infraLabel})
        label->setContentsMargins(10, 0, 4, 0);
    toolBar->addWidget(moduleLabel);
    toolBar->addWidget(m_moduleBox);
    toolBar->addWidget(infraLabel);
    toolBar->addWidget(m_infraBox);
    auto scopeChosen = [this] {
        requestScope(Module(m_moduleBox->currentData().toInt()), Infra(m_infraBox->currentData().toInt()));
    };
    connect(m_moduleBox, &QComboBox::activated, this, scopeChosen);
    connect(m_infraBox, &QComboBox::activated, this, scopeChosen);

    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_resetAllAction);
    // Apply and Discard live in the bar above the table (createCentralWidget), where no overflow
    // menu can hide them.
}

void MainWindow::createCentralWidget()
{
    // The pages join the stack when first shown (showTablePage(), showEvent()): the first page of a
    // stack is shown at once, which lays it out, and a launch that opens an account never needs the
    // welcome page.
    m_pages = new QStackedWidget(this);
    auto *tablePage = m_tablePage = new QWidget(m_pages);
    tablePage->hide();
    m_filterEdit = new QLineEdit(tablePage);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by field, image or tag (Ctrl+F)"));
    // Our own clear button rather than Qt's, so that it has a name a screen reader can say.
    QAction *clearFilter
        = m_filterEdit->addAction(style()->standardIcon(QStyle::SP_LineEditClearButton), QLineEdit::TrailingPosition);
    clearFilter->setText(tr("Clear the filter"));
    clearFilter->setToolTip(tr("Clear the filter"));
    clearFilter->setVisible(false);
    connect(clearFilter, &QAction::triggered, m_filterEdit, &QLineEdit::clear);
    connect(m_filterEdit, &QLineEdit::textChanged, clearFilter,
            [clearFilter](const QString &text) { clearFilter->setVisible(!text.isEmpty()); });
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_overridesOnly = new QCheckBox(tr("Show &overrides only"), tablePage);
    m_overridesOnly->setObjectName(QStringLiteral("overridesOnly"));
    m_overridesOnly->setAccessibleName(tr("Show overrides only"));
    m_overridesOnly->setToolTip(tr("Hide the fields that use Harness's default image"));
    connect(m_findAction, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_messages = new MessageBar(tablePage);
    connect(m_messages, &MessageBar::retryRequested, this, [this] {
        if (m_lastMessageFromLoad)
            refresh();
        else
            m_session->apply();
    });

    m_view = new ConfigView(tablePage);
    m_view->setModel(m_filter);
    auto *delegate = new OverrideDelegate(m_view); // edits overrides, and paints field keys
    delegate->setTagLookup(m_tagLookup);
    m_view->setItemDelegate(delegate);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // catalog order until the user sorts
    m_view->addAction(m_resetRowAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ConfigTreeModel::FieldColumn, 300);
    header->resizeSection(ConfigTreeModel::ImageColumn, 300);
    header->resizeSection(ConfigTreeModel::DefaultColumn, 150);
    header->resizeSection(ConfigTreeModel::OverrideColumn, 250);
    header->resizeSection(ConfigTreeModel::StateColumn, 170);
    header->setSectionResizeMode(ConfigTreeModel::ResetColumn, QHeaderView::Fixed);
    header->resizeSection(ConfigTreeModel::ResetColumn, 56);
    connect(m_view, &QAbstractItemView::clicked, this, &MainWindow::onViewClicked);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        m_view->expandAll();
    });
    connect(m_overridesOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOverridesOnly(on);
        m_view->expandAll();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_overridesOnly);
    filterRow->addSpacing(12);
    filterRow->addWidget(createActionButton(m_discardAction, QStringLiteral("discardButton"), tablePage));
    filterRow->addWidget(m_applyButton = createActionButton(m_applyAction, QStringLiteral("applyButton"), tablePage));
    auto *layout = new QVBoxLayout(tablePage);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_messages);
    layout->addWidget(m_memory->createPanels(tablePage));
    layout->addWidget(m_view, 1);

    setCentralWidget(m_pages);
}

void MainWindow::connectSession()
{
    // Tags of the overridden images, for the release warnings; failures only leave them unknown. Asked
    // for once the loaded table is on the screen: with hundreds of images, starting them takes longer
    // than drawing the table.
    connect(m_session, &AccountSession::loaded, m_tagLookup, [this] {
        runAfterNextPaint(m_view->viewport(), m_tagLookup, [this] { m_tagLookup->lookUpOverrides(*m_document); });
    });
    connect(m_document, &ConfigDocument::fieldChanged, m_tagLookup,
            [this](const QString &field) { m_tagLookup->lookUp(m_document->proposedOverride(field)); });
    connect(m_document, &ConfigDocument::pendingCountChanged, this, &MainWindow::updateActions);
    connect(m_document->undoStack(), &UndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_session, &AccountSession::stateChanged, this, [this] {
        m_busy->setVisible(m_session->isBusy());
        updateActions();
    });
    connect(m_client, &HarnessClient::requestsInFlightChanged, this, [this](int count) {
        m_inFlightLabel->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count) : QString());
    });
    connect(m_session, &AccountSession::loaded, this, [this] {
        if (m_lastMessageFromLoad)
            m_messages->dismiss();
        showTablePage();
        updateStatus();
        updateActions();
        focusTableAfterLoad();
        Q_EMIT loadFinished(true, QString());
    });
    connect(m_session, &AccountSession::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_session, &AccountSession::waiting, this, [this](int delayMs, const ApiError &reason) {
        m_lastMessageFromLoad = m_session->state() == AccountSession::State::Loading;
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("Harness is busy or limiting requests. Trying again in %n second(s)…", nullptr,
                                   qMax(1, (delayMs + 999) / 1000)),
                                reason.technicalDetails());
    });
    connect(m_session, &AccountSession::conflictsFound, this, [this](const QList<Conflict> &conflicts) {
        auto *dialog = new ConflictDialog(conflicts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { m_session->resolveConflicts(dialog->fieldsToOverwrite()); });
        connect(dialog, &QDialog::rejected, this, [this] {
            m_afterApply = {};
            m_session->cancelApply();
        });
        dialog->open();
    });
    connect(m_session, &AccountSession::applied, this, [this](int confirmed) {
        m_lastMessageFromLoad = false;
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("Applied %n change(s); the server confirmed each one.", nullptr, confirmed));
        updateStatus();
        if (auto then = std::exchange(m_afterApply, {}))
            then();
    });
    connect(m_session, &AccountSession::applyFailed, this, &MainWindow::onApplyFailed);
    connectApplyEdges();
}

void MainWindow::openConnection(const Connection &connection, const QString &description, Module module, Infra infra)
{
    const std::optional<Profile> opening = std::exchange(m_openingProfile, std::nullopt);
    // The apply's read-back must reach the account it wrote to: the client keeps its connection until then.
    if (refuseWhileApplying(tr("An apply to %1 is still running; open another account once it has settled.")
                                .arg(m_accountDescription))) {
        Q_EMIT loadFinished(false, m_messages->text());
        return;
    }
    QString why;
    if (!m_client->setConnection(connection, &why)) {
        showTablePage();
        m_lastMessageFromLoad = true;
        m_messages->showMessage(MessageBar::Level::Error, tr("Cannot connect: %1").arg(why));
        Q_EMIT loadFinished(false, why);
        return;
    }
    m_connected = true;
    showOpenedProfile(opening, connection, description);
    m_document->setSnapshot(ConfigSnapshot(module, infra, {}, {}));
    m_document->undoStack()->clear();
    m_session->setScope(module, infra);
    syncScopeBoxes();
    showTablePage();
    updateStatus();
    // The app sends its first load before it builds this window, so that the answers travel meanwhile
    // (main.cpp); a load of this very connection and scope already under way is the one to wait for.
    if (m_session->isLoadingCurrentScope()) {
        m_busy->setVisible(true);
        updateActions();
        return;
    }
    m_session->load();
}

bool MainWindow::openSandbox()
{
    QString why;
    const std::optional<Connection> connection = m_services->sandboxConnection(&why);
    if (!connection) {
        showTablePage();
        m_lastMessageFromLoad = true;
        m_messages->showMessage(MessageBar::Level::Error, tr("The sandbox could not start: %1").arg(why));
        Q_EMIT loadFinished(false, why);
        return false;
    }
    m_openingProfile = Profile::sandbox();
    openConnection(*connection, tr("Sandbox (%1)").arg(connection->accountId));
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed && m_session->isApplying()) {
        if (m_session->hasWritesInFlight()) {
            event->ignore();
            askBeforeClosingDuringApply();
            return;
        }
        m_session->cancel(); // nothing sent yet: the queued changes are asked about below
    }
    if (m_closeConfirmed || !m_document->hasPendingChanges()) {
        saveWindowGeometry();
        event->accept();
        return;
    }
    event->ignore();
    whenChangesSettled(tr("Apply the queued changes before closing?"), [this] {
        m_closeConfirmed = true;
        close();
    });
}

void MainWindow::showConnectDialog()
{
    showProfileDialog(); // switching asks about queued changes once a profile is chosen
}

void MainWindow::requestScope(Module module, Infra infra)
{
    if (module == m_session->module() && infra == m_session->infra())
        return;
    if (refuseWhileApplying(tr("An apply is still running; switch the module or infrastructure once it has "
                               "settled."))) {
        syncScopeBoxes();
        return;
    }
    whenChangesSettled(
        tr("Apply the queued changes before switching to %1 on %2?").arg(moduleDisplayName(module), infraDisplayName(infra)),
        [this, module, infra] {
            m_session->setScope(module, infra);
            syncScopeBoxes();
            m_session->load();
        },
        [this] { syncScopeBoxes(); });
}

void MainWindow::refresh()
{
    if (refuseWhileApplying(tr("An apply is still running; its read-back refreshes the table when it has settled.")))
        return;
    if (!m_connected || m_session->isBusy())
        return;
    whenChangesSettled(tr("Apply the queued changes before refreshing?"), [this] { m_session->load(); });
}

void MainWindow::reviewAndApply(std::function<void()> then)
{
    if (!m_document->hasPendingChanges() || m_session->isBusy())
        return;
    auto *dialog = new ApplyReviewDialog(*m_document, m_accountDescription, m_session->previewAsCurl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->checkTags(m_tagLookup); // fills in while the dialog is open
    if (m_activeProduction)
        dialog->showProductionBanner(m_accountDescription);
    connect(dialog, &QDialog::accepted, this, [this, then = std::move(then)] {
        m_afterApply = then;
        m_session->apply();
    });
    dialog->open();
}

void MainWindow::resetAll()
{
    const int overridden = m_document->snapshot().overrideCount();
    if (overridden == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset all"),
                                tr("Queue a reset to the default for all %n overridden field(s) of %1 on %2? "
                                   "Nothing is sent until you apply.",
                                   nullptr, overridden)
                                    .arg(moduleDisplayName(m_session->module()), infraDisplayName(m_session->infra())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("resetAllPrompt"));
    box->addButton(tr("Reset all"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, m_document, &ConfigDocument::resetAll);
    box->open();
}

void MainWindow::resetSelectedRows()
{
    QStringList fields;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(ConfigTreeModel::FieldColumn);
    for (const QModelIndex &row : rows) {
        const QString field = row.data(ConfigTreeModel::FieldKeyRole).toString();
        if (!field.isEmpty() && row.data(ConfigTreeModel::CanResetRole).toBool())
            fields.append(field);
    }
    if (fields.isEmpty())
        return;
    UndoStack *stack = m_document->undoStack();
    if (fields.size() > 1)
        stack->beginMacro(tr("Reset %n field(s) to their defaults", nullptr, int(fields.size())));
    for (const QString &field : fields)
        m_document->resetField(field);
    if (fields.size() > 1)
        stack->endMacro();
}

void MainWindow::onViewClicked(const QModelIndex &index)
{
    if (index.column() != ConfigTreeModel::ResetColumn || !index.data(ConfigTreeModel::CanResetRole).toBool())
        return;
    m_model->setData(m_filter->mapToSource(index), true, Qt::EditRole);
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    m_lastMessageFromLoad = true;
    showTablePage();
    if (error.kind == ApiError::Kind::Cancelled) {
        const QString stopped = m_document->snapshot().isEmpty()
            ? tr("Loading stopped.")
            : tr("Loading stopped; showing what was loaded before.");
        m_messages->showMessage(MessageBar::Level::Information, stopped, {}, true);
        updateActions();
        Q_EMIT loadFinished(false, stopped);
        return;
    }
    const QString text = m_document->snapshot().isEmpty()
        ? tr("Could not load the images. %1").arg(error.userMessage())
        : tr("Could not refresh; showing what was loaded before. %1").arg(error.userMessage());
    m_messages->showMessage(MessageBar::Level::Error, text, error.technicalDetails(), true);
    offerProfileEdit(error);
    updateActions();
    Q_EMIT loadFinished(false, error.userMessage());
}

void MainWindow::whenChangesSettled(const QString &question, std::function<void()> proceed,
                                    std::function<void()> cancelled)
{
    if (!m_document->hasPendingChanges()) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Queued changes"),
                                tr("%n change(s) are queued and not sent yet.", nullptr, m_document->pendingCount()),
                                QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("pendingChangesPrompt"));
    box->setInformativeText(question);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed, cancelled](int) {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Discard) {
            m_document->discardAll();
            proceed();
        } else if (choice == QMessageBox::Apply) {
            reviewAndApply(proceed);
        } else if (cancelled) {
            cancelled();
        }
    });
    box->open();
}

void MainWindow::updateActions()
{
    const bool idle = !m_session->isBusy();
    const int pending = m_document->pendingCount();
    m_applyAction->setText(pending > 0 ? tr("Apply %n change(s)", nullptr, pending) : tr("Apply"));
    m_applyAction->setToolTip(tr("Review the queued changes and send them (Ctrl+Return)"));
    m_applyAction->setEnabled(m_connected && idle && pending > 0);
    m_discardAction->setEnabled(pending > 0);
    m_resetAllAction->setEnabled(m_connected && m_document->snapshot().overrideCount() > 0);
    m_refreshAction->setEnabled(m_connected && idle);
    m_moduleBox->setEnabled(m_connected && idle);
    m_infraBox->setEnabled(m_connected && idle);
}

void MainWindow::syncScopeBoxes()
{
    m_moduleBox->setCurrentIndex(m_moduleBox->findData(int(m_session->module())));
    m_infraBox->setCurrentIndex(m_infraBox->findData(int(m_session->infra())));
}

} // namespace hci
