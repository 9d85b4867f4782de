// The table after a load: an apply's read-back, a refresh and a tag lookup update the rows they
// change, and the user keeps their place (selection, current row, expanded groups, scrolling).
#include "tst_configtreemodel_table.h"

#include "core/knowntags.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace hci;

namespace {

// The source rows a dataChanged spy saw: field keys for field rows, group names for group rows.
QStringList touchedRows(const QSignalSpy &spy)
{
    QStringList rows;
    for (const QList<QVariant> &signal : spy) {
        const QModelIndex first = signal.at(0).toModelIndex();
        const QModelIndex last = signal.at(1).toModelIndex();
        for (int row = first.row(); row <= last.row(); ++row) {
            const QModelIndex cell = first.siblingAtRow(row);
            const QString key = cell.data(ConfigTreeModel::FieldKeyRole).toString();
            rows.append(key.isEmpty() ? cell.data().toString() : key);
        }
    }
    rows.removeDuplicates();
    rows.sort();
    return rows;
}

QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}

QModelIndex groupRow(const Table &table, FieldGroup group)
{
    for (int g = 0; g < table.filter.rowCount(); ++g) {
        const QModelIndex index = table.filter.index(g, 0);
        if (index.data().toString() == FieldCatalog::groupName(group))
            return index;
    }
    return {};
}

} // namespace

class TestConfigTreeModelUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anApplyKeepsTheUsersPlaceInTheTable()
    {
        Table table;
        QTreeView view;
        view.setModel(&table.filter);
        view.expandAll();
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QModelIndex security = groupRow(table, FieldGroup::Security);
        const QModelIndex uploads = groupRow(table, FieldGroup::UploadAndCache);
        QVERIFY(security.isValid() && uploads.isValid());
        view.collapse(security);
        const QModelIndex gcs = table.filter.mapFromSource(table.cell(kGcs, ConfigTreeModel::FieldColumn));
        view.selectionModel()->setCurrentIndex(gcs, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.scrollToBottom();
        QTRY_VERIFY(view.verticalScrollBar()->value() > 0);
        const int scrolled = view.verticalScrollBar()->value();

        // The user queues a change and applies it; the read-back confirms it.
        QVERIFY(table.document.setOverride(kGcs, QStringLiteral("plugins/gcs:1.6.4")));
        QCOMPARE(table.state(kGcs), RowState::Edited);
        QSignalSpy reset(&table.model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&table.model, &QAbstractItemModel::dataChanged);
        table.document.setSnapshot(
            table.document.snapshot().withOverrides({{kGcs, QStringLiteral("plugins/gcs:1.6.4")}}, {}));

        QCOMPARE(table.document.pendingCount(), 0);
        QCOMPARE(table.state(kGcs), RowState::Ahead);
        QCOMPARE(table.text(kGcs, ConfigTreeModel::OverrideColumn), QStringLiteral("1.6.4"));
        QCOMPARE(table.model.index(uploads.row(), 0).data(ConfigTreeModel::GroupSummaryRole).toString(),
                 QStringLiteral("1 overridden"));

        // Where the user was: the same row current and selected, the same groups open, the same scrolling.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(view.currentIndex().data(ConfigTreeModel::FieldKeyRole).toString(), kGcs);
        const QModelIndexList selected = view.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ConfigTreeModel::FieldKeyRole).toString(), kGcs);
        QVERIFY(!view.isExpanded(security));
        QVERIFY(view.isExpanded(uploads));
        QVERIFY(view.isExpanded(groupRow(table, FieldGroup::CiCore)));
        QCOMPARE(view.verticalScrollBar()->value(), scrolled);

        // Only the confirmed row and the summary of its group were redrawn.
        QCOMPARE(touchedRows(changed), sortedList({kGcs, FieldCatalog::groupName(FieldGroup::UploadAndCache)}));
    }

    void aRefreshRedrawsOnlyWhatChangedOnTheServer()
    {
        Table table(k8({{kS3, QStringLiteral("plugins/s3:1.5.0")}}));
        // What the user sees before: the rows are described once something shows them.
        QCOMPARE(table.text(kS3, ConfigTreeModel::OverrideColumn), QStringLiteral("1.5.0"));
        QCOMPARE(table.state(kGcs), RowState::Default);
        QSignalSpy reset(&table.model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&table.model, &QAbstractItemModel::dataChanged);

        // Someone else changed two overrides on the server; a refresh brings them.
        table.document.setSnapshot(k8({{kS3, QStringLiteral("plugins/s3:1.6.0")}, {kGcs, QStringLiteral("plugins/gcs:1.6.0")}}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(table.text(kS3, ConfigTreeModel::OverrideColumn), QStringLiteral("1.6.0"));
        QCOMPARE(table.text(kGcs, ConfigTreeModel::OverrideColumn), QStringLiteral("1.6.0"));
        QCOMPARE(table.state(kGcs), RowState::Behind);
        QCOMPARE(table.model.index(groupRow(table, FieldGroup::UploadAndCache).row(), 0)
                     .data(ConfigTreeModel::GroupSummaryRole)
                     .toString(),
                 QStringLiteral("2 overridden"));
        QCOMPARE(touchedRows(changed), sortedList({kS3, kGcs, FieldCatalog::groupName(FieldGroup::UploadAndCache)}));

        // The same answer again: nothing to redraw.
        changed.clear();
        table.document.setSnapshot(k8({{kS3, QStringLiteral("plugins/s3:1.6.0")}, {kGcs, QStringLiteral("plugins/gcs:1.6.0")}}));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void theAddOnsPartnerFollowsTheReadBack()
    {
        // The add-on and the lite engine warn about each other: a read-back that moves one redraws both.
        Table table;
        QVERIFY(table.cell(kLite, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::WarningRole).toString().isEmpty());
        table.document.setSnapshot(table.document.snapshot().withOverrides(
            {{kAddon, QStringLiteral("harness/ci-addon:1.16.60")}}, {}));
        QVERIFY(!table.cell(kLite, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::WarningRole).toString().isEmpty());
        QVERIFY(!table.cell(kAddon, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::WarningRole).toString().isEmpty());
    }

    void tagsOfOneImageRedrawOnlyItsRows()
    {
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.89")}, {kGcs, QStringLiteral("plugins/gcs:1.6.0")}}));
        KnownTags known;
        table.model.setKnownTags(&known);
        QCOMPARE(table.state(kAddon), RowState::Behind);
        QCOMPARE(table.state(kGcs), RowState::Behind);
        QSignalSpy changed(&table.model, &QAbstractItemModel::dataChanged);

        // A lookup that starts changes nothing a row shows.
        known.setLoading(QStringLiteral("harness/ci-addon:1.16.89"));
        QCOMPARE(changed.count(), 0);

        known.setTags(QStringLiteral("harness/ci-addon"),
                      {QStringLiteral("1.16.89"), QStringLiteral("1.16.90"), QStringLiteral("1.16.91"), QStringLiteral("1.16.92")});
        QCOMPARE(table.state(kAddon), RowState::Unsupported);
        QCOMPARE(table.state(kGcs), RowState::Behind);
        QCOMPARE(touchedRows(changed), sortedList({kAddon, FieldCatalog::groupName(FieldGroup::CiCore)}));

        // Forgetting every tag brings the row back.
        known.clear();
        QCOMPARE(table.state(kAddon), RowState::Behind);
    }

    void rowsNobodyLookedAtCostNothingUntilShown()
    {
        // A row is worked out when something shows it; the group summaries count every row all along.
        Table table(k8({{kS3, QStringLiteral("plugins/s3:1.5.0")}}));
        const QModelIndex uploads = table.model.index(groupRow(table, FieldGroup::UploadAndCache).row(), 0);
        QCOMPARE(uploads.data(ConfigTreeModel::GroupSummaryRole).toString(), QStringLiteral("1 overridden"));
        QSignalSpy changed(&table.model, &QAbstractItemModel::dataChanged);
        QVERIFY(table.document.setOverride(kGcs, QStringLiteral("plugins/gcs:1.6.4")));
        QCOMPARE(uploads.data(ConfigTreeModel::GroupSummaryRole).toString(), QStringLiteral("1 overridden, 1 queued"));
        QVERIFY(touchedRows(changed).contains(FieldCatalog::groupName(FieldGroup::UploadAndCache)));
        QCOMPARE(table.state(kGcs), RowState::Edited);
        QCOMPARE(table.text(kGcs, ConfigTreeModel::OverrideColumn), QStringLiteral("1.6.4"));
        table.document.setSnapshot(table.document.snapshot().withOverrides(
            {{kS3, QStringLiteral("plugins/s3:1.5.0")}, {kGcs, QStringLiteral("plugins/gcs:1.6.4")}}, {}));
        QCOMPARE(uploads.data(ConfigTreeModel::GroupSummaryRole).toString(), QStringLiteral("2 overridden"));
        QCOMPARE(table.state(kGcs), RowState::Ahead);
    }

    void theFilterFindsARowTheReadBackChanged()
    {
        // A row hidden by the filter, never shown: the read-back gives it the searched tag, and it appears.
        Table table(k8({{kS3, QStringLiteral("plugins/s3:1.5.0")}}));
        table.filter.setFilterText(QStringLiteral("s3:1.6.0"));
        QVERIFY(table.visibleFields().isEmpty());
        table.document.setSnapshot(table.document.snapshot().withOverrides({{kS3, QStringLiteral("plugins/s3:1.6.0")}}, {}));
        QCOMPARE(table.visibleFields(), QStringList{kS3});
        table.filter.setFilterText(QString());
        table.filter.setOverridesOnly(true);
        QCOMPARE(table.visibleFields(), QStringList{kS3});
    }

    void aNewScopeOrNewFieldsRebuildTheTable()
    {
        Table table;
        QSignalSpy reset(&table.model, &QAbstractItemModel::modelReset);
        ImageMap defaults = table.document.snapshot().defaults();
        defaults.insert(kNew, QStringLiteral("harness/new:1.0.0"));
        table.document.setSnapshot(ConfigSnapshot(Module::Ci, Infra::K8, defaults, {}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(table.visibleGroups().last(), FieldCatalog::groupName(FieldGroup::Other));
        QCOMPARE(table.text(kNew, ConfigTreeModel::DefaultColumn), QStringLiteral("1.0.0"));

        table.document.setSnapshot(ConfigSnapshot(Module::Iacm, Infra::K8, defaults, {}));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(table.text(kNew, ConfigTreeModel::DefaultColumn), QStringLiteral("1.0.0"));
    }
};

QTEST_MAIN(TestConfigTreeModelUpdates)
#include "tst_configtreemodel_updates.moc"
