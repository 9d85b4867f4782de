#include "overridesfileactions.h"

#include "core/configdocument.h"
#include "core/overridesimport.h"
#include "harness/harnessclient.h"
#include "session/accountsession.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>

#include <optional>

namespace hci {

namespace {

QString &nextFileName()
{
    static QString name;
    return name;
}

std::optional<OverridesFileActions::ExportScope> &nextExportScope()
{
    static std::optional<OverridesFileActions::ExportScope> scope;
    return scope;
}

QString scopeName(Module module, Infra infra)
{
    return moduleId(module) + u'/' + infraId(infra);
}

QString jsonFilter()
{
    return OverridesFileActions::tr("Overrides file (*.json)");
}

QString terraformFilter()
{
    return OverridesFileActions::tr("Terraform (*.tf)");
}

} // namespace

OverridesFileActions::OverridesFileActions(AccountSession *session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_document(session->document())
    , m_window(window)
    , m_exportAction(new QAction(tr("&Export overrides…"), this))
    , m_importAction(new QAction(tr("&Import overrides…"), this))
{
    m_exportAction->setObjectName(QStringLiteral("exportOverrides"));
    m_exportAction->setToolTip(tr("Write the overrides to a JSON or Terraform file; the API key stays out"));
    m_importAction->setObjectName(QStringLiteral("importOverrides"));
    m_importAction->setToolTip(tr("Queue the overrides of an exported file here; nothing is sent before the review"));
    connect(m_exportAction, &QAction::triggered, this, &OverridesFileActions::exportOverrides);
    connect(m_importAction, &QAction::triggered, this, &OverridesFileActions::importOverrides);
    connect(m_document, &ConfigDocument::snapshotChanged, this, &OverridesFileActions::updateActions);
    connect(m_session, &AccountSession::stateChanged, this, &OverridesFileActions::updateActions);
    updateActions();
}

void OverridesFileActions::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

void OverridesFileActions::setNextExportScope(ExportScope scope)
{
    nextExportScope() = scope;
}

void OverridesFileActions::updateActions()
{
    const bool ready = m_document->hasSnapshot() && !m_busy;
    m_exportAction->setEnabled(ready);
    m_importAction->setEnabled(ready && !m_session->isApplying());
}

QString OverridesFileActions::accountId() const
{
    return m_session->client()->connection().accountId;
}

void OverridesFileActions::chooseFile(bool forSaving, const QString &suggestedName,
                                      std::function<void(const QString &)> chosen)
{
    const QString answered = std::exchange(nextFileName(), QString());
    if (!answered.isEmpty()) {
        chosen(answered);
        return;
    }
    auto *dialog = new QFileDialog(m_window, forSaving ? tr("Export overrides") : tr("Import overrides"));
    dialog->setObjectName(forSaving ? QStringLiteral("exportFileDialog") : QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(forSaving ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(forSaving ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (forSaving) {
        dialog->setNameFilters({ jsonFilter(), terraformFilter() });
        dialog->setDefaultSuffix(QStringLiteral("json"));
        dialog->selectFile(suggestedName);
        connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
            dialog->setDefaultSuffix(filter == terraformFilter() ? QStringLiteral("tf") : QStringLiteral("json"));
        });
    } else {
        dialog->setNameFilters({ jsonFilter(), tr("All files (*)") });
    }
    connect(dialog, &QFileDialog::fileSelected, this, [chosen](const QString &file) { chosen(file); });
    connect(dialog, &QFileDialog::rejected, this, [this] { Q_EMIT finished(false, tr("Cancelled.")); });
    dialog->open();
}

void OverridesFileActions::exportOverrides()
{
    if (!m_document->hasSnapshot() || m_busy)
        return;
    const QString current = scopeName(m_session->module(), m_session->infra());
    const auto withScope = [this](ExportScope scope) {
        const QString suggested = QStringLiteral("harness-overrides-%1.json").arg(accountId());
        chooseFile(true, suggested, [this, scope](const QString &file) { exportScopes(scope, file); });
    };
    if (const auto answered = std::exchange(nextExportScope(), std::nullopt)) {
        withScope(*answered);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Export overrides"),
                                tr("Export the overrides of %1 only, or of every module and infrastructure?").arg(current),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("exportScopeChoice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *currentButton = box->addButton(tr("Only %1").arg(current), QMessageBox::AcceptRole);
    QPushButton *allButton = box->addButton(tr("All"), QMessageBox::AcceptRole);
    box->setDefaultButton(currentButton);
    connect(box, &QMessageBox::buttonClicked, this, [=](QAbstractButton *button) {
        if (button == currentButton)
            withScope(ExportScope::Current);
        else if (button == allButton)
            withScope(ExportScope::All);
        else
            Q_EMIT finished(false, tr("Cancelled."));
    });
    box->open();
}

void OverridesFileActions::exportScopes(ExportScope scope, const QString &fileName)
{
    auto file = std::make_shared<OverridesFile>();
    file->account = accountId();
    file->exported = QDateTime::currentDateTimeUtc();
    if (scope == ExportScope::Current) {
        const ConfigSnapshot &snapshot = m_document->snapshot();
        file->scopes.append({ snapshot.module(), snapshot.infra(), snapshot.overrides() });
        writeFile(fileName, *file);
        return;
    }
    // Every scope, read one after another by a session of its own: the window's stays as it is.
    m_busy = true;
    updateActions();
    auto *document = new ConfigDocument(this);
    auto *reader = new AccountSession(m_session->client(), document, document);
    auto pending = std::make_shared<QList<std::pair<Module, Infra>>>();
    for (Module module : allModules()) {
        for (Infra infra : allInfras())
            pending->append({ module, infra });
    }
    auto next = std::make_shared<std::function<void()>>();
    *next = [=] {
        if (pending->isEmpty()) {
            document->deleteLater();
            m_busy = false;
            updateActions();
            writeFile(fileName, *file);
            return;
        }
        const auto [module, infra] = pending->takeFirst();
        reader->setScope(module, infra);
        reader->load();
    };
    connect(reader, &AccountSession::loaded, this, [=] {
        if (accountId() != file->account) {
            // Another account was opened meanwhile: one file never mixes two.
            document->deleteLater();
            m_busy = false;
            updateActions();
            report(false, tr("Export overrides"),
                   tr("Nothing was written: another account was opened while the overrides were read."));
            return;
        }
        const ConfigSnapshot &snapshot = document->snapshot();
        file->scopes.append({ snapshot.module(), snapshot.infra(), snapshot.overrides() });
        QMetaObject::invokeMethod(this, [next] { (*next)(); }, Qt::QueuedConnection);
    });
    connect(reader, &AccountSession::loadFailed, this, [=](const ApiError &error) {
        document->deleteLater();
        m_busy = false;
        updateActions();
        report(false, tr("Export overrides"),
               tr("Nothing was written: %1 could not be read.").arg(scopeName(reader->module(), reader->infra())),
               error.userMessage());
    });
    (*next)();
}

void OverridesFileActions::writeFile(const QString &fileName, const OverridesFile &file)
{
    const bool terraform = QFileInfo(fileName).suffix().compare(QLatin1String("tf"), Qt::CaseInsensitive) == 0;
    const QByteArray content = terraform ? file.toTerraform() : file.toJson();
    // All or nothing: a failed write leaves an older file as it was.
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
        report(false, tr("Export overrides"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(fileName)),
               out.errorString());
        return;
    }
    int count = 0;
    for (const ScopeOverrides &scope : file.scopes)
        count += int(scope.overrides.size());
    const QString text = tr("Exported %n override(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(fileName));
    m_window->statusBar()->showMessage(text, 10000);
    Q_EMIT finished(true, text);
}

void OverridesFileActions::importOverrides()
{
    if (!m_document->hasSnapshot() || m_busy || m_session->isApplying())
        return;
    chooseFile(false, {}, [this](const QString &file) { readFile(file); });
}

void OverridesFileActions::readFile(const QString &fileName)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    QFile in(fileName);
    if (!in.open(QIODevice::ReadOnly)) {
        report(false, tr("Import overrides"), tr("Cannot read %1.").arg(shown), in.errorString());
        return;
    }
    QStringList problems;
    const std::optional<OverridesFile> file = OverridesFile::fromJson(in.readAll(), &problems);
    if (!file) {
        report(false, tr("Import overrides"), tr("%1 cannot be imported; nothing was queued.").arg(shown),
               problems.join(u'\n'));
        return;
    }
    if (file->account.isEmpty() || file->account == accountId()) {
        queueFile(*file);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import overrides"),
                                tr("This file was exported from account %1, and this window is open on account %2. "
                                   "Queue its overrides here?").arg(file->account, accountId()),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("otherAccountQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *queue = box->addButton(tr("&Queue here"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, queue, file = *file](QAbstractButton *button) {
        if (button == queue)
            queueFile(file);
        else
            Q_EMIT finished(false, tr("Cancelled."));
    });
    box->open();
}

void OverridesFileActions::queueFile(const OverridesFile &file)
{
    const Module module = m_session->module();
    const Infra infra = m_session->infra();
    const QString current = scopeName(module, infra);
    QStringList others;
    const ScopeOverrides *mine = nullptr;
    for (const ScopeOverrides &scope : file.scopes) {
        if (scope.module == module && scope.infra == infra)
            mine = &scope;
        else
            others.append(scopeName(scope.module, scope.infra));
    }
    const QString elsewhere = others.isEmpty()
        ? QString()
        : tr("Not imported, because this window shows %1: %2. Switch to each and import the file again.")
              .arg(current, others.join(QStringLiteral(", ")));
    if (!mine) {
        report(false, tr("Import overrides"), tr("The file has no overrides for %1; nothing was queued.").arg(current),
               elsewhere);
        return;
    }
    if (m_session->isApplying()) {
        report(false, tr("Import overrides"), tr("An apply is in progress; import the file once it is done."));
        return;
    }
    const OverridesImport result = OverridesImport::queue(*mine, m_document);
    QStringList details;
    if (!result.unknownFields.isEmpty()) {
        details.append(tr("Not queued, because %1 does not list them on this account: %2.")
                           .arg(current, result.unknownFields.join(QStringLiteral(", "))));
    }
    details += result.refused;
    if (!elsewhere.isEmpty())
        details.append(elsewhere);
    if (result.queued == 0 && details.isEmpty()) {
        report(true, tr("Import overrides"), tr("The overrides of %1 already equal the file's: nothing to change.").arg(current));
        return;
    }
    const QString text = tr("%n change(s) queued from the file; nothing is sent until you apply.", nullptr, result.queued);
    const bool review = result.queued > 0;
    if (details.isEmpty()) {
        Q_EMIT finished(true, text);
        Q_EMIT reviewRequested();
        return;
    }
    report(review, tr("Import overrides"), text, details.join(u'\n'), [this, review] {
        if (review)
            Q_EMIT reviewRequested();
    });
}

void OverridesFileActions::report(bool ok, const QString &title, const QString &text, const QString &details,
                                  std::function<void()> after)
{
    const QString said = details.isEmpty() ? text : text + u'\n' + details;
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("overridesFileReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->setTextFormat(Qt::PlainText);
    connect(box, &QDialog::finished, this, [after = std::move(after)] {
        if (after)
            after();
    });
    box->open();
    Q_EMIT finished(ok, said);
}

} // namespace hci
