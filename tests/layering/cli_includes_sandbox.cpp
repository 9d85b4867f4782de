// Must not compile: the command-line tool starts --sandbox from the module through its services;
// the server is not the tool's to include (hci_cli once exposed it, and linked it).
#include "session/accountsession.h"

#include "sandbox/sandboxstore.h"

void probe()
{
    hci::SandboxStore store;
}
