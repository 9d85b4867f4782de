// Must not compile against hci_services (the window's and the command-line tool's services load the
// sandbox from its module and see nothing of the server); compiles against hci_services_inprocess,
// the tests' starter that links the server in.
#include "services/appservices.h"

#include "sandbox/sandboxserver.h"

void probe(hci::AppServices &services)
{
    hci::SandboxServer *server = services.sandbox();
    (void)server;
}
