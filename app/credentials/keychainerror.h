#pragma once

#include "secretstore.h"

#include <qt6keychain/keychain.h>

namespace hci {

// Maps a QtKeychain outcome to a status and a translated message a person can act on.
// `detail` is the keychain's own error text; it is kept for a Details line, never shown alone.
SecretResult secretResultFor(SecretOperation operation, QKeychain::Error error, const QString &detail);

} // namespace hci
