// harness-ci-images-cli: the overrides of a Harness account from a terminal or a pipeline, on the
// same core as the window, without widgets and without a display.
#include "tool.h"
#include "session/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harness-ci-images-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HCI_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("harness-ci-images"));
    hci::installTranslations(&app);
    // The libraries' info lines are for the window's log; the tool says what it does itself.
    // QT_LOGGING_RULES still wins, for a look inside.
    QLoggingCategory::setFilterRules(QStringLiteral("hci.*.info=false"));

    hci::cli::Tool tool;
    QObject::connect(&tool, &hci::cli::Tool::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    tool.start(QCoreApplication::arguments());
    return app.exec();
}
