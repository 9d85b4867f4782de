#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace hci {

// Light or dark regardless of the desktop: for people whose desktop gives Qt apps the wrong one,
// and for screenshots and tests of both.
enum class ColorScheme { System, Light, Dark };

std::optional<ColorScheme> colorSchemeFromId(const QString &id); // "system", "light", "dark"
QString colorSchemeId(ColorScheme scheme);

// System keeps the platform's style and palette (and restores them after a forced scheme); Light
// and Dark switch to the Fusion style, which draws with the palette on every platform.
void applyColorScheme(ColorScheme scheme);
ColorScheme currentColorScheme();

QPalette lightPalette();
QPalette darkPalette();

// WCAG contrast ratio of two opaque colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// The colour, lightened or darkened as little as needed to reach the ratio against the background.
QColor readableOn(const QColor &color, const QColor &background, double ratio = 4.5);

// The wash behind a table row with a queued change.
QColor queuedRowTint(const QPalette &palette);
// A faint wash of an accent colour behind a row that differs from the default or needs attention,
// as a diff view marks its lines; opaque, so that text contrast can be checked against it.
QColor accentRowTint(const QColor &accent, const QPalette &palette);
// Quiet text for what needs no attention (a row on its default), still 4.5:1 on every row background.
QColor quietRowText(const QPalette &palette);
// Text colour that reads on every background a table row can have: base, alternate and queued.
// Themes tune Link and PlaceholderText for their own Base; forced onto the other scheme they would vanish.
QColor readableRowText(const QColor &color, const QPalette &palette);

} // namespace hci
