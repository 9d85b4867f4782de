// The main window's menu bar: every toolbar action again, with mnemonics for keyboard use, plus
// the Settings menu (language and colour scheme) and Help; and a toolbar that fits in any language.
#include "mainwindow.h"

#include "accenttoolbar.h"
#include "appearance.h"
#include "comparewindow.h"
#include "configtreemodel.h"
#include "configview.h"
#include "icons.h"
#include "messagebar.h"
#include "mirrordialog.h"
#include "overridesfileactions.h"
#include "preferences.h"
#include "profileswitcher.h"
#include "core/configdocument.h"
#include "harness/harnessclient.h"
#include "services/appservices.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>

namespace hci {

namespace {

// A toolbar button's label: the menu text without its mnemonic, also in the "(&F)" form that
// Chinese and Japanese menus use, and without the "…" that promises a dialog.
QString toolBarText(const QString &text)
{
    QString plain = text;
    // "(&X)": four characters, the mnemonic's letter anything but another '&'.
    for (qsizetype at = plain.indexOf(QLatin1String("(&")); at >= 0; at = plain.indexOf(QLatin1String("(&"), at)) {
        if (at + 3 < plain.size() && plain[at + 2] != u'&' && plain[at + 3] == u')')
            plain.remove(at, 4);
        else
            ++at;
    }
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    return plain.trimmed();
}

// Edit > Mirror to a registry: the dialog over the selected rows (or all), whose overrides then
// wait in the queue for the usual review.
void addMirrorAction(QWidget *window, QMenu *menu, ConfigDocument *document, ConfigView *view,
                     RegistryClient *registry, MessageBar *messages)
{
    QAction *mirror = menu->addAction(MainWindow::tr("&Mirror to a registry…"), window, [=] {
        QStringList fields;
        for (const QModelIndex &row : view->selectionModel()->selectedRows(ConfigTreeModel::FieldColumn))
            fields.append(row.data(ConfigTreeModel::FieldKeyRole).toString());
        fields.removeAll(QString());
        auto *dialog = new MirrorDialog(document, registry, fields, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &MirrorDialog::queued, messages, [messages](int count) {
            messages->showMessage(MessageBar::Level::Information,
                MainWindow::tr("%n field(s) now point at the mirror. Review and apply them when the images are copied.",
                               nullptr, count));
        });
        dialog->open();
    });
    mirror->setObjectName(QStringLiteral("mirrorAction"));
    mirror->setEnabled(document->hasSnapshot());
    QObject::connect(document, &ConfigDocument::snapshotChanged, mirror,
                     [mirror, document] { mirror->setEnabled(document->hasSnapshot()); });
}

} // namespace

void MainWindow::fitToLanguage()
{
    fitColumns();
    QToolBar *toolBar = m_toolBar;
    if (!toolBar)
        return;
    // Undo, redo, refresh and discard are known by their icons; names and keys stay in the tooltips,
    // which leaves room for longer languages (German, French) before the toolbar overflows.
    for (QAction *action : {m_undoAction, m_redoAction, m_refreshAction}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    const QList<QAction *> actions = toolBar->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        auto update = [action] {
            const QString label = toolBarText(action->text());
            if (action->iconText() != label)
                action->setIconText(label);
        };
        update();
        connect(action, &QAction::changed, action, update);
    }
}

void MainWindow::fitColumns()
{
    // The State and Reset columns grow to their longest text in this language ("Zurücksetzen
    // vorgemerkt"); the Image column, which elides well, gives the room back.
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int iconAndMargins = m_view->iconSize().isValid() ? m_view->iconSize().width() + 24 : 40;
    int stateWidth = header->sectionSize(ConfigTreeModel::StateColumn);
    const QStringList stateTexts = ConfigTreeModel::allStateTexts();
    for (const QString &text : stateTexts)
        stateWidth = qMax(stateWidth, metrics.horizontalAdvance(text) + iconAndMargins);
    const int resetWidth = qMax(header->sectionSize(ConfigTreeModel::ResetColumn),
                                header->sectionSizeHint(ConfigTreeModel::ResetColumn));
    const int grown = stateWidth - header->sectionSize(ConfigTreeModel::StateColumn)
        + resetWidth - header->sectionSize(ConfigTreeModel::ResetColumn);
    header->resizeSection(ConfigTreeModel::StateColumn, stateWidth);
    header->resizeSection(ConfigTreeModel::ResetColumn, resetWidth);
    header->resizeSection(ConfigTreeModel::ImageColumn, qMax(200, header->sectionSize(ConfigTreeModel::ImageColumn) - grown));
    m_view->shareWidth();
}

void MainWindow::createMenuBar()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));

    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_connectAction);
    file->addSeparator();
    auto *overridesFiles = new OverridesFileActions(m_session, this); // export and import, overridesfileactions.cpp
    file->addActions({ overridesFiles->exportAction(), overridesFiles->importAction() });
    connect(overridesFiles, &OverridesFileActions::reviewRequested, this, [this] { reviewAndApply(); });
    file->addSeparator();
    QAction *quit = file->addAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_editAction);
    edit->addAction(m_resetRowAction);
    edit->addAction(m_resetAllAction);
    edit->addAction(m_discardAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    addMirrorAction(this, edit, m_document, m_view, m_services->registry(), m_messages);
    edit->addSeparator();
    edit->addAction(m_applyAction);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu = view;
    view->addAction(m_refreshAction);
    QAction *overridesOnly = view->addAction(tr("Show &overrides only"));
    overridesOnly->setCheckable(true);
    connect(overridesOnly, &QAction::toggled, m_overridesOnly, &QCheckBox::setChecked);
    connect(m_overridesOnly, &QCheckBox::toggled, overridesOnly, &QAction::setChecked);
    view->addSeparator();
    // Another profile, or the other infra of this account, beside this window; loaded on its own.
    QAction *compare = view->addAction(tr("&Compare with…"), this, [this] {
        if (!m_document->hasSnapshot()) {
            m_messages->showMessage(MessageBar::Level::Information, tr("Open an account first: the comparison starts from "
                                                                "what this window shows."));
            return;
        }
        if (auto *open = findChild<CompareWindow *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        const CompareHere here { m_document, m_client->connection(), m_accountDescription, m_switcher->activeId(),
                                 m_activeProduction };
        (new CompareWindow(m_services, here, this))->show();
    });
    compare->setObjectName(QStringLiteral("compareAction"));

    QMenu *settings = bar->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    createLanguageMenu(settings->addMenu(themedIcon(QStringLiteral("preferences-desktop-locale")), tr("&Language")));
    createColorSchemeMenu(settings->addMenu(themedIcon(QStringLiteral("preferences-system")), tr("&Colours")));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Harness CI Images"), this, [this] {
        // Opened, not run: the window keeps working while About is up.
        auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Harness CI Images"),
                                    tr("<h3>Harness CI Images %1</h3>"
                                       "<p>See and change the container images Harness CI runs pipelines with.</p>"
                                       "<p>Licensed under the Apache License, version 2.0.</p>"
                                       "<p><a href=\"%3\">%3</a></p>"
                                       "<p>Application ID: %2</p>")
                                        .arg(QApplication::applicationVersion(), QStringLiteral(HCI_APP_ID),
                                             QStringLiteral(HCI_HOMEPAGE_URL)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("aboutBox"));
        box->setTextFormat(Qt::RichText);
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("languageMenu"));
    // Widgets are built with their texts once, so a new language takes a restart: say so up front.
    QAction *note = menu->addAction(tr("Takes effect the next time the app starts"));
    note->setEnabled(false);
    menu->addSeparator();
    auto *group = new QActionGroup(menu);
    const QString chosen = Preferences::language();
    auto addChoice = [this, menu, group, &chosen](const QString &name, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(name == chosen);
        action->setData(name);
        action->setObjectName(QStringLiteral("language_") + (name.isEmpty() ? QStringLiteral("system") : name));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name, text] {
            if (name == Preferences::language())
                return;
            Preferences::setLanguage(name);
            auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                        tr("Harness CI Images will speak %1 the next time it starts.").arg(text),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("languageChangedNote"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    };
    addChoice(QString(), tr("System language (%1)").arg(languageDisplayName(QLocale::system().name())));
    const QStringList languages = availableLanguages();
    for (const QString &name : languages)
        addChoice(name, languageDisplayName(name));
}

void MainWindow::createColorSchemeMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("colorSchemeMenu"));
    auto *group = new QActionGroup(menu);
    const ColorScheme current = currentColorScheme();
    const std::pair<ColorScheme, QString> choices[] = {
        {ColorScheme::System, tr("As the &system")},
        {ColorScheme::Light, tr("&Light")},
        {ColorScheme::Dark, tr("&Dark")},
    };
    for (const auto &[scheme, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(scheme == current);
        action->setObjectName(QStringLiteral("colorScheme_") + colorSchemeId(scheme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [scheme = scheme] {
            Preferences::setColorScheme(scheme);
            applyColorScheme(scheme);
        });
    }
}

void MainWindow::reviewChanges()
{
    if (m_applyAction->isEnabled())
        m_applyAction->trigger(); // the review, where nothing is sent without a click
}

void MainWindow::showAllFields(const QString &filterText)
{
    m_filterEdit->setText(filterText);
    m_overridesOnly->setChecked(false);
}

} // namespace hci
