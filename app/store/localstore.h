#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace hci {

// The app's one SQLite file: the pending-edit journal and the history. Opening never fails for
// the caller: a file that cannot be opened or is damaged is moved aside (its readable journal
// rows are carried over) and a fresh one is started; when even that is impossible the store
// lives in memory for this run. problem() then says so in a sentence for the user.
class LocalStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ready,      // the file opened as it was
        Recovered,  // the file was moved aside and a fresh one started
        MemoryOnly  // nothing on disk could be used: kept for this run only
    };

    // Opens (or creates) the file and brings its schema up to date at once.
    explicit LocalStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    // For tests of migrations: stops at this schema version.
    LocalStore(const QString &filePath, int upToVersion, QObject *parent = nullptr);
    ~LocalStore() override;

    // store.sqlite in the app's data location (QStandardPaths::AppDataLocation).
    static QString defaultFilePath();
    // Loads Qt's SQLite driver (a plugin and the SQLite library) if it is not yet, so that the first
    // store to open finds it loaded: the app calls it on another thread while its window is built.
    static void loadDriver();
    static int latestVersion();

    Status status() const { return m_status; }
    // A translated sentence for the user when the status is not Ready; empty otherwise.
    QString problem() const { return m_problem; }
    QString filePath() const { return m_filePath; }
    // Where a damaged file was moved to; empty when none was.
    QString movedAsidePath() const { return m_movedAside; }
    int schemaVersion() const;
    // How many journal rows were carried over from a damaged file.
    int recoveredJournalRows() const { return m_recoveredRows; }

    QSqlDatabase database() const;

private:
    void open(int upToVersion);
    // Empty on success, otherwise what went wrong (technical, for the log and the details).
    QString openFile(const QString &path, int upToVersion);
    QString migrate(int upToVersion);
    QString moveAside();
    struct SalvagedRow;
    QList<SalvagedRow> salvageJournal(const QString &path) const;
    void restoreJournal(const QList<SalvagedRow> &rows);
    void openInMemory(int upToVersion);
    void closeConnection();

    QString m_filePath;
    QString m_connection;
    QString m_movedAside;
    QString m_problem;
    Status m_status = Status::Ready;
    int m_recoveredRows = 0;
};

} // namespace hci
