// hci_bench: the in-process measurements of tests/bench/run-benchmarks, one JSON object per run.
//   hci_bench requests           HTTP requests for a load and for applies of 1, 10 and 48 fields
//   hci_bench block LATENCY_MS   longest GUI-thread stalls of the window during a load and an apply
//   hci_bench scale FIELDS       load, filter and apply cost of the window with FIELDS synthetic fields
//   hci_bench serve FIELDS       a sandbox with FIELDS synthetic fields until killed; its connection on stdout
// The sandbox runs on its own thread, so that only the app's work is on the GUI thread.

#include "core/configdocument.h"
#include "core/imagereference.h"
#include "harness/harnessclient.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"
#include "services/appservices.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace hci;

namespace {

// The sandbox on a thread of its own; the getters are valid once started.
class ServerThread : public QThread
{
public:
    ServerThread(int latencyMs, int syntheticFields)
        : m_latencyMs(latencyMs)
        , m_syntheticFields(syntheticFields)
    { }
    ~ServerThread() override
    {
        quit();
        wait();
    }

    bool startServer()
    {
        start();
        m_ready.acquire();
        return m_server != nullptr;
    }
    Connection connection() const { return m_connection; }

    // Blocking calls into the server's thread: fine in a benchmark, never in the app.
    int requestCount() const
    {
        int count = 0;
        QMetaObject::invokeMethod(m_server, [this, &count] { count = m_server->requestCount(); },
                                  Qt::BlockingQueuedConnection);
        return count;
    }
    void clearRequests()
    {
        QMetaObject::invokeMethod(m_server, [this] { m_server->clearRequests(); }, Qt::BlockingQueuedConnection);
    }

protected:
    void run() override
    {
        SandboxServer server;
        if (m_syntheticFields > 0)
            seedSynthetic(server);
        server.setLatency(m_latencyMs);
        if (server.start()) {
            m_connection = Connection { server.gatewayUrl(), server.accountId(), server.apiKey(), AuthKind::ApiKey };
            m_server = &server;
        }
        m_ready.release();
        if (m_server)
            exec();
        m_server = nullptr;
    }

private:
    // N fields unknown to the catalog, every tenth overridden with an older tag.
    void seedSynthetic(SandboxServer &server) const
    {
        ImageMap defaults;
        QList<SandboxStore::Update> overrides;
        for (int i = 0; i < m_syntheticFields; ++i) {
            const QString field = QStringLiteral("benchField%1").arg(i);
            defaults.insert(field, QStringLiteral("bench/tool-%1:2.3.%2").arg(i).arg(i % 50));
            if (i % 10 == 0)
                overrides.append({ field, true, QStringLiteral("bench/tool-%1:2.1.0").arg(i) });
        }
        server.store().setDefaults(Module::Ci, Infra::K8, defaults);
        QString failure;
        server.store().update(server.accountId(), Module::Ci, Infra::K8, overrides, &failure);
    }

    int m_latencyMs;
    int m_syntheticFields;
    QSemaphore m_ready;
    SandboxServer *m_server = nullptr;
    Connection m_connection;
};

// Runs the event loop until `signal` of `sender` fires, or gives up after 60 s.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, const std::function<void()> &start)
{
    QEventLoop loop;
    bool fired = false;
    const auto connection = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    start();
    if (!fired)
        loop.exec();
    QObject::disconnect(connection);
    return fired;
}

// The GUI thread's own CPU time, in ns: a gap with little of it was the machine, not the app.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Measures how long the event loop goes without turning: a 1 ms timer and the gaps between its ticks.
class EventLoopProbe
{
public:
    void start()
    {
        m_gaps.clear();
        m_cpu.clear();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop()
    {
        tick(); // a stall at the very end counts too
        m_timer.stop();
        QObject::disconnect(&m_timer, nullptr, nullptr, nullptr);
    }
    // Stalls beyond the timer's own interval, in ms: wall clock, and the thread's CPU time in them.
    QJsonObject summary() const
    {
        const auto sorted = [](const QList<double> &gaps) {
            QList<double> stalls;
            for (double gap : gaps)
                stalls.append(std::max(0.0, gap - 1.0));
            std::sort(stalls.begin(), stalls.end());
            return stalls;
        };
        const auto at = [](const QList<double> &stalls, double q) {
            return stalls.isEmpty() ? 0.0 : stalls.at(std::min<qsizetype>(stalls.size() - 1, qsizetype(q * stalls.size())));
        };
        const QList<double> wall = sorted(m_gaps);
        const QList<double> cpu = sorted(m_cpu);
        return { { QStringLiteral("max_ms"), at(wall, 1.0) },
                 { QStringLiteral("p99_ms"), at(wall, 0.99) },
                 { QStringLiteral("max_cpu_ms"), at(cpu, 1.0) },
                 { QStringLiteral("p99_cpu_ms"), at(cpu, 0.99) },
                 { QStringLiteral("ticks"), int(m_gaps.size()) } };
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_gaps.append(double(now - m_last) / 1e6);
        m_cpu.append(double(cpu - m_lastCpu) / 1e6);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    QList<double> m_gaps;
    QList<double> m_cpu;
};

// A new override for each of the first `count` fields: the default's repository, another tag.
int queueEdits(ConfigDocument *document, int count, const QString &tag)
{
    int queued = 0;
    const QStringList fields = document->snapshot().fields();
    for (const QString &field : fields) {
        if (queued == count)
            break;
        const ImageReference current = ImageReference::parse(document->snapshot().defaults().value(field));
        queued += document->setOverride(field, current.withTag(tag).text()) ? 1 : 0;
    }
    return queued;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

bool openWindow(MainWindow *window, const ServerThread &server)
{
    window->show();
    return waitFor(window, &MainWindow::loadFinished, [&] { window->openConnection(server.connection(), QStringLiteral("bench")); });
}

int countRequests(QJsonObject *result)
{
    ServerThread server(0, 0);
    if (!server.startServer())
        return 1;
    HarnessClient client;
    ConfigDocument document;
    AccountSession session(&client, &document);
    client.setConnection(server.connection());
    if (!waitFor(&session, &AccountSession::loaded, [&] { session.load(); }))
        return 1;
    result->insert(QStringLiteral("load"), server.requestCount());
    for (int count : { 1, 10, 48 }) {
        server.clearRequests();
        const int queued = queueEdits(&document, count, QStringLiteral("9.9.%1").arg(count));
        if (!waitFor(&session, &AccountSession::applied, [&] { session.apply(); }) || document.hasPendingChanges())
            return 1;
        result->insert(QStringLiteral("apply_%1").arg(queued), server.requestCount());
    }
    return 0;
}

int measureStalls(int latencyMs, QJsonObject *result)
{
    ServerThread server(latencyMs, 0);
    if (!server.startServer())
        return 1;
    auto *services = new AppServices; // the window keeps them
    MainWindow window(services);
    window.show();
    QEventLoop settle; // the first show and paint are launch cost, measured elsewhere
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    EventLoopProbe probe;
    probe.start();
    const bool loaded = waitFor(&window, &MainWindow::loadFinished,
                                [&] { window.openConnection(server.connection(), QStringLiteral("bench")); });
    probe.stop();
    if (!loaded)
        return 1;
    result->insert(QStringLiteral("load"), probe.summary());

    queueEdits(services->document(), 10, QStringLiteral("9.9.9"));
    probe.start();
    const bool applied = waitFor(services->session(), &AccountSession::applied, [&] { services->session()->apply(); });
    probe.stop();
    if (!applied || services->document()->hasPendingChanges())
        return 1;
    result->insert(QStringLiteral("apply"), probe.summary());
    result->insert(QStringLiteral("latency_ms"), latencyMs);
    return 0;
}

int measureScale(int fields, QJsonObject *result)
{
    ServerThread server(0, fields);
    if (!server.startServer())
        return 1;
    auto *services = new AppServices; // the window keeps them
    MainWindow window(services);
    QElapsedTimer clock;
    clock.start();
    if (!openWindow(&window, server))
        return 1;
    result->insert(QStringLiteral("load_ms"), msSince(clock));
    result->insert(QStringLiteral("rows"), int(services->document()->snapshot().fields().size()));

    // What typing a word into the filter box costs: the proxy refilters and the view expands.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    if (!filter)
        return 1;
    clock.restart();
    filter->setText(QStringLiteral("field1"));
    result->insert(QStringLiteral("filter_ms"), msSince(clock));
    clock.restart();
    filter->clear();
    result->insert(QStringLiteral("unfilter_ms"), msSince(clock));

    queueEdits(services->document(), 10, QStringLiteral("9.9.9"));
    clock.restart();
    const bool applied = waitFor(services->session(), &AccountSession::applied, [&] { services->session()->apply(); });
    if (!applied || services->document()->hasPendingChanges())
        return 1;
    result->insert(QStringLiteral("apply_ms"), msSince(clock));
    result->insert(QStringLiteral("fields"), fields);
    return 0;
}

// For launches of the real app against a table of a given size: prints the connection, then serves.
int serve(int fields)
{
    ServerThread server(0, fields);
    if (!server.startServer())
        return 1;
    const Connection connection = server.connection();
    const QJsonObject printed { { QStringLiteral("url"), connection.gatewayUrl.toString() },
                                { QStringLiteral("account"), connection.accountId },
                                { QStringLiteral("key"), connection.apiKey } };
    std::printf("%s\n", QJsonDocument(printed).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);
    QJsonObject result;
    int status = 2;
    if (mode == QLatin1String("requests"))
        status = countRequests(&result);
    else if (mode == QLatin1String("block") && args.size() == 2)
        status = measureStalls(args.at(1).toInt(), &result);
    else if (mode == QLatin1String("scale") && args.size() == 2)
        status = measureScale(args.at(1).toInt(), &result);
    else if (mode == QLatin1String("serve") && args.size() == 2)
        return serve(args.at(1).toInt());
    else
        std::fprintf(stderr, "usage: hci_bench requests | block LATENCY_MS | scale FIELDS | serve FIELDS\n");
    if (status == 0)
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    else if (status == 1)
        std::fprintf(stderr, "hci_bench %s: the measurement did not complete\n", qPrintable(mode));
    return status;
}
