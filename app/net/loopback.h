#pragma once

#include <QString>

namespace hci {

// True for 127.0.0.0/8, ::1 and "localhost" (a host without port, brackets allowed): the only
// hosts that plain http may go to.
bool isLoopbackHost(const QString &host);

} // namespace hci
