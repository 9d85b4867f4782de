// The main window's menu bar: every toolbar action again, with mnemonics for keyboard use, plus
// the Settings menu (language and colour scheme) and Help.
#include "mainwindow.h"

#include "appearance.h"
#include "icons.h"
#include "preferences.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace hci {

void MainWindow::createMenuBar()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));

    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_connectAction);
    file->addSeparator();
    QAction *quit = file->addAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_resetRowAction);
    edit->addAction(m_resetAllAction);
    edit->addAction(m_discardAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_applyAction);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    QAction *overridesOnly = view->addAction(tr("Show &overrides only"));
    overridesOnly->setCheckable(true);
    connect(overridesOnly, &QAction::toggled, m_overridesOnly, &QCheckBox::setChecked);
    connect(m_overridesOnly, &QCheckBox::toggled, overridesOnly, &QAction::setChecked);

    QMenu *settings = bar->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    createLanguageMenu(settings->addMenu(themedIcon(QStringLiteral("preferences-desktop-locale")), tr("&Language")));
    createColorSchemeMenu(settings->addMenu(themedIcon(QStringLiteral("preferences-system")), tr("&Colours")));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Harness CI Images"), this, [this] {
        QMessageBox::about(this, tr("About Harness CI Images"),
                           tr("<h3>Harness CI Images %1</h3>"
                              "<p>See and change the container images Harness CI runs pipelines with.</p>"
                              "<p>Application ID: %2</p>")
                               .arg(QApplication::applicationVersion(), QStringLiteral(HCI_APP_ID)));
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

} // namespace hci
