#pragma once

#include "secretstore.h"

#include <qt6keychain/keychain.h>

namespace hci {

// Maps a QtKeychain outcome to a status and a translated message a person can act on.
// `detail` is the keychain's own error text; it is kept for a Details line, never shown alone.
SecretResult secretResultFor(SecretOperation operation, QKeychain::Error error, const QString &detail);

// The message for a status, as secretResultFor() words it; for results made without a keychain.
QString secretMessage(SecretOperation operation, SecretResult::Status status);

} // namespace hci
