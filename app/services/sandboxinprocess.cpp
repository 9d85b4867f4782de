// hci_services_inprocess: the built-in sandbox linked in, for the tests. A program that links this
// starts its sandboxes in-process with the module's own entry point, and AppServices::sandbox()
// gives them the server to look inside. The app and the command-line tool do not link it.
#include "appservices.h"
#include "sandboxstarter.h"

#include "sandbox/sandboxmodule.h"
#include "sandbox/sandboxserver.h"

#include <type_traits>

namespace hci {

static_assert(std::is_same_v<decltype(&hci_start_sandbox_v1), SandboxEntryPoint>,
              "the module's entry point and the loader's idea of it differ");

namespace {

// Before main(): every built-in sandbox of this program is the linked-in one.
[[maybe_unused]] const bool linkedIn = (setLinkedSandboxEntryPoint(&hci_start_sandbox_v1), true);

} // namespace

SandboxServer *AppServices::sandbox() const
{
    return qobject_cast<SandboxServer *>(m_sandbox);
}

} // namespace hci
