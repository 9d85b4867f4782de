#pragma once

#include "harness/connection.h"

#include <QStringList>

#include <optional>

class QObject;

namespace hci {

// The built-in sandbox once started: its server (or, for a server loaded from the module, which
// answers on a thread of its own, the object that runs that thread), owned by the parent it was
// started under, and where and as whom to reach it.
struct BuiltInSandbox
{
    QObject *server = nullptr;
    Connection connection;
};

// Starts the built-in sandbox (with its demo overrides) under `parent`; nothing, with a translated
// reason, when it cannot. Which way is settled by what the program links, not at run time: the window
// and the command-line tool load the module harness-ci-images-sandbox, so that QtHttpServer is loaded
// only when a person asks for the sandbox; a program that also links hci_services_inprocess (the
// tests) runs the same entry point linked in, and can look inside the server.
std::optional<BuiltInSandbox> startBuiltInSandbox(QObject *parent, QString *whyNot = nullptr);

// Loads what starting the sandbox needs (the module, QtHttpServer, the TLS library its server sets up)
// without starting anything, so that a start soon after is quick. For the programs that load the
// module; safe on any thread, and harmless when the module is missing (the start then says why).
void prepareBuiltInSandbox();

// Where the programs look for the module, in this order: their own folder (the build tree), then
// where the package installs it, relative to their folder (so that a moved install still finds it).
QStringList sandboxModuleFolders();
// Loads the module from the first of `folders` that holds it and starts the sandbox under `parent`.
std::optional<BuiltInSandbox> loadSandboxModule(const QStringList &folders, QObject *parent,
                                                QString *whyNot = nullptr);

// The entry point's type: hci_start_sandbox_v1 of app/sandbox/sandboxmodule.h.
using SandboxEntryPoint = QObject *(*)(QObject *parent, QUrl *gatewayUrl, QString *accountId,
                                      QString *apiKey, QString *whyNot);
// For hci_services_inprocess alone: start every built-in sandbox of this program with `entry`,
// linked in, instead of loading the module.
void setLinkedSandboxEntryPoint(SandboxEntryPoint entry);

} // namespace hci
