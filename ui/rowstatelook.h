#pragma once

#include "core/fieldstate.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace hci {

// How each row state looks, from one table (ui/rowstatelook.cpp) that the compiler checks against
// FieldState: its icon, its text, its tooltip and how urgent it is when the State column is sorted.
namespace RowStateLook {

// How loudly a row speaks: a row on its default recedes; the others are tinted and marked by kind.
enum class Emphasis { Quiet, Differs, Queued, Attention };

QString text(FieldState state);
QString toolTip(FieldState state);
// Null for the quiet states: an icon only where it means something.
QIcon icon(FieldState state);
Emphasis emphasis(FieldState state);
// The state's own colour: its icon, the row's left marker and the tint behind the row.
QColor accent(FieldState state);
// 0 is the most urgent: an ascending sort lists what needs attention first.
int urgency(FieldState state);

} // namespace RowStateLook

} // namespace hci
