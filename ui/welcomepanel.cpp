#include "welcomepanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hci {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto *title = new QLabel(tr("See and change the images Harness CI runs your pipelines with"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);

    auto *text = new QLabel(tr("Harness's default images and your account's overrides, side by side. "
                               "Edit a cell to queue a change, review it, and apply it with one click."),
                            this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);

    auto *connectButton = new QPushButton(tr("&Connect to Harness…"), this);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    connectButton->setToolTip(tr("Open a Harness account with its URL and an API key"));
    auto *sandboxButton = new QPushButton(tr("&Try the sandbox"), this);
    sandboxButton->setObjectName(QStringLiteral("sandboxButton"));
    sandboxButton->setToolTip(tr("Start a Harness-compatible server inside the app, with the documented "
                                 "default images, and open it. Nothing leaves this computer."));
    for (QPushButton *button : {connectButton, sandboxButton})
        button->setMinimumWidth(220);
    setFocusProxy(connectButton); // the first step, for the keyboard as for the eye

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(24);
    layout->addWidget(connectButton, 0, Qt::AlignHCenter);
    layout->addWidget(sandboxButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    layout->setContentsMargins(48, 24, 48, 24);

    connect(connectButton, &QPushButton::clicked, this, &WelcomePanel::connectRequested);
    connect(sandboxButton, &QPushButton::clicked, this, &WelcomePanel::sandboxRequested);
}

} // namespace hci
