// Every control has an accessible name and description, mnemonics do not collide, and the window
// can be used from the keyboard alone: a sensible Tab order, and every action in a menu or on a key.
#include "core/configdocument.h"
#include "credentials/profilestore.h"
#include "credentials/memorysecretstore.h"
#include "sandbox/sandboxserver.h"
#include "ui/applyreviewdialog.h"
#include "ui/configview.h"
#include "ui/conflictdialog.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/profiledialog.h"
#include "session/translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QToolBar>
#include <QWidgetAction>
#include <QtTest>

using namespace hci;

namespace {

QString accessibleText(QWidget *widget, QAccessible::Text kind)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(kind) : QString();
}

// Widgets that take keyboard focus and are on screen: the ones a screen reader announces.
QList<QWidget *> focusableControls(QWidget *root)
{
    QList<QWidget *> controls;
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isVisibleTo(root) && (child->focusPolicy() & Qt::TabFocus) && !child->focusProxy())
            controls.append(child);
    }
    return controls;
}

QString describe(QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

void verifyNamedAndDescribed(QWidget *root)
{
    const QList<QWidget *> controls = focusableControls(root);
    QVERIFY(!controls.isEmpty());
    QStringList missing;
    for (QWidget *control : controls) {
        if (control->inherits("QAbstractScrollArea") && !control->inherits("QAbstractItemView")
            && !control->inherits("QPlainTextEdit") && !control->inherits("QTextEdit"))
            continue; // a plain scroll area only frames its contents
        if (accessibleText(control, QAccessible::Name).trimmed().isEmpty())
            missing.append(describe(control) + QStringLiteral(" has no accessible name"));
        if (accessibleText(control, QAccessible::Description).trimmed().isEmpty())
            missing.append(describe(control) + QStringLiteral(" has no accessible description"));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
}

// Every control a person can operate, anywhere in the tree, visible or not yet: anything that takes
// focus, and buttons that do not (a line edit's clear button, a tool button on a tool bar).
QList<QWidget *> everyControl(QWidget *root)
{
    QList<QWidget *> controls;
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *child : children) {
        // Popups (a combo box's list) belong to their control; dialogs are walked on their own.
        if (child->focusProxy() || child->isWindow() || child->window() != root->window())
            continue;
        if (child->parentWidget() && child->parentWidget()->inherits("QMenuBar"))
            continue; // Qt's own overflow button of the menu bar
        // The editors an item view opens are named by their cell; the view itself is checked.
        if (child->parentWidget() && child->parentWidget()->parentWidget()
            && child->parentWidget()->parentWidget()->inherits("QAbstractItemView"))
            continue;
        if (child->inherits("QAbstractScrollArea") && !child->inherits("QAbstractItemView")
            && !child->inherits("QPlainTextEdit") && !child->inherits("QTextEdit"))
            continue; // a plain scroll area only frames its contents
        if (child->inherits("QScrollBar") || child->inherits("QMenu") || child->inherits("QToolBarExtension")
            || child->inherits("QHeaderView"))
            continue; // parts of another control, with their own standard names
        if (const auto *label = qobject_cast<QLabel *>(child); label && label->text().isEmpty())
            continue; // a selectable label with nothing in it yet: its name is the text it will show
        const bool operable = qobject_cast<QAbstractButton *>(child) || (child->focusPolicy() & Qt::TabFocus)
            || (child->focusPolicy() & Qt::ClickFocus);
        if (operable)
            controls.append(child);
    }
    return controls;
}

QStringList unnamedControls(QWidget *root)
{
    QStringList missing;
    const QList<QWidget *> controls = everyControl(root);
    for (QWidget *control : controls) {
        if (accessibleText(control, QAccessible::Name).trimmed().isEmpty()) {
            QString where;
            for (QWidget *parent = control->parentWidget(); parent && parent != root; parent = parent->parentWidget())
                where += QStringLiteral(" in ") + describe(parent);
            missing.append(describe(control) + where);
        }
    }
    return missing;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

void verifyMnemonicsUnique(const QList<QString> &texts, const QString &where)
{
    QHash<QChar, QString> seen;
    for (const QString &text : texts) {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            continue;
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                                                     .arg(where, seen.value(key), text, key)));
        seen.insert(key, text);
    }
}

void verifyMenuMnemonics(QMenu *menu)
{
    QList<QString> texts;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        texts.append(action->text());
        if (action->menu())
            verifyMenuMnemonics(action->menu());
    }
    verifyMnemonicsUnique(texts, menu->title());
}

// The mnemonics of the labels (with a buddy) and buttons shown in a window, which share one Alt
// namespace with its menu bar; toolbar buttons show no mnemonic.
QList<QString> mnemonicTexts(QWidget *root)
{
    QList<QString> texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || qobject_cast<QMenu *>(widget))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !widget->parent()->inherits("QToolBar"))
            texts.append(button->text());
    }
    return texts;
}

void useLanguage(const QString &language)
{
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslations(qApp, QLocale(language));
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr", "ja", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr; // the window's, made by this test and kept to look inside

    MainWindow *openLoadedSandbox()
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        if (!m_window->openSandbox() || !loaded.wait(10000) || !loaded.first().first().toBool())
            return nullptr;
        return m_window.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(qApp, QLocale(QLocale::English));
    }
    void cleanup()
    {
        m_window.reset();
        useLanguage(QStringLiteral("en"));
    }

    void everyControlOfTheMainWindowIsNamedAndDescribed()
    {
        QVERIFY(openLoadedSandbox());
        verifyNamedAndDescribed(m_window.get());
        // With a message that offers every button it has.
        m_window->messageBar()->showMessage(MessageBar::Level::Error, QStringLiteral("Could not load"),
                                            QStringLiteral("HTTP 500"), true);
        verifyNamedAndDescribed(m_window.get());
    }

    void everyControlOfTheWelcomePageIsNamedAndDescribed()
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        verifyNamedAndDescribed(m_window.get());
    }

    void everyControlOfTheDialogsIsNamedAndDescribed()
    {
        ConfigDocument document;
        document.setSnapshot(ConfigSnapshot(Module::Ci, Infra::K8,
                                            {{QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.92")}}, {}));
        document.setOverride(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.80"));
        ApplyReviewDialog review(document, QStringLiteral("Sandbox"), QStringLiteral("curl …"));
        review.show();
        verifyNamedAndDescribed(&review);

        Conflict conflict;
        conflict.field = QStringLiteral("addonTag");
        conflict.serverValue = QStringLiteral("harness/ci-addon:1.16.70");
        conflict.pending.field = conflict.field;
        conflict.pending.value = QStringLiteral("harness/ci-addon:1.16.80");
        ConflictDialog conflicts({conflict});
        conflicts.show();
        verifyNamedAndDescribed(&conflicts);
    }

    void everyControlInTheWholeTreeHasAName()
    {
        QVERIFY(openLoadedSandbox());
        // The window with its welcome page, table, tool bar, status bar and a message with every button.
        m_window->messageBar()->showMessage(MessageBar::Level::Error, QStringLiteral("Could not load"),
                                            QStringLiteral("HTTP 500"), true);
        QStringList missing = unnamedControls(m_window.get());
        // And the dialogs it opens.
        ConfigDocument document;
        document.setSnapshot(ConfigSnapshot(Module::Ci, Infra::Vm,
                                            {{QStringLiteral("slsaVerificationTag"), QStringLiteral("harness/slsa-plugin:0.1.0")}},
                                            {}));
        document.setOverride(QStringLiteral("slsaVerificationTag"), QStringLiteral("harness/slsa-plugin:0.2.0"));
        ApplyReviewDialog review(document, QStringLiteral("Sandbox"), QStringLiteral("curl …"));
        missing += unnamedControls(&review);
        Conflict conflict;
        conflict.field = QStringLiteral("addonTag");
        conflict.pending.field = conflict.field;
        conflict.pending.value = QStringLiteral("harness/ci-addon:1.16.80");
        ConflictDialog conflicts({conflict});
        missing += unnamedControls(&conflicts);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }

    void mnemonicsDoNotCollide_data() { addLanguageRows(); }
    void mnemonicsDoNotCollide()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QVERIFY(openLoadedSandbox());
        QList<QString> topLevel;
        const QList<QAction *> menus = m_window->menuBar()->actions();
        for (QAction *action : menus) {
            topLevel.append(action->text());
            if (action->menu())
                verifyMenuMnemonics(action->menu());
        }
        verifyMnemonicsUnique(topLevel, QStringLiteral("menu bar"));

        verifyMnemonicsUnique(topLevel + mnemonicTexts(m_window.get()), QStringLiteral("main window"));
    }

    void theProfileDialogIsNamedDescribedAndHasDistinctMnemonics_data() { addLanguageRows(); }
    void theProfileDialogIsNamedDescribedAndHasDistinctMnemonics()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemorySecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets, std::nullopt);
        dialog.show();
        dialog.addProfile(); // the form with every field of a profile
        verifyNamedAndDescribed(&dialog);
        verifyMnemonicsUnique(mnemonicTexts(&dialog), QStringLiteral("profile dialog"));
    }

    void everyToolbarActionHasAKeyboardWay()
    {
        QVERIFY(openLoadedSandbox());
        QList<QAction *> inMenus;
        const std::function<void(QMenu *)> collect = [&](QMenu *menu) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                inMenus.append(action);
                if (action->menu())
                    collect(action->menu());
            }
        };
        const QList<QAction *> menus = m_window->menuBar()->actions();
        for (QAction *action : menus)
            collect(action->menu());
        const QList<QToolBar *> toolBars = m_window->findChildren<QToolBar *>();
        for (QToolBar *toolBar : toolBars) {
            const QList<QAction *> actions = toolBar->actions();
            for (QAction *action : actions) {
                if (action->isSeparator() || qobject_cast<QWidgetAction *>(action) || action->text().isEmpty())
                    continue;
                QVERIFY2(inMenus.contains(action) || !action->shortcut().isEmpty(),
                         qPrintable(action->text() + QStringLiteral(" is neither in a menu nor on a key")));
            }
        }
    }

    void tabWalksTheWindowInReadingOrder()
    {
        QVERIFY(openLoadedSandbox());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *moduleBox = m_window->findChild<QComboBox *>(QStringLiteral("moduleBox"));
        auto *infraBox = m_window->findChild<QComboBox *>(QStringLiteral("infraBox"));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        auto *overridesOnly = m_window->findChild<QCheckBox *>(QStringLiteral("overridesOnly"));
        QVERIFY(moduleBox && infraBox && filter && overridesOnly);

        const QList<QWidget *> expected{moduleBox, infraBox, filter, overridesOnly, m_window->view()};
        moduleBox->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), moduleBox);
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_VERIFY2(QApplication::focusWidget() == expected.at(i),
                         qPrintable(QStringLiteral("Tab %1 reached %2").arg(i).arg(describe(QApplication::focusWidget()))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
