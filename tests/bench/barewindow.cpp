// The yardstick for launch time and memory: a bare Qt window with a 48-row, six-column tree,
// started and left the way `harness-ci-images --sandbox --exit-after-load` is.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>

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
    auto *model = new QStandardItemModel(0, 6, &window);
    for (int row = 0; row < 48; ++row) {
        QList<QStandardItem *> items;
        for (int column = 0; column < 6; ++column)
            items.append(new QStandardItem(QStringLiteral("field %1 / %2").arg(row).arg(column)));
        model->appendRow(items);
    }
    auto *view = new QTreeView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1280, 780);
    view->viewport()->installEventFilter(new QuitAfterPaint(&window));
    window.show();
    return app.exec();
}
