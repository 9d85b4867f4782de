#include "appearance.h"

#include <QApplication>
#include <QHash>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace hci {

namespace {

ColorScheme g_scheme = ColorScheme::System;

double relativeLuminance(const QColor &color)
{
    auto channel = [](float c) { return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// Every role that Fusion or our views read, so no role falls back to a colour of the other scheme.
QPalette makePalette(const QColor &window, const QColor &text, const QColor &base, const QColor &alternate,
                     const QColor &button, const QColor &highlight, const QColor &link, const QColor &visited,
                     const QColor &disabledText, const QColor &placeholder)
{
    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, visited);
    palette.setColor(QPalette::ToolTipBase, alternate);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, placeholder);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, disabledText);
    palette.setColor(QPalette::Inactive, QPalette::Highlight, highlight);
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText, Qt::white);
    return palette;
}

struct PlatformLook
{
    QString styleName;
    bool captured = false;
};

PlatformLook &platformLook()
{
    static PlatformLook look;
    return look;
}

} // namespace

std::optional<ColorScheme> colorSchemeFromId(const QString &id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == QLatin1String("system") || lower.isEmpty())
        return ColorScheme::System;
    if (lower == QLatin1String("light"))
        return ColorScheme::Light;
    if (lower == QLatin1String("dark"))
        return ColorScheme::Dark;
    return std::nullopt;
}

QString colorSchemeId(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::System: return QStringLiteral("system");
    case ColorScheme::Light: return QStringLiteral("light");
    case ColorScheme::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

QPalette lightPalette()
{
    return makePalette(QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29), Qt::white, QColor(0xf5, 0xf6, 0xf7),
                       QColor(0xfc, 0xfc, 0xfc), QColor(0x2f, 0x6f, 0xc9), QColor(0x1a, 0x5f, 0xb4),
                       QColor(0x7b, 0x3f, 0xb0), QColor(0x8a, 0x8f, 0x96), QColor(0x6a, 0x70, 0x78));
}

QPalette darkPalette()
{
    return makePalette(QColor(0x2b, 0x2d, 0x31), QColor(0xe8, 0xea, 0xed), QColor(0x1e, 0x20, 0x23),
                       QColor(0x26, 0x29, 0x2d), QColor(0x36, 0x39, 0x3e), QColor(0x2f, 0x6f, 0xc9),
                       QColor(0x6c, 0xb6, 0xff), QColor(0xc0, 0x9c, 0xf5), QColor(0x7a, 0x80, 0x88),
                       QColor(0x9a, 0xa0, 0xa8));
}

void applyColorScheme(ColorScheme scheme)
{
    PlatformLook &look = platformLook();
    if (!look.captured) {
        look.styleName = QApplication::style()->name();
        look.captured = true;
    }
    g_scheme = scheme;
    if (scheme == ColorScheme::System) {
        QApplication::setStyle(look.styleName);
        QApplication::setPalette(QPalette()); // an empty palette resolves to the platform's own
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette() : lightPalette());
}

ColorScheme currentColorScheme()
{
    return g_scheme;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

namespace {

struct ReadableKey
{
    quint64 color;
    quint64 background;
    double ratio;

    friend bool operator==(const ReadableKey &a, const ReadableKey &b)
    {
        return a.color == b.color && a.background == b.background && a.ratio == b.ratio;
    }
};

size_t qHash(const ReadableKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.color, key.background, key.ratio);
}

QColor computeReadableOn(const QColor &color, const QColor &background, double ratio);

} // namespace

QColor readableOn(const QColor &color, const QColor &background, double ratio)
{
    // Every cell of the table asks for the same few pairs each time it paints: the answers are kept.
    thread_local QHash<ReadableKey, QColor> answers;
    const ReadableKey key{quint64(color.rgba64()), quint64(background.rgba64()), ratio};
    if (const auto found = answers.constFind(key); found != answers.cend())
        return *found;
    if (answers.size() > 512) // palettes change rarely; a long session still keeps this small
        answers.clear();
    const QColor answer = computeReadableOn(color, background, ratio);
    answers.insert(key, answer);
    return answer;
}

namespace {

QColor computeReadableOn(const QColor &color, const QColor &background, double ratio)
{
    if (contrastRatio(color, background) >= ratio)
        return color;
    // Towards white on a dark background, towards black on a light one, in small steps of lightness.
    const bool darkBackground = relativeLuminance(background) < 0.18;
    float h = 0, s = 0, l = 0, a = 0;
    color.getHslF(&h, &s, &l, &a);
    QColor candidate = color;
    for (int step = 0; step < 50 && contrastRatio(candidate, background) < ratio; ++step) {
        l = qBound(0.0f, l + (darkBackground ? 0.02f : -0.02f), 1.0f);
        candidate = QColor::fromHslF(h, s, l, a);
    }
    return candidate;
}

} // namespace

QColor queuedRowTint(const QPalette &palette)
{
    QColor tint = palette.color(QPalette::Highlight);
    tint.setAlpha(48);
    return tint;
}

QColor accentRowTint(const QColor &accent, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const float a = relativeLuminance(base) < 0.18 ? 0.16f : 0.09f; // dark bases need more to show
    return QColor::fromRgbF(accent.redF() * a + base.redF() * (1 - a), accent.greenF() * a + base.greenF() * (1 - a),
                            accent.blueF() * a + base.blueF() * (1 - a));
}

QColor quietRowText(const QPalette &palette)
{
    // Half way from the text to the base, then back as far as the contrast floor needs.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor half = QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                                         (text.blueF() + base.blueF()) / 2);
    return readableRowText(half, palette);
}

QColor readableRowText(const QColor &color, const QPalette &palette)
{
    auto opaqueOver = [](const QColor &c, const QColor &background) {
        const float a = c.alphaF();
        return QColor::fromRgbF(c.redF() * a + background.redF() * (1 - a), c.greenF() * a + background.greenF() * (1 - a),
                                c.blueF() * a + background.blueF() * (1 - a));
    };
    const QColor base = palette.color(QPalette::Base);
    QColor text = color;
    for (const QColor &background : {base, palette.color(QPalette::AlternateBase), opaqueOver(queuedRowTint(palette), base)})
        text = readableOn(opaqueOver(text, background), background);
    return text;
}

} // namespace hci
