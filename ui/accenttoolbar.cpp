#include "accenttoolbar.h"

#include <QPainter>

namespace hci {

namespace {

constexpr int kStripHeight = 3;

} // namespace

AccentToolBar::AccentToolBar(const QString &title, QWidget *parent)
    : QToolBar(title, parent)
{
}

void AccentToolBar::setAccent(const QColor &colour)
{
    if (colour == m_accent)
        return;
    m_accent = colour;
    // The strip has room of its own below the buttons.
    setContentsMargins(0, 0, 0, m_accent.isValid() ? kStripHeight : 0);
    update();
}

void AccentToolBar::paintEvent(QPaintEvent *event)
{
    QToolBar::paintEvent(event);
    if (!m_accent.isValid())
        return;
    QPainter painter(this);
    painter.fillRect(QRect(0, height() - kStripHeight, width(), kStripHeight), m_accent);
}

} // namespace hci
