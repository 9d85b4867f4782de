// A stand-in for a person at the real window, for tst_journalcrash: the window of the app over
// its sandbox and its store file in the app's data location.
//   queue:   queues edits through the table's model, prints them as JSON, and waits to be killed.
//   restore: waits for the offer of journaled edits, clicks Restore, prints the queue, quits.
#include "store/localstore.h"
#include "ui/accountmemory.h"
#include "ui/configtreemodel.h"
#include "ui/journalrestorebar.h"
#include "ui/mainwindow.h"

#include "core/configdocument.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

using namespace hci;

namespace {

void printQueue(const ConfigDocument &document)
{
    QJsonArray changes;
    for (const PendingChange &change : document.pendingChanges())
        changes.append(QJsonObject{{QStringLiteral("field"), change.field},
                                   {QStringLiteral("reset"), change.kind == PendingChange::Kind::Reset},
                                   {QStringLiteral("value"), change.value}});
    std::printf("%s\n", QJsonDocument(changes).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Two new overrides and one reset, typed into the table like a person would.
void queueEdits(MainWindow &window)
{
    ConfigTreeModel *model = window.model();
    const ConfigSnapshot &snapshot = window.document()->snapshot();
    int edits = 0;
    for (const QString &field : snapshot.fields()) {
        const QString image = snapshot.defaults().value(field);
        if (edits < 2 && !image.isEmpty() && !snapshot.overrides().contains(field)) {
            const QString edited = image.left(image.lastIndexOf(QLatin1Char(':'))) + QStringLiteral(":0.0.%1").arg(++edits);
            model->setData(model->indexForField(field, ConfigTreeModel::OverrideColumn), edited, Qt::EditRole);
        }
    }
    const QStringList overridden = snapshot.overrides().keys();
    if (!overridden.isEmpty())
        model->setData(model->indexForField(overridden.first(), ConfigTreeModel::ResetColumn), true, Qt::EditRole);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("harness-ci-images"));
    QApplication::setOrganizationName(QStringLiteral("harness-ci-images"));
    const QString mode = app.arguments().value(1);
    AccountMemory::setStorePath(LocalStore::defaultFilePath());
    MainWindow window;
    QObject::connect(&window, &MainWindow::loadFinished, &app, [&](bool ok, const QString &message) {
        if (!ok) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(message));
            QCoreApplication::exit(2);
            return;
        }
        if (mode == QLatin1String("queue")) {
            queueEdits(window);
            printQueue(*window.document());
            return; // killed here, edits queued
        }
        // After the window's own handlers: the offer is made once the load is recorded.
        QTimer::singleShot(0, &app, [&] {
            JournalRestoreBar *bar = window.memory()->restoreBar();
            if (!bar->isVisible()) {
                std::fprintf(stderr, "no offer\n");
                QCoreApplication::exit(3);
                return;
            }
            std::fprintf(stderr, "offer: %s\n", qPrintable(bar->findChild<QWidget *>(QStringLiteral("journalText"))->property("text").toString()));
            bar->findChild<QPushButton *>(QStringLiteral("restoreJournalButton"))->click();
            printQueue(*window.document());
            QCoreApplication::exit(0);
        });
    });
    window.show();
    window.openSandbox();
    return app.exec();
}
