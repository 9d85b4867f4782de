// Queued edits survive a crash: a window with edits queued is killed with SIGKILL, the real app
// started again offers them back, and Restore queues exactly them again.
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

class TestJournalCrash : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hci.store.info=true"));
        return env;
    }

    // Runs to the end; returns exit code (-2 when it crashed or hung), stdout, stderr.
    std::tuple<int, QByteArray, QByteArray> run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!finished.wait(60000)) {
            process.kill();
            return {-2, {}, {}};
        }
        const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return {code, process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void queuedEditsSurviveAKill()
    {
        QVERIFY(m_home.isValid());
        // 1. Edits queued in the window, then the process is killed outright.
        QProcess doomed;
        doomed.setProcessEnvironment(environment());
        doomed.start(QStringLiteral(HCI_JOURNAL_HELPER), {QStringLiteral("queue")});
        QTRY_VERIFY_WITH_TIMEOUT(doomed.canReadLine() || doomed.state() == QProcess::NotRunning, 60000);
        const QByteArray queued = doomed.readLine().trimmed();
        QVERIFY2(queued.startsWith('['), doomed.readAllStandardError().constData());
        const QJsonArray queuedChanges = QJsonDocument::fromJson(queued).array();
        QCOMPARE(queuedChanges.size(), 3);
        QCOMPARE(::kill(pid_t(doomed.processId()), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(doomed.state(), QProcess::NotRunning, 10000);
        QCOMPARE(doomed.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/harness-ci-images/harness-ci-images/store.sqlite"))));

        // 2. The real app, started again on the same account, offers them back.
        const auto [appCode, appOut, appErr] =
            run(QStringLiteral(HCI_APP_BINARY), {QStringLiteral("--sandbox"), QStringLiteral("--exit-after-load")});
        QVERIFY2(appCode == 0, appErr.constData());
        QVERIFY2(appErr.contains("offering 3 journaled edit(s) back"), appErr.constData());

        // 3. Restore queues exactly what was queued before the kill.
        const auto [code, out, err] = run(QStringLiteral(HCI_JOURNAL_HELPER), {QStringLiteral("restore")});
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(err.contains("were not applied before the app stopped"), err.constData());
        QCOMPARE(QJsonDocument::fromJson(out.trimmed()).array(), queuedChanges);

        // 4. Restored but still not applied when that run ended: offered again, nothing lost, nothing doubled.
        const auto [againCode, againOut, againErr] = run(QStringLiteral(HCI_JOURNAL_HELPER), {QStringLiteral("restore")});
        QVERIFY2(againCode == 0, againErr.constData());
        QCOMPARE(QJsonDocument::fromJson(againOut.trimmed()).array(), queuedChanges);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journalcrash.moc"
