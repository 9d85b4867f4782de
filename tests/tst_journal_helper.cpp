// A stand-in for a person at the real window, for tst_journalcrash: the window of the app over
// its sandbox and its store file in the app's data location.
//   queue:   queues edits through the table's model, prints them as JSON, and waits to be killed.
//   restore: waits for the offer of journaled edits, clicks Restore, prints the queue, quits.
//   demo, panel: an apply, then changes made "elsewhere" and a reload: the since-last-look panel and
//            the History window open, for screenshots.
#include "store/localstore.h"
#include "ui/accountmemory.h"
#include "ui/configtreemodel.h"
#include "ui/journalrestorebar.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"

#include "core/configdocument.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"

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
void queueEdits(MainWindow &window, const ConfigDocument &document)
{
    ConfigTreeModel *model = window.model();
    const ConfigSnapshot &snapshot = document.snapshot();
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
    auto *services = new AppServices; // the window keeps them
    MainWindow window(services);
    QObject::connect(&window, &MainWindow::loadFinished, &app, [&](bool ok, const QString &message) {
        if (!ok) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(message));
            QCoreApplication::exit(2);
            return;
        }
        const bool demo = mode == QLatin1String("demo") || mode == QLatin1String("panel");
        if (demo) {
            static int loads = 0;
            if (++loads == 1) {
                services->document()->setOverride(QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.6.10-rootless"));
                services->document()->resetField(QStringLiteral("s3UploadTag"));
                services->session()->apply();
            } else if (mode == QLatin1String("demo")) {
                window.memory()->showHistory();
            }
            return;
        }
        if (mode == QLatin1String("queue")) {
            queueEdits(window, *services->document());
            printQueue(*services->document());
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
            printQueue(*services->document());
            QCoreApplication::exit(0);
        });
    });
    QObject::connect(services->session(), &AccountSession::applied, &app, [&] {
        if (mode != QLatin1String("demo") && mode != QLatin1String("panel"))
            return;
        SandboxStore &store = services->sandbox()->store();
        ImageMap defaults = store.defaults(Module::Ci, Infra::K8);
        defaults.insert(QStringLiteral("liteEngineTag"), QStringLiteral("harness/ci-lite-engine:1.17.1"));
        defaults.insert(QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.17.1"));
        store.setDefaults(Module::Ci, Infra::K8, defaults);
        QString failure;
        store.update(services->sandbox()->accountId(), Module::Ci, Infra::K8,
                     {{QStringLiteral("gitCloneTag"), true, QStringLiteral("harness/drone-git:1.7.0-rootless")}}, &failure);
        services->session()->load();
    });
    window.show();
    window.openSandbox();
    return app.exec();
}
