// The main window as a keyboard user and a small screen meet it: Apply always in sight, the
// window's size remembered, every shortcut unambiguous, F2 and Delete from the first second,
// Escape in the filter, and the empty and refused-key states with their next step.
#include "core/configdocument.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "services/appservices.h"
#include "session/accountsession.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/configview.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/profiledialog.h"
#include "ui/profileswitcher.h"
#include "session/translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kGit = QStringLiteral("gitCloneTag");

QStringList g_ambiguous;
QtMessageHandler g_previousHandler = nullptr;

void catchAmbiguousShortcuts(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("Ambiguous shortcut")))
        g_ambiguous.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The widget's rectangle lies inside the window's, and nothing hides it.
bool inSight(QWidget *widget, QWidget *window)
{
    if (!widget || !widget->isVisible())
        return false;
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->rect().contains(inWindow);
}

QLineEdit *openEditor(ConfigView *view)
{
    for (int i = 0; i < 100; ++i) {
        const QList<QLineEdit *> editors = view->viewport()->findChildren<QLineEdit *>();
        for (QLineEdit *editor : editors) {
            if (editor->isVisible())
                return editor;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

} // namespace

class TestMainWindowKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr;

    MainWindow *openLoadedSandbox(QSize size = QSize(1000, 700), bool withOverride = true)
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->resize(size);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        if (!m_window->openSandbox())
            return nullptr;
        if (!loaded.wait(10000) || !loaded.first().first().toBool())
            return nullptr;
        if (withOverride) {
            QString failure;
            m_services->sandbox()->store().update(m_services->sandbox()->accountId(), Module::Ci, Infra::K8,
                                                  {{kGit, true, QStringLiteral("harness/drone-git:1.6.0-rootless")}},
                                                  &failure);
            QSignalSpy reloaded(m_window.get(), &MainWindow::loadFinished);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
            if (!reloaded.wait(10000))
                return nullptr;
        }
        return m_window.get();
    }

    QString currentField() const
    {
        return m_window->view()->currentIndex().siblingAtColumn(ConfigTreeModel::FieldColumn).data(ConfigTreeModel::FieldKeyRole).toString();
    }

    // Types a new tag for the current row with F2, as a keyboard user does.
    bool queueEditByKeyboard(const QString &tag)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
        QLineEdit *editor = openEditor(m_window->view());
        if (!editor)
            return false;
        editor->selectAll();
        QTest::keyClicks(editor, tag);
        QTest::keyClick(editor, Qt::Key_Return);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        installTranslations(qApp, QLocale(QLocale::English));
    }
    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    void applyStaysInSightAt1000x700WithChangesQueued()
    {
        QVERIFY(openLoadedSandbox());
        QVERIFY(queueEditByKeyboard(QStringLiteral("1.16.93")));
        QTRY_COMPARE(m_services->document()->pendingCount(), 1);
        auto *apply = m_window->findChild<QToolButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply);
        QCOMPARE(apply->text(), QStringLiteral("Apply 1 change"));
        QVERIFY(apply->isEnabled());
        QVERIFY(inSight(apply, m_window.get()));
        QVERIFY(inSight(m_window->findChild<QToolButton *>(QStringLiteral("discardButton")), m_window.get()));
        // Nothing of the toolbar is folded into its overflow at this size.
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        const auto *overflow = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(!overflow || !overflow->isVisible());
        // The account stays named too.
        QVERIFY(inSight(m_window->profileSwitcher()->findChild<QLabel *>(QStringLiteral("profileBadge")), m_window.get()));
        // State and Reset in view without scrolling sideways.
        ConfigView *view = m_window->view();
        QHeaderView *header = view->header();
        QCOMPARE(view->horizontalScrollBar()->value(), 0);
        QVERIFY(header->sectionViewportPosition(ConfigTreeModel::ResetColumn) + header->sectionSize(ConfigTreeModel::ResetColumn)
                <= view->viewport()->width());
        // A wider window gives the room to the image columns.
        const int imageWidth = header->sectionSize(ConfigTreeModel::ImageColumn);
        m_window->resize(1500, 800);
        QTRY_VERIFY(header->sectionSize(ConfigTreeModel::ImageColumn) > imageWidth);
        QVERIFY(header->sectionViewportPosition(ConfigTreeModel::ResetColumn) + header->sectionSize(ConfigTreeModel::ResetColumn)
                <= view->viewport()->width());
    }

    void theKeyThatOpensTheReviewDoesNotConfirmIt()
    {
        QVERIFY(openLoadedSandbox());
        QVERIFY(queueEditByKeyboard(QStringLiteral("1.16.93")));
        QTRY_COMPARE(m_services->document()->pendingCount(), 1);
        m_window->view()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        auto *review = m_window->findChild<ApplyReviewDialog *>();
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        auto *confirm = review->findChild<QPushButton *>(QStringLiteral("confirmApply"));
        QTRY_COMPARE(QApplication::focusWidget(), confirm);
        // The same key again, or Return held down, reaches the focused Apply button: neither sends.
        QTest::keyClick(confirm, Qt::Key_Return, Qt::ControlModifier);
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"), true);
        QApplication::sendEvent(confirm, &repeat);
        QTest::qWait(100);
        QVERIFY(review->isVisible());
        QVERIFY(!m_services->session()->isBusy());
        QCOMPARE(m_services->document()->pendingCount(), 1);
        // A fresh press of Return confirms.
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_COMPARE(m_services->document()->pendingCount(), 0);
    }

    void theWindowComesBackAtItsLastSize()
    {
        {
            auto *services = new AppServices;
            MainWindow first(services);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(1100, 650);
            QTRY_COMPARE(first.size(), QSize(1100, 650));
            QVERIFY(first.close());
        }
        auto *services = new AppServices;
        MainWindow second(services);
        QCOMPARE(second.size(), QSize(1100, 650));
    }

    void theFirstStartFitsTheScreen()
    {
        auto *services = new AppServices;
        MainWindow window(services);
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() <= available.height());
    }

    void noShortcutIsAmbiguousAndRedoWorksByKey()
    {
        QVERIFY(openLoadedSandbox());
        // Each key belongs to one action of the window.
        QHash<QKeySequence, QString> owners;
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (QAction *action : actions) {
            const QList<QKeySequence> keys = action->shortcuts();
            for (const QKeySequence &key : keys) {
                QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1 belongs to %2 and %3")
                                                               .arg(key.toString(), owners.value(key), action->text())));
                owners.insert(key, action->text());
            }
        }
        QVERIFY(queueEditByKeyboard(QStringLiteral("1.16.93")));
        QTRY_COMPARE(m_services->document()->pendingCount(), 1);

        g_ambiguous.clear();
        g_previousHandler = qInstallMessageHandler(catchAmbiguousShortcuts);
        m_window->view()->setFocus();
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
        QCOMPARE(m_services->document()->pendingCount(), 0);
        const QList<QKeySequence> redoKeys = m_window->findChild<QAction *>(QStringLiteral("redoAction"))->shortcuts();
        QVERIFY(redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        for (const QKeySequence &redo : redoKeys) {
            QTest::keySequence(QApplication::focusWidget(), redo);
            QCOMPARE(m_services->document()->pendingCount(), 1);
            QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
            QCOMPARE(m_services->document()->pendingCount(), 0);
        }
        // Every other key once, with the window's focus on the table; Quit last.
        for (QAction *action : actions) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (key == QKeySequence(QKeySequence::Quit) || action->text().contains(QLatin1String("Apply")))
                    continue;
                m_window->view()->setFocus();
                QTest::keySequence(QApplication::focusWidget(), key);
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
                if (QWidget *popup = QApplication::activePopupWidget())
                    popup->close();
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            }
        }
        qInstallMessageHandler(g_previousHandler);
        QVERIFY2(g_ambiguous.isEmpty(), qPrintable(g_ambiguous.join(QLatin1Char('\n'))));
    }

    void f2AndDeleteWorkRightAfterTheLoad()
    {
        QVERIFY(openLoadedSandbox());
        ConfigView *view = m_window->view();
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus == view || view->isAncestorOf(focus));
        QVERIFY(view->currentIndex().isValid());
        // Delete on the overridden row, reached with the arrow keys alone.
        for (int i = 0; i < 20 && currentField() != kGit; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(currentField(), kGit);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        QCOMPARE(m_services->document()->pendingCount(), 1);
        QCOMPARE(m_services->document()->pendingChange(kGit)->kind, PendingChange::Kind::Reset);
        // F2 on the first row edits its override.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QVERIFY(queueEditByKeyboard(QStringLiteral("1.16.93")));
        QTRY_COMPARE(m_services->document()->pendingCount(), 2);
        QCOMPARE(m_services->document()->proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
    }

    void editIsInTheEditMenuAndTheContextMenu()
    {
        QVERIFY(openLoadedSandbox());
        QAction *edit = m_window->findChild<QAction *>(QStringLiteral("editOverrideAction"));
        QVERIFY(edit);
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::Key_F2));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("editMenu"))->actions().contains(edit));
        QVERIFY(m_window->view()->actions().contains(edit));
        QCOMPARE(m_window->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        edit->trigger();
        QVERIFY(openEditor(m_window->view()));
    }

    void escapeClearsTheFilterAndAnEmptyFilterSaysSo()
    {
        QVERIFY(openLoadedSandbox());
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Find);
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QCOMPARE(QApplication::focusWidget(), filter);
        QTest::keyClicks(filter, QStringLiteral("no-such-image"));
        auto *note = m_window->findChild<QWidget *>(QStringLiteral("emptyFilterNote"));
        QVERIFY(note->isVisible());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("emptyFilterText"))->text().contains(QLatin1String("no-such-image")));
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QVERIFY(!note->isVisible());
        // The note's button is the way back with the mouse.
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        QVERIFY(note->isVisible());
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("emptyFilterClear")), Qt::LeftButton);
        QVERIFY(filter->text().isEmpty());
        QVERIFY(!note->isVisible());
        QVERIFY(m_window->view()->model()->rowCount() > 0);
    }

    void aRefusedKeyOffersToEditTheProfile()
    {
        QVERIFY(openLoadedSandbox(QSize(1000, 700), false));
        Connection wrong = m_services->client()->connection();
        wrong.apiKey = QStringLiteral("pat.%1.0000.wrong").arg(wrong.accountId);
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(wrong, QStringLiteral("wrong key"));
        QVERIFY(loaded.wait(10000));
        MessageBar *bar = m_window->messageBar();
        QCOMPARE(bar->level(), MessageBar::Level::Error);
        QCOMPARE(bar->actionText(), QStringLiteral("Edit profile…"));
        QVERIFY(!bar->details().startsWith(QLatin1String("Error:")));
        auto *offer = bar->findChild<QPushButton *>(QStringLiteral("messageAction"));
        QVERIFY(inSight(offer, m_window.get()));
        QTest::mouseClick(offer, Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<ProfileDialog *>() && m_window->findChild<ProfileDialog *>()->isVisible());
    }

    void aboutNamesTheLicenceAndTheProject()
    {
        auto *services = new AppServices;
        MainWindow window(services);
        window.show();
        QMenu *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
        help->actions().first()->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("Apache License")));
        QVERIFY(box->text().contains(QLatin1String("https://")));
        box->close();
    }

    void theHostLabelSaysWhatItShows()
    {
        QVERIFY(openLoadedSandbox(QSize(1000, 700), false));
        auto *badge = m_window->profileSwitcher()->findChild<QLabel *>(QStringLiteral("profileBadge"));
        QVERIFY(badge->isVisible());
        QVERIFY(!badge->text().isEmpty());
        QCOMPARE(badge->accessibleName(), badge->text());
        QCOMPARE(m_window->profileSwitcher()->badgeText(), badge->text()); // short: not elided
    }
};

QTEST_MAIN(TestMainWindowKeys)
#include "tst_mainwindow_keys.moc"
