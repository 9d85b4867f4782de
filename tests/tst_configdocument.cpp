#include "core/configdocument.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kGit = QStringLiteral("gitCloneTag");
const QString kS3 = QStringLiteral("s3UploadTag");

ConfigSnapshot snapshot(const ImageMap &overrides)
{
    const ImageMap defaults{{kAddon, QStringLiteral("harness/ci-addon:1.16.92")},
                            {kGit, QStringLiteral("harness/drone-git:1.6.9-rootless")},
                            {kS3, QStringLiteral("plugins/s3:1.5.3")}};
    return ConfigSnapshot(Module::Ci, Infra::K8, defaults, overrides);
}

} // namespace

class TestConfigDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAreQueuedNotApplied()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({}));
        QSignalSpy count(&document, &ConfigDocument::pendingCountChanged);
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QCOMPARE(document.pendingCount(), 1);
        QCOMPARE(count.count(), 1);
        QCOMPARE(document.proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
        QVERIFY(document.snapshot().overrides().isEmpty()); // nothing changed on the "server" side
    }

    void invalidReferencesAreRefusedWithAReason()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({}));
        QString why;
        QVERIFY(!document.setOverride(kAddon, QStringLiteral("harness/CI-addon:1"), &why));
        QVERIFY(why.contains(QStringLiteral("lower case")));
        QCOMPARE(document.pendingCount(), 0);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void editingBackToTheServerValueDropsTheChange()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({{kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")}}));
        QVERIFY(document.setOverride(kGit, QStringLiteral("harness/drone-git:1.6.5-rootless")));
        QCOMPARE(document.pendingCount(), 1);
        QVERIFY(document.setOverride(kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")));
        QCOMPARE(document.pendingCount(), 0);
        QVERIFY(!document.pendingChange(kGit).has_value());
    }

    void undoAndRedoCoverEditsAndResets()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({{kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")}}));
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        document.resetField(kGit);
        QCOMPARE(document.pendingCount(), 2);
        QCOMPARE(document.proposedOverride(kGit), QString());

        document.undoStack()->undo();
        QCOMPARE(document.pendingCount(), 1);
        QCOMPARE(document.proposedOverride(kGit), QStringLiteral("harness/drone-git:1.6.0-rootless"));
        document.undoStack()->undo();
        QCOMPARE(document.pendingCount(), 0);
        document.undoStack()->redo();
        document.undoStack()->redo();
        QCOMPARE(document.pendingCount(), 2);
        QCOMPARE(document.pendingChange(kGit)->kind, PendingChange::Kind::Reset);
    }

    void resetOfAFieldWithoutOverrideQueuesNothing()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({}));
        document.resetField(kS3);
        QCOMPARE(document.pendingCount(), 0);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void resetAllIsOneUndoStep()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({{kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")},
                                       {kS3, QStringLiteral("plugins/s3:1.5.0")}}));
        QCOMPARE(document.resetAll(), 2);
        QCOMPARE(document.pendingCount(), 2);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.pendingCount(), 0);
        QCOMPARE(document.resetAll(), 2);
        QCOMPARE(document.resetAll(), 0); // nothing left to reset
    }

    void discardClearsTheQueueUndoably()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({}));
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(document.setOverride(kS3, QStringLiteral("plugins/s3:1.5.4")));
        document.discardAll();
        QCOMPARE(document.pendingCount(), 0);
        document.undoStack()->undo();
        QCOMPARE(document.pendingCount(), 2);
    }

    void droppingAChangeKeepsTheServerValueUndoably()
    {
        ConfigDocument document;
        // The server holds a value that is not a valid reference: dropping must not depend on parsing it.
        document.setSnapshot(snapshot({{kGit, QStringLiteral("not a reference")}}));
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(document.setOverride(kGit, QStringLiteral("harness/drone-git:1.6.9-rootless")));
        QSignalSpy count(&document, &ConfigDocument::pendingCountChanged);
        document.dropPending(kGit);
        QCOMPARE(document.pendingCount(), 1);
        QVERIFY(!document.pendingChange(kGit));
        QCOMPARE(document.proposedOverride(kGit), QStringLiteral("not a reference"));
        QCOMPARE(count.count(), 1);
        document.dropPending(kS3); // nothing queued: nothing happens
        QCOMPARE(document.undoStack()->count(), 3);
        document.undoStack()->undo();
        QCOMPARE(document.pendingChange(kGit)->value, QStringLiteral("harness/drone-git:1.6.9-rootless"));
    }

    void changeSetHasOneUpdateListAndOneResetList()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({{kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")}}));
        QVERIFY(document.setOverride(kS3, QStringLiteral("plugins/s3:1.5.4")));
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        document.resetField(kGit);
        const ChangeSet set = document.changeSet();
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.updates.size(), 2);
        QCOMPARE(set.updates.first().first, kAddon); // catalog order
        QCOMPARE(set.resets, QStringList{kGit});
    }

    void aFreshSnapshotConfirmsWhatTookAndKeepsTheRest()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({{kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")}}));
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(document.setOverride(kS3, QStringLiteral("plugins/s3:1.5.4")));
        document.resetField(kGit);
        const ChangeSet sent = document.changeSet();

        // The server took the addon change and the reset, not the S3 one.
        const ImageMap after{{kAddon, QStringLiteral("harness/ci-addon:1.16.93")}};
        QCOMPARE(ConfigDocument::confirmedFields(sent, after), (QStringList{kAddon, kGit}));
        document.setSnapshot(snapshot(after));
        QCOMPARE(document.pendingCount(), 1);
        QCOMPARE(document.pendingChange(kS3)->value, QStringLiteral("plugins/s3:1.5.4"));
    }

    void conflictsAreFieldsChangedOnTheServerSinceLoad()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({{kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")}}));
        QVERIFY(document.setOverride(kGit, QStringLiteral("harness/drone-git:1.6.5-rootless")));
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(document.conflictsWith(document.snapshot().overrides()).isEmpty());

        const ImageMap server{{kGit, QStringLiteral("harness/drone-git:1.6.7-rootless")},
                              {kAddon, QStringLiteral("harness/ci-addon:1.16.99")}};
        const QList<Conflict> conflicts = document.conflictsWith(server);
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.first().field, kAddon);
        QCOMPARE(conflicts.first().loadedValue, QString());
        QCOMPARE(conflicts.first().serverValue, QStringLiteral("harness/ci-addon:1.16.99"));
        QCOMPARE(conflicts.last().loadedValue, QStringLiteral("harness/drone-git:1.6.0-rootless"));
    }
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
