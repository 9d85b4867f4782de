// The built-in sandbox, loaded on demand from the module harness-ci-images-sandbox.
#include "sandboxstarter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QSslSocket>
#include <QThread>
#include <QUrl>

namespace hci {

namespace {

// Set before main() by hci_services_inprocess when a program links it; never otherwise.
SandboxEntryPoint linkedEntry = nullptr;
// The module's entry point once loaded; the module stays loaded for the rest of the run, as the
// servers it made live in it.
SandboxEntryPoint loadedEntry = nullptr;

SandboxEntryPoint loadEntryPoint(const QStringList &folders, QString *whyNot)
{
    const QString file = QStringLiteral(HCI_SANDBOX_MODULE_FILE);
    for (const QString &folder : folders) {
        const QString path = QDir(folder).absoluteFilePath(file);
        if (!QFileInfo(path).isFile())
            continue;
        QLibrary module(path);
        if (!module.load()) {
            *whyNot = QCoreApplication::translate("hci::SandboxLoader", "The module %1 cannot be loaded: %2")
                          .arg(QDir::toNativeSeparators(path), module.errorString());
            return nullptr;
        }
        // The destructor of QLibrary leaves the module loaded.
        const auto entry = reinterpret_cast<SandboxEntryPoint>(module.resolve("hci_start_sandbox_v1"));
        if (!entry) {
            *whyNot = QCoreApplication::translate("hci::SandboxLoader",
                                                 "The module %1 belongs to another version of the app; reinstall the app.")
                          .arg(QDir::toNativeSeparators(path));
        }
        return entry;
    }
    QStringList shown;
    for (const QString &folder : folders)
        shown.append(QDir::toNativeSeparators(QDir::cleanPath(folder)));
    *whyNot = QCoreApplication::translate("hci::SandboxLoader",
                                         "The module %1 is not installed (looked in %2); reinstall the app.")
                  .arg(file, shown.join(QStringLiteral(", ")));
    return nullptr;
}

// A sandbox server the module made, answering on a thread of its own: it keeps answering while the
// GUI thread builds the window or paints, as a real server would. The programs reach it over HTTP
// alone. Deleting this (with the parent it was started under) stops the thread and deletes the
// server there.
class SandboxThread : public QObject
{
public:
    SandboxThread(QObject *server, QObject *parent)
        : QObject(parent)
    {
        m_thread.setObjectName(QStringLiteral("hci-sandbox"));
        server->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
        m_thread.start();
    }

    ~SandboxThread() override
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
};

std::optional<BuiltInSandbox> start(SandboxEntryPoint entry, QObject *parent, QString *whyNot, bool ownThread)
{
    BuiltInSandbox sandbox;
    QString why;
    // A server for a thread of its own is made without a parent: objects of two threads are never
    // parent and child.
    QObject *server = entry(ownThread ? nullptr : parent, &sandbox.connection.gatewayUrl,
                            &sandbox.connection.accountId, &sandbox.connection.apiKey, &why);
    if (!server) {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    }
    sandbox.server = ownThread ? new SandboxThread(server, parent) : server;
    return sandbox;
}

} // namespace

void setLinkedSandboxEntryPoint(SandboxEntryPoint entry)
{
    linkedEntry = entry;
}

void prepareBuiltInSandbox()
{
    for (const QString &folder : sandboxModuleFolders()) {
        const QString path = QDir(folder).absoluteFilePath(QStringLiteral(HCI_SANDBOX_MODULE_FILE));
        if (QFileInfo(path).isFile()) {
            QLibrary(path).load(); // stays loaded; the start's own load finds it so
            break;
        }
    }
    QSslSocket::supportsSsl();
}

QStringList sandboxModuleFolders()
{
    const QString own = QCoreApplication::applicationDirPath();
    return { own, QDir(own).filePath(QStringLiteral(HCI_SANDBOX_MODULE_DIR_FROM_BINDIR)) };
}

std::optional<BuiltInSandbox> loadSandboxModule(const QStringList &folders, QObject *parent, QString *whyNot)
{
    QString why;
    const SandboxEntryPoint entry = loadEntryPoint(folders, &why);
    if (!entry) {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    }
    return start(entry, parent, whyNot, true);
}

std::optional<BuiltInSandbox> startBuiltInSandbox(QObject *parent, QString *whyNot)
{
    if (linkedEntry) // the tests look inside the server: it stays on their thread
        return start(linkedEntry, parent, whyNot, false);
    if (!loadedEntry) {
        QString why;
        loadedEntry = loadEntryPoint(sandboxModuleFolders(), &why);
        if (!loadedEntry) {
            if (whyNot)
                *whyNot = why;
            return std::nullopt;
        }
    }
    return start(loadedEntry, parent, whyNot, true);
}

} // namespace hci
