#include "mainwindow.h"

#include <QLabel>

namespace hci {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Harness CI Images"));
    auto *placeholder = new QLabel(tr("Harness CI Images"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 700);
}

} // namespace hci
