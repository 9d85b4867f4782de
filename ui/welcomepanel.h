#pragma once

#include <QWidget>

namespace hci {

// What a first start shows: connect to an account, or try everything on the built-in sandbox.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

Q_SIGNALS:
    void connectRequested();
    void sandboxRequested();
};

} // namespace hci
