// The local store: its schema from the first version on, write-ahead logging, a damaged file or
// one that cannot be opened, and the pending-edit journal as a document's queue changes.
#include "store/journalwriter.h"
#include "store/localstore.h"
#include "store/pendingjournal.h"

#include "core/configdocument.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hci;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kGit = QStringLiteral("gitCloneTag");
const QString kAddonOld = QStringLiteral("harness/ci-addon:1.16.80");
const QString kAddonNew = QStringLiteral("harness/ci-addon:1.16.93");

StoreScope scope(const QString &account = QStringLiteral("acct1"))
{
    return StoreScope::forProfile(QStringLiteral("profile-a"), account, Module::Ci, Infra::K8);
}

ConfigSnapshot snapshot(const ImageMap &overrides)
{
    return ConfigSnapshot(Module::Ci, Infra::K8,
                          {{kAddon, QStringLiteral("harness/ci-addon:1.16.92")},
                           {kGit, QStringLiteral("harness/drone-git:1.6.9-rootless")}},
                          overrides);
}

// Undo or redo on the document's own history, whichever class keeps it: undo() and redo() are its slots.
void step(ConfigDocument &document, const char *slot)
{
    const QByteArray signature = QByteArray(slot) + "()";
    for (QObject *child : document.children()) {
        if (child->metaObject()->indexOfSlot(signature.constData()) >= 0) {
            QMetaObject::invokeMethod(child, slot);
            return;
        }
    }
    QFAIL("the document has no undo history");
}

QString pragma(LocalStore &store, const QString &name)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(QStringLiteral("s%1/store.sqlite").arg(++m_n)); }

    void newFileIsAtTheLatestVersionWithWal()
    {
        LocalStore store(m_path);
        QCOMPARE(store.status(), LocalStore::Status::Ready);
        QVERIFY(store.problem().isEmpty());
        QCOMPARE(store.schemaVersion(), LocalStore::latestVersion());
        QCOMPARE(pragma(store, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QVERIFY(QFile::exists(m_path));
    }

    void migratesFromVersionOneKeepingTheJournal()
    {
        {
            LocalStore first(m_path, 1);
            QCOMPARE(first.schemaVersion(), 1);
            QSqlQuery probe(first.database());
            QVERIFY(!probe.exec(QStringLiteral("SELECT COUNT(*) FROM loads"))); // not there yet
            PendingJournal journal(&first);
            QVERIFY(journal.write(scope(), {{kAddon, kAddonOld}},
                                  {{kAddon, PendingChange::Kind::Set, kAddonNew}}));
        }
        LocalStore store(m_path);
        QCOMPARE(store.status(), LocalStore::Status::Ready);
        QCOMPARE(store.schemaVersion(), LocalStore::latestVersion());
        QSqlQuery steps(store.database());
        QVERIFY(steps.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")));
        QList<int> versions;
        while (steps.next())
            versions.append(steps.value(0).toInt());
        QCOMPARE(versions, (QList<int>{1, 2, 3}));
        const Journal journal = PendingJournal(&store).read(scope());
        QCOMPARE(journal.changes.size(), 1);
        QCOMPARE(journal.changes.first().change.value, kAddonNew);
        QCOMPARE(journal.changes.first().baseOverride, std::optional<QString>(kAddonOld));
    }

    void garbageIsMovedAsideAndAFreshStoreStarts()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, 'x');
        file.write(garbage);
        file.close();

        LocalStore store(m_path);
        QCOMPARE(store.status(), LocalStore::Status::Recovered);
        QVERIFY2(store.problem().contains(QStringLiteral("moved")), qPrintable(store.problem()));
        QVERIFY(store.movedAsidePath().startsWith(m_path + QStringLiteral(".damaged-")));
        QFile aside(store.movedAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage); // kept as it was, for whoever wants to look
        QCOMPARE(store.schemaVersion(), LocalStore::latestVersion());
        PendingJournal journal(&store);
        QVERIFY(journal.write(scope(), {}, {{kAddon, PendingChange::Kind::Set, kAddonNew}}));
        QCOMPARE(journal.read(scope()).changes.size(), 1);
    }

    void aDamagedStoreGivesUpTheJournalItCanStillRead()
    {
        {
            LocalStore first(m_path, 1);
            QVERIFY(PendingJournal(&first).write(scope(), {}, {{kAddon, PendingChange::Kind::Set, kAddonNew}}));
            // A schema table nobody can migrate from: the store cannot be used as it is.
            QSqlQuery query(first.database());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE schema_migrations")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_migrations (junk TEXT)")));
        }
        LocalStore store(m_path);
        QCOMPARE(store.status(), LocalStore::Status::Recovered);
        QCOMPARE(store.recoveredJournalRows(), 1);
        QVERIFY2(store.problem().contains(QStringLiteral("1 queued edit")), qPrintable(store.problem()));
        const Journal journal = PendingJournal(&store).read(scope());
        QCOMPARE(journal.changes.size(), 1);
        QCOMPARE(journal.changes.first().change.value, kAddonNew);
    }

    void aFolderInTheWayIsMovedAside()
    {
        QVERIFY(QDir().mkpath(m_path)); // the file's name taken by a folder
        LocalStore store(m_path);
        QCOMPARE(store.status(), LocalStore::Status::Recovered);
        QVERIFY(QFileInfo(store.movedAsidePath()).isDir());
        QVERIFY(QFileInfo(m_path).isFile());
    }

    void anUnusableLocationKeepsTheStoreInMemory()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("s%1").arg(m_n)));
        const QString blocker = m_dir.filePath(QStringLiteral("s%1/not-a-folder").arg(m_n));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        LocalStore store(blocker + QStringLiteral("/store.sqlite"));
        QCOMPARE(store.status(), LocalStore::Status::MemoryOnly);
        QVERIFY2(store.problem().contains(QStringLiteral("this run only")), qPrintable(store.problem()));
        PendingJournal journal(&store);
        QVERIFY(journal.write(scope(), {}, {{kAddon, PendingChange::Kind::Set, kAddonNew}}));
        QCOMPARE(journal.read(scope()).changes.size(), 1);
    }

    void aStoreFromANewerVersionIsLeftAlone()
    {
        {
            LocalStore first(m_path);
            QSqlQuery query(first.database());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 0)")));
        }
        const QByteArray before = [this] { QFile f(m_path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        LocalStore store(m_path);
        QCOMPARE(store.status(), LocalStore::Status::MemoryOnly);
        QVERIFY(store.movedAsidePath().isEmpty());
        QVERIFY2(store.problem().contains(QStringLiteral("newer")), qPrintable(store.problem()));
        QFile after(m_path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void journalFollowsEveryChangeOfTheQueue()
    {
        LocalStore store(m_path);
        ConfigDocument document;
        document.setSnapshot(snapshot({{kAddon, kAddonOld}}));
        JournalWriter writer(&store, &document, [] { return std::optional<StoreScope>(scope()); });
        auto journaled = [&] { return writer.journal().read(scope()).pendingChanges(); };

        QVERIFY(document.setOverride(kAddon, kAddonNew));
        QCOMPARE(journaled(), document.pendingChanges());
        document.resetField(kGit); // no override: nothing to queue
        document.resetField(kAddon);
        QCOMPARE(journaled(), (QList<PendingChange>{{kAddon, PendingChange::Kind::Reset, {}}}));
        step(document, "undo");
        QCOMPARE(journaled(), (QList<PendingChange>{{kAddon, PendingChange::Kind::Set, kAddonNew}}));
        step(document, "redo");
        QCOMPARE(journaled(), (QList<PendingChange>{{kAddon, PendingChange::Kind::Reset, {}}}));
        QVERIFY(document.setOverride(kGit, QStringLiteral("harness/drone-git:1.7.0")));
        QCOMPARE(journaled().size(), 2);
        QCOMPARE(writer.journal().read(scope()).changes.first().baseOverride, std::optional<QString>(kAddonOld));
        document.discardAll();
        QVERIFY(journaled().isEmpty());
        step(document, "undo"); // the discard undone: back in the journal
        QCOMPARE(journaled().size(), 2);
        // Another account's scope never sees them.
        QVERIFY(writer.journal().read(scope(QStringLiteral("acct2"))).isEmpty());
    }

    void offeredRowsStayBesideNewEdits()
    {
        LocalStore store(m_path);
        PendingJournal journal(&store);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(journal.write(scope(), {}, {{kAddon, PendingChange::Kind::Set, kAddonNew}}, t0));
        QVERIFY(journal.setAside(scope()));
        // New edits of the same scope before the user answers: the offered one is not overwritten.
        QVERIFY(journal.write(scope(), {}, {{kGit, PendingChange::Kind::Reset, {}}}, t0.addSecs(60)));
        QCOMPARE(journal.read(scope()).changes.size(), 2);
        QCOMPARE(journal.readSetAside(scope()).changes.size(), 1);
        QCOMPARE(journal.read(scope()).firstQueuedAt(), t0);
        QCOMPARE(journal.read(scope()).lastQueuedAt(), t0.addSecs(60));
        QVERIFY(journal.write(scope(), {}, {}, t0.addSecs(90)));
        QCOMPARE(journal.read(scope()).changes.size(), 1); // the offered one survives an empty queue
        QVERIFY(journal.dropSetAside(scope()));
        QVERIFY(journal.read(scope()).isEmpty());
        QVERIFY(journal.scopes().isEmpty());
    }

    void unchangedChangesKeepTheirTime()
    {
        LocalStore store(m_path);
        PendingJournal journal(&store);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const PendingChange edit{kAddon, PendingChange::Kind::Set, kAddonNew};
        QVERIFY(journal.write(scope(), {}, {edit}, t0));
        QVERIFY(journal.write(scope(), {}, {edit, {kGit, PendingChange::Kind::Reset, {}}}, t0.addSecs(30)));
        QCOMPARE(journal.read(scope()).firstQueuedAt(), t0);
        QCOMPARE(journal.scopes(), (QList<StoreScope>{scope()}));
    }

    void conflictsUseTheApplyRules()
    {
        LocalStore store(m_path);
        PendingJournal journal(&store);
        QVERIFY(journal.write(scope(), {{kAddon, kAddonOld}},
                              {{kAddon, PendingChange::Kind::Set, kAddonNew},
                               {kGit, PendingChange::Kind::Set, QStringLiteral("harness/drone-git:1.7.0")}}));
        const Journal read = journal.read(scope());
        // The git field had no override when it was queued: the base is "none".
        QVERIFY(read.conflictsWith({{kAddon, kAddonOld}}).isEmpty());
        const QList<Conflict> changed =
            read.conflictsWith({{kAddon, QStringLiteral("harness/ci-addon:1.16.85")}, {kGit, QStringLiteral("x/y:1")}});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.first().field, kAddon);
        QCOMPARE(changed.first().loadedValue, kAddonOld);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
