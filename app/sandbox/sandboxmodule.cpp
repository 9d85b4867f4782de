// The entry point of the module harness-ci-images-sandbox (and of the in-process sandbox of the tests).
#include "sandboxmodule.h"

#include "sandboxserver.h"

QObject *hci_start_sandbox_v1(QObject *parent, QUrl *gatewayUrl, QString *accountId, QString *apiKey, QString *whyNot)
{
    auto *sandbox = new hci::SandboxServer(parent);
    QString why;
    if (!sandbox->start(&why)) {
        delete sandbox;
        if (whyNot)
            *whyNot = why;
        return nullptr;
    }
    // A few overrides, so that the table and the command line's list and diff show more than defaults.
    sandbox->store().seedDemoOverrides(sandbox->accountId());
    *gatewayUrl = sandbox->gatewayUrl();
    *accountId = sandbox->accountId();
    *apiKey = sandbox->apiKey();
    return sandbox;
}
