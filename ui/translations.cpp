#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hci {

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English first: it holds the plural forms every other language falls back to.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/harness-ci-images_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    auto *own = new QTranslator(app);
    if (locale.language() != QLocale::English
        && own->load(locale, QStringLiteral("harness-ci-images"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace hci
