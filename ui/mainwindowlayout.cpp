// The main window's size and keys, its status bar, its pages, and what the table says when it has nothing to
// show: a window that fits the screen and comes back as it was left, a keyboard that works from the first
// second, the welcome page only when nothing is open, and an empty filter or a refused key that each offer
// the next step.
#include "mainwindow.h"

#include "configtreemodel.h"
#include "configview.h"
#include "icons.h"
#include "messagebar.h"
#include "profileswitcher.h"
#include "screenfit.h"
#include "welcomepanel.h"

#include "core/configdocument.h"
#include "harness/harnessclient.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hci {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

// Field rows the filter lets through.
int shownFieldRows(const QAbstractItemModel *model)
{
    int rows = 0;
    for (int group = 0; group < model->rowCount(); ++group)
        rows += model->rowCount(model->index(group, 0));
    return rows;
}

} // namespace

QList<QKeySequence> MainWindow::redoShortcuts()
{
    // The platform's Redo keys, plus Ctrl+Shift+Z where the platform lacks it; each key once, or
    // Qt calls the shortcut ambiguous and none of them works.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!keys.contains(shiftZ))
        keys.append(shiftZ);
    return keys;
}

QToolButton *MainWindow::createActionButton(QAction *action, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    button->setAccessibleName(action->iconText());
    connect(action, &QAction::changed, button, [button, action] { button->setAccessibleName(action->iconText()); });
    if (action == m_applyAction) {
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
    }
    return button;
}

void MainWindow::createKeyboardActions()
{
    // A disabled look that is clearly fainter than the enabled one in any palette: the style's own
    // disabled pixmap is close to the enabled one on a dark background.
    for (QAction *action : {m_undoAction, m_redoAction, m_refreshAction, m_resetAllAction, m_discardAction, m_applyAction})
        action->setIcon(withFaintDisabled(action->icon()));

    m_editAction = new QAction(tr("Edit &override…"), this);
    m_editAction->setObjectName(QStringLiteral("editOverrideAction"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction->setToolTip(tr("Type a new image for the selected field (F2)"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editCurrentOverride);
    // The context menu: edit first, then reset.
    m_view->insertAction(m_resetRowAction, m_editAction);

    // Escape in the filter clears it; a second Escape goes back to the table.
    auto *clearFilter = new QAction(tr("Clear the filter"), m_filterEdit);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_filterEdit->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, this, [this] {
        if (!m_filterEdit->text().isEmpty())
            m_filterEdit->clear();
        else
            m_view->setFocus(Qt::ShortcutFocusReason);
    });

    // A filter that matches nothing says so where the rows would be, with the way back.
    m_emptyNote = new QWidget(m_view->viewport());
    m_emptyNote->setObjectName(QStringLiteral("emptyFilterNote"));
    m_emptyNoteText = new QLabel(m_emptyNote);
    m_emptyNoteText->setObjectName(QStringLiteral("emptyFilterText"));
    m_emptyNoteText->setTextFormat(Qt::PlainText);
    m_emptyNoteText->setAlignment(Qt::AlignCenter);
    m_emptyNoteText->setWordWrap(false); // one line: the viewport's layout gives a wrapped label no height
    m_emptyNoteButton = new QPushButton(tr("Show all fields"), m_emptyNote);
    m_emptyNoteButton->setObjectName(QStringLiteral("emptyFilterClear"));
    connect(m_emptyNoteButton, &QPushButton::clicked, this, [this] {
        m_filterEdit->clear();
        m_overridesOnly->setChecked(false);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    auto *noteLayout = new QVBoxLayout(m_emptyNote);
    noteLayout->addWidget(m_emptyNoteText);
    noteLayout->addWidget(m_emptyNoteButton, 0, Qt::AlignHCenter);
    auto *viewportLayout = new QVBoxLayout(m_view->viewport());
    viewportLayout->addStretch(1);
    viewportLayout->addWidget(m_emptyNote, 0, Qt::AlignHCenter);
    viewportLayout->addStretch(2);
    m_emptyNote->hide();
    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::updateEmptyNote);
    connect(m_overridesOnly, &QCheckBox::toggled, this, &MainWindow::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyNote);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyNote);

    // After a refused key the way on is the profile, not another Retry with the same key.
    connect(m_messages, &MessageBar::actionRequested, this, [this](const QString &action) {
        if (action == tr("Edit profile…"))
            showProfileDialog(m_switcher->activeId());
    });
}

void MainWindow::editCurrentOverride()
{
    QModelIndex current = m_view->currentIndex();
    // On a group's row: its first field, the one a user most likely meant.
    if (current.isValid() && current.data(ConfigTreeModel::IsGroupRole).toBool())
        current = m_filter->index(0, 0, current.siblingAtColumn(0));
    if (!current.isValid())
        return;
    const QModelIndex cell = current.siblingAtColumn(ConfigTreeModel::OverrideColumn);
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    m_view->edit(cell);
}

void MainWindow::updateEmptyNote()
{
    const bool filtering = !m_filterEdit->text().isEmpty() || m_overridesOnly->isChecked();
    const bool empty = filtering && !m_document->snapshot().isEmpty() && shownFieldRows(m_filter) == 0;
    if (empty) {
        m_emptyNoteText->setText(!m_filterEdit->text().isEmpty()
                                     ? tr("No field matches “%1”.")
                                           .arg(fontMetrics().elidedText(m_filterEdit->text(), Qt::ElideMiddle, 300))
                                     : tr("No field is overridden here: every field uses Harness's default image."));
    }
    m_emptyNote->setVisible(empty);
}

void MainWindow::focusTableAfterLoad()
{
    // Someone typing in the filter, or answering a dialog, keeps the focus.
    if (m_filterEdit->hasFocus() || QApplication::activeModalWidget())
        return;
    if (!m_view->currentIndex().isValid()) {
        for (int group = 0; group < m_filter->rowCount(); ++group) {
            const QModelIndex parent = m_filter->index(group, 0);
            if (m_filter->rowCount(parent) > 0) {
                m_view->setCurrentIndex(m_filter->index(0, ConfigTreeModel::FieldColumn, parent));
                break;
            }
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::offerProfileEdit(const ApiError &error)
{
    const bool keyRefused = error.httpStatus == 401 || error.code == QLatin1String("INVALID_TOKEN")
        || error.code == QLatin1String("EXPIRED_TOKEN");
    if (keyRefused)
        m_messages->setAction(tr("Edit profile…"), tr("Open the profile to enter a new API key"));
}

void MainWindow::restoreWindowGeometry()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        restoreState(settings.value(kStateKey).toByteArray());
        return;
    }
    // The first start: as large as the table likes, never larger than the screen.
    resizeWithinScreen(this, QSize(1280, 800));
    if (const QRect available = availableScreenArea(this); !available.isEmpty())
        move(available.center() - QPoint(width() / 2, height() / 2));
}

void MainWindow::saveWindowGeometry()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::createStatusBar()
{
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_refreshedLabel = new QLabel(this);
    m_inFlightLabel = new QLabel(this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    statusBar()->addWidget(m_accountLabel, 1);
    statusBar()->addPermanentWidget(m_inFlightLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_refreshedLabel);
}

void MainWindow::updateStatus()
{
    if (!m_connected) {
        m_accountLabel->setText(tr("Not connected"));
        m_refreshedLabel->clear();
        return;
    }
    const Connection &connection = m_client->connection();
    m_accountLabel->setText(tr("Account %1 on %2").arg(connection.accountId, connection.gatewayUrl.authority()));
    const QDateTime loadedAt = m_document->snapshot().loadedAt();
    m_refreshedLabel->setText(m_document->snapshot().isEmpty()
                                  ? QString()
                                  : tr("Refreshed at %1").arg(QLocale().toString(loadedAt.toLocalTime().time(),
                                                                                 QLocale::ShortFormat)));
    // Values a newer server sent that are not text: shown in their rows, never sent back.
    if (const QStringList readOnly = m_document->snapshot().readOnlyFields(); !readOnly.isEmpty()) {
        m_refreshedLabel->setText(tr("%1 · %n field(s) read-only", nullptr, int(readOnly.size())).arg(m_refreshedLabel->text()));
        // The keys come from the server: escaped, so that a tooltip never renders them as markup.
        m_refreshedLabel->setToolTip(QStringLiteral("<p>%1</p>").arg(
            tr("The server sent values that are not image references for: %1. They show as the server sent them "
               "and are never changed or sent back.")
                .arg(readOnly.join(tr(", ")))
                .toHtmlEscaped()));
    } else {
        m_refreshedLabel->setToolTip(QString());
    }
}

void MainWindow::showTablePage()
{
    if (m_pages->indexOf(m_tablePage) < 0)
        m_pages->addWidget(m_tablePage);
    // The keyboard leaves the welcome page with it, for the table (not the next widget in the chain,
    // the filter, which keeps its focus when the load arrives).
    QWidget *focused = focusWidget();
    const bool fromWelcome = m_welcome && focused && m_welcome->isAncestorOf(focused);
    m_pages->setCurrentWidget(m_tablePage);
    if (fromWelcome)
        m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Nothing opened or being opened: the welcome page, with its ways to start.
    if (m_pages->count() == 0) {
        m_welcome = new WelcomePanel(m_pages);
        connect(m_welcome, &WelcomePanel::connectRequested, this, &MainWindow::showConnectDialog);
        connect(m_welcome, &WelcomePanel::sandboxRequested, this, [this] { openProfile(Profile::sandboxId()); });
        m_pages->addWidget(m_welcome);
        m_welcome->setFocus(); // Enter or Space connects, as the default button's look promises
    }
    QMainWindow::showEvent(event);
}

} // namespace hci
