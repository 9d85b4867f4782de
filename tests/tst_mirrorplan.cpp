// Mirror mode's plan: which image each field uses, where its copy goes, the copy list and script,
// and the overrides it queues.
#include "core/configdocument.h"
#include "core/imagereference.h"
#include "session/mirrorplan.h"

#include <QSet>
#include <QtTest>

using namespace hci;

namespace {

const QString kPrefix = QStringLiteral("artifactory.example.com/harness-mirror");

ConfigSnapshot snapshot()
{
    const ImageMap defaults{
        {QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.92")},
        {QStringLiteral("liteEngineTag"), QStringLiteral("harness/ci-lite-engine:1.16.92")},
        {QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.6.9-rootless")},
        {QStringLiteral("buildAndPushECRTag"), QStringLiteral("plugins/kaniko-ecr:1.10.3")},
        {QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.5.1")},
        {QStringLiteral("cacheS3Tag"), QStringLiteral("plugins/s3:1.5.1")},          // the same image twice
        {QStringLiteral("securityTag"), QStringLiteral("alpine:3.18")},              // an official image
        {QStringLiteral("provenanceTag"),
         QStringLiteral("us-docker.pkg.dev/gar-prod-setup/harness-public/harness/slsa-plugin:0.21.0@sha256:"
                        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")},
    };
    const ImageMap overrides{
        {QStringLiteral("liteEngineTag"), QStringLiteral("harness/ci-lite-engine:1.16.80")},
        {QStringLiteral("buildAndPushECRTag"), kPrefix + QStringLiteral("/plugins/kaniko-ecr:1.10.3")},
    };
    return ConfigSnapshot(Module::Ci, Infra::K8, defaults, overrides);
}

MirrorPrefix prefix(const QString &text = kPrefix)
{
    const std::optional<MirrorPrefix> parsed = MirrorPrefix::parse(text);
    if (!parsed)
        qFatal("not a prefix: %s", qPrintable(text));
    return *parsed;
}

QString sourceOf(const MirrorPlan &plan, const QString &field)
{
    for (const MirrorEntry &entry : plan.entries()) {
        if (entry.field == field)
            return entry.source;
    }
    return {};
}

} // namespace

class TestMirrorPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host"); // empty: refused
        QTest::newRow("host and path") << kPrefix << QStringLiteral("artifactory.example.com");
        QTest::newRow("trailing slash") << kPrefix + u'/' << QStringLiteral("artifactory.example.com");
        QTest::newRow("host alone") << QStringLiteral("mirror.example.com") << QStringLiteral("mirror.example.com");
        QTest::newRow("host and port") << QStringLiteral("127.0.0.1:5000") << QStringLiteral("127.0.0.1:5000");
        QTest::newRow("localhost path") << QStringLiteral("localhost:5000/a/b") << QStringLiteral("localhost:5000");
        QTest::newRow("no host") << QStringLiteral("harness-mirror") << QString();
        QTest::newRow("path without host") << QStringLiteral("team/harness") << QString();
        QTest::newRow("scheme") << QStringLiteral("https://mirror.example.com") << QString();
        QTest::newRow("tag") << QStringLiteral("mirror.example.com/x:1") << QString();
        QTest::newRow("upper case path") << QStringLiteral("mirror.example.com/Mirror") << QString();
        QTest::newRow("space") << QStringLiteral("mirror.example.com/a b") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void prefixes()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QString whyNot;
        const std::optional<MirrorPrefix> parsed = MirrorPrefix::parse(text, &whyNot);
        QCOMPARE(parsed.has_value(), !host.isEmpty());
        if (parsed) {
            QCOMPARE(parsed->host(), host);
            QVERIFY(!parsed->text().endsWith(u'/'));
        } else {
            QVERIFY(!whyNot.isEmpty());
        }
    }

    void targetsKeepPathTagAndDigest()
    {
        const MirrorPrefix mirror = prefix();
        QCOMPARE(MirrorPlan::targetOf(QStringLiteral("harness/ci-addon:1.16.92"), mirror),
                 kPrefix + QStringLiteral("/harness/ci-addon:1.16.92"));
        QCOMPARE(MirrorPlan::targetOf(QStringLiteral("alpine:3.18"), mirror), kPrefix + QStringLiteral("/library/alpine:3.18"));
        QCOMPARE(MirrorPlan::targetOf(QStringLiteral("docker.io/plugins/s3:1.5.1"), mirror),
                 kPrefix + QStringLiteral("/plugins/s3:1.5.1"));
        QCOMPARE(MirrorPlan::targetOf(QStringLiteral("public.ecr.aws/harness/ci-addon:1.16.92"), mirror),
                 kPrefix + QStringLiteral("/harness/ci-addon:1.16.92"));
        const QString digest = QStringLiteral("@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        QCOMPARE(MirrorPlan::targetOf(QStringLiteral("harness/ci-addon:1.16.92") + digest, mirror),
                 kPrefix + QStringLiteral("/harness/ci-addon:1.16.92") + digest);
        QCOMPARE(MirrorPlan::targetOf(QStringLiteral("harness/ci-addon") + digest, mirror),
                 kPrefix + QStringLiteral("/harness/ci-addon") + digest);
        QString whyNot;
        QVERIFY(MirrorPlan::targetOf(QStringLiteral("Not An Image"), mirror, &whyNot).isEmpty());
        QVERIFY(!whyNot.isEmpty());
    }

    void everyQueuedValueHasThePrefixAndTheTag()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot());
        const MirrorPlan plan = MirrorPlan::build(document, prefix());
        QVERIFY(plan.problems().isEmpty());
        // The field already in the mirror is left as it is, and said so.
        QCOMPARE(plan.notes().size(), 1);
        QVERIFY(plan.notes().first().contains(QStringLiteral("buildAndPushECRTag")));
        QCOMPARE(plan.entries().size(), 7);

        QCOMPARE(plan.queue(&document), 7);
        QCOMPARE(document.pendingCount(), 7);
        for (const PendingChange &change : document.pendingChanges()) {
            QCOMPARE(change.kind, PendingChange::Kind::Set);
            const ImageReference queued = ImageReference::parse(change.value);
            QVERIFY2(queued.isValid(), qPrintable(change.value));
            QVERIFY2(change.value.startsWith(kPrefix + u'/'), qPrintable(change.value));
            const ImageReference source = ImageReference::parse(sourceOf(plan, change.field));
            QCOMPARE(queued.tag(), source.tag());
            QCOMPARE(queued.digest(), source.digest());
            QVERIFY(queued.path().endsWith(source.registryPath()));
        }
        // The override counts, not the default.
        QCOMPARE(document.proposedOverride(QStringLiteral("liteEngineTag")),
                 kPrefix + QStringLiteral("/harness/ci-lite-engine:1.16.80"));
        QVERIFY(document.proposedOverride(QStringLiteral("provenanceTag")).endsWith(
            QStringLiteral("/harness/slsa-plugin:0.21.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")));

        // One step undoes it all.
        QVERIFY(document.undoStack()->canUndo());
        document.undoStack()->undo();
        QCOMPARE(document.pendingCount(), 0);
        QVERIFY(!document.undoStack()->canUndo());
    }

    void queuedChangesAreTheSource()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot());
        QVERIFY(document.setOverride(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.93")));
        document.resetField(QStringLiteral("liteEngineTag"));
        const MirrorPlan plan = MirrorPlan::build(document, prefix(),
                                                  {QStringLiteral("addonTag"), QStringLiteral("liteEngineTag")});
        QCOMPARE(sourceOf(plan, QStringLiteral("addonTag")), QStringLiteral("harness/ci-addon:1.16.93"));
        QCOMPARE(sourceOf(plan, QStringLiteral("liteEngineTag")), QStringLiteral("harness/ci-lite-engine:1.16.92"));
        QCOMPARE(plan.entries().size(), 2);
    }

    void unknownFieldsAreProblems()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot());
        const MirrorPlan plan = MirrorPlan::build(document, prefix(), {QStringLiteral("addonTag"), QStringLiteral("nope")});
        QCOMPARE(plan.problems().size(), 1);
        QVERIFY(plan.problems().first().contains(QStringLiteral("nope")));
    }

    void copyListCoversEveryImageInUse()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot());
        const MirrorPlan plan = MirrorPlan::build(document, prefix());
        // Every image a field uses (apart from the one already mirrored), once each.
        QSet<QString> inUse;
        for (const QString &field : document.snapshot().fields()) {
            const QString used = document.snapshot().compare(field).effectiveValue();
            if (!used.startsWith(kPrefix))
                inUse.insert(used);
        }
        const QStringList lines = plan.copyList().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), inUse.size());
        QSet<QString> listed;
        for (const QString &line : lines) {
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 2);
            listed.insert(parts.at(0));
            QCOMPARE(parts.at(1), MirrorPlan::targetOf(parts.at(0), prefix()));
        }
        QCOMPARE(listed, inUse);
        // Two fields on plugins/s3 share one copy.
        for (const MirrorCopy &copy : plan.copies()) {
            if (copy.source == u"plugins/s3:1.5.1")
                QCOMPARE(copy.fields.size(), 2);
        }
    }

    void scriptQuotesAndSkipsTlsOnlyForLoopback()
    {
        ConfigDocument document;
        document.setSnapshot(snapshot());
        const MirrorPlan plan = MirrorPlan::build(document, prefix(), {QStringLiteral("addonTag")});
        const QString script = plan.copyScript();
        QVERIFY(script.startsWith(QStringLiteral("#!/bin/sh\n")));
        QVERIFY(script.contains(QStringLiteral("\nset -e\n")));
        QVERIFY2(script.contains(QStringLiteral("skopeo copy --all 'docker://harness/ci-addon:1.16.92' "
                                                "'docker://artifactory.example.com/harness-mirror/harness/ci-addon:1.16.92'\n")),
                 qPrintable(script));
        QVERIFY(!script.contains(QStringLiteral("tls-verify")));

        const MirrorPlan local = MirrorPlan::build(document, prefix(QStringLiteral("127.0.0.1:5000/m")),
                                                   {QStringLiteral("addonTag")});
        QVERIFY2(local.copyScript().contains(QStringLiteral("skopeo copy --all --dest-tls-verify=false 'docker://harness/")),
                 qPrintable(local.copyScript()));
    }
};

QTEST_GUILESS_MAIN(TestMirrorPlan)
#include "tst_mirrorplan.moc"
