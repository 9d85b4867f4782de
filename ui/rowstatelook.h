#pragma once

#include "core/fieldstate.h"

#include <QIcon>
#include <QString>

namespace hci {

// How each row state looks, from one table (ui/rowstatelook.cpp) that the compiler checks against
// FieldState: its icon, its text, its tooltip and how urgent it is when the State column is sorted.
namespace RowStateLook {

QString text(FieldState state);
QString toolTip(FieldState state);
QIcon icon(FieldState state);
// 0 is the most urgent: an ascending sort lists what needs attention first.
int urgency(FieldState state);

} // namespace RowStateLook

} // namespace hci
