#pragma once

#include <QLocale>

class QCoreApplication;

namespace hci {

// Loads the app's translations for the locale (English plural forms included), and Qt's own, so
// that standard dialogs and keychain errors speak the same language.
void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace hci
