#pragma once

#include <QIcon>
#include <QLabel>
#include <QStyle>

class QString;

namespace hci {

// An icon from the desktop's theme, or the app's own drawing of it (resources/icons/actions) when
// the theme has none, so that the app looks complete outside KDE and GNOME too.
QIcon themedIcon(const QString &name);

// The application's icon: the installed one by its app ID, or the copy compiled into the app.
QIcon applicationIcon();

// The icon as it is, with a disabled look of its own: the same drawing at 30% opacity, drawn only
// when a disabled button first shows it (nothing is rendered up front).
QIcon withFaintDisabled(const QIcon &icon);

// A label with one of the style's standard icons at the small icon size, drawn when the label first
// shows: the style reads those icons from image files, and a panel that stays hidden needs none.
class StandardIconLabel : public QLabel
{
public:
    StandardIconLabel(QStyle::StandardPixmap icon, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QStyle::StandardPixmap m_icon;
    bool m_drawn = false;
};

// Whether the app has its own drawing of a theme icon name.
bool hasBundledIcon(const QString &name);

} // namespace hci
