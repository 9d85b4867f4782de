#pragma once

#include <QColor>
#include <QToolBar>

namespace hci {

// The main toolbar, with a strip of the open profile's colour along its bottom edge (red for
// production). Painted, not styled: a style sheet would re-polish every button of the bar.
class AccentToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit AccentToolBar(const QString &title, QWidget *parent = nullptr);

    QColor accent() const { return m_accent; }
    // An invalid colour removes the strip.
    void setAccent(const QColor &colour);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_accent;
};

} // namespace hci
