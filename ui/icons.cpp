#include "icons.h"

#include <QFile>
#include <QString>

namespace hci {

namespace {

QString bundledPath(const QString &name)
{
    return QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg");
}

} // namespace

QIcon themedIcon(const QString &name)
{
    return hasBundledIcon(name) ? QIcon::fromTheme(name, QIcon(bundledPath(name))) : QIcon::fromTheme(name);
}

bool hasBundledIcon(const QString &name)
{
    return QFile::exists(bundledPath(name));
}

QIcon applicationIcon()
{
    QIcon bundled(QStringLiteral(":/icons/" HCI_APP_ID ".svg"));
    // At 16 pixels the isometric drawing blurs; the grid-aligned one stays sharp.
    bundled.addFile(QStringLiteral(":/icons/" HCI_APP_ID "-16.png"), QSize(16, 16));
    return QIcon::fromTheme(QStringLiteral(HCI_APP_ID), bundled);
}

} // namespace hci
