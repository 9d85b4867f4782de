// Must compile: the control for the probes above, with the same setup and an allowed include.
#include "session/accountsession.h"
#include "session/profileopener.h"

void probe()
{
    hci::ProfileOpening opening;
    (void)opening.ok();
}
