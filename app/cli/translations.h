#pragma once

#include <QLocale>

class QCoreApplication;

namespace hci::cli {

// The app's translations for the locale (English first, for its plural forms), Qt's and QtKeychain's,
// so that the tool speaks as the window does.
void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace hci::cli
