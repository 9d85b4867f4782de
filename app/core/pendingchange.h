#pragma once

#include <QString>

namespace hci {

// One queued change to a field's override, not yet sent.
struct PendingChange
{
    enum class Kind { Set, Reset };

    QString field;
    Kind kind = Kind::Set;
    QString value; // the new override, for Set

    friend bool operator==(const PendingChange &a, const PendingChange &b)
    {
        return a.field == b.field && a.kind == b.kind && a.value == b.value;
    }
    friend bool operator!=(const PendingChange &a, const PendingChange &b) { return !(a == b); }
};

} // namespace hci
