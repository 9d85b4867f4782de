// The commands that only read (list, diff, export) and the file that apply reads.
#include "tool.h"

#include "listing.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace hci::cli {

namespace {

QList<FieldComparison> overriddenOnly(const QList<FieldComparison> &fields)
{
    QList<FieldComparison> result;
    for (const FieldComparison &field : fields) {
        if (field.overridden)
            result.append(field);
    }
    return result;
}

// Now, or SOURCE_DATE_EPOCH when it is set, as reproducible builds use it: an export kept in git
// then changes only when the overrides do.
QDateTime exportTime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    return QDateTime::currentDateTimeUtc();
}

} // namespace

void Tool::runList(const ConfigSnapshot &snapshot)
{
    const QList<FieldComparison> fields = snapshot.comparisons();
    if (m_invocation.json)
        m_console.data(QString::fromUtf8(QJsonDocument(Listing::json(fields)).toJson(QJsonDocument::Indented)));
    else
        m_console.data(Listing::table(fields));
    finish(Success);
}

void Tool::runDiff(const ConfigSnapshot &snapshot)
{
    const QList<FieldComparison> fields = overriddenOnly(snapshot.comparisons());
    if (m_invocation.json) {
        m_console.data(QString::fromUtf8(QJsonDocument(Listing::json(fields)).toJson(QJsonDocument::Indented)));
    } else if (fields.isEmpty()) {
        m_console.progress(tr("No field is overridden on %1: every image is Harness's default.")
                               .arg(scopeName({ snapshot.module(), snapshot.infra() })));
    } else {
        m_console.data(Listing::table(fields));
    }
    finish(m_invocation.exitCode && !fields.isEmpty() ? DifferencesFound : Success);
}

void Tool::runExport(const QList<ConfigSnapshot> &snapshots)
{
    OverridesFile file;
    file.account = m_target.connection.accountId;
    file.exported = exportTime();
    int count = 0;
    for (const ConfigSnapshot &snapshot : snapshots) {
        file.scopes.append({ snapshot.module(), snapshot.infra(), snapshot.overrides() });
        count += snapshot.overrideCount();
    }
    const QByteArray content = m_invocation.format == ExportFormat::Terraform ? file.toTerraform() : file.toJson();
    if (m_invocation.outputFile.isEmpty()) {
        m_console.data(QString::fromUtf8(content));
    } else {
        // All or nothing: a failed write leaves an older file as it was.
        QSaveFile out(m_invocation.outputFile);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
            m_console.error(tr("Cannot write %1: %2").arg(m_invocation.outputFile, out.errorString()));
            return finish(CannotCreate);
        }
    }
    m_console.progress(tr("Exported %n override(s).", nullptr, count));
    finish(Success);
}

bool Tool::readOverridesFile()
{
    const QString name = m_invocation.arguments.first();
    QFile in;
    const bool fromStdin = name == QLatin1String("-");
    if (fromStdin)
        in.open(stdin, QIODevice::ReadOnly);
    else
        in.setFileName(name);
    if (!in.isOpen() && !in.open(QIODevice::ReadOnly)) {
        m_console.error(tr("Cannot read %1: %2").arg(name, in.errorString()));
        return false;
    }
    const QByteArray json = in.readAll();
    QStringList problems;
    m_file = OverridesFile::fromJson(json, &problems);
    if (!m_file) {
        const QString shown = fromStdin ? tr("standard input") : name;
        m_console.error(tr("%1 cannot be applied:").arg(shown));
        for (const QString &problem : std::as_const(problems))
            m_console.note(QStringLiteral("  ") + problem);
        return false;
    }
    return true;
}

} // namespace hci::cli
