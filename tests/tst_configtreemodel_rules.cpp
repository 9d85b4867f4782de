// The rules a row of the table follows beyond default and override: values from newer servers,
// blank overrides, known server quirks, rootless rows, the add-on and lite engine pair, Harness's
// release window, and server text that is never markup. Every model under QAbstractItemModelTester.
#include "tst_configtreemodel_table.h"

#include "core/configdocument.h"
#include "core/knowntags.h"
#include "ui/configtreemodel.h"
#include "ui/rowstatelook.h"

#include <QTextDocument>
#include <QUndoStack>
#include <QtTest>

using namespace hci;

namespace {

const QString kAddonRootless = QStringLiteral("addonTagRootless");
const QString kLiteRootless = QStringLiteral("liteEngineTagRootless");
const QString kSlsa = QStringLiteral("slsaVerificationTag");
const QString kFlag = QStringLiteral("cacheIntelligenceEnabled");
const QString kSettings = QStringLiteral("pluginSettings");

QStringList releases(const QString &prefix, int major, int minor, int from, int to)
{
    QStringList tags;
    for (int patch = from; patch <= to; ++patch)
        tags.append(prefix + QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch));
    return tags;
}

} // namespace

class TestConfigTreeModelRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateHasItsOwnLook()
    {
        QSet<QString> texts;
        for (const FieldState state : allFieldStates()) {
            const QString text = ConfigTreeModel::stateText(state);
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(int(state))));
            QVERIFY(!ConfigTreeModel::stateToolTip(state).isEmpty());
            // An icon only where it means something: a row on its default has none.
            const bool quiet = RowStateLook::emphasis(state) == RowStateLook::Emphasis::Quiet;
            QCOMPARE(ConfigTreeModel::stateIcon(state).isNull(), quiet);
            QCOMPARE(quiet, state == FieldState::Default || state == FieldState::EmptyOverride);
            texts.insert(text);
        }
        QCOMPARE(qsizetype(texts.size()), qsizetype(kFieldStateCount));
        // What needs attention sorts first.
        QVERIFY(RowStateLook::urgency(FieldState::Deprecated) < RowStateLook::urgency(FieldState::Unsupported));
        QVERIFY(RowStateLook::urgency(FieldState::Unsupported) < RowStateLook::urgency(FieldState::Edited));
        QVERIFY(RowStateLook::urgency(FieldState::Edited) < RowStateLook::urgency(FieldState::Default));
    }

    void valuesThatAreNotTextAreReadOnlyRows()
    {
        ConfigSnapshot snapshot = k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.80")}});
        snapshot.setReadOnlyFields({{kFlag, QStringLiteral("true")}, {kSettings, QStringLiteral(R"({"insecure":false})")}},
                                   {{kFlag, QStringLiteral("false")}});
        Table table(snapshot);
        QCOMPARE(table.state(kFlag), RowState::ReadOnly);
        QCOMPARE(table.state(kSettings), RowState::ReadOnly);
        QCOMPARE(table.text(kFlag, ConfigTreeModel::DefaultColumn), QStringLiteral("true"));
        QCOMPARE(table.text(kFlag, ConfigTreeModel::OverrideColumn), QStringLiteral("false"));
        QCOMPARE(table.text(kSettings, ConfigTreeModel::DefaultColumn), QStringLiteral(R"({"insecure":false})"));
        QCOMPARE(table.text(kFlag, ConfigTreeModel::StateColumn), ConfigTreeModel::stateText(RowState::ReadOnly));

        const QModelIndex cell = table.cell(kFlag, ConfigTreeModel::OverrideColumn);
        QVERIFY(cell.data(ConfigTreeModel::ReadOnlyRole).toBool());
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
        QVERIFY(!table.model.setData(cell, QStringLiteral("harness/x:1")));
        QVERIFY(!table.model.setData(cell, QString()));
        QVERIFY(!table.cell(kFlag, ConfigTreeModel::ResetColumn).data(ConfigTreeModel::CanResetRole).toBool());
        QVERIFY(!table.model.setData(table.cell(kFlag, ConfigTreeModel::ResetColumn), true));
        QVERIFY(!table.document.hasPendingChanges());

        // Every other field still works, and a reset of everything leaves the read-only ones alone.
        QVERIFY(table.model.setData(table.cell(kGit, ConfigTreeModel::OverrideColumn), QStringLiteral("1.7.0-rootless")));
        table.document.resetAll();
        const ChangeSet set = table.document.changeSet();
        QCOMPARE(set.size(), 2);
        QVERIFY(!set.resets.contains(kFlag) && !set.resets.contains(kSettings));
        QCOMPARE(table.state(kFlag), RowState::ReadOnly);
    }

    void aBlankOverrideReadsAsTheDefaultWithAHint()
    {
        Table table(k8({{kS3, QString()}}));
        QCOMPARE(table.state(kS3), RowState::EmptyOverride);
        QVERIFY(!table.cell(kS3, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::HasOverrideRole).toBool());
        QVERIFY(table.text(kS3, ConfigTreeModel::OverrideColumn).isEmpty());
        QVERIFY(table.cell(kS3, ConfigTreeModel::OverrideColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("empty")));
        QVERIFY(ConfigTreeModel::stateText(RowState::EmptyOverride).contains(QLatin1String("empty")));
        table.filter.setOverridesOnly(true);
        QVERIFY(!table.visibleFields().contains(kS3));
        // The empty value can be removed from the server.
        QVERIFY(table.cell(kS3, ConfigTreeModel::ResetColumn).data(ConfigTreeModel::CanResetRole).toBool());
        QVERIFY(table.model.setData(table.cell(kS3, ConfigTreeModel::ResetColumn), true));
        QCOMPARE(table.document.changeSet().resets, QStringList{kS3});
    }

    void aFieldTheServerRefusesOnVmWarnsInItsRow()
    {
        const ImageMap vm = documentedDefaults(QStringLiteral("vm-default-config.json"));
        QVERIFY(vm.contains(kSlsa));
        Table table(ConfigSnapshot(Module::Ci, Infra::Vm, vm, {}));
        const QModelIndex field = table.cell(kSlsa, ConfigTreeModel::FieldColumn);
        QVERIFY(field.data(ConfigTreeModel::WarningRole).toString().contains(kSlsa));
        QVERIFY(!field.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(field.data(Qt::ToolTipRole).toString().contains(QLatin1String("refuses")));
        QVERIFY(table.cell(kSlsa, ConfigTreeModel::StateColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("refuses")));
        QVERIFY(table.cell(kGit, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::WarningRole).toString().isEmpty());

        Table onK8;
        QVERIFY(onK8.cell(kSlsa, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::WarningRole).toString().isEmpty());
    }

    void theAddOnAndTheLiteEngineApartWarnInBothRows()
    {
        Table table;
        const auto warning = [&table](const QString &field) {
            return table.cell(field, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::WarningRole).toString();
        };
        QVERIFY(warning(kAddon).isEmpty());
        QVERIFY(warning(kLite).isEmpty());
        QVERIFY(table.model.setData(table.cell(kAddon, ConfigTreeModel::OverrideColumn), QStringLiteral("1.16.93")));
        QVERIFY(warning(kAddon).contains(QLatin1String("together")));
        QVERIFY(warning(kLite).contains(QLatin1String("together")));
        QVERIFY(warning(kAddonRootless).isEmpty()); // the rootless twins are a pair of their own

        QVERIFY(table.model.setData(table.cell(kLite, ConfigTreeModel::OverrideColumn), QStringLiteral("1.16.93")));
        QVERIFY(warning(kAddon).isEmpty());
        QVERIFY(warning(kLite).isEmpty());

        QVERIFY(table.model.setData(table.cell(kLiteRootless, ConfigTreeModel::OverrideColumn), QStringLiteral("1.16.90")));
        QVERIFY(!warning(kAddonRootless).isEmpty());
        QVERIFY(!warning(kLiteRootless).isEmpty());
        table.document.undoStack()->undo();
        QVERIFY(warning(kAddonRootless).isEmpty());
    }

    void aBareVersionInARootlessRowStaysRootless()
    {
        Table table;
        QVERIFY(table.model.setData(table.cell(kAddonRootless, ConfigTreeModel::OverrideColumn), QStringLiteral("1.16.93")));
        QCOMPARE(table.document.proposedOverride(kAddonRootless), QStringLiteral("harness/ci-addon:rootless-1.16.93"));
        QVERIFY(table.model.setData(table.cell(kGit, ConfigTreeModel::OverrideColumn), QStringLiteral("1.6.10")));
        QCOMPARE(table.document.proposedOverride(kGit), QStringLiteral("harness/drone-git:1.6.10-rootless"));
        // A whole reference is taken as typed, and the row says what it lost.
        QVERIFY(table.model.setData(table.cell(kLiteRootless, ConfigTreeModel::OverrideColumn),
                                    QStringLiteral("harness/ci-lite-engine:1.16.93")));
        QVERIFY(table.cell(kLiteRootless, ConfigTreeModel::FieldColumn)
                    .data(ConfigTreeModel::WarningRole)
                    .toString()
                    .contains(QLatin1String("rootless")));
    }

    void theSupportWindowIsHarnessReleaseTrainsOnly()
    {
        KnownTags known;
        // Harness's releases, and two tags newer than its default (1.16.92).
        known.setTags(QStringLiteral("harness/ci-addon:1.16.92"),
                      releases({}, 1, 16, 80, 94) + releases(QStringLiteral("rootless-"), 1, 16, 80, 94));
        // A plugin with many newer releases.
        known.setTags(QStringLiteral("plugins/s3:1.5.3"), releases({}, 1, 5, 0, 3) + releases({}, 1, 6, 0, 9));
        Table table(k8({{kAddon, QStringLiteral("harness/ci-addon:1.16.94")},
                        {kAddonRootless, QStringLiteral("harness/ci-addon:rootless-1.16.89")},
                        {kLite, QStringLiteral("harness/ci-lite-engine:1.16.90")},
                        {kS3, QStringLiteral("plugins/s3:1.5.0")}}));
        table.model.setKnownTags(&known);
        // Newer than the default: ahead of it, whatever the registry has beyond.
        QCOMPARE(table.state(kAddon), RowState::Ahead);
        // Measured against the releases up to the default: 1.16.90, 91 and 92 are the window.
        QCOMPARE(table.state(kAddonRootless), RowState::Unsupported);
        // A plugin image far behind is never unsupported; it may say that a newer release exists.
        QCOMPARE(table.state(kS3), RowState::Behind);
        QVERIFY(table.cell(kS3, ConfigTreeModel::StateColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("1.6.9")));

        QVERIFY(table.model.setData(table.cell(kAddonRootless, ConfigTreeModel::OverrideColumn), QStringLiteral("1.16.90")));
        table.document.setSnapshot(k8({{kAddonRootless, QStringLiteral("harness/ci-addon:rootless-1.16.90")}}));
        QCOMPARE(table.state(kAddonRootless), RowState::Behind); // latest-2 of the default's train
    }

    void serverTextIsNeverMarkupInATooltip()
    {
        const QString html = QStringLiteral("<b>html</b>");
        Table table(k8({{kKaniko, html}}));
        const QString tip = table.cell(kKaniko, ConfigTreeModel::OverrideColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("&lt;b&gt;html&lt;/b&gt;")), qPrintable(tip));
        QTextDocument rendered;
        rendered.setHtml(tip);
        QVERIFY2(rendered.toPlainText().contains(html), qPrintable(rendered.toPlainText()));
    }
};

QTEST_MAIN(TestConfigTreeModelRules)
#include "tst_configtreemodel_rules.moc"
