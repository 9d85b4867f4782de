#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace hci {

namespace {

bool install(QCoreApplication *app, const QLocale &locale, const QString &name, const QStringList &directories)
{
    for (const QString &directory : directories) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // Beside the executable is where Windows and macOS deployments put them.
    const QString bundled = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"));
    install(app, locale, QStringLiteral("qtbase"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath), bundled});
    QStringList keychainDirectories{bundled};
#ifdef HCI_QTKEYCHAIN_TRANSLATIONS_DIR
    keychainDirectories.prepend(QStringLiteral(HCI_QTKEYCHAIN_TRANSLATIONS_DIR));
#endif
    install(app, locale, QStringLiteral("qtkeychain"), keychainDirectories);

    // English first: it holds the plural forms every other language falls back to.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/harness-ci-images_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    if (locale.language() != QLocale::English)
        install(app, locale, QStringLiteral("harness-ci-images"), {QStringLiteral(":/i18n")});
}

} // namespace hci
