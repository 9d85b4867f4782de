#pragma once

#include "changeplan.h"
#include "store/history.h"

#include <QCoreApplication>

namespace hci::cli {

// What `revert ID` sends: the inverse of what the apply changed and the server confirmed, queued
// against the overrides the server has now.
class RevertPlanner
{
    Q_DECLARE_TR_FUNCTIONS(hci::cli::RevertPlanner)

public:
    // `snapshot` is the apply's scope as loaded now. Its notes name each field changed on the
    // server since the apply: like `set`, the revert sets it back as asked, and says so first.
    static ChangePlan forRevert(const ConfigSnapshot &snapshot, const ApplyRecord &record);
};

} // namespace hci::cli
