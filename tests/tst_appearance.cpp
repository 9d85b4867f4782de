// Light and dark both readable, the forced colour scheme comes and goes, the icons have their
// bundled drawings, and the language and colour choices persist.
#include "core/configdocument.h"
#include "ui/appearance.h"
#include "ui/configtreemodel.h"
#include "ui/icons.h"
#include "ui/preferences.h"

#include <QApplication>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStyle>
#include <QtTest>

using namespace hci;

namespace {

const QString kField = QStringLiteral("addonTag");

QColor blended(const QColor &over, const QColor &under)
{
    const float a = over.alphaF();
    return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a), over.greenF() * a + under.greenF() * (1 - a),
                            over.blueF() * a + under.blueF() * (1 - a));
}

// Every background a field row can have.
QList<QColor> rowBackgrounds(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return {base, palette.color(QPalette::AlternateBase), blended(queuedRowTint(palette), base)};
}

QPalette mismatchedPalette()
{
    // A light theme's link and placeholder colours over a dark base: what a half-dark desktop gives.
    QPalette palette = darkPalette();
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x00, 0x00, 0x00, 0x80));
    return palette;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup()
    {
        applyColorScheme(ColorScheme::System);
        QSettings().clear();
    }

    void schemesHaveIds()
    {
        for (ColorScheme scheme : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark})
            QCOMPARE(colorSchemeFromId(colorSchemeId(scheme)), scheme);
        QCOMPARE(colorSchemeFromId(QStringLiteral(" Dark ")), ColorScheme::Dark);
        QVERIFY(!colorSchemeFromId(QStringLiteral("purple")));
    }

    void contrastFollowsWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::white, Qt::black)), 21);
        QCOMPARE(contrastRatio(Qt::gray, Qt::gray), 1.0);
        const QColor fixed = readableOn(QColor(0x33, 0x33, 0x33), QColor(0x22, 0x22, 0x22));
        QVERIFY(contrastRatio(fixed, QColor(0x22, 0x22, 0x22)) >= 4.5);
    }

    void palettesAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("light theme colours on a dark base") << mismatchedPalette();
    }
    void palettesAreReadable()
    {
        QFETCH(QPalette, palette);
        QVERIFY(contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7);
        QVERIFY(contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
        QVERIFY(contrastRatio(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 7);
        QVERIFY(contrastRatio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
        // The table's state colours: overrides in the link colour, superseded defaults dimmed.
        for (const QPalette::ColorRole role : {QPalette::Link, QPalette::PlaceholderText}) {
            const QColor text = readableRowText(palette.color(role), palette);
            for (const QColor &background : rowBackgrounds(palette))
                QVERIFY2(contrastRatio(text, background) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2").arg(text.name(), background.name())));
        }
    }

    void theTableUsesReadableColoursInBothSchemes_data()
    {
        QTest::addColumn<ColorScheme>("scheme");
        QTest::newRow("light") << ColorScheme::Light;
        QTest::newRow("dark") << ColorScheme::Dark;
    }
    void theTableUsesReadableColoursInBothSchemes()
    {
        QFETCH(ColorScheme, scheme);
        applyColorScheme(scheme);
        ConfigDocument document;
        document.setSnapshot(ConfigSnapshot(Module::Ci, Infra::K8, {{kField, QStringLiteral("harness/ci-addon:1.16.92")}},
                                            {{kField, QStringLiteral("harness/ci-addon:1.16.80")}}));
        ConfigTreeModel model(&document);
        QVERIFY(document.setOverride(kField, QStringLiteral("harness/ci-addon:1.16.81"))); // queued: tinted
        const QPalette palette = QGuiApplication::palette();
        for (const int column : {int(ConfigTreeModel::OverrideColumn), int(ConfigTreeModel::DefaultColumn)}) {
            const QModelIndex index = model.indexForField(kField, column);
            const QColor text = index.data(Qt::ForegroundRole).value<QColor>();
            QVERIFY(text.isValid());
            const QColor background = blended(index.data(Qt::BackgroundRole).value<QColor>(), palette.color(QPalette::Base));
            QVERIFY2(contrastRatio(text, background) >= 4.5, qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
        }
    }

    void everyRowKindIsReadableAndMarkedInBothSchemes_data()
    {
        theTableUsesReadableColoursInBothSchemes_data();
    }
    void everyRowKindIsReadableAndMarkedInBothSchemes()
    {
        QFETCH(ColorScheme, scheme);
        applyColorScheme(scheme);
        const QString git = QStringLiteral("gitCloneTag");
        const QString kaniko = QStringLiteral("buildAndPushDockerRegistryTag");
        const QString s3 = QStringLiteral("s3UploadTag");
        const QString gcs = QStringLiteral("gcsUploadTag");
        const QString lite = QStringLiteral("liteEngineTag");
        const QString fresh = QStringLiteral("brandNewTag");
        ConfigDocument document;
        document.setSnapshot(ConfigSnapshot(
            Module::Ci, Infra::K8,
            {{kField, QStringLiteral("harness/ci-addon:1.16.92")}, {git, QStringLiteral("harness/drone-git:1.6.9")},
             {kaniko, QStringLiteral("plugins/kaniko:1.10.6")}, {s3, QStringLiteral("plugins/s3:1.5.3")},
             {gcs, QStringLiteral("plugins/gcs:1.6.3")}, {lite, QStringLiteral("harness/ci-lite-engine:1.16.92")},
             {QStringLiteral("cacheGCSTag"), QStringLiteral("plugins/cache:1.9.8")},
             {QStringLiteral("artifactoryUploadTag"), QStringLiteral("plugins/artifactory:1.7.6")}},
            {{kField, QStringLiteral("harness/ci-addon:1.16.80")}, {git, QStringLiteral("harness/drone-git:1.6.9")},
             {kaniko, QStringLiteral("registry.example.com/kaniko:1.10.6")}, {s3, QStringLiteral("plugins/s3:1.0.0")},
             {lite, QStringLiteral("harness/ci-lite-engine:1.17.0")}, {fresh, QStringLiteral("harness/new:1.0.0")},
             {QStringLiteral("artifactoryUploadTag"), QStringLiteral("registry.example.com/artifactory:1.7.6")}},
            {{s3, QStringLiteral("plugins/s3:1.0.0")}}));
        ConfigTreeModel model(&document);
        QVERIFY(document.setOverride(gcs, QStringLiteral("plugins/gcs:1.6.4"))); // edited
        document.resetField(kaniko);                                               // reset queued
        const QPalette palette = QGuiApplication::palette();
        QSet<FieldState> seen;
        QSet<QRgb> tints;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int r = 0; r < model.rowCount(group); ++r) {
                const QModelIndex first = model.index(r, 0, group);
                const auto state = FieldState(first.data(ConfigTreeModel::RowStateRole).toInt());
                seen.insert(state);
                const QColor accent = first.data(ConfigTreeModel::AccentColorRole).value<QColor>();
                const QVariant tint = first.data(Qt::BackgroundRole);
                QCOMPARE(accent.isValid(), tint.isValid()); // a marked row is tinted, a quiet one neither
                if (tint.isValid()) {
                    tints.insert(tint.value<QColor>().rgb());
                    QVERIFY(tint.value<QColor>() != palette.color(QPalette::Base)); // the tint shows
                    // The marker is a graphic: 3:1 against the tint it sits on.
                    QVERIFY2(contrastRatio(accent, tint.value<QColor>()) >= 3.0,
                             qPrintable(accent.name() + QStringLiteral(" on ") + tint.value<QColor>().name()));
                }
                for (int column = 0; column < ConfigTreeModel::ColumnCount; ++column) {
                    const QModelIndex index = model.index(r, column, group);
                    if (index.data().toString().isEmpty())
                        continue;
                    const QVariant foreground = index.data(Qt::ForegroundRole);
                    const QColor text = foreground.isValid() ? foreground.value<QColor>() : palette.color(QPalette::Text);
                    const QList<QColor> backgrounds = tint.isValid() ? QList<QColor>{tint.value<QColor>()}
                                                                     : QList<QColor>{palette.color(QPalette::Base),
                                                                                     palette.color(QPalette::AlternateBase)};
                    for (const QColor &background : backgrounds)
                        QVERIFY2(contrastRatio(text, background) >= 4.5,
                                 qPrintable(QStringLiteral("state %1, column %2: %3 on %4")
                                                .arg(int(state)).arg(column).arg(text.name(), background.name())));
                }
            }
        }
        for (const FieldState state : {FieldState::Default, FieldState::Behind, FieldState::Ahead, FieldState::Overridden,
                                       FieldState::SameAsDefault, FieldState::Deprecated, FieldState::OverrideOnly,
                                       FieldState::Edited, FieldState::ResetQueued})
            QVERIFY2(seen.contains(state), qPrintable(QString::number(int(state))));
        QVERIFY(tints.size() >= 4); // differs, queued (two kinds) and attention each have their own
        // The quiet text of a row on its default still reads.
        for (const QColor &background : {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)})
            QVERIFY(contrastRatio(quietRowText(palette), background) >= 4.5);
    }

    void forcedSchemesComeAndGo()
    {
        const QString platformStyle = QApplication::style()->name();
        applyColorScheme(ColorScheme::Dark);
        QCOMPARE(currentColorScheme(), ColorScheme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QGuiApplication::palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        applyColorScheme(ColorScheme::Light);
        QCOMPARE(QGuiApplication::palette().color(QPalette::Base), lightPalette().color(QPalette::Base));
        applyColorScheme(ColorScheme::System);
        QCOMPARE(QApplication::style()->name(), platformStyle);
        QCOMPARE(QGuiApplication::palette().color(QPalette::Base), QApplication::style()->standardPalette().color(QPalette::Base));
    }

    void choicesPersist()
    {
        QCOMPARE(Preferences::colorScheme(), ColorScheme::System);
        Preferences::setColorScheme(ColorScheme::Dark);
        QCOMPARE(Preferences::colorScheme(), ColorScheme::Dark);

        QVERIFY(Preferences::language().isEmpty());
        QCOMPARE(Preferences::effectiveLocale(), QLocale::system());
        Preferences::setLanguage(QStringLiteral("en"));
        QCOMPARE(Preferences::effectiveLocale().language(), QLocale::English);
        Preferences::setLanguage(QStringLiteral("xx")); // not built in: the system's
        QCOMPARE(Preferences::effectiveLocale(), QLocale::system());
        Preferences::setLanguage(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    void languagesAreOfferedInTheirOwnNames()
    {
        const QStringList languages = availableLanguages();
        QVERIFY(languages.contains(QStringLiteral("en")));
        QCOMPARE(languageDisplayName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(languageDisplayName(QStringLiteral("C")), QStringLiteral("English"));
        QCOMPARE(languageDisplayName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(languageDisplayName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(languageDisplayName(QStringLiteral("ja")), QStringLiteral("日本語"));
        QCOMPARE(languageDisplayName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }

    void everyIconTheSourcesAskForIsBundled()
    {
        // Outside KDE and GNOME there is no theme to ask: the bundled drawings must cover every name.
        const QRegularExpression call(QStringLiteral("themedIcon\\(QStringLiteral\\(\"([a-z-]+)\"\\)\\)"));
        QDirIterator it(QStringLiteral(HCI_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp")});
        int names = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            for (auto match = call.globalMatch(source); match.hasNext(); ++names) {
                const QString name = match.next().captured(1);
                QVERIFY2(hasBundledIcon(name), qPrintable(name + QStringLiteral(" has no drawing in resources/icons/actions")));
            }
        }
        QVERIFY(names >= 8);

        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        QVERIFY(!themedIcon(QStringLiteral("view-refresh")).pixmap(22, 22).isNull());
        const QIcon app = applicationIcon();
        QVERIFY(!app.isNull());
        QCOMPARE(app.pixmap(16, 16).size(), QSize(16, 16));
        QVERIFY(!app.pixmap(256, 256).isNull());
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
