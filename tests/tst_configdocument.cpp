#include "core/configdocument.h"

#include <QSignalSpy>
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

    void undoAndRedoNameTheStepAndFollowTheirState()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({{kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")}}));
        UndoStack *stack = document.undoStack();
        QSignalSpy canUndo(stack, &UndoStack::canUndoChanged);
        QSignalSpy canRedo(stack, &UndoStack::canRedoChanged);
        QSignalSpy undoText(stack, &UndoStack::undoTextChanged);
        QSignalSpy redoText(stack, &UndoStack::redoTextChanged);
        QVERIFY(!stack->canUndo());
        QVERIFY(!stack->canRedo());
        QVERIFY(stack->undoText().isEmpty());

        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(stack->canUndo());
        QCOMPARE(canUndo.count(), 1);
        QCOMPARE(canUndo.last().first().toBool(), true);
        QVERIFY(stack->undoText().contains(QStringLiteral("harness/ci-addon:1.16.93")));
        QCOMPARE(undoText.last().first().toString(), stack->undoText());

        document.resetField(kGit);
        QVERIFY(stack->undoText().contains(QStringLiteral("default")));
        stack->undo();
        QVERIFY(stack->canRedo());
        QCOMPARE(canRedo.count(), 1);
        QVERIFY(stack->redoText().contains(QStringLiteral("default")));
        QCOMPARE(redoText.last().first().toString(), stack->redoText());
        QVERIFY(stack->undoText().contains(QStringLiteral("harness/ci-addon:1.16.93")));

        stack->undo();
        QVERIFY(!stack->canUndo());
        QCOMPARE(canUndo.last().first().toBool(), false);
        QCOMPARE(document.pendingCount(), 0);
        stack->undo(); // nothing left: nothing happens
        QCOMPARE(document.pendingCount(), 0);
        QCOMPARE(stack->index(), 0);
        QCOMPARE(stack->count(), 2);
    }

    void aNewEditAfterUndoDropsWhatCouldBeRedone()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({}));
        UndoStack *stack = document.undoStack();
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(document.setOverride(kS3, QStringLiteral("plugins/s3:1.5.4")));
        stack->undo();
        QVERIFY(stack->canRedo());
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.94")));
        QVERIFY(!stack->canRedo());
        QCOMPARE(stack->count(), 2);
        stack->redo(); // nothing to redo: the S3 change stays gone
        QVERIFY(!document.pendingChange(kS3));
        stack->undo();
        QCOMPARE(document.proposedOverride(kAddon), QStringLiteral("harness/ci-addon:1.16.93"));
    }

    void stepsInAMacroAreOneStepUndoneInReverse()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({{kGit, QStringLiteral("harness/drone-git:1.6.0-rootless")}}));
        UndoStack *stack = document.undoStack();
        stack->beginMacro(QStringLiteral("outer"));
        QVERIFY(document.setOverride(kGit, QStringLiteral("harness/drone-git:1.6.5-rootless")));
        QVERIFY(!stack->canUndo()); // not while the step is still open
        stack->beginMacro(QStringLiteral("inner"));
        document.resetField(kGit); // the same field twice: undo must end where it began
        stack->endMacro();
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        stack->endMacro();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("outer"));
        QCOMPARE(document.pendingChange(kGit)->kind, PendingChange::Kind::Reset);
        stack->undo();
        QCOMPARE(document.pendingCount(), 0);
        QCOMPARE(document.proposedOverride(kGit), QStringLiteral("harness/drone-git:1.6.0-rootless"));
        stack->redo();
        QCOMPARE(document.pendingCount(), 2);
        QCOMPARE(document.pendingChange(kGit)->kind, PendingChange::Kind::Reset);

        stack->beginMacro(QStringLiteral("empty"));
        stack->endMacro();
        QCOMPARE(stack->count(), 1); // a step that changed nothing is not kept
    }

    void cleanMarksAStateAndClearForgetsTheHistoryNotTheQueue()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({}));
        UndoStack *stack = document.undoStack();
        QVERIFY(stack->isClean());
        QSignalSpy clean(stack, &UndoStack::cleanChanged);
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(!stack->isClean());
        QCOMPARE(clean.count(), 1);
        stack->setClean();
        QVERIFY(stack->isClean());
        QVERIFY(document.setOverride(kS3, QStringLiteral("plugins/s3:1.5.4")));
        QVERIFY(!stack->isClean());
        stack->undo();
        QVERIFY(stack->isClean());
        stack->undo();
        QVERIFY(!stack->isClean());
        QVERIFY(document.setOverride(kGit, QStringLiteral("harness/drone-git:1.6.5-rootless")));
        stack->undo();
        QVERIFY(!stack->isClean()); // the marked state was overwritten and cannot come back
        QVERIFY(document.setOverride(kGit, QStringLiteral("harness/drone-git:1.6.5-rootless")));

        QSignalSpy canUndo(stack, &UndoStack::canUndoChanged);
        stack->clear();
        QCOMPARE(stack->count(), 0);
        QVERIFY(stack->isClean());
        QVERIFY(!stack->canUndo());
        QCOMPARE(canUndo.count(), 1);
        QCOMPARE(document.pendingCount(), 1); // the queue itself stays
    }

    void confirmingAChangeForgetsTheHistory()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot({}));
        QVERIFY(document.setOverride(kAddon, QStringLiteral("harness/ci-addon:1.16.93")));
        QVERIFY(document.setOverride(kS3, QStringLiteral("plugins/s3:1.5.4")));
        document.setSnapshot(snapshot({})); // nothing confirmed: undo still works
        QVERIFY(document.undoStack()->canUndo());
        document.setSnapshot(snapshot({{kAddon, QStringLiteral("harness/ci-addon:1.16.93")}}));
        QVERIFY(!document.undoStack()->canUndo());
        QCOMPARE(document.pendingCount(), 1);
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
