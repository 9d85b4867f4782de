#include "tst_configtreemodel_table.h"

#include "core/configdocument.h"
#include "ui/configtreemodel.h"
#include "ui/overridedelegate.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace hci;

namespace {

// A tree view that tells whether an editor is open.
class TreeView : public QTreeView
{
public:
    bool isEditing() const { return state() == EditingState; }
};

QImage iconImage(const QVariant &decoration)
{
    return decoration.value<QIcon>().pixmap(16, 16).toImage();
}

} // namespace

class TestConfigTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsAndRowsFollowTheCatalog()
    {
        Table table;
        QStringList expectedGroups;
        for (const FieldGroup group : {FieldGroup::CiCore, FieldGroup::BuildAndPush, FieldGroup::Buildx,
                                       FieldGroup::UploadAndCache, FieldGroup::Security, FieldGroup::Iacm, FieldGroup::Idp})
            expectedGroups.append(FieldCatalog::groupName(group));
        QCOMPARE(table.visibleGroups(), expectedGroups);
        QCOMPARE(table.visibleFields().size(), 48);
        QCOMPARE(table.visibleFields().mid(0, 5),
                 QStringList({kAddon, kLite, QStringLiteral("addonTagRootless"), QStringLiteral("liteEngineTagRootless"), kGit}));

        QCOMPARE(table.text(kAddon, ConfigTreeModel::FieldColumn), QStringLiteral("Add-on"));
        QCOMPARE(table.text(kAddon, ConfigTreeModel::ImageColumn), QStringLiteral("harness/ci-addon"));
        QCOMPARE(table.text(kAddon, ConfigTreeModel::DefaultColumn), QStringLiteral("1.16.92"));
        QCOMPARE(table.text(kAddon, ConfigTreeModel::OverrideColumn), QString());
        QCOMPARE(table.text(kAddon, ConfigTreeModel::StateColumn), ConfigTreeModel::stateText(RowState::Default));
        const QString fieldTip = table.cell(kAddon, ConfigTreeModel::FieldColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(fieldTip.contains(kAddon));
        QVERIFY(fieldTip.contains(FieldCatalog::info(kAddon).description));
        QVERIFY(!table.cell(kAddon, ConfigTreeModel::ResetColumn).data(ConfigTreeModel::CanResetRole).toBool());
        QVERIFY(table.cell(kAddon, ConfigTreeModel::ResetColumn).data(Qt::DecorationRole).isNull());

        // Only the override cell of a field row can be edited; group rows are headings.
        QVERIFY(table.cell(kAddon, ConfigTreeModel::OverrideColumn).flags() & Qt::ItemIsEditable);
        QVERIFY(!(table.cell(kAddon, ConfigTreeModel::DefaultColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(!(table.model.index(0, 0).flags() & Qt::ItemIsEditable));
        QVERIFY(table.model.index(0, 0).data(ConfigTreeModel::IsGroupRole).toBool());
        QCOMPARE(table.model.headerData(ConfigTreeModel::OverrideColumn, Qt::Horizontal).toString(), QStringLiteral("Override"));
    }

    void unknownFieldsShowUnderOtherWithTheirKey()
    {
        Table table(k8({{kNew, QStringLiteral("harness/new:1.0.0")}}));
        QCOMPARE(table.visibleGroups().last(), FieldCatalog::groupName(FieldGroup::Other));
        QCOMPARE(table.text(kNew, ConfigTreeModel::FieldColumn), kNew);
        QCOMPARE(table.text(kNew, ConfigTreeModel::ImageColumn), QStringLiteral("harness/new"));
        QCOMPARE(table.text(kNew, ConfigTreeModel::OverrideColumn), QStringLiteral("1.0.0"));
        QCOMPARE(table.state(kNew), RowState::OverrideOnly);
    }

    void eachKindOfRowShowsItsState()
    {
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.80")},
                        {kLite, QStringLiteral("harness/ci-lite-engine:1.17.0")},
                        {kGit, QStringLiteral("harness/drone-git:1.6.9-rootless")},
                        {kKaniko, kMirror},
                        {kS3, QStringLiteral("plugins/s3:1.0.0")},
                        {kNew, QStringLiteral("harness/new:1.0.0")}},
                       {{kS3, QStringLiteral("plugins/s3:1.0.0")}}));
        QVERIFY(table.document.setOverride(kCacheGcs, QStringLiteral("plugins/cache:1.9.9")));
        table.document.resetField(kLite);

        const QList<std::pair<QString, RowState>> rows{
            {kGcs, RowState::Default},          {kAddon, RowState::Behind},          {kGit, RowState::SameAsDefault},
            {kKaniko, RowState::Overridden},    {kS3, RowState::Deprecated},         {kNew, RowState::OverrideOnly},
            {kCacheGcs, RowState::Edited},      {kLite, RowState::ResetQueued}};
        QList<QImage> icons;
        for (const auto &[field, state] : rows) {
            QCOMPARE(table.state(field), state);
            const QModelIndex stateCell = table.cell(field, ConfigTreeModel::StateColumn);
            QVERIFY2(stateCell.data().toString().startsWith(ConfigTreeModel::stateText(state)), qPrintable(field));
            QVERIFY(!stateCell.data(Qt::ToolTipRole).toString().isEmpty());
            // A row on its default recedes: no icon, no tint, no marker. The others each look their own.
            const QImage icon = iconImage(stateCell.data(Qt::DecorationRole));
            const bool quiet = state == RowState::Default;
            QCOMPARE(icon.isNull(), quiet);
            QCOMPARE(table.cell(field, ConfigTreeModel::ImageColumn).data(Qt::BackgroundRole).isValid(), !quiet);
            QCOMPARE(table.cell(field, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::AccentColorRole).isValid(), !quiet);
            if (!quiet) {
                QVERIFY2(!icons.contains(icon), qPrintable(field)); // each state looks different
                icons.append(icon);
            }
            // Queued rows are italic too.
            const bool queued = state == RowState::Edited || state == RowState::ResetQueued;
            QCOMPARE(table.cell(field, ConfigTreeModel::ImageColumn).data(Qt::FontRole).value<QFont>().italic(), queued);
        }
        const QString behindTip = table.cell(kAddon, ConfigTreeModel::StateColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(behindTip.contains(QStringLiteral("1.16.80 < 1.16.92")), qPrintable(behindTip));
        QCOMPARE(table.cell(kS3, ConfigTreeModel::StateColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("deprecated")), true);

        // What differs from the default is highlighted; an override equal to it is not.
        const QModelIndex behind = table.cell(kAddon, ConfigTreeModel::OverrideColumn);
        QCOMPARE(behind.data().toString(), QStringLiteral("1.16.80"));
        // Not a link: plain weight, the text colour, on the row's tint.
        QVERIFY(!behind.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(behind.data(Qt::ForegroundRole).value<QColor>() != QGuiApplication::palette().color(QPalette::Link));
        QVERIFY(behind.data(Qt::BackgroundRole).isValid());
        const QModelIndex same = table.cell(kGit, ConfigTreeModel::OverrideColumn);
        QCOMPARE(same.data().toString(), QStringLiteral("1.6.9-rootless"));
        QVERIFY(!same.data(Qt::FontRole).value<QFont>().bold());

        // A mirror shows the whole reference; the image column keeps the default's repository.
        QCOMPARE(table.text(kKaniko, ConfigTreeModel::OverrideColumn), kMirror);
        QCOMPARE(table.text(kKaniko, ConfigTreeModel::ImageColumn), QStringLiteral("plugins/kaniko"));

        // Queued: the new tag, or the way back to the default.
        QCOMPARE(table.text(kCacheGcs, ConfigTreeModel::OverrideColumn), QStringLiteral("1.9.9"));
        QVERIFY(table.text(kLite, ConfigTreeModel::OverrideColumn).contains(QStringLiteral("default")));

        // The reset button is live wherever a click changes something: a queued reset can be discarded.
        for (const auto &[field, state] : rows) {
            const QModelIndex reset = table.cell(field, ConfigTreeModel::ResetColumn);
            const bool live = state != RowState::Default;
            QCOMPARE(reset.data(ConfigTreeModel::CanResetRole).toBool(), live);
            QCOMPARE(reset.data(Qt::DecorationRole).isValid(), live);
            QCOMPARE(reset.data(ConfigTreeModel::HasOverrideRole).toBool(), state != RowState::Default);
        }
    }

    void typingOnlyATagKeepsTheRepository()
    {
        Table table(k8({{kKaniko, kMirror}}));
        QSignalSpy changed(&table.model, &QAbstractItemModel::dataChanged);
        QVERIFY(table.model.setData(table.cell(kAddon, ConfigTreeModel::OverrideColumn), QStringLiteral("1.16.93")));
        QCOMPARE(table.document.proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
        QCOMPARE(table.text(kAddon, ConfigTreeModel::OverrideColumn), QStringLiteral("1.16.93"));
        QCOMPARE(table.state(kAddon), RowState::Edited);
        QVERIFY(!changed.isEmpty());
        const auto rowChange = changed.first();
        QCOMPARE(rowChange.at(0).toModelIndex(), table.cell(kAddon, 0));
        QCOMPARE(rowChange.at(1).toModelIndex().column(), ConfigTreeModel::ColumnCount - 1);

        // A mirror stays a mirror when only its tag changes.
        QVERIFY(table.model.setData(table.cell(kKaniko, ConfigTreeModel::OverrideColumn), QStringLiteral(":1.11.0")));
        QCOMPARE(table.document.proposedOverride(kKaniko), QStringLiteral("registry.example.com/mirror/kaniko:1.11.0"));
        QCOMPARE(table.text(kKaniko, ConfigTreeModel::OverrideColumn), QStringLiteral("registry.example.com/mirror/kaniko:1.11.0"));
        QCOMPARE(table.document.pendingCount(), 2);
    }

    void invalidInputIsRefusedAndNothingQueued()
    {
        Table table;
        const QModelIndex cell = table.cell(kAddon, ConfigTreeModel::OverrideColumn);
        QVERIFY(!table.model.setData(cell, QStringLiteral("harness/CI-addon:1")));
        QVERIFY(!table.model.setData(cell, QStringLiteral("1.16 93")));
        QVERIFY(!table.model.setData(table.cell(kAddon, ConfigTreeModel::DefaultColumn), QStringLiteral("1.0")));
        QCOMPARE(table.document.pendingCount(), 0);
        QCOMPARE(table.document.undoStack()->count(), 0);
        QCOMPARE(table.text(kAddon, ConfigTreeModel::OverrideColumn), QString());

        QString reason;
        QVERIFY(!OverrideDelegate::isAcceptable(QStringLiteral("harness/CI-addon:1"), QString(), &reason));
        QVERIFY(reason.contains(QStringLiteral("lower case")));
        QVERIFY(OverrideDelegate::isAcceptable(QStringLiteral("1.16.93"), QStringLiteral("harness/ci-addon:1.16.92"), &reason));
        QVERIFY(OverrideDelegate::isAcceptable(QString(), QStringLiteral("harness/ci-addon:1.16.92"), &reason));
        QCOMPARE(OverrideDelegate::resolvedReference(QStringLiteral("1.16.93"), QStringLiteral("harness/ci-addon:1.16.92")),
                 QStringLiteral("harness/ci-addon:1.16.93"));
    }

    void emptyTextAndTheResetColumnReset()
    {
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.80")}, {kLite, QStringLiteral("harness/ci-lite-engine:1.16.80")}}));
        QVERIFY(table.model.setData(table.cell(kAddon, ConfigTreeModel::OverrideColumn), QString()));
        QCOMPARE(table.state(kAddon), RowState::ResetQueued);
        QVERIFY(table.model.setData(table.cell(kLite, ConfigTreeModel::ResetColumn), true));
        QCOMPARE(table.state(kLite), RowState::ResetQueued);
        QCOMPARE(table.document.changeSet().resets, QStringList({kAddon, kLite}));

        // Nothing to reset on a row that has its default.
        QVERIFY(!table.model.setData(table.cell(kGit, ConfigTreeModel::ResetColumn), true));
        QCOMPARE(table.document.pendingCount(), 2);

        // On a field without override, the button drops the queued change.
        QVERIFY(table.model.setData(table.cell(kGit, ConfigTreeModel::OverrideColumn), QStringLiteral("1.7.0")));
        QCOMPARE(table.state(kGit), RowState::Edited);
        QVERIFY(table.model.setData(table.cell(kGit, ConfigTreeModel::ResetColumn), true));
        QCOMPARE(table.state(kGit), RowState::Default);
        QCOMPARE(table.document.pendingCount(), 2);
    }

    void undoRedoAndNewSnapshotsUpdateTheTable()
    {
        Table table;
        QVERIFY(table.model.setData(table.cell(kGcs, ConfigTreeModel::OverrideColumn), QStringLiteral("1.6.4")));
        table.document.undoStack()->undo();
        QCOMPARE(table.state(kGcs), RowState::Default);
        QCOMPARE(table.text(kGcs, ConfigTreeModel::OverrideColumn), QString());
        table.document.undoStack()->redo();
        QCOMPARE(table.state(kGcs), RowState::Edited);

        // The server confirms the change: the row shows the new override, nothing stays queued, and
        // the same fields are updated in place rather than the table being rebuilt.
        QSignalSpy reset(&table.model, &QAbstractItemModel::modelReset);
        table.document.setSnapshot(k8({{kGcs, QStringLiteral("plugins/gcs:1.6.4")}}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(table.state(kGcs), RowState::Ahead);
        QCOMPARE(table.document.pendingCount(), 0);

        // Another infra: other fields, same grouping.
        const ImageMap vm = documentedDefaults(QStringLiteral("vm-default-config.json"));
        table.document.setSnapshot(ConfigSnapshot(Module::Ci, Infra::Vm, vm, {}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(table.visibleFields().size(), vm.size());
        QVERIFY(!table.cell(kAddon, 0).isValid());
        QCOMPARE(table.text(kGcs, ConfigTreeModel::DefaultColumn), QStringLiteral("1.6.3"));
    }

    void filterMatchesKeyLabelImageAndTag()
    {
        Table table;
        table.filter.setFilterText(QStringLiteral("GITCLONE"));
        QCOMPARE(table.visibleFields(), QStringList({kGit}));
        QCOMPARE(table.visibleGroups(), QStringList({FieldCatalog::groupName(FieldGroup::CiCore)}));

        table.filter.setFilterText(QStringLiteral("amazon ecr"));
        QCOMPARE(table.visibleFields(), QStringList({QStringLiteral("buildAndPushECRTag"), QStringLiteral("buildAndPushBuildxECRTag")}));
        QCOMPARE(table.visibleGroups().size(), 2);

        table.filter.setFilterText(QStringLiteral("1.9.8"));
        QCOMPARE(table.visibleFields(), QStringList({kCacheGcs, QStringLiteral("cacheS3Tag")}));

        table.filter.setFilterText(QStringLiteral("plugins/kaniko"));
        QCOMPARE(table.visibleFields().size(), 5);

        table.filter.setFilterText(QStringLiteral("no-such-image"));
        QCOMPARE(table.filter.rowCount(), 0);

        table.filter.setFilterText(QString());
        QCOMPARE(table.visibleFields().size(), 48);
        QCOMPARE(table.visibleGroups().size(), 7);
    }

    void overridesOnlyIncludesQueuedChanges()
    {
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.80")}}));
        table.filter.setOverridesOnly(true);
        QCOMPARE(table.visibleFields(), QStringList({kAddon}));
        QCOMPARE(table.visibleGroups(), QStringList({FieldCatalog::groupName(FieldGroup::CiCore)}));

        QVERIFY(table.model.setData(table.cell(kGcs, ConfigTreeModel::OverrideColumn), QStringLiteral("1.6.4")));
        QCOMPARE(table.visibleFields(), QStringList({kAddon, kGcs}));
        QCOMPARE(table.visibleGroups().last(), FieldCatalog::groupName(FieldGroup::UploadAndCache));

        table.document.resetField(kAddon); // still an override until applied
        QCOMPARE(table.visibleFields(), QStringList({kAddon, kGcs}));

        table.filter.setFilterText(QStringLiteral("gcs"));
        QCOMPARE(table.visibleFields(), QStringList({kGcs}));
        table.filter.setFilterText(QString());

        table.document.undoStack()->undo(); // the reset
        table.document.undoStack()->undo(); // the edit: the row and its group leave the view
        QCOMPARE(table.visibleFields(), QStringList({kAddon}));
        QCOMPARE(table.visibleGroups().size(), 1);

        table.filter.setOverridesOnly(false);
        QCOMPARE(table.visibleFields().size(), 48);
    }

    void sortingKeepsGroupsInCatalogOrder()
    {
        Table table(k8({{kS3, QStringLiteral("plugins/s3:1.0.0")}, {kGcs, QStringLiteral("plugins/gcs:1.6.4")}},
                       {{kS3, QStringLiteral("plugins/s3:1.0.0")}}));
        const QStringList groups = table.visibleGroups();

        table.filter.sort(ConfigTreeModel::DefaultColumn, Qt::DescendingOrder);
        QCOMPARE(table.visibleGroups(), groups);
        const QModelIndex buildAndPush = table.filter.index(1, 0);
        QStringList tags;
        for (int r = 0; r < table.filter.rowCount(buildAndPush); ++r)
            tags.append(table.filter.index(r, ConfigTreeModel::DefaultColumn, buildAndPush).data().toString());
        QCOMPARE(tags, QStringList({QStringLiteral("1.11.2"), QStringLiteral("1.11.1"), QStringLiteral("1.11.0"),
                                    QStringLiteral("1.10.6"), QStringLiteral("1.10.1")}));

        // By state, what needs attention comes first within its group.
        table.filter.sort(ConfigTreeModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(table.visibleGroups(), groups);
        const QModelIndex upload = table.filter.index(3, 0);
        QCOMPARE(upload.data().toString(), FieldCatalog::groupName(FieldGroup::UploadAndCache));
        QCOMPARE(table.filter.index(0, 0, upload).data(ConfigTreeModel::FieldKeyRole).toString(), kS3);
        QCOMPARE(table.filter.index(1, 0, upload).data(ConfigTreeModel::FieldKeyRole).toString(), kGcs);

        table.filter.sort(-1);
        QCOMPARE(table.visibleFields().first(), kAddon);
    }

    // --- The override editor in a real view --------------------------------------------------------

    void editorQueuesATypedTag()
    {
        Table table;
        TreeView view;
        OverrideDelegate delegate;
        QLineEdit *editor = openEditor(view, delegate, table, kAddon);
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("harness/ci-addon:1.16.92"));
        QCOMPARE(editor->selectedText(), editor->text()); // typing replaces it

        QTest::keyClicks(editor, QStringLiteral("1.16.93"));
        auto *hint = view.viewport()->findChild<QLabel *>(QStringLiteral("overrideHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("harness/ci-addon:1.16.93")));

        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table.document.pendingCount(), 1);
        QCOMPARE(table.document.proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
        QTRY_VERIFY(!view.isEditing());
        QCOMPARE(table.text(kAddon, ConfigTreeModel::OverrideColumn), QStringLiteral("1.16.93"));
        QTRY_VERIFY(!view.viewport()->findChild<QLabel *>(QStringLiteral("overrideHint")));
    }

    void editorRefusesInvalidTextUntilCancelled()
    {
        Table table;
        TreeView view;
        OverrideDelegate delegate;
        QLineEdit *editor = openEditor(view, delegate, table, kAddon);
        QVERIFY(editor);
        const QColor normalBase = editor->palette().color(QPalette::Base);

        QTest::keyClicks(editor, QStringLiteral("Bad Tag!"));
        auto *hint = view.viewport()->findChild<QLabel *>(QStringLiteral("overrideHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QString reason;
        QVERIFY(!OverrideDelegate::isAcceptable(editor->text(), QStringLiteral("harness/ci-addon:1.16.92"), &reason));
        QCOMPARE(hint->text(), reason); // the reason, where the person is looking
        QCOMPARE(editor->toolTip(), hint->text());
        QVERIFY(editor->palette().color(QPalette::Base) != normalBase);

        QTest::keyClick(editor, Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(table.document.pendingCount(), 0);
        QVERIFY(view.isEditing());
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("Bad Tag!"));

        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!view.isEditing());
        QCOMPARE(table.document.pendingCount(), 0);
        QCOMPARE(table.text(kAddon, ConfigTreeModel::OverrideColumn), QString());

        // Clicking away drops invalid text, and keeps valid text as an edit.
        editor = openEditor(view, delegate, table, kAddon);
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Bad Tag!"));
        view.setFocus();
        QTRY_VERIFY(!view.isEditing());
        QCOMPARE(table.document.pendingCount(), 0);
        editor = openEditor(view, delegate, table, kAddon);
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("1.16.95"));
        view.setFocus();
        QTRY_VERIFY(!view.isEditing());
        QCOMPARE(table.document.proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.95"));
    }

    void escapeCancelsAndAnUntouchedCellQueuesNothing()
    {
        Table table;
        TreeView view;
        OverrideDelegate delegate;
        QLineEdit *editor = openEditor(view, delegate, table, kGit);
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("1.7.0"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!view.isEditing());
        QCOMPARE(table.document.pendingCount(), 0);

        // Opened and confirmed as it was: the default must not become a pinned override.
        editor = openEditor(view, delegate, table, kGit);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view.isEditing());
        QCOMPARE(table.document.pendingCount(), 0);
    }

    void fieldColumnShowsTheRawKeyAfterTheLabel()
    {
        Table table;
        TreeView view;
        OverrideDelegate delegate;
        QVERIFY(showView(view, delegate, table));
        view.resizeColumnToContents(ConfigTreeModel::FieldColumn);
        const QModelIndex field = table.filter.mapFromSource(table.cell(kAddon, ConfigTreeModel::FieldColumn));
        QVERIFY(view.columnWidth(0) > view.fontMetrics().horizontalAdvance(QStringLiteral("Add-on addonTag")));

        const QRect rect = view.visualRect(field);
        const QImage withKey = view.viewport()->grab(rect).toImage();
        QStyledItemDelegate plain;
        view.setItemDelegateForColumn(ConfigTreeModel::FieldColumn, &plain);
        const QImage labelOnly = view.viewport()->grab(rect).toImage();
        QVERIFY(withKey != labelOnly);
    }

private:
    static bool showView(TreeView &view, OverrideDelegate &delegate, Table &table)
    {
        if (view.model() == &table.filter)
            return true;
        view.setModel(&table.filter);
        view.setItemDelegate(&delegate);
        view.expandAll();
        view.resize(1100, 800);
        view.show();
        view.activateWindow();
        return QTest::qWaitForWindowActive(&view);
    }

    static QLineEdit *openEditor(TreeView &view, OverrideDelegate &delegate, Table &table, const QString &field)
    {
        if (!showView(view, delegate, table))
            return nullptr;
        const QModelIndex cell = table.filter.mapFromSource(table.cell(field, ConfigTreeModel::OverrideColumn));
        view.scrollTo(cell);
        view.setCurrentIndex(cell);
        QTest::keyClick(&view, Qt::Key_F2);
        const QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(view.indexWidget(cell));
        if (!editor || !QTest::qWaitFor([editor] { return editor && editor->isVisible() && editor->hasFocus(); }))
            return nullptr;
        return editor;
    }
};

QTEST_MAIN(TestConfigTreeModel)
#include "tst_configtreemodel.moc"
