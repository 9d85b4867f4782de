#pragma once

#include <functional>

class QObject;
class QWidget;

namespace hci {

// Runs the work from the event loop once the widget has next painted, so that what a look does not
// need waits until the look is on the screen: the window icon at launch, a load's registry lookups.
// A widget that is not visible paints nothing, so the work then runs from the event loop at once; a
// visible one that is not repainted (a minimised window) gets half a second. Nothing runs once the
// context is gone.
void runAfterNextPaint(QWidget *widget, QObject *context, std::function<void()> work);

} // namespace hci
