#include "afterpaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace hci {

namespace {

constexpr int kUnpaintedMs = 500;

// Watches one widget for its next paint, then hands the work to the event loop and goes.
class NextPaint : public QObject
{
public:
    NextPaint(QWidget *widget, QObject *context, std::function<void()> work)
        : QObject(widget)
        , m_context(context)
        , m_work(std::move(work))
    {
        widget->installEventFilter(this);
        QTimer::singleShot(kUnpaintedMs, this, &NextPaint::run);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After this paint has reached the screen.
            QTimer::singleShot(0, this, &NextPaint::run);
        }
        return false;
    }

private:
    void run()
    {
        if (m_done)
            return;
        m_done = true;
        parent()->removeEventFilter(this);
        if (m_context)
            m_work();
        deleteLater();
    }

    QPointer<QObject> m_context;
    std::function<void()> m_work;
    bool m_done = false;
};

} // namespace

void runAfterNextPaint(QWidget *widget, QObject *context, std::function<void()> work)
{
    if (!widget->isVisible()) {
        QTimer::singleShot(0, context, std::move(work));
        return;
    }
    new NextPaint(widget, context, std::move(work));
}

} // namespace hci
