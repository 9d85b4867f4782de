#include "core/configdocument.h"
#include "core/knowntags.h"
#include "harness/harnessclient.h"
#include "registry/registryclient.h"
#include "sandbox/sandboxregistry.h"
#include "sandbox/sandboxserver.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/configview.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"
#include "session/taglookup.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kLiteEngine = QStringLiteral("liteEngineTag");

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

// Tag discovery as a person meets it: the editor's tag list, the table's release warnings and the
// review's tag checks, in the real window against the sandbox and its registry emulation.
class TestTagDiscovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    AppServices *m_services = nullptr; // the window's, made by this test and kept to look inside

    // The window on its sandbox; the sandbox's registry stands in for Docker Hub (the mirror
    // setting), or a closed port does, for a registry out of reach.
    MainWindow *openSandbox(bool registryReachable = true)
    {
        m_services = new AppServices;
        m_window = std::make_unique<MainWindow>(m_services);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        if (!m_window->openSandbox())
            return nullptr;
        const QString mirror = registryReachable ? m_services->sandbox()->registryHost()
                                                 : QStringLiteral("127.0.0.1:%1").arg(closedPort());
        m_services->tagLookup()->setMirror(*RegistryMirror::parse(mirror));
        if (!loaded.wait(10000) || !loaded.first().first().toBool())
            return nullptr;
        return m_window.get();
    }

    QModelIndex viewIndex(const QString &field, int column)
    {
        const auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->view()->model());
        return proxy->mapFromSource(m_window->model()->indexForField(field, column));
    }

    QLineEdit *openOverrideEditor(const QString &field)
    {
        ConfigView *view = m_window->view();
        const QModelIndex index = viewIndex(field, ConfigTreeModel::OverrideColumn);
        view->scrollTo(index);
        const QPoint center = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
        QLineEdit *editor = nullptr;
        [&] { QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit *>(QStringLiteral("overrideEditor")))); }();
        return editor;
    }

    QLabel *hint() { return m_window->view()->viewport()->findChild<QLabel *>(QStringLiteral("overrideHint")); }

    ApplyReviewDialog *openReview()
    {
        m_window->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        ApplyReviewDialog *review = nullptr;
        [&] { QTRY_VERIFY((review = m_window->findChild<ApplyReviewDialog *>())); }();
        return review;
    }

    int updatesSent() const
    {
        int count = 0;
        const auto requests = m_services->sandbox()->requests();
        for (const auto &request : requests)
            count += request.path.endsWith(QLatin1String("/update-config")) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(qApp, QLocale(QLocale::English));
    }
    void cleanup() { m_window.reset(); }

    void theEditorOffersTheImagesTagsNewestFirst()
    {
        QVERIFY(openSandbox());
        QLineEdit *editor = openOverrideEditor(kAddon);
        QVERIFY(editor);
        // The list opens by itself as soon as the tags are in.
        auto *list = qobject_cast<QTreeView *>(editor->findChild<QCompleter *>()->popup());
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        const QAbstractItemModel *tags = list->model();
        QVERIFY(tags->rowCount() > 20);
        QCOMPARE(tags->index(0, 0).data().toString(), QStringLiteral("1.16.92"));
        QCOMPARE(tags->index(0, 1).data().toString(), QStringLiteral("newest release · default"));
        QCOMPARE(tags->index(1, 0).data().toString(), QStringLiteral("rootless-1.16.92"));
        QCOMPARE(tags->index(1, 1).data().toString(), QStringLiteral("newest · rootless"));
        QCOMPARE(tags->index(2, 1).data().toString(), QStringLiteral("supported (latest-1)"));
        QCOMPARE(tags->index(4, 1).data().toString(), QStringLiteral("supported (latest-2)"));
        QCOMPARE(tags->index(6, 1).data().toString(), QStringLiteral("outside the supported window"));

        // Typing narrows the list; Down and Return pick a tag, Return again queues it.
        QTest::keyClicks(editor, QStringLiteral("rootless-1.16.9"));
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("rootless-1.16.92"));
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(editor->text(), QStringLiteral("rootless-1.16.91"));
        QVERIFY(!list->isVisible());
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_services->document()->proposedOverride(kAddon), QStringLiteral("harness/ci-addon:rootless-1.16.91"));
    }

    void theEditorWarnsAboutAnOldOrUnknownTag()
    {
        QVERIFY(openSandbox());
        QLineEdit *editor = openOverrideEditor(kAddon);
        QVERIFY(editor);
        QTRY_COMPARE(m_services->tagLookup()->knownTags()->status(QStringLiteral("harness/ci-addon")), KnownTags::Status::Known);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("1.16.85"));
        QVERIFY(hint()->isVisible());
        QVERIFY2(hint()->text().contains(QStringLiteral("1.16.85 is 7 releases behind the newest, 1.16.92")), qPrintable(hint()->text()));
        QVERIFY(hint()->text().contains(QStringLiteral("older than the default")));

        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("1.16.99"));
        QVERIFY2(hint()->text().contains(QStringLiteral("has no tag \"1.16.99\"")), qPrintable(hint()->text()));
        // A warning, not a refusal: the tag may be pushed later, and the apply checks again.
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_services->document()->proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.99"));
    }

    void aTypedTagIsAcceptedWhenTheRegistryIsOutOfReach()
    {
        QVERIFY(openSandbox(false));
        QLineEdit *editor = openOverrideEditor(kAddon);
        QVERIFY(editor);
        QTRY_VERIFY2(hint()->text().contains(QStringLiteral("could not be reached")), qPrintable(hint()->text()));
        QVERIFY(hint()->text().contains(QStringLiteral("A typed tag is still accepted")));
        QVERIFY(!editor->findChild<QCompleter *>()->popup()->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("1.16.93"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_services->document()->proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
    }

    void anOverrideOutsideTheSupportedWindowIsFlagged()
    {
        QVERIFY(openSandbox());
        // The sandbox's demo override of the lite engine is 1.16.80, twelve releases behind.
        const QModelIndex state = viewIndex(kLiteEngine, ConfigTreeModel::StateColumn);
        QTRY_COMPARE(RowState(state.data(ConfigTreeModel::RowStateRole).toInt()), RowState::Unsupported);
        QCOMPARE(state.data().toString(), QStringLiteral("Unsupported release"));
        const QString tip = state.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("1.16.80 is 12 releases behind the newest, 1.16.92")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("(1.16.92, 1.16.91, 1.16.90)")));
        QVERIFY(tip.contains(QStringLiteral("also older than the default")));
        // The deprecated kaniko override stays Deprecated: the server's word comes first.
        QCOMPARE(RowState(viewIndex(QStringLiteral("buildAndPushDockerRegistryTag"), ConfigTreeModel::StateColumn)
                              .data(ConfigTreeModel::RowStateRole)
                              .toInt()),
                 RowState::Deprecated);
    }

    void aMissingTagBlocksApplyUntilConfirmed()
    {
        QVERIFY(openSandbox());
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.99")));
        m_services->sandbox()->clearRequests();
        ApplyReviewDialog *review = openReview();
        QVERIFY(review);
        auto *apply = review->findChild<QPushButton *>(QStringLiteral("confirmApply"));
        auto *anyway = review->findChild<QCheckBox *>(QStringLiteral("applyAnyway"));
        auto *note = review->findChild<QLabel *>(QStringLiteral("tagCheckNote"));
        QVERIFY(apply && anyway && note);
        QTRY_COMPARE(review->checksPending(), 0);
        QCOMPARE(review->missingTags(), 1);
        auto *changes = review->findChild<QTreeWidget *>(QStringLiteral("changeList"));
        QCOMPARE(changes->topLevelItem(0)->text(3), QStringLiteral("Tag not found"));
        QVERIFY(note->text().contains(QStringLiteral("Missing from its registry: 1 tag.")));
        QVERIFY(anyway->isVisible());
        QVERIFY(!apply->isEnabled());
        QTest::keyClick(review, Qt::Key_Return); // not even the default button's key sends
        QVERIFY(review->isVisible());
        QCOMPARE(updatesSent(), 0);

        anyway->click();
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_services->document()->pendingCount(), 0, 10000);
        QCOMPARE(updatesSent(), 1);
    }

    void applyPressedWhileCheckingSendsOnceTheTagIsFound()
    {
        QVERIFY(openSandbox());
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:rootless-1.16.91")));
        m_services->sandbox()->setLatency(300); // the registry takes its time
        m_services->sandbox()->clearRequests();
        ApplyReviewDialog *review = openReview();
        QVERIFY(review);
        QCOMPARE(review->checksPending(), 1);
        QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
        QVERIFY(review->isVisible()); // waits for the check
        QCOMPARE(updatesSent(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_services->document()->pendingCount(), 0, 10000);
        QCOMPARE(updatesSent(), 1);
    }

    void anUncheckableTagIsAWarningNotABlock()
    {
        QVERIFY(openSandbox(false));
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        ApplyReviewDialog *review = openReview();
        QVERIFY(review);
        QTRY_COMPARE(review->checksPending(), 0);
        auto *changes = review->findChild<QTreeWidget *>(QStringLiteral("changeList"));
        QCOMPARE(changes->topLevelItem(0)->text(3), QStringLiteral("Not checked"));
        QVERIFY(changes->topLevelItem(0)->toolTip(3).contains(QStringLiteral("could not be reached")));
        QVERIFY(!review->findChild<QCheckBox *>(QStringLiteral("applyAnyway"))->isVisible());
        QVERIFY(review->findChild<QPushButton *>(QStringLiteral("confirmApply"))->isEnabled());
    }

    // The model on its own: the warning comes with the tags and goes with them.
    void theModelAsksTheCoreAboutReleases()
    {
        ConfigDocument document;
        document.setSnapshot(ConfigSnapshot(Module::Ci, Infra::K8,
                                            {{kAddon, QStringLiteral("harness/ci-addon:1.16.92")}},
                                            {{kAddon, QStringLiteral("harness/ci-addon:1.16.89")}}));
        ConfigTreeModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        KnownTags known;
        model.setKnownTags(&known);
        const QModelIndex state = model.indexForField(kAddon, ConfigTreeModel::StateColumn);
        QCOMPARE(RowState(state.data(ConfigTreeModel::RowStateRole).toInt()), RowState::Behind);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        known.setTags(QStringLiteral("harness/ci-addon"),
                      {QStringLiteral("1.16.89"), QStringLiteral("1.16.90"), QStringLiteral("1.16.91"), QStringLiteral("1.16.92")});
        QVERIFY(changed.count() > 0);
        QCOMPARE(RowState(state.data(ConfigTreeModel::RowStateRole).toInt()), RowState::Unsupported);
        QCOMPARE(model.indexForField(kAddon, ConfigTreeModel::OverrideColumn).data(ConfigTreeModel::DefaultValueRole).toString(),
                 QStringLiteral("harness/ci-addon:1.16.92"));

        // A queued edit keeps its Edited state; the tooltip still warns.
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.88")));
        QCOMPARE(RowState(state.data(ConfigTreeModel::RowStateRole).toInt()), RowState::Edited);
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1.16.88 is 4 releases behind")));

        known.clear();
        document.undoStack()->undo();
        QCOMPARE(RowState(state.data(ConfigTreeModel::RowStateRole).toInt()), RowState::Behind);
    }
};

QTEST_MAIN(TestTagDiscovery)
#include "tst_tagdiscovery.moc"
