#include "preferences.h"

#include <QDir>
#include <QSettings>

namespace hci {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kColorSchemeKey = QStringLiteral("ui/colorScheme");
const QString kTranslationPrefix = QStringLiteral("harness-ci-images_");

} // namespace

QString Preferences::language()
{
    return QSettings().value(kLanguageKey).toString();
}

void Preferences::setLanguage(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, name);
}

ColorScheme Preferences::colorScheme()
{
    return colorSchemeFromId(QSettings().value(kColorSchemeKey).toString()).value_or(ColorScheme::System);
}

void Preferences::setColorScheme(ColorScheme scheme)
{
    QSettings settings;
    if (scheme == ColorScheme::System)
        settings.remove(kColorSchemeKey);
    else
        settings.setValue(kColorSchemeKey, colorSchemeId(scheme));
}

QLocale Preferences::effectiveLocale()
{
    const QString chosen = language();
    return chosen.isEmpty() || !availableLanguages().contains(chosen) ? QLocale::system() : QLocale(chosen);
}

QStringList availableLanguages()
{
    // What the build compiled in, so that a new translation shows up without code changes.
    // (The names are matched by hand: a name filter would compile a regular expression for it.)
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file.startsWith(kTranslationPrefix) && file.endsWith(QLatin1String(".qm")))
            names.append(file.mid(kTranslationPrefix.size()).chopped(3));
    }
    return names;
}

QString languageDisplayName(const QString &name)
{
    const QLocale locale(name);
    QString display = locale.nativeLanguageName();
    if (locale.language() == QLocale::Chinese)
        display = locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                       : QStringLiteral("简体中文");
    else if (locale.language() == QLocale::English || locale.language() == QLocale::C) // C: untranslated, so English
        display = QStringLiteral("English");
    if (!display.isEmpty())
        display[0] = display.at(0).toUpper(); // "français" heads a menu item as "Français"
    return display.isEmpty() ? name : display;
}

} // namespace hci
