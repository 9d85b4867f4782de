// The yardstick for launch time and memory: a bare Qt Widgets window, a QMainWindow with a 48-row,
// 4-column QTableWidget, started the way `harness-ci-images --exit-after-load` is; it quits after its first paint.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTableWidget>
#include <QTimer>

namespace {

// Quits from the event loop once the table has painted its rows.
class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableWidget(48, 4, &window);
    for (int row = 0; row < 48; ++row) {
        for (int column = 0; column < 4; ++column)
            table->setItem(row, column, new QTableWidgetItem(QStringLiteral("field %1 / %2").arg(row).arg(column)));
    }
    window.setCentralWidget(table);
    window.resize(1280, 780);
    table->viewport()->installEventFilter(new QuitAfterPaint(&window));
    window.show();
    return app.exec();
}
