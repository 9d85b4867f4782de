// How the table's rows look and what its buttons say: quiet defaults, tinted and marked rows by kind,
// reset and discard apart, group counts beside the name, only groups that have rows, a release not
// checked said as such, the editor's Down without tags, and the review that leads with the changes.
// Every model under QAbstractItemModelTester.
#include "tst_configtreemodel_table.h"

#include "core/configdocument.h"
#include "core/knowntags.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/overridedelegate.h"
#include "ui/rowstatelook.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace hci;

namespace {

using Emphasis = RowStateLook::Emphasis;
using ResetAction = ConfigTreeModel::ResetAction;

class TreeView : public QTreeView
{
public:
    bool isEditing() const { return state() == EditingState; }
};

QStringList releases(int from, int to)
{
    QStringList tags;
    for (int patch = from; patch <= to; ++patch)
        tags.append(QStringLiteral("1.16.%1").arg(patch));
    return tags;
}

} // namespace

class TestConfigTreeModelLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsRecedeAndTheRestIsMarkedByKind()
    {
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.80")}, {kKaniko, kMirror}}));
        QVERIFY(table.document.setOverride(kS3, QStringLiteral("plugins/s3:1.5.4")));
        table.document.resetField(kKaniko);
        const auto emphasis = [&](const QString &field) {
            return Emphasis(table.cell(field, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::EmphasisRole).toInt());
        };
        QCOMPARE(emphasis(kGcs), Emphasis::Quiet);
        QCOMPARE(emphasis(kAddon), Emphasis::Attention); // behind the default
        QCOMPARE(emphasis(kS3), Emphasis::Queued);
        QCOMPARE(emphasis(kKaniko), Emphasis::Queued);

        // A quiet row: no icon, no tint, no marker, a lighter State text than the text colour.
        const QModelIndex quietState = table.cell(kGcs, ConfigTreeModel::StateColumn);
        QVERIFY(quietState.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!quietState.data(Qt::BackgroundRole).isValid());
        QVERIFY(!table.cell(kGcs, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::AccentColorRole).isValid());
        const QColor quietText = quietState.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(quietText.isValid());
        QVERIFY(quietText != QGuiApplication::palette().color(QPalette::Text));

        // "Edited" and "Reset queued" differ in colour, icon and tint.
        const QModelIndex edited = table.cell(kS3, ConfigTreeModel::StateColumn);
        const QModelIndex reset = table.cell(kKaniko, ConfigTreeModel::StateColumn);
        QVERIFY(RowStateLook::accent(FieldState::Edited) != RowStateLook::accent(FieldState::ResetQueued));
        QVERIFY(edited.data(Qt::BackgroundRole).value<QColor>() != reset.data(Qt::BackgroundRole).value<QColor>());
        QVERIFY(edited.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage()
                != reset.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage());
        QVERIFY(edited.data(Qt::ForegroundRole).value<QColor>() != reset.data(Qt::ForegroundRole).value<QColor>());
    }

    void groupCountsSitBesideTheName()
    {
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.80")}}));
        QVERIFY(table.document.setOverride(kGit, QStringLiteral("harness/drone-git:1.7.0")));
        const QModelIndex ciCore = table.model.index(0, ConfigTreeModel::FieldColumn);
        QCOMPARE(ciCore.data().toString(), FieldCatalog::groupName(FieldGroup::CiCore));
        QCOMPARE(ciCore.data(ConfigTreeModel::GroupSummaryRole).toString(), QStringLiteral("1 overridden, 1 queued"));
        QVERIFY(ciCore.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("1 overridden")));
        QVERIFY(table.model.index(0, ConfigTreeModel::StateColumn).data().toString().isEmpty());
    }

    void onlyGroupsThatHaveRowsShow()
    {
        Table iacm(ConfigSnapshot(Module::Iacm, Infra::K8, documentedDefaults(QStringLiteral("iacm-k8-default-config.json")),
                                  {}, {}));
        QVERIFY(iacm.model.rowCount() > 0);
        QVERIFY(iacm.visibleGroups().contains(FieldCatalog::groupName(FieldGroup::Iacm)));
        QVERIFY(!iacm.visibleGroups().contains(FieldCatalog::groupName(FieldGroup::BuildAndPush)));
        QVERIFY(!iacm.visibleGroups().contains(FieldCatalog::groupName(FieldGroup::Idp)));
        Table idp(ConfigSnapshot(Module::Idp, Infra::K8, documentedDefaults(QStringLiteral("idp-k8-default-config.json")),
                                 {}, {}));
        QCOMPARE(idp.visibleGroups(), QStringList{FieldCatalog::groupName(FieldGroup::Idp)});
        for (Table *table : {&iacm, &idp}) {
            for (int g = 0; g < table->model.rowCount(); ++g)
                QVERIFY2(table->model.rowCount(table->model.index(g, 0)) > 0,
                         qPrintable(table->model.index(g, 0).data().toString()));
        }
    }

    void aReleaseIsNotCheckedUntilTheTagsAreKnown()
    {
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.80")}, {kKaniko, kMirror}}));
        const QModelIndex addon = table.cell(kAddon, ConfigTreeModel::StateColumn);
        QCOMPARE(table.state(kAddon), RowState::Behind);
        QVERIFY(addon.data(ConfigTreeModel::ReleaseNotCheckedRole).toBool());
        QVERIFY2(addon.data().toString().contains(QStringLiteral("release not checked")), qPrintable(addon.data().toString()));
        QVERIFY(addon.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not known")));
        QVERIFY(ConfigTreeModel::allStateTexts().contains(addon.data().toString())); // the column is sized for it
        // A plugin image has no release window: nothing to check.
        QVERIFY(!table.cell(kKaniko, ConfigTreeModel::StateColumn).data(ConfigTreeModel::ReleaseNotCheckedRole).toBool());

        KnownTags known;
        known.setTags(QStringLiteral("harness/ci-addon:1.16.92"), releases(70, 92));
        table.model.setKnownTags(&known);
        QCOMPARE(table.state(kAddon), RowState::Unsupported);
        QVERIFY(!addon.data(ConfigTreeModel::ReleaseNotCheckedRole).toBool());
        QVERIFY(!addon.data().toString().contains(QStringLiteral("not checked")));
    }

    void resetAndDiscardLookAndReadDifferently()
    {
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.80")}, {kKaniko, kMirror}}));
        QVERIFY(table.document.setOverride(kS3, QStringLiteral("plugins/s3:1.5.4"))); // no server override
        table.document.resetField(kKaniko);                                            // a queued reset
        const auto action = [&](const QString &field) {
            return ResetAction(table.cell(field, ConfigTreeModel::ResetColumn).data(ConfigTreeModel::ResetActionRole).toInt());
        };
        QCOMPARE(action(kGcs), ResetAction::None);
        QCOMPARE(action(kAddon), ResetAction::ResetToDefault);
        QCOMPARE(action(kS3), ResetAction::DiscardChange);
        QCOMPARE(action(kKaniko), ResetAction::DiscardChange);

        const QModelIndex reset = table.cell(kAddon, ConfigTreeModel::ResetColumn);
        const QModelIndex discard = table.cell(kS3, ConfigTreeModel::ResetColumn);
        QVERIFY(reset.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Reset")));
        QVERIFY(discard.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Discard")));
        QVERIFY(reset.data(Qt::ToolTipRole).toString().contains(QStringLiteral("to its default")));
        QVERIFY(discard.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Discard this edit")));
        QVERIFY(table.cell(kKaniko, ConfigTreeModel::ResetColumn).data(Qt::ToolTipRole).toString()
                    .startsWith(QStringLiteral("Discard the queued reset")));
        QVERIFY(reset.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage()
                != discard.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage());

        // Discarding a queued reset keeps the server's override: nothing is queued for it any more.
        QVERIFY(table.model.setData(table.cell(kKaniko, ConfigTreeModel::ResetColumn), true));
        QVERIFY(!table.document.pendingChange(kKaniko));
        QCOMPARE(table.state(kKaniko), RowState::Overridden);
        // Resetting an override queues the way back to the default.
        QVERIFY(table.model.setData(reset, true));
        QCOMPARE(table.state(kAddon), RowState::ResetQueued);
    }

    void downWithoutATagListKeepsTheEditorOpenAndSaysWhy()
    {
        Table table;
        TreeView view;
        OverrideDelegate delegate; // no tag lookup: as with no registry at all
        view.setModel(&table.filter);
        view.setItemDelegate(&delegate);
        view.expandAll();
        view.resize(1100, 800);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        const QModelIndex cell = table.filter.mapFromSource(table.cell(kAddon, ConfigTreeModel::OverrideColumn));
        view.setCurrentIndex(cell);
        QTest::keyClick(&view, Qt::Key_F2);
        const QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(view.indexWidget(cell));
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());

        QTest::keyClick(editor, Qt::Key_Down);
        QVERIFY(view.isEditing());
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(view.currentIndex(), cell); // not moved on to the next row
        auto *hint = editor->findChild<QLabel *>(QStringLiteral("overrideHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("No tag list")), qPrintable(hint->text()));
        QVERIFY(editor->rect().contains(hint->geometry())); // inside the editor, over no row
        QVERIFY(editor->accessibleDescription().startsWith(QStringLiteral("No tag list")));

        // Typing clears the reason; the editor still commits.
        QTest::keyClicks(editor, QStringLiteral("1.16.93"));
        QVERIFY(!hint->text().contains(QStringLiteral("No tag list")));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table.document.proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
    }

    void theReviewLeadsWithTheChangesAndFoldsTheRequests()
    {
        Table table(k8({{kKaniko, kMirror}}));
        QVERIFY(table.document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        table.document.resetField(kKaniko);
        ApplyReviewDialog review(table.document, QStringLiteral("Sandbox"), QStringLiteral("curl -X POST https://example"));
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QCOMPARE(review.changeCount(), 2);

        auto *section = review.findChild<QWidget *>(QStringLiteral("requestsSection"));
        auto *show = review.findChild<QToolButton *>(QStringLiteral("showRequests"));
        auto *preview = review.findChild<QPlainTextEdit *>(QStringLiteral("requestsPreview"));
        auto *copy = review.findChild<QPushButton *>(QStringLiteral("copyCurl"));
        auto *apply = review.findChild<QPushButton *>(QStringLiteral("confirmApply"));
        auto *buttons = review.findChild<QDialogButtonBox *>();
        QVERIFY(section && show && preview && copy && apply && buttons);
        QVERIFY(!review.requestsShown());
        QVERIFY(!preview->isVisible() && !copy->isVisible());
        // Copy as cURL belongs to the requests, not between Apply and Cancel.
        QVERIFY(section->isAncestorOf(copy));
        QVERIFY(!buttons->buttons().contains(copy));
        QVERIFY(apply->isDefault());
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->icon().isNull());

        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(review.requestsShown());
        QTRY_VERIFY(preview->isVisible() && copy->isVisible());
        QCOMPARE(review.requestsText(), QStringLiteral("curl -X POST https://example"));

        // Another export joins Copy as cURL in the same row.
        QPushButton *more = review.addRequestsButton(QStringLiteral("Another"));
        QCOMPARE(more->parentWidget(), section);
        QVERIFY(!more->autoDefault());
    }
};

QTEST_MAIN(TestConfigTreeModelLook)
#include "tst_configtreemodel_look.moc"
