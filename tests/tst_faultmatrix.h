#pragma once

// Every user operation against every fault the sandbox can inject, driven through the window as a
// person would, and what the person is left with: a clear message, the queue intact, the last good
// data in the table, and a next try that works once the fault is gone. Prints the matrix at the end.
// (The class, shared by tst_faultmatrix.cpp and tst_faultmatrix_writes.cpp.)

#include "tst_faultmatrix_cases.h"

#include "core/configdocument.h"
#include "harness/apireply.h"
#include "harness/harnessclient.h"
#include "registry/registryclient.h"
#include "sandbox/sandboxregistry.h"
#include "sandbox/sandboxserver.h"
#include "session/accountsession.h"
#include "ui/applyreviewdialog.h"
#include "ui/configtreemodel.h"
#include "ui/conflictdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/translations.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <array>
#include <memory>

using namespace hci;
using namespace hci::faultmatrix;

// A helper that used QVERIFY has failed the test: the caller stops too.
#define HCI_CHECK(call)                                                                                                \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<MainWindow> m_window; // declared after the server: it goes first
    Operation m_operation = Operation::Load;
    Fault m_fault = Fault::Latency;
    bool m_inMatrix = false;
    bool m_sawWarning = false;
    QMap<std::pair<int, int>, bool> m_held;

    Connection connectionWith(const QString &key) const
    {
        return Connection { m_server->gatewayUrl(), m_server->accountId(), key, AuthKind::ApiKey };
    }

    QString wrongKey() const { return QStringLiteral("pat.%1.000000000000000000000000.Revoked0000000000000").arg(m_server->accountId()); }

    QString keyFor(Fault fault) const
    {
        if (fault == Fault::Unauthorized)
            return wrongKey();
        if (fault == Fault::ReadOnlyKey)
            return m_server->readOnlyApiKey();
        return m_server->apiKey();
    }

    static void useShortRetries(HarnessClient *client)
    {
        client->setRetryPolicy(RetryPolicy { 3, 5ms, 20ms });
    }

    // The server side of the fault, and the client's timeout for a hang (null: the caller's business).
    void armServer(Fault fault, HarnessClient *client)
    {
        using F = SandboxServer::Fault;
        switch (fault) {
        case Fault::Latency: m_server->setLatency(300); break;
        case Fault::RateLimitThenSuccess: m_server->injectFault(F::RateLimit, 1, 1); break;
        case Fault::RateLimitForever: m_server->injectFault(F::RateLimit, -1, 1); break;
        case Fault::ServerError: m_server->injectFault(F::ServerError, -1); break;
        case Fault::NotJson: m_server->injectFault(F::NotJson, -1); break;
        case Fault::HtmlPage: m_server->injectFault(F::HtmlPage, -1); break;
        case Fault::Truncated: m_server->injectFault(F::Truncated, -1); break;
        case Fault::Dropped: m_server->injectFault(F::Drop, -1); break; // Qt resends a dropped request once
        case Fault::Timeout:
            if (client)
                client->setTransferTimeout(kShortTimeout);
            m_server->injectFault(F::Hang, -1);
            break;
        case Fault::WriteLatency: m_server->setWriteLatency(300); break;
        case Fault::RefusedField: break; // the queued field: see runApply()
        case Fault::Unauthorized:
        case Fault::ReadOnlyKey:
            break; // the key: see keyFor()
        }
    }

    // The whole fault, on a client that is already connected: mid-session.
    void arm(Fault fault, HarnessClient *client)
    {
        armServer(fault, client);
        if (fault == Fault::Unauthorized || fault == Fault::ReadOnlyKey)
            QVERIFY(client->setConnection(connectionWith(keyFor(fault))));
    }

    void disarm(HarnessClient *client)
    {
        m_server->clearFaults();
        m_server->setLatency(0);
        m_server->setWriteLatency(0);
        client->setTransferTimeout(kNormalTimeout);
        QVERIFY(client->setConnection(connectionWith(m_server->apiKey())));
    }

    void createWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        useShortRetries(m_window->client());
        m_sawWarning = false;
        // Connected after the window's own handler, so the bar already shows what the user sees.
        MainWindow *window = m_window.get();
        connect(window->session(), &AccountSession::waiting, window, [this, window] {
            const MessageBar *bar = window->messageBar();
            m_sawWarning = m_sawWarning
                || (bar->isVisible() && bar->level() == MessageBar::Level::Warning && !bar->text().isEmpty());
        });
    }

    void openLoadedWindow()
    {
        createWindow();
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openConnection(connectionWith(m_server->apiKey()), QStringLiteral("fault matrix"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWaitMs);
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(m_window->document()->snapshot().fields().size(), kCatalogFields);
    }

    void expectErrorShown()
    {
        const MessageBar *bar = m_window->messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->level(), MessageBar::Level::Error);
        QVERIFY(!bar->text().trimmed().isEmpty());
        qInfo().noquote() << "user sees:" << bar->text();
        if (m_fault == Fault::Truncated) // reached, then cut off: not "could not be reached"
            QVERIFY(bar->text().contains(QLatin1String("cut off")));
        for (const QString &key : { m_server->apiKey(), m_server->readOnlyApiKey(), wrongKey() }) {
            QVERIFY(!bar->text().contains(key));
            QVERIFY(!bar->details().contains(key));
        }
    }

    void expectNoError()
    {
        const MessageBar *bar = m_window->messageBar();
        QVERIFY2(!bar->isVisible() || bar->level() != MessageBar::Level::Error, qPrintable(bar->text()));
    }

    // What the override cell of a field holds now.
    QString shownOverride(const QString &field) const
    {
        return m_window->model()->indexForField(field, ConfigTreeModel::OverrideColumn)
            .data(ConfigTreeModel::EditValueRole)
            .toString();
    }

    void clickRetry()
    {
        auto *retry = m_window->messageBar()->findChild<QPushButton *>(QStringLiteral("messageRetry"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
    }

    // What a profile dialog's "Test" does: one get-default-config.
    static void checkConnection(HarnessClient *client, std::unique_ptr<ApiReply> *result)
    {
        result->reset(client->getDefaultConfig(Module::Ci, Infra::K8));
        (*result)->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT((*result)->isFinished(), kWaitMs);
    }

    void runLoad();
    void runRefresh();
    void runApply(bool resets);
    void runApplyWithRefusedField(bool resets);
    void runTestConnection();
    void runRegistryLookup();
    void printMatrix() const;

private Q_SLOTS:
    void initTestCase() { installTranslations(qApp, QLocale(QLocale::English)); }

    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_server->store().seedDemoOverrides(m_server->accountId());
    }

    void cleanup()
    {
        if (m_inMatrix)
            m_held.insert({ int(m_operation), int(m_fault) }, !QTest::currentTestFailed());
        m_inMatrix = false;
        m_window.reset();
        m_server.reset();
    }

    void cleanupTestCase() { printMatrix(); }

    void operationUnderFault_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("fault");
        for (Operation operation : kOperations) {
            for (Fault fault : kFaults) {
                if (applies(operation, fault))
                    QTest::addRow("%s / %s", operationName(operation), faultName(fault)) << int(operation) << int(fault);
            }
        }
    }

    void operationUnderFault()
    {
        QFETCH(int, operation);
        QFETCH(int, fault);
        m_operation = Operation(operation);
        m_fault = Fault(fault);
        m_inMatrix = true;
        switch (m_operation) {
        case Operation::Load: return runLoad();
        case Operation::Refresh: return runRefresh();
        case Operation::ApplyEdits: return runApply(false);
        case Operation::ApplyResets: return runApply(true);
        case Operation::TestConnection: return runTestConnection();
        case Operation::RegistryLookup: return runRegistryLookup();
        }
    }

    void twoWindowsOneAfterTheOther();
    void twoWindowsAtOnce();
};
