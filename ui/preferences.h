#pragma once

#include "appearance.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace hci {

// The person's own choices of look and language, in QSettings: typed keys with their defaults here.
namespace Preferences {

// A locale name such as "de" or "zh_CN", or empty to follow the system.
QString language();
void setLanguage(const QString &name);

ColorScheme colorScheme();
void setColorScheme(ColorScheme scheme);

// The locale the app speaks: the chosen language, else the system's.
QLocale effectiveLocale();

} // namespace Preferences

// The languages the app has translations for, as locale names ("de", "en", "fr", "ja", "zh_CN").
QStringList availableLanguages();
// A language's name in itself ("Deutsch", "日本語", "简体中文"), as a menu offers it.
QString languageDisplayName(const QString &name);

} // namespace hci
