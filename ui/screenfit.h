#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace hci {

// The free area (without panels and docks) of the screen a window opens on: its parent's screen, or
// its own. Empty when there is no screen.
QRect availableScreenArea(const QWidget *window);

// Resizes a window to the size it asks for, but never larger than the free area of the screen it opens
// on, less room for its frame: on a small screen no part of it is out of sight.
void resizeWithinScreen(QWidget *window, QSize wanted);

} // namespace hci
