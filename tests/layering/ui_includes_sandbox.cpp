// Must not compile: the window gets the sandbox's connection from its services; the server's
// internals are not the window's to include.
#include "ui/mainwindow.h"

#include "sandbox/sandboxstore.h"

void probe()
{
    hci::SandboxStore store;
}
