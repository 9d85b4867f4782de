#pragma once

#include <QIcon>

class QString;

namespace hci {

// An icon from the desktop's theme, or the app's own drawing of it (resources/icons/actions) when
// the theme has none, so that the app looks complete outside KDE and GNOME too.
QIcon themedIcon(const QString &name);

// The application's icon: the installed one by its app ID, or the copy compiled into the app.
QIcon applicationIcon();

// Whether the app has its own drawing of a theme icon name.
bool hasBundledIcon(const QString &name);

} // namespace hci
