#include "icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QString>

namespace hci {

namespace {

QString bundledPath(const QString &name)
{
    return QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg");
}

// Hands every request to the icon it wraps, except the disabled look, which it draws from the
// normal one at 30% opacity the first time a size is asked for.
class FaintDisabledEngine : public QIconEngine
{
public:
    explicit FaintDisabledEngine(const QIcon &icon)
        : m_icon(icon)
    {
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        if (mode != QIcon::Disabled)
            return m_icon.pixmap(size, scale, mode, state);
        const QString key = QStringLiteral("%1x%2@%3/%4").arg(size.width()).arg(size.height()).arg(scale).arg(int(state));
        if (const auto found = m_faint.constFind(key); found != m_faint.cend())
            return *found;
        const QPixmap normal = m_icon.pixmap(size, scale, QIcon::Normal, state);
        QPixmap faint(normal.size());
        if (!normal.isNull()) {
            faint.setDevicePixelRatio(normal.devicePixelRatio());
            faint.fill(Qt::transparent);
            QPainter painter(&faint);
            painter.setOpacity(0.3);
            painter.drawPixmap(0, 0, normal);
        }
        m_faint.insert(key, faint);
        return faint;
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, QIcon::Normal, state);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State state) override
    {
        return m_icon.availableSizes(QIcon::Normal, state);
    }

    bool isNull() override { return m_icon.isNull(); }
    QString key() const override { return QStringLiteral("hci.faintdisabled"); }
    QIconEngine *clone() const override { return new FaintDisabledEngine(m_icon); }

private:
    QIcon m_icon;
    QHash<QString, QPixmap> m_faint;
};

// An icon drawn from a file the first time it is asked for: Qt's SVG engine reads and parses the
// whole file as soon as it is handed one, and most of a window's icons (menus, hidden bars) are not
// shown at launch. Only for files known to hold a picture: it says it is not null without reading.
class DeferredFileEngine : public QIconEngine
{
public:
    explicit DeferredFileEngine(QString path)
        : m_path(std::move(path))
    {
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("hci.deferredfile"); }
    QIconEngine *clone() const override { return new DeferredFileEngine(m_path); }

private:
    const QIcon &icon()
    {
        if (m_icon.isNull())
            m_icon = QIcon(m_path);
        return m_icon;
    }

    QString m_path;
    QIcon m_icon;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    // The theme's icon when it has one; the bundled drawing is read only when it has not.
    if (QIcon::hasThemeIcon(name) || !hasBundledIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(new DeferredFileEngine(bundledPath(name)));
}

StandardIconLabel::StandardIconLabel(QStyle::StandardPixmap icon, QWidget *parent)
    : QLabel(parent)
    , m_icon(icon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setMinimumSize(size, size); // the room it takes once drawn
}

void StandardIconLabel::showEvent(QShowEvent *event)
{
    if (!m_drawn) {
        m_drawn = true;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        setPixmap(style()->standardIcon(m_icon, nullptr, this).pixmap(size, size));
    }
    QLabel::showEvent(event);
}

QIcon withFaintDisabled(const QIcon &icon)
{
    return icon.isNull() ? icon : QIcon(new FaintDisabledEngine(icon));
}

bool hasBundledIcon(const QString &name)
{
    return QFile::exists(bundledPath(name));
}

QIcon applicationIcon()
{
    QIcon bundled(QStringLiteral(":/icons/" HCI_APP_ID ".svg"));
    // At 16 pixels the isometric drawing blurs; the grid-aligned one stays sharp. Added as a picture:
    // as a file, the SVG engine would open the MIME database to learn what kind of file it is.
    bundled.addPixmap(QPixmap(QStringLiteral(":/icons/" HCI_APP_ID "-16.png")));
    return QIcon::fromTheme(QStringLiteral(HCI_APP_ID), bundled);
}

} // namespace hci
