// Every translation is complete and in step with the sources: no unfinished, vanished or obsolete
// entry, no string lupdate would add or drop, the placeholders and mnemonics of each source kept,
// one plural form per form the language has; and each language loads, with Qt's and QtKeychain's.
#include "ui/preferences.h"
#include "session/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kTranslations = QStringLiteral(HCI_SOURCE_DIR "/translations");

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // of <translation>: empty when finished
    QStringList forms;
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS")
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        else if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            message = Message{context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}};
        else if (name == u"source")
            message.source = xml.readElementText();
        else if (name == u"comment")
            message.comment = xml.readElementText();
        else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == u"numerusform")
            message.forms.append(xml.readElementText());
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QStringList tsFiles()
{
    return QDir(kTranslations).entryList({QStringLiteral("harness-ci-images_*.ts")}, QDir::Files, QDir::Name);
}

bool isEnglish(const QString &file)
{
    return file.endsWith(QLatin1String("_en.ts"));
}

QString key(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

// %1 to %99 and %n, with how often each occurs.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return text.contains(pattern) && !text.contains(QLatin1String("&amp;"));
}

int pluralForms(const QString &language)
{
    // Japanese and Chinese do not inflect for number; German, French and English have two forms.
    return language.startsWith(QLatin1String("ja")) || language.startsWith(QLatin1String("zh")) ? 1 : 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = tsFiles();
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }
    void everyLanguageIsComplete()
    {
        QFETCH(QString, file);
        const TsFile ts = readTs(kTranslations + u'/' + file);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());
        QStringList problems;
        for (const Message &m : ts.messages) {
            const QString where = m.context + QStringLiteral(" \"") + m.source + u'"';
            if (!m.type.isEmpty()) {
                problems.append(m.type + QStringLiteral(": ") + where);
                continue;
            }
            if (m.numerus && m.forms.size() != pluralForms(ts.language))
                problems.append(QStringLiteral("%1 plural forms, not %2: ").arg(m.forms.size()).arg(pluralForms(ts.language)) + where);
            const QStringList wanted = placeholders(m.source);
            for (qsizetype i = 0; i < m.forms.size(); ++i) {
                const QString &form = m.forms.at(i);
                if (form.trimmed().isEmpty()) {
                    problems.append(QStringLiteral("empty: ") + where);
                    continue;
                }
                // A singular may say "This change" rather than "1 change".
                QStringList expected = wanted;
                if (m.numerus && i == 0 && m.forms.size() > 1 && !form.contains(QLatin1String("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                if (placeholders(form) != expected)
                    problems.append(QStringLiteral("placeholders differ in \"%1\": ").arg(form) + where);
                if (hasMnemonic(m.source) != hasMnemonic(form))
                    problems.append(QStringLiteral("mnemonic lost or added in \"%1\": ").arg(form) + where);
                if (m.source.endsWith(QChar(0x2026)) && !form.endsWith(QChar(0x2026)) && !form.endsWith(QLatin1Char(')')))
                    problems.append(QStringLiteral("the ellipsis that promises a dialog is missing in \"%1\": ").arg(form) + where);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void lupdateWouldChangeNothing()
    {
        // lupdate over the sources into a copy: any message it adds or drops is a string not yet translated.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QStringList files = tsFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const QString copy = scratch.filePath(file);
            QVERIFY(QFile::copy(kTranslations + u'/' + file, copy));
            QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                  QStringLiteral("none")};
            if (isEnglish(file))
                arguments.append(QStringLiteral("-pluralonly"));
            arguments << QStringLiteral(HCI_SOURCE_DIR "/app") << QStringLiteral(HCI_SOURCE_DIR "/ui") << QStringLiteral("-ts")
                      << copy;
            QProcess lupdate;
            lupdate.start(QStringLiteral(HCI_LUPDATE), arguments);
            QVERIFY(lupdate.waitForFinished(120000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

            QSet<QString> before;
            QSet<QString> after;
            const TsFile original = readTs(kTranslations + u'/' + file);
            for (const Message &m : original.messages)
                before.insert(key(m));
            const TsFile updated = readTs(copy);
            QStringList unfinished;
            for (const Message &m : updated.messages) {
                after.insert(key(m));
                if (!m.type.isEmpty())
                    unfinished.append(m.context + QStringLiteral(" \"") + m.source + u'"');
            }
            const QStringList added = QStringList((after - before).values()).replaceInStrings(QStringLiteral("\x1f"), QStringLiteral(" · "));
            const QStringList dropped = QStringList((before - after).values()).replaceInStrings(QStringLiteral("\x1f"), QStringLiteral(" · "));
            QVERIFY2(added.isEmpty(), qPrintable(file + QStringLiteral(": run .ci/update-translations and translate: ")
                                                 + added.join(QStringLiteral(", "))));
            QVERIFY2(dropped.isEmpty(), qPrintable(file + QStringLiteral(": no longer in the sources: ")
                                                   + dropped.join(QStringLiteral(", "))));
            QVERIFY2(unfinished.isEmpty(), qPrintable(file + QStringLiteral(": unfinished after lupdate: ")
                                                      + unfinished.join(QStringLiteral(", "))));
        }
    }

    void everyLanguageLoads_data()
    {
        QTest::addColumn<QString>("language");
        // The four the app promises, and any other that was added.
        QStringList languages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("zh_CN")};
        const QStringList built = hci::availableLanguages();
        for (const QString &language : built) {
            if (language != QLatin1String("en") && !languages.contains(language))
                languages.append(language);
        }
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyLanguageLoads()
    {
        QFETCH(QString, language);
        QVERIFY(tsFiles().contains(QStringLiteral("harness-ci-images_%1.ts").arg(language)));
        auto *app = QCoreApplication::instance();
        hci::installTranslations(app, QLocale(language));
        QStringList loaded;
        const QList<QTranslator *> translators = app->findChildren<QTranslator *>();
        for (QTranslator *translator : translators)
            loaded.append(QFileInfo(translator->filePath()).fileName());
        QVERIFY2(loaded.contains(QStringLiteral("harness-ci-images_%1.qm").arg(language)), qPrintable(loaded.join(u' ')));
        QVERIFY2(std::any_of(loaded.cbegin(), loaded.cend(), [](const QString &f) { return f.startsWith(QLatin1String("qtbase_")); }),
                 qPrintable(loaded.join(u' ')));
#ifdef HCI_QTKEYCHAIN_TRANSLATIONS_DIR
        // Debian ships QtKeychain in German, French and Chinese among others, not in Japanese.
        if (QFile::exists(QStringLiteral(HCI_QTKEYCHAIN_TRANSLATIONS_DIR "/qtkeychain_%1.qm").arg(language.left(2))))
            QVERIFY2(std::any_of(loaded.cbegin(), loaded.cend(),
                                 [](const QString &f) { return f.startsWith(QLatin1String("qtkeychain_")); }),
                     qPrintable(loaded.join(u' ')));
#endif
        QVERIFY(QCoreApplication::translate("hci::MainWindow", "&File") != QLatin1String("&File"));
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
