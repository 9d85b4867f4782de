#include "ui/afterpaint.h"

#include <QPainter>
#include <QPointer>
#include <QWidget>
#include <QtTest>

using namespace hci;

namespace {

// A widget that counts its paints.
class CountingWidget : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override
    {
        ++paints;
        QPainter(this).fillRect(rect(), Qt::white);
    }
};

} // namespace

class TestAfterPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aShownWidgetRunsTheWorkOnceItHasPaintedAgain()
    {
        CountingWidget widget;
        widget.resize(200, 100);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTRY_VERIFY(widget.paints > 0);
        const int paintsBefore = widget.paints;
        int paintsWhenRun = -1;
        runAfterNextPaint(&widget, &widget, [&] { paintsWhenRun = widget.paints; });
        widget.update();
        QTRY_VERIFY(paintsWhenRun >= 0);
        QVERIFY(paintsWhenRun > paintsBefore);
    }

    void theWorkRunsOnceForSeveralPaints()
    {
        CountingWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        int runs = 0;
        runAfterNextPaint(&widget, &widget, [&] { ++runs; });
        widget.repaint();
        widget.repaint();
        QTRY_COMPARE(runs, 1);
        widget.repaint();
        QTest::qWait(600); // past the time a widget left unpainted is given
        QCOMPARE(runs, 1);
    }

    void aHiddenWidgetRunsTheWorkFromTheEventLoop()
    {
        CountingWidget widget; // never shown: it will not paint
        bool ran = false;
        runAfterNextPaint(&widget, &widget, [&] { ran = true; });
        QVERIFY(!ran); // not from inside the call
        QTRY_VERIFY(ran);
        QCOMPARE(widget.paints, 0);
    }

    void aShownWidgetThatIsNotRepaintedStillGetsTheWork()
    {
        CountingWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        bool ran = false;
        runAfterNextPaint(&widget, &widget, [&] { ran = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ran, 5000);
    }

    void nothingRunsOnceTheContextIsGone()
    {
        CountingWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto *context = new QObject;
        bool ran = false;
        runAfterNextPaint(&widget, context, [&] { ran = true; });
        delete context;
        widget.repaint();
        QTest::qWait(600);
        QVERIFY(!ran);

        // A hidden widget's work, from the event loop, likewise.
        CountingWidget hidden;
        auto *gone = new QObject;
        runAfterNextPaint(&hidden, gone, [&] { ran = true; });
        delete gone;
        QTest::qWait(50);
        QVERIFY(!ran);
    }
};

QTEST_MAIN(TestAfterPaint)
#include "tst_afterpaint.moc"
