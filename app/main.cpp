#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("harness-ci-images"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Harness CI Images"));
    QApplication::setApplicationVersion(QStringLiteral(HCI_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral("harness-ci-images"));
    QGuiApplication::setDesktopFileName(QStringLiteral(HCI_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "See and change the container images Harness CI runs pipelines with."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    hci::MainWindow window;
    window.show();
    return app.exec();
}
