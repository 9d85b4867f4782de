#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace hci {

namespace {

const QSize kFrameRoom(16, 40); // a title bar and borders

} // namespace

QRect availableScreenArea(const QWidget *window)
{
    const QWidget *near = window->parentWidget() ? window->parentWidget() : window;
    const QScreen *screen = near->screen() ? near->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

void resizeWithinScreen(QWidget *window, QSize wanted)
{
    const QRect available = availableScreenArea(window);
    if (!available.isEmpty())
        wanted = wanted.boundedTo(available.size() - kFrameRoom);
    window->resize(wanted); // a layout's minimum size still holds
}

} // namespace hci
