#include "core/configdocument.h"
#include "core/knowntags.h"
#include "harness/harnessclient.h"
#include "registry/registryclient.h"
#include "sandbox/sandboxregistry.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/configview.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "session/accountsession.h"
#include "session/taglookup.h"
#include "session/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kLite = QStringLiteral("liteEngineTag");
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
        QVERIFY2(hint()->text().contains(QStringLiteral("1.16.85 is 7 release")), qPrintable(hint()->text()));
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

    void withoutTheRegistryDownSaysWhyAndTheRowSaysNotChecked()
    {
        QVERIFY(openSandbox(false));
        // The sandbox's lite engine is behind its default; without tags its release is not checked.
        const QModelIndex state = m_window->model()->indexForField(kLite, ConfigTreeModel::StateColumn);
        QTRY_VERIFY2(state.data().toString().contains(QStringLiteral("release not checked")),
                     qPrintable(state.data().toString()));
        QLineEdit *editor = openOverrideEditor(kAddon);
        QVERIFY(editor);
        QTRY_VERIFY2(hint()->text().contains(QStringLiteral("Tags unknown")), qPrintable(hint()->text()));
        // The note is inside the editor, not a popup over the rows below.
        QCOMPARE(hint()->parentWidget(), editor);
        QVERIFY(editor->rect().contains(hint()->geometry()));
        QTest::keyClick(editor, Qt::Key_Down);
        QVERIFY(editor->isVisible()); // still editing the same row
        QCOMPARE(m_window->view()->currentIndex(), viewIndex(kAddon, ConfigTreeModel::OverrideColumn));
        QVERIFY2(hint()->text().contains(QStringLiteral("registry out of reach")), qPrintable(hint()->text()));
        QVERIFY(editor->accessibleDescription().contains(QStringLiteral("registry out of reach")));
        // The row still says what is true: its state does not wait on the lookup.
        QVERIFY(state.data().toString().contains(QStringLiteral("release not checked")));
    }

    void anOverrideOutsideTheSupportedWindowIsFlagged()
    {
        QVERIFY(openSandbox());
        // The sandbox's demo override of the lite engine is 1.16.80, twelve releases behind.
        const QModelIndex state = viewIndex(kLiteEngine, ConfigTreeModel::StateColumn);
        QTRY_COMPARE(RowState(state.data(ConfigTreeModel::RowStateRole).toInt()), RowState::Unsupported);
        QCOMPARE(state.data().toString(), QStringLiteral("Unsupported release"));
        const QString tip = state.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("1.16.80 is 12 release")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Harness's current release, 1.16.92")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("(1.16.92, 1.16.91, 1.16.90)")));
        QVERIFY(tip.contains(QStringLiteral("also older than the default")));
        // The kaniko override is a major version behind, but the server does not list it: no rule of ours.
        const QString kaniko = QStringLiteral("buildAndPushDockerRegistryTag");
        const auto kanikoState = [this, &kaniko] {
            return RowState(viewIndex(kaniko, ConfigTreeModel::StateColumn).data(ConfigTreeModel::RowStateRole).toInt());
        };
        QCOMPARE(kanikoState(), RowState::Behind);
        // Once get-deprecated-config lists it, it is Deprecated: the server's word comes first.
        m_services->sandbox()->store().setDeprecated(m_services->sandbox()->accountId(), Module::Ci,
                                                   {{kaniko, QStringLiteral("plugins/kaniko:0.9.2")}});
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(kanikoState(), RowState::Deprecated);
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
        m_services->document()->resetField(kLite);
        ApplyReviewDialog *review = openReview();
        QVERIFY(review);
        QTRY_COMPARE(review->checksPending(), 0);
        auto *changes = review->findChild<QTreeWidget *>(QStringLiteral("changeList"));
        QCOMPARE(changes->topLevelItem(0)->text(3), QStringLiteral("Not checked"));
        QVERIFY(changes->topLevelItem(0)->toolTip(3).contains(QStringLiteral("could not be reached")));
        // A reset has no new tag to check: the column says where the row goes, not "Default image".
        QCOMPARE(changes->topLevelItemCount(), 2);
        QCOMPARE(changes->topLevelItem(1)->text(3), QStringLiteral("— back to the default"));
        QVERIFY(!review->findChild<QCheckBox *>(QStringLiteral("applyAnyway"))->isVisible());
        QVERIFY(review->findChild<QPushButton *>(QStringLiteral("confirmApply"))->isEnabled());
    }

    void aBareVersionTypedInARootlessRowStaysRootless()
    {
        QVERIFY(openSandbox());
        const QString rootless = QStringLiteral("addonTagRootless");
        QLineEdit *editor = openOverrideEditor(rootless);
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("harness/ci-addon:rootless-1.16.92"));
        QTest::keyClicks(editor, QStringLiteral("1.16.91"));
        QTRY_VERIFY(hint() && hint()->isVisible());
        QVERIFY2(hint()->text().contains(QStringLiteral("Sets harness/ci-addon:rootless-1.16.91")), qPrintable(hint()->text()));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_services->document()->proposedOverride(rootless), QStringLiteral("harness/ci-addon:rootless-1.16.91"));

        // A whole reference without the rootless form is taken as typed, with a warning first.
        editor = openOverrideEditor(rootless);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("harness/ci-addon:1.16.91"));
        QTRY_VERIFY(hint() && hint()->isVisible());
        QVERIFY2(hint()->text().contains(QStringLiteral("not a rootless tag")), qPrintable(hint()->text()));
        QTest::keyClick(editor, Qt::Key_Escape);
    }

    void aFieldTheServerRefusesOnVmWarnsInTheRowAndInTheReview()
    {
        QVERIFY(openSandbox());
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_services->session()->setScope(Module::Ci, Infra::Vm);
        m_services->session()->load();
        QVERIFY(loaded.wait(10000));
        const QString slsa = QStringLiteral("slsaVerificationTag");
        QTRY_VERIFY(viewIndex(slsa, ConfigTreeModel::FieldColumn).isValid());
        QVERIFY(viewIndex(slsa, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::WarningRole).toString().contains(slsa));

        QVERIFY(m_services->document()->setOverride(slsa, QStringLiteral("harness/slsa-plugin:0.40.0")));
        m_services->sandbox()->clearRequests();
        ApplyReviewDialog *review = openReview();
        QVERIFY(review);
        QCOMPARE(review->refusedFields(), 1);
        auto *note = review->findChild<QLabel *>(QStringLiteral("quirkNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("refuses")), qPrintable(note->text()));
        auto *changes = review->findChild<QTreeWidget *>(QStringLiteral("changeList"));
        QVERIFY(changes->topLevelItem(0)->toolTip(0).contains(QStringLiteral("refuses")));
        QCOMPARE(updatesSent(), 0); // warned before anything is sent
        review->reject();
    }

    // End to end: a newer server's typed fields (a boolean, a number, an object) in get-default-config.
    void aNewerServersTypedFieldsLoadReadOnlyAndTheRestWorks()
    {
        QVERIFY(openSandbox());
        m_services->sandbox()->setExtraDefaultFields(SandboxServer::newerServerFields());
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(loaded.first().first().toBool(), qPrintable(loaded.first().at(1).toString()));

        const QString flag = QStringLiteral("cacheIntelligenceEnabled");
        const QModelIndex state = viewIndex(flag, ConfigTreeModel::StateColumn);
        QVERIFY(state.isValid());
        QCOMPARE(RowState(state.data(ConfigTreeModel::RowStateRole).toInt()), RowState::ReadOnly);
        QCOMPARE(viewIndex(flag, ConfigTreeModel::DefaultColumn).data().toString(), QStringLiteral("true"));
        QCOMPARE(viewIndex(QStringLiteral("imagePullRetries"), ConfigTreeModel::DefaultColumn).data().toString(),
                 QStringLiteral("3"));
        QVERIFY(!(viewIndex(flag, ConfigTreeModel::OverrideColumn).flags() & Qt::ItemIsEditable));
        // The window says so, in a line.
        bool said = false;
        const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            said = said || label->text().contains(QStringLiteral("read-only"));
        QVERIFY(said);

        // Every other field still works: an edit goes out, and nothing read-only goes with it.
        QVERIFY(m_services->document()->setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.91")));
        m_services->document()->resetAll();
        m_services->sandbox()->clearRequests();
        ApplyReviewDialog *review = openReview();
        QVERIFY(review);
        QTRY_COMPARE(review->checksPending(), 0);
        review->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_services->document()->pendingCount(), 0, 10000);
        const auto requests = m_services->sandbox()->requests();
        for (const auto &request : requests) {
            for (const char *key : {"cacheIntelligenceEnabled", "imagePullRetries", "pluginSettings"})
                QVERIFY2(!request.body.contains(key), request.body.constData());
        }
        QCOMPARE(RowState(viewIndex(flag, ConfigTreeModel::StateColumn).data(ConfigTreeModel::RowStateRole).toInt()),
                 RowState::ReadOnly);
    }

    void serverTextShowsAsPlainText()
    {
        QVERIFY(openSandbox());
        m_window->messageBar()->showMessage(MessageBar::Level::Error, QStringLiteral("Refused: <b>html</b>"),
                                            QStringLiteral("<i>details</i>"), false);
        auto *text = m_window->messageBar()->findChild<QLabel *>(QStringLiteral("messageText"));
        auto *details = m_window->messageBar()->findChild<QLabel *>(QStringLiteral("messageDetails"));
        QVERIFY(text && details);
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QCOMPARE(details->textFormat(), Qt::PlainText);
        QCOMPARE(text->text(), QStringLiteral("Refused: <b>html</b>"));
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
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1.16.88 is 4 release")));

        known.clear();
        document.undoStack()->undo();
        QCOMPARE(RowState(state.data(ConfigTreeModel::RowStateRole).toInt()), RowState::Behind);
    }
};

QTEST_MAIN(TestTagDiscovery)
#include "tst_tagdiscovery.moc"
