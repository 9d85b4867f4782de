#include "messagebar.h"

#include "icons.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hci {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_action(new QPushButton(this))
    , m_detailsButton(new QPushButton(tr("&Details"), this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // server words are never rendered as rich text
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setObjectName(QStringLiteral("messageDetails"));
    m_detailsLabel->hide();
    m_retry->setObjectName(QStringLiteral("messageRetry"));
    m_retry->setToolTip(tr("Try the same again"));
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setAccessibleName(tr("Suggested next step"));
    m_action->hide();
    m_detailsButton->setObjectName(QStringLiteral("messageDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(tr("Show what the server answered, with its correlation ID"));
    m_close->setIcon(themedIcon(QStringLiteral("window-close")));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_action, 0, Qt::AlignTop);
    row->addWidget(m_retry, 0, Qt::AlignTop);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_detailsLabel);

    connect(m_retry, &QPushButton::clicked, this, &MessageBar::retryRequested);
    connect(m_action, &QPushButton::clicked, this, [this] {
        m_action->hide(); // one click, one run
        Q_EMIT actionRequested(m_action->text());
    });
    connect(m_detailsButton, &QPushButton::toggled, m_detailsLabel, &QLabel::setVisible);
    connect(m_close, &QPushButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(Level level, const QString &text, const QString &details, bool canRetry)
{
    m_level = level;
    m_details = details;
    m_text->setText(text);
    m_detailsLabel->setText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
    m_retry->setVisible(canRetry);
    m_action->hide();

    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::Highlight);
    if (level == Level::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xe0, 0xa0, 0x00);
    } else if (level == Level::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xd0, 0x30, 0x30);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    // A light wash of the level's colour over the window colour keeps text readable in light and dark themes.
    QPalette pal = QApplication::palette(this);
    const QColor base = pal.color(QPalette::Window);
    const qreal alpha = 0.18;
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * (1 - alpha) + tint.redF() * alpha,
                                                    base.greenF() * (1 - alpha) + tint.greenF() * alpha,
                                                    base.blueF() * (1 - alpha) + tint.blueF() * alpha));
    setPalette(pal);
    setAccessibleName(text);
    show();
}

void MessageBar::setAction(const QString &text, const QString &toolTip)
{
    m_action->setText(text);
    m_action->setToolTip(toolTip);
    m_action->setAccessibleName(text.isEmpty() ? tr("Suggested next step") : QString(text).remove(QLatin1Char('&')));
    m_action->setVisible(!text.isEmpty());
}

QString MessageBar::actionText() const
{
    return m_action->isVisible() ? m_action->text() : QString();
}

void MessageBar::dismiss()
{
    hide();
    m_action->hide();
    m_text->clear();
    m_details.clear();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace hci
