// Edit > Mirror to a registry in the window: the prefix checked as it is typed, the selected rows
// or all, each image's existence check, the copy list saved, the overrides queued as one undo step
// and applied through the usual review.
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
#include "ui/mirrordialog.h"
#include "session/translations.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace hci;

namespace {

// Nothing listens on port 1: the existence check fails at once and says why.
const QString kPrefix = QStringLiteral("127.0.0.1:1/harness-mirror");

template<typename T>
T *waitForChild(QWidget *parent, const QString &name = {})
{
    for (int i = 0; i < 100; ++i) {
        const QList<T *> children = parent->findChildren<T *>(name);
        for (T *child : children) {
            if (child->isVisible())
                return child;
        }
        QTest::qWait(50);
    }
    return nullptr;
}

} // namespace

class TestMirrorWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr;
    QTemporaryDir m_files;

    void selectFields(const QStringList &fields)
    {
        QAbstractItemModel *model = m_window->view()->model();
        QItemSelectionModel *selection = m_window->view()->selectionModel();
        selection->clearSelection();
        for (int group = 0; group < model->rowCount(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, ConfigTreeModel::FieldColumn, parent);
                if (fields.contains(index.data(ConfigTreeModel::FieldKeyRole).toString()))
                    selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings of this test, not the user's
        installTranslations(qApp, QLocale(QLocale::English));
        QVERIFY(m_files.isValid());
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QVERIFY(m_window->openSandbox());
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
    }

    void mirrorTheSelectedRowsThenAll()
    {
        selectFields({QStringLiteral("addonTag"), QStringLiteral("gitCloneTag")});
        auto *action = m_window->findChild<QAction *>(QStringLiteral("mirrorAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = waitForChild<MirrorDialog>(m_window.get());
        QVERIFY(dialog);
        auto *prefix = dialog->findChild<QLineEdit *>(QStringLiteral("mirrorPrefix"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("mirrorPrefixProblem"));
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("mirrorTable"));
        auto *queue = dialog->findChild<QPushButton *>(QStringLiteral("mirrorQueue"));
        QVERIFY(prefix && problem && table && queue);
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("mirrorSelectedRows"))->isChecked());

        // A name without a registry host is refused as it is typed; nothing can be queued.
        QTest::keyClicks(prefix, QStringLiteral("harness-mirror"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("registry host")));
        QCOMPARE(table->topLevelItemCount(), 0);
        QVERIFY(!queue->isEnabled());

        prefix->clear();
        QTest::keyClicks(prefix, kPrefix);
        QVERIFY(!problem->isVisible());
        QCOMPARE(table->topLevelItemCount(), 2);
        QVERIFY(queue->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isCheckFinished(), 10000);
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            QVERIFY2(table->topLevelItem(row)->text(3).contains(QStringLiteral("could not check")),
                     qPrintable(table->topLevelItem(row)->text(3)));
            QVERIFY(table->topLevelItem(row)->text(2).startsWith(kPrefix + u'/'));
        }
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("mirrorSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("could not be checked")), qPrintable(summary->text()));

        // For a person to look at: HCI_SCREENSHOT_DIR=dir saves the dialog as it is now.
        if (const QString dir = qEnvironmentVariable("HCI_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/mirror-dialog.png"));

        // All rows: every field with an image.
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("mirrorAllRows")), Qt::LeftButton);
        ConfigDocument *document = m_services->document();
        QCOMPARE(table->topLevelItemCount(), int(document->snapshot().defaults().size()));

        const QString list = m_files.filePath(QStringLiteral("copies.txt"));
        QVERIFY(dialog->saveCopyListTo(list));
        QVERIFY(QFile::exists(list));
        QVERIFY(QFileInfo(MirrorPlan::scriptFileName(list)).isExecutable());

        QTest::mouseClick(queue, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(document->pendingCount(), table->topLevelItemCount());
        for (const PendingChange &change : document->pendingChanges())
            QVERIFY2(change.value.startsWith(kPrefix + u'/'), qPrintable(change.value));
        QVERIFY(m_window->messageBar()->isVisible());
        QCOMPARE(document->undoStack()->count(), 1);
    }

    void theQueuedOverridesGoThroughTheReview()
    {
        SandboxServer *sandbox = m_services->sandbox();
        const int queued = m_services->document()->pendingCount();
        QVERIFY(queued > 0);
        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        auto *review = waitForChild<ApplyReviewDialog>(m_window.get());
        QVERIFY(review);
        QCOMPARE(review->changeCount(), queued);
        QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_services->document()->pendingCount(), 0, 10000);
        QTRY_VERIFY(!m_services->session()->isBusy());
        const ImageMap server = sandbox->store().overrides(sandbox->accountId(), Module::Ci, Infra::K8);
        QCOMPARE(server.size(), queued);
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            QVERIFY2(it.value().startsWith(kPrefix + u'/'), qPrintable(it.value()));
    }
};

QTEST_MAIN(TestMirrorWindow)
#include "tst_mirror_window.moc"
