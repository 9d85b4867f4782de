#pragma once

// The built-in sandbox's one entry point, by which the window and the command-line tool start it.
// The module harness-ci-images-sandbox exports it, so that the programs load QtHttpServer only when
// a person asks for the sandbox; the tests call it in-process (it is in hci_sandbox too).
// Only Qt's own types cross it, and a change of its parameters is a new name (…_v2): a module of
// another build is refused by name instead of misread.

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QObject;
class QString;
class QUrl;
QT_END_NAMESPACE

// Starts a sandbox server on 127.0.0.1, seeded with the demo overrides, owned by `parent`, and
// tells where and as whom to reach it. Returns the server, or nullptr with a translated reason in
// *whyNot when it cannot listen. Every pointer but whyNot must be valid.
extern "C" Q_DECL_EXPORT QObject *hci_start_sandbox_v1(QObject *parent, QUrl *gatewayUrl, QString *accountId,
                                                       QString *apiKey, QString *whyNot);
