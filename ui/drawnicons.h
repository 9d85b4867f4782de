#pragma once

#include <QColor>
#include <QIcon>
#include <QLineF>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

// Small state icons drawn in code, so that the table has icons on desktops without an icon theme.
namespace hci::DrawnIcon {

enum class Shape { Circle, Diamond, Triangle };
enum class Glyph { Check, Dot, Equal, Pen, Undo, Exclamation, Up, Down, Plus, Cross };

// A glyph as strokes on a 16 by 16 grid; a stroke of one point is a dot.
inline QList<QPolygonF> strokes(Glyph glyph)
{
    using P = QPointF;
    switch (glyph) {
    case Glyph::Check: return {QPolygonF{P(4.5, 8.5), P(7, 11), P(11.5, 5.5)}};
    case Glyph::Dot: return {QPolygonF{P(8, 8)}};
    case Glyph::Equal: return {QPolygonF{P(4.5, 6.5), P(11.5, 6.5)}, QPolygonF{P(4.5, 9.5), P(11.5, 9.5)}};
    case Glyph::Pen: return {QPolygonF{P(5.5, 10.5), P(10.5, 5.5)}, QPolygonF{P(4.2, 11.8)}};
    case Glyph::Exclamation: return {QPolygonF{P(8, 4.5), P(8, 8.5)}, QPolygonF{P(8, 11)}};
    case Glyph::Up: return {QPolygonF{P(8, 11.5), P(8, 4.5)}, QPolygonF{P(5, 7.5), P(8, 4.5), P(11, 7.5)}};
    case Glyph::Down: return {QPolygonF{P(8, 4.5), P(8, 11.5)}, QPolygonF{P(5, 8.5), P(8, 11.5), P(11, 8.5)}};
    case Glyph::Cross: return {QPolygonF{P(5, 5), P(11, 11)}, QPolygonF{P(11, 5), P(5, 11)}};
    case Glyph::Plus: return {QPolygonF{P(4.5, 8), P(11.5, 8)}, QPolygonF{P(8, 4.5), P(8, 11.5)}};
    case Glyph::Undo: {
        QPainterPath arc; // three quarters of a circle, the arrow head at its start
        arc.arcMoveTo(QRectF(4.5, 4.5, 7, 7), 160);
        arc.arcTo(QRectF(4.5, 4.5, 7, 7), 160, -250);
        const QPointF tip = arc.pointAtPercent(0);
        const qreal angle = arc.angleAtPercent(0);
        return {arc.toSubpathPolygons().value(0), QPolygonF{QLineF::fromPolar(3, angle + 40).translated(tip).p2(), tip,
                                               QLineF::fromPolar(3, angle - 40).translated(tip).p2()}};
    }
    }
    return {};
}

inline void drawGlyph(QPainter &p, Glyph glyph, qreal dy)
{
    p.translate(0, dy);
    for (const QPolygonF &stroke : strokes(glyph)) {
        if (stroke.size() == 1) {
            QPen dot = p.pen();
            dot.setWidthF(glyph == Glyph::Dot ? 4.5 : 2.0);
            p.save();
            p.setPen(dot);
            p.drawPoint(stroke.first());
            p.restore();
        } else {
            p.drawPolyline(stroke);
        }
    }
}

// A coloured shape with a white glyph: saturated mid tones read on light and dark backgrounds.
inline QIcon make(Shape shape, const QColor &color, Glyph glyph)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        qreal dy = 0;
        switch (shape) {
        case Shape::Circle:
            p.drawEllipse(QRectF(1, 1, 14, 14));
            break;
        case Shape::Diamond:
            p.drawPolygon(QPolygonF({QPointF(8, 0.5), QPointF(15.5, 8), QPointF(8, 15.5), QPointF(0.5, 8)}));
            break;
        case Shape::Triangle:
            p.drawPolygon(QPolygonF({QPointF(8, 0.8), QPointF(15.6, 14.8), QPointF(0.4, 14.8)}));
            dy = 1.5;
            break;
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::white, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        drawGlyph(p, glyph, dy);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace hci::DrawnIcon
