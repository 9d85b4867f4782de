#include "localstore.h"

#include "storeschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "hci.store", QtInfoMsg)

namespace hci {

struct LocalStore::SalvagedRow
{
    QVariantList values;
};

namespace {

const QString kJournalColumns = QStringLiteral(
    "scope_key, profile_key, account_id, module, infra, field, kind, value, base_value, queued_at, offered");

QString uniqueConnectionName()
{
    return QStringLiteral("hci-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString queryError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

LocalStore::LocalStore(const QString &filePath, QObject *parent)
    : LocalStore(filePath, latestVersion(), parent)
{
}

LocalStore::LocalStore(const QString &filePath, int upToVersion, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    open(upToVersion);
}

LocalStore::~LocalStore()
{
    closeConnection();
}

QString LocalStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("store.sqlite"));
}

void LocalStore::loadDriver()
{
    const QString name = QStringLiteral("hci-driver-warm-up");
    // Adding and removing connections is thread-safe; the driver's plugin stays loaded after.
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QSqlDatabase::removeDatabase(name);
}

int LocalStore::latestVersion()
{
    return storeMigrations().constLast().version;
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int LocalStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void LocalStore::open(int upToVersion)
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        qCWarning(lcStore) << "cannot create the folder of" << m_filePath;
        m_problem = tr("The folder for the local store, %1, cannot be created. Queued edits and the history "
                       "are kept for this run only.")
                        .arg(QDir::toNativeSeparators(info.absolutePath()));
        openInMemory(upToVersion);
        return;
    }
    const QString why = openFile(m_filePath, upToVersion);
    if (why.isEmpty())
        return;
    if (why == QLatin1String("newer")) {
        m_problem = tr("The local store %1 was written by a newer version of this app and is left as it is. "
                       "Queued edits and the history are kept for this run only.")
                        .arg(QDir::toNativeSeparators(m_filePath));
        openInMemory(upToVersion);
        return;
    }
    qCWarning(lcStore) << "the store cannot be used, moving it aside:" << why;
    const QString moveProblem = moveAside();
    if (!moveProblem.isEmpty()) {
        m_problem = tr("The local store %1 cannot be opened (%2) nor moved aside. Queued edits and the history "
                       "are kept for this run only.")
                        .arg(QDir::toNativeSeparators(m_filePath), why);
        openInMemory(upToVersion);
        return;
    }
    const QList<SalvagedRow> rows = salvageJournal(m_movedAside);
    const QString again = openFile(m_filePath, upToVersion);
    if (!again.isEmpty()) {
        m_problem = tr("The local store %1 could not be opened (%2) and a new one could not be started either. "
                       "The old file is now %3. Queued edits and the history are kept for this run only.")
                        .arg(QDir::toNativeSeparators(m_filePath), why, QDir::toNativeSeparators(m_movedAside));
        openInMemory(upToVersion);
        restoreJournal(rows);
        return;
    }
    restoreJournal(rows);
    m_status = Status::Recovered;
    m_problem = tr("The local store could not be read (%1), so it was moved to %2 and a new one was started. "
                   "%n queued edit(s) were carried over from it.",
                   nullptr, m_recoveredRows)
                    .arg(why, QDir::toNativeSeparators(m_movedAside));
}

QString LocalStore::openFile(const QString &path, int upToVersion)
{
    closeConnection();
    m_connection = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return tr("the SQLite driver of Qt is not installed");
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (QFileInfo(path).isDir())
        return tr("it is a folder");
    if (!db.open())
        return db.lastError().text();
    QSqlQuery query(db);
    // The first statements read the file's header: garbage fails here.
    if (path != QLatin1String(":memory:")) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
            return queryError(query);
        if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return tr("write-ahead logging is not available");
    }
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return queryError(query);
    if (const QString check = query.value(0).toString(); check != QLatin1String("ok"))
        return check;
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return migrate(upToVersion);
}

QString LocalStore::migrate(int upToVersion)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)")))
        return queryError(query);
    const int current = schemaVersion();
    if (current > latestVersion())
        return QStringLiteral("newer");
    for (const StoreMigration &migration : storeMigrations()) {
        if (migration.version <= current || migration.version > upToVersion)
            continue;
        if (!db.transaction())
            return db.lastError().text();
        QString failure;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                failure = queryError(query);
                break;
            }
        }
        if (failure.isEmpty()) {
            query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            query.addBindValue(migration.version);
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!query.exec())
                failure = queryError(query);
        }
        if (!failure.isEmpty()) {
            db.rollback();
            return tr("schema step %1 failed: %2").arg(migration.version).arg(failure);
        }
        if (!db.commit())
            return db.lastError().text();
        qCInfo(lcStore) << "schema now at version" << migration.version;
    }
    return {};
}

QString LocalStore::moveAside()
{
    closeConnection();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_filePath + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_filePath + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_filePath, target) && !QDir().rename(m_filePath, target))
        return tr("cannot rename it");
    // The write-ahead log belongs to the moved file; a fresh file must not pick it up.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_filePath + suffix))
            QFile::rename(m_filePath + suffix, target + suffix);
    }
    m_movedAside = target;
    return {};
}

QList<LocalStore::SalvagedRow> LocalStore::salvageJournal(const QString &path) const
{
    QList<SalvagedRow> rows;
    if (path.isEmpty() || QFileInfo(path).isDir())
        return rows;
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT %1 FROM journal").arg(kJournalColumns))) {
                while (query.next()) {
                    SalvagedRow row;
                    for (int i = 0; i < query.record().count(); ++i)
                        row.values.append(query.value(i));
                    rows.append(row);
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    qCInfo(lcStore) << "journal rows read from the damaged file:" << rows.size();
    return rows;
}

void LocalStore::restoreJournal(const QList<SalvagedRow> &rows)
{
    if (rows.isEmpty() || schemaVersion() < 1)
        return;
    QSqlQuery query(database());
    for (const SalvagedRow &row : rows) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO journal (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(kJournalColumns));
        for (const QVariant &value : row.values)
            query.addBindValue(value);
        if (query.exec())
            ++m_recoveredRows;
    }
}

void LocalStore::openInMemory(int upToVersion)
{
    m_status = Status::MemoryOnly;
    const QString why = openFile(QStringLiteral(":memory:"), upToVersion);
    if (!why.isEmpty())
        qCWarning(lcStore) << "even an in-memory store failed:" << why;
}

void LocalStore::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

} // namespace hci
