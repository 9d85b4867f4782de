// harness-ci-images-cli mirror against the sandbox: the plan, the copy list and its script, dry
// runs that send nothing, a mirror that cannot be asked, and the usage errors.
#include "core/imagereference.h"
#include "tst_cli_tools.h"

using namespace hci;
using namespace clitest;

namespace {

// Nothing listens on port 1: every existence check fails at once, and says why.
const QString kPrefix = QStringLiteral("127.0.0.1:1/harness-mirror");

} // namespace

class TestMirrorCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Account> m_account;
    QTemporaryDir m_files;

    static QString readAll(const QString &name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_account = std::make_unique<Account>();
        QVERIFY(m_account->start());
        m_account->setOverrides(Module::Ci, Infra::K8, {{QStringLiteral("s3UploadTag"), QStringLiteral("plugins/s3:1.5.1")}});
    }

    void aDryRunSendsNothingAndWritesBothFiles()
    {
        const QString list = m_files.filePath(QStringLiteral("dry.txt"));
        const CliRun run = m_account->run({QStringLiteral("mirror"), kPrefix, QStringLiteral("gitCloneTag"),
                                           QStringLiteral("s3UploadTag"), QStringLiteral("--copy-list"), list,
                                           QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, run.said());
        QCOMPARE(m_account->writes(), 0);
        // The plan: each field, from, to, and why the mirror could not tell.
        QVERIFY2(run.out.contains(QStringLiteral("IN MIRROR")), run.said());
        QVERIFY2(run.out.contains(kPrefix + QStringLiteral("/plugins/s3:1.5.1")), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("could not check")), run.said());
        // The requests it would send, without the key.
        QVERIFY2(run.out.contains(QStringLiteral("update-config")), run.said());
        QVERIFY(!run.out.contains(m_account->server.apiKey()));

        const QStringList lines = readAll(list).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines) {
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 2);
            QVERIFY(parts.at(1).startsWith(kPrefix + u'/'));
            QCOMPARE(ImageReference::parse(parts.at(1)).tag(), ImageReference::parse(parts.at(0)).tag());
        }
        const QString script = readAll(list + QStringLiteral(".sh"));
        QVERIFY(script.startsWith(QStringLiteral("#!/bin/sh\n")));
        QCOMPARE(script.count(QStringLiteral("\nskopeo copy --all --dest-tls-verify=false 'docker://")), 2);
        QVERIFY(!script.contains(m_account->server.apiKey()));
    }

    void everyFieldIsMirroredAndApplied()
    {
        const CliRun run = m_account->run({QStringLiteral("mirror"), kPrefix});
        QVERIFY2(run.exitCode == 0, run.said());
        QCOMPARE(m_account->count(QStringLiteral("update-config")), 1);
        const ImageMap overrides = m_account->overrides();
        const ImageMap defaults = m_account->server.store().defaults(Module::Ci, Infra::K8);
        QVERIFY(!defaults.isEmpty());
        for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
            const QString value = overrides.value(it.key());
            QVERIFY2(value.startsWith(kPrefix + u'/'), qPrintable(it.key() + u'=' + value));
        }
        QCOMPARE(overrides.value(QStringLiteral("s3UploadTag")), kPrefix + QStringLiteral("/plugins/s3:1.5.1"));
    }

    void mistakesAreRefusedBeforeAnythingIsSent()
    {
        const CliRun noPrefix = m_account->run({QStringLiteral("mirror")});
        QCOMPARE(noPrefix.exitCode, 64);
        const CliRun noHost = m_account->run({QStringLiteral("mirror"), QStringLiteral("harness-mirror")});
        QCOMPARE(noHost.exitCode, 64);
        QVERIFY2(noHost.err.contains(QStringLiteral("registry host")), noHost.said());
        const CliRun unknown = m_account->run({QStringLiteral("mirror"), kPrefix, QStringLiteral("noSuchTag")});
        QCOMPARE(unknown.exitCode, 65);
        QVERIFY2(unknown.err.contains(QStringLiteral("noSuchTag")), unknown.said());
        QCOMPARE(m_account->writes(), 0);
        const CliRun unwritable = m_account->run({QStringLiteral("mirror"), kPrefix, QStringLiteral("--copy-list"),
                                                  m_files.filePath(QStringLiteral("no/such/dir/list.txt"))});
        QCOMPARE(unwritable.exitCode, 73);
        QCOMPARE(m_account->writes(), 0);
    }

    void helpNamesTheScript()
    {
        const CliRun run = runCli({QStringLiteral("mirror"), QStringLiteral("--help")}, m_account->env());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("FILE.sh")), run.said());
    }
};

QTEST_GUILESS_MAIN(TestMirrorCli)
#include "tst_mirror_cli.moc"
