// Mirror mode for real: two Debian docker-registry servers on loopback, an image pushed to the
// first, the copy script that harness-ci-images-cli writes run with Debian's skopeo, the app's
// existence check against the second, and the overrides applied to a sandbox account.
#include "registry/registryclient.h"
#include "session/mirrorcheck.h"
#include "tst_cli_tools.h"
#include "tst_mirror_registry.h"

using namespace hci;
using namespace clitest;
using namespace mirrortest;

namespace {

const QString kAddon = QStringLiteral("addonTag");
const QString kRepository = QStringLiteral("harness/ci-addon");
const QString kTag = QStringLiteral("1.16.92");
const QString kSkopeo = QStringLiteral("/usr/bin/skopeo");

} // namespace

class TestMirrorRegistry : public QObject
{
    Q_OBJECT

private:
    LocalRegistry m_source;
    LocalRegistry m_mirror;
    Account m_account;
    QTemporaryDir m_files;

    QString sourceImage() const { return m_source.host() + u'/' + kRepository + u':' + kTag; }
    QString prefix() const { return m_mirror.host() + QStringLiteral("/harness-mirror"); }
    QString targetImage() const { return prefix() + u'/' + kRepository + u':' + kTag; }
    QString copyList() const { return m_files.filePath(QStringLiteral("copies.txt")); }

    MirrorPresence check(const QString &target)
    {
        RegistryClient client;
        MirrorCheck check(&client);
        QSignalSpy finished(&check, &MirrorCheck::finished);
        check.start({target});
        if (!finished.wait(20000))
            return {};
        return check.presence(target);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kRegistryBinary) || !QFile::exists(kSkopeo))
            QSKIP("Needs Debian's docker-registry and skopeo packages (.ci/install-deps installs them).");
        QVERIFY(m_files.isValid());
        QVERIFY2(m_source.start(), qPrintable(m_source.log()));
        QVERIFY2(m_mirror.start(), qPrintable(m_mirror.log()));
        QVERIFY(m_source.push(kRepository, kTag));
        QVERIFY(m_account.start());
        // The account's add-on comes from the first registry; its other fields from Docker Hub.
        m_account.setOverrides(Module::Ci, Infra::K8, {{kAddon, sourceImage()}});
        QCOMPARE(m_account.overrides().value(kAddon), sourceImage());
    }

    void aDryRunMarksTheMissingCopyAndWritesTheFiles()
    {
        const int writesBefore = m_account.writes();
        const CliRun run = m_account.run({QStringLiteral("mirror"), prefix(), kAddon, QStringLiteral("--copy-list"),
                                          copyList(), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, run.said());
        QCOMPARE(m_account.writes(), writesBefore);
        QVERIFY2(run.out.contains(targetImage()), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("no, copy it first")), run.said());

        QFile list(copyList());
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(list.readAll()), sourceImage() + u' ' + targetImage() + u'\n');
        QVERIFY(QFile::exists(copyList() + QStringLiteral(".sh")));
        QCOMPARE(check(targetImage()).state, MirrorPresence::State::Missing);
    }

    void theScriptCopiesWithSkopeo()
    {
        const QString script = copyList() + QStringLiteral(".sh");
        QVERIFY(QFileInfo(script).isExecutable());
        QProcess shell;
        QTemporaryDir home;
        QProcessEnvironment env = cleanEnvironment(home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        shell.setProcessEnvironment(env);
        shell.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&shell, &QProcess::finished);
        shell.start(QStringLiteral("/bin/sh"), {script});
        QVERIFY(finished.wait(60000));
        const QString said = QString::fromUtf8(shell.readAll());
        QVERIFY2(shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0, qPrintable(said));

        // The registry itself, and then the app's check, find the copy.
        QCOMPARE(m_mirror.manifestStatus(QStringLiteral("harness-mirror/") + kRepository, kTag), 200);
        const MirrorPresence presence = check(targetImage());
        QVERIFY2(presence.state == MirrorPresence::State::Exists, qPrintable(presence.text()));
        // Another tag of it is not there.
        QCOMPARE(check(prefix() + u'/' + kRepository + QStringLiteral(":0.0.1")).state, MirrorPresence::State::Missing);
    }

    void theOverrideLandsInTheAccount()
    {
        const CliRun run = m_account.run({QStringLiteral("mirror"), prefix(), kAddon});
        QVERIFY2(run.exitCode == 0, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("yes")), run.said());
        QVERIFY2(!run.err.contains(QStringLiteral("not in the mirror")), run.said());
        QCOMPARE(m_account.overrides().value(kAddon), targetImage());
        QCOMPARE(m_account.count(QStringLiteral("update-config")), 1);
    }

    void cleanupTestCase()
    {
        m_source.stop();
        m_mirror.stop();
    }
};

QTEST_GUILESS_MAIN(TestMirrorRegistry)
#include "tst_mirror_registry.moc"
