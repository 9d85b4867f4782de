// The history: loads kept only when they differ, applies with before, after, what was confirmed
// and correlation IDs (recorded from an account session against the sandbox over loopback),
// revert's inverse changes, CSV, and what changed since the last look.
#include "tst_accountsession_rig.h"

#include "store/history.h"
#include "store/historyrecorder.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hci;
using namespace hci::testing;

namespace {

const QString kAddonDefault = QStringLiteral("harness/ci-addon:1.16.92");
const QString kGitDefault = QStringLiteral("harness/drone-git:1.6.9-rootless");

StoreScope scope()
{
    return StoreScope::forProfile(QStringLiteral("p1"), QStringLiteral("acct"), Module::Ci, Infra::K8);
}

ConfigSnapshot snap(const ImageMap &defaults, const ImageMap &overrides)
{
    return ConfigSnapshot(Module::Ci, Infra::K8, defaults, overrides);
}

ApplyRecord record()
{
    ApplyRecord record;
    record.scope = scope();
    record.profileName = QStringLiteral("Prod, EU");
    record.appliedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    record.source = QStringLiteral("window");
    record.ok = true;
    record.correlationIds = {QStringLiteral("c-1"), QStringLiteral("c-2")};
    record.fields = {{kAddon, std::nullopt, QStringLiteral("harness/ci-addon:1.16.93"), true},
                     {kGit, kMine, std::nullopt, true},
                     {kLite, QStringLiteral("harness/ci-lite-engine:1.16.80"), QStringLiteral("x/y:1"), false}};
    return record;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAreKeptOnlyWhenTheyDiffer()
    {
        LocalStore store(QStringLiteral(":memory:"));
        History history(&store);
        const ConfigSnapshot first = snap({{kAddon, kAddonDefault}}, {});
        QVERIFY(history.recordLoad(scope(), first) > 0);
        QCOMPARE(history.recordLoad(scope(), first), 0); // the same again: not stored
        const ConfigSnapshot second = snap({{kAddon, kAddonDefault}}, {{kAddon, QStringLiteral("harness/ci-addon:1.16.80")}});
        QVERIFY(history.recordLoad(scope(), second) > 0);
        QCOMPARE(history.loads(scope()).size(), 2);
        QCOMPARE(history.lastLoad(scope())->snapshot.overrides(), second.overrides());
        // Another scope has its own history.
        const StoreScope vm = StoreScope::forProfile(QStringLiteral("p1"), QStringLiteral("acct"), Module::Ci, Infra::Vm);
        QVERIFY(!history.lastLoad(vm));
        QVERIFY(history.recordLoad(vm, first) > 0);
    }

    void storedLoadsReadBackWhateverTheyHold()
    {
        // Stored as JSON written by hand: quotes, backslashes, control characters and other scripts
        // come back as they went in, and the same state again is still not stored twice.
        LocalStore store(QStringLiteral(":memory:"));
        History history(&store);
        const ImageMap odd{{kAddon, QStringLiteral("quote\" back\\slash")},
                           {kGit, QStringLiteral("line\nbreak\ttab\u0001\u0000end")},
                           {QStringLiteral("r\u00e9gistre"), QStringLiteral("\u955c\u50cf/x:1")}};
        const ConfigSnapshot first = snap(odd, {{kAddon, QStringLiteral("a/b:1")}});
        QVERIFY(history.recordLoad(scope(), first) > 0);
        History fresh(&store); // nothing remembered: the stored text is read
        const auto stored = fresh.lastLoad(scope());
        QVERIFY(stored);
        QCOMPARE(stored->snapshot.defaults(), odd);
        QCOMPARE(fresh.recordLoad(scope(), first), 0);
    }

    void aLoadStoredByAnEarlierVersionIsRecognised()
    {
        // Rows written before (through QJsonDocument) hold the same state in the same words: the same
        // load again is not news and not stored twice.
        LocalStore store(QStringLiteral(":memory:"));
        History history(&store);
        const ConfigSnapshot first = snap({{kAddon, kAddonDefault}, {kGit, kGitDefault}}, {{kAddon, kMine}});
        QVERIFY(history.recordLoad(scope(), first) > 0);
        const auto asBefore = [](const ImageMap &images) {
            QJsonObject object;
            for (auto it = images.cbegin(); it != images.cend(); ++it)
                object.insert(it.key(), it.value());
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        };
        QSqlQuery query(store.database());
        QVERIFY(query.prepare(QStringLiteral("UPDATE loads SET defaults_json = ?, overrides_json = ?")));
        query.addBindValue(asBefore(first.defaults()));
        query.addBindValue(asBefore(first.overrides()));
        QVERIFY(query.exec());
        History later(&store);
        QCOMPARE(later.recordLoad(scope(), first), 0);
        QVERIFY(later.sinceLastLook(scope(), first).isEmpty());
        QCOMPARE(later.loads(scope()).size(), 1);
    }

    void onlyTheNewestLoadsOfAScopeStay()
    {
        LocalStore store(QStringLiteral(":memory:"));
        History history(&store);
        const StoreScope vm = StoreScope::forProfile(QStringLiteral("p1"), QStringLiteral("acct"), Module::Ci, Infra::Vm);
        QVERIFY(history.recordLoad(vm, snap({}, {})) > 0);
        const int kept = History::loadsKeptPerScope();
        for (int i = 0; i <= kept; ++i)
            QVERIFY(history.recordLoad(scope(), snap({{kAddon, QStringLiteral("harness/ci-addon:1.0.%1").arg(i)}}, {})) > 0);
        const QList<StoredLoad> loads = history.loads(scope());
        QCOMPARE(loads.size(), kept);
        QCOMPARE(loads.first().snapshot.defaults().value(kAddon), QStringLiteral("harness/ci-addon:1.0.%1").arg(kept));
        QCOMPARE(loads.last().snapshot.defaults().value(kAddon), QStringLiteral("harness/ci-addon:1.0.1"));
        QCOMPARE(history.loads(vm).size(), 1); // another scope's loads are its own
    }

    void appliesAreListedFilteredAndExported()
    {
        LocalStore store(QStringLiteral(":memory:"));
        History history(&store);
        const qint64 id = history.recordApply(record());
        QVERIFY(id > 0);
        ApplyRecord other = record();
        other.scope.profileKey = QStringLiteral("p2");
        other.scope.module = Module::Idp;
        QVERIFY(history.recordApply(other) > id);

        QCOMPARE(history.applies().size(), 2);
        QCOMPARE(history.applies().first().scope.profileKey, QStringLiteral("p2")); // newest first
        HistoryFilter byProfile;
        byProfile.profileKey = QStringLiteral("p1");
        QCOMPARE(history.applies(byProfile).size(), 1);
        HistoryFilter byModule;
        byModule.module = Module::Idp;
        QCOMPARE(history.applies(byModule).size(), 1);
        QCOMPARE(history.profileKeys(), (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));

        const std::optional<ApplyRecord> read = history.apply(id);
        QVERIFY(read);
        QCOMPARE(read->fields.size(), 3);
        QCOMPARE(read->fields.at(1).before, std::optional<QString>(kMine));
        QVERIFY(!read->fields.at(1).after); // a reset
        QCOMPARE(read->correlationIds, record().correlationIds);
        QCOMPARE(read->confirmedCount(), 2);

        const QJsonObject json = read->toJson();
        QCOMPARE(json.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(json.value(QStringLiteral("module")).toString(), QStringLiteral("ci"));
        QVERIFY(json.value(QStringLiteral("fields")).toArray().at(0).toObject().value(QStringLiteral("before")).isNull());

        const QStringList lines = read->toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith(QStringLiteral("id,applied_at,profile")));
        QVERIFY2(lines.at(1).contains(QStringLiteral("\"Prod, EU\"")), qPrintable(lines.at(1))); // quoted
        QVERIFY(lines.at(2).contains(kMine));
    }

    void revertUndoesOnlyWhatWasConfirmed()
    {
        const ApplyRecord applied = record();
        const QList<PendingChange> inverse = applied.inverseChanges();
        QCOMPARE(inverse, (QList<PendingChange>{{kAddon, PendingChange::Kind::Reset, {}},
                                                {kGit, PendingChange::Kind::Set, kMine}}));
        const ChangeSet set = applied.inverseChangeSet();
        QCOMPARE(set.resets, QStringList{kAddon});
        QCOMPARE(set.updates.size(), 1);
        // The server still as the apply left it: nothing changed since.
        QVERIFY(applied.changedSince({{kAddon, QStringLiteral("harness/ci-addon:1.16.93")}}).isEmpty());
        // Someone set the git field again since: the revert would overwrite it.
        QCOMPARE(applied.changedSince({{kAddon, QStringLiteral("harness/ci-addon:1.16.93")}, {kGit, kTheirs}}),
                 QStringList{kGit});
    }

    void sinceLastLookTellsNewDefaultsAndOutsideChanges()
    {
        LocalStore store(QStringLiteral(":memory:"));
        History history(&store);
        const QString pinned = QStringLiteral("harness/ci-addon:1.16.92");
        const ConfigSnapshot before = snap({{kAddon, kAddonDefault}, {kGit, kGitDefault}}, {{kAddon, pinned}});
        QVERIFY(history.sinceLastLook(scope(), before).isEmpty()); // nothing earlier
        history.recordLoad(scope(), before);

        // Harness released a new add-on; someone set the git clone image in the web UI.
        const ConfigSnapshot now = snap({{kAddon, QStringLiteral("harness/ci-addon:1.17.0")}, {kGit, kGitDefault}},
                                        {{kAddon, pinned}, {kGit, kTheirs}});
        const LoadDifference difference = history.sinceLastLook(scope(), now);
        QCOMPARE(difference.defaults.size(), 1);
        QCOMPARE(difference.defaults.first().field, kAddon);
        QCOMPARE(difference.defaults.first().oldDefault, kAddonDefault);
        QCOMPARE(difference.defaults.first().newDefault, QStringLiteral("harness/ci-addon:1.17.0"));
        QVERIFY(difference.defaults.first().overrideBehind);
        QCOMPARE(difference.overridesBehind(), QStringList{kAddon});
        QCOMPARE(difference.overrides.size(), 1);
        QCOMPARE(difference.overrides.first().field, kGit);
        QVERIFY(difference.overrides.first().oldValue.isEmpty());
        QCOMPARE(difference.overrides.first().newValue, kTheirs);
        QCOMPARE(difference.fields(), (QStringList{kAddon, kGit}));

        history.recordLoad(scope(), now);
        // Loaded again with nothing new: the same news stays until dismissed, then never returns.
        QCOMPARE(history.sinceLastLook(scope(), now).fingerprint(), difference.fingerprint());
        history.dismiss(scope(), difference);
        QVERIFY(history.sinceLastLook(scope(), now).isEmpty());
    }

    void aLoadIsToldAndRecordedInOneGoAsInTwo()
    {
        // The window's way (one call) against the two steps, on two stores fed the same loads.
        LocalStore oneStore(QStringLiteral(":memory:"));
        LocalStore twoStore(QStringLiteral(":memory:"));
        History one(&oneStore);
        History two(&twoStore);
        const QString pinned = QStringLiteral("harness/ci-addon:1.16.92");
        const QList<ConfigSnapshot> loads = {
            snap({{kAddon, kAddonDefault}, {kGit, kGitDefault}}, {{kAddon, pinned}}),
            snap({{kAddon, QStringLiteral("harness/ci-addon:1.17.0")}, {kGit, kGitDefault}}, {{kAddon, pinned}, {kGit, kTheirs}}),
            snap({{kAddon, QStringLiteral("harness/ci-addon:1.17.0")}, {kGit, kGitDefault}}, {{kAddon, pinned}, {kGit, kTheirs}}),
        };
        QList<int> told;
        for (const ConfigSnapshot &load : loads) {
            const LoadDifference inOne = one.recordLoadSinceLastLook(scope(), load);
            const LoadDifference inTwo = two.sinceLastLook(scope(), load);
            two.recordLoad(scope(), load);
            QCOMPARE(inOne.fingerprint(), inTwo.fingerprint());
            QCOMPARE(inOne.fields(), inTwo.fields());
            QCOMPARE(one.loads(scope()).size(), two.loads(scope()).size());
            told.append(int(inOne.fields().size()));
        }
        // Nothing before the first; the second brings a new default and an outside change, and the
        // third, the same again, keeps telling it without storing a copy.
        QCOMPARE(told, (QList<int>{0, 2, 2}));
        QCOMPARE(one.loads(scope()).size(), 2);
        one.dismiss(scope(), one.sinceLastLook(scope(), loads.last()));
        QVERIFY(one.recordLoadSinceLastLook(scope(), loads.last()).isEmpty());
        QCOMPARE(one.loads(scope()).size(), 2);
    }

    void overridesNoLongerSupportedAreNamed()
    {
        const QString pinned = QStringLiteral("harness/ci-addon:0.9.0");
        const ConfigSnapshot before = snap({{kAddon, kAddonDefault}, {kGit, kGitDefault}}, {{kAddon, pinned}, {kGit, kMine}});
        // The add-on override is now deprecated; the git clone field lost its default.
        const ConfigSnapshot after(Module::Ci, Infra::K8, {{kAddon, QStringLiteral("harness/ci-addon:1.17.0")}},
                                   {{kAddon, pinned}, {kGit, kMine}}, {{kAddon, pinned}});
        const LoadDifference difference = LoadDifference::between(before, after);
        QCOMPARE(difference.defaults.size(), 2);
        for (const LoadDifference::DefaultChange &change : difference.defaults)
            QVERIFY2(change.overrideUnsupported, qPrintable(change.field));
        QCOMPARE(difference.defaults.at(1).newDefault, QString()); // gone
        QCOMPARE(difference.overridesBehind(), (QStringList{kAddon, kGit}));
        QVERIFY(difference.overrides.isEmpty());
    }

    void anApplyMadeHereIsNotNews()
    {
        LocalStore store(QStringLiteral(":memory:"));
        History history(&store);
        const ConfigSnapshot before = snap({{kGit, kGitDefault}}, {});
        history.recordLoad(scope(), before);
        const ConfigSnapshot applied = snap({{kGit, kGitDefault}}, {{kGit, kMine}});
        history.recordLoad(scope(), applied, QStringLiteral("apply"));
        QVERIFY(history.sinceLastLook(scope(), applied).isEmpty());
        // But a change made elsewhere after it is.
        const ConfigSnapshot elsewhere = snap({{kGit, kGitDefault}}, {{kGit, kTheirs}});
        const LoadDifference difference = history.sinceLastLook(scope(), elsewhere);
        QCOMPARE(difference.overrides.size(), 1);
        QCOMPARE(difference.overrides.first().oldValue, kMine);
    }

    void theRecorderFollowsARealSession()
    {
        Rig rig;
        QString whyNot;
        QVERIFY2(rig.server.start(&whyNot), qPrintable(whyNot));
        rig.connectAs(rig.server.apiKey());
        rig.store(kGit, kMine);
        LocalStore store(QStringLiteral(":memory:"));
        const StoreScope where = StoreScope::forHost(rig.server.gatewayUrl(), rig.server.accountId(), Module::Ci, Infra::K8);
        HistoryRecorder recorder(&store, &rig.session, [&] { return std::optional<StoreScope>(where); },
                                 QStringLiteral("cli"));
        recorder.setProfileName(QStringLiteral("Sandbox"));
        QSignalSpy recordedLoad(&recorder, &HistoryRecorder::loadRecorded);
        QSignalSpy recordedApply(&recorder, &HistoryRecorder::applyRecorded);
        QSignalSpy loaded(&rig.session, &AccountSession::loaded);
        rig.session.load();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(recordedLoad.count(), 1);
        QCOMPARE(recorder.history().loads(where).size(), 1);
        QCOMPARE(recorder.history().lastLoad(where)->snapshot.overrides().value(kGit), kMine);

        // An apply: one new override, one reset.
        const QString addon = QStringLiteral("harness/ci-addon:1.16.93");
        QVERIFY(rig.document.setOverride(kAddon, addon));
        rig.document.resetField(kGit);
        QSignalSpy applied(&rig.session, &AccountSession::applied);
        rig.session.apply();
        QVERIFY(applied.wait(15000));
        QTRY_COMPARE(recordedApply.count(), 1);
        const QList<ApplyRecord> applies = recorder.history().applies();
        QCOMPARE(applies.size(), 1);
        const ApplyRecord &record = applies.first();
        QVERIFY(record.ok);
        QCOMPARE(record.source, QStringLiteral("cli"));
        QCOMPARE(record.scope, where);
        QCOMPARE(record.fields.size(), 2);
        QCOMPARE(record.confirmedCount(), 2);
        QCOMPARE(record.fields.at(0).field, kAddon);
        QVERIFY(!record.fields.at(0).before);
        QCOMPARE(record.fields.at(0).after, std::optional<QString>(addon));
        QCOMPARE(record.fields.at(1).before, std::optional<QString>(kMine));
        QVERIFY2(record.correlationIds.size() >= 2, qPrintable(record.correlationIds.join(u' ')));
        // The read-back is history too, so the next load does not call our own change news.
        QCOMPARE(recorder.history().lastLoad(where)->source, QStringLiteral("apply"));

        // Changed elsewhere, then loaded: news of exactly that.
        rig.store(kGit, kTheirs);
        rig.session.load();
        QVERIFY(loaded.wait(15000));
        const LoadDifference news = recordedLoad.last().at(1).value<LoadDifference>();
        QCOMPARE(news.overrides.size(), 1);
        QCOMPARE(news.overrides.first().field, kGit);
        QCOMPARE(news.overrides.first().newValue, kTheirs);

        // Revert the apply against the changed server: the git field is named as changed since.
        QCOMPARE(record.changedSince(rig.stored()), QStringList{kGit});
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
