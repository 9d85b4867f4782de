// The overrides file that the window and harness-ci-images-cli share: its Terraform form against a
// fixture, byte for byte; the JSON form read back unchanged; and queuing a file's scope into a
// document, with the fields the target does not list reported.

#include "core/configdocument.h"
#include "core/overridesfile.h"
#include "core/overridesimport.h"
#include "core/undostack.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace hci;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(HCI_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read the fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

OverridesFile sample()
{
    OverridesFile file;
    file.account = QStringLiteral("fixtureAccount\nsecond line"); // a comment line stays one line
    file.exported = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    file.scopes.append({ Module::Ci, Infra::K8,
                         { { QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.80") },
                           { QStringLiteral("gitCloneTag"), QStringLiteral("mirror.example.com:5000/harness/drone-git:1.7.0") } } });
    file.scopes.append({ Module::Ci, Infra::Vm, {} });
    // Values and field names that HCL must not take as templates or escapes; two names that only
    // differ in a character an identifier cannot hold.
    file.scopes.append({ Module::Iacm, Infra::Vm,
                         { { QStringLiteral("odd.field"), QStringLiteral("acme/tf:${var.tag}") },
                           { QStringLiteral("odd_field"), QStringLiteral("acme/tf:%{if x}\"quoted\"\\back\ttab") } } });
    file.scopes.append({ Module::Idp, Infra::K8, { { QStringLiteral("cookieCutter"), QStringLiteral("acme/cc:2") } } });
    return file;
}

} // namespace

class TestOverridesFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terraformMatchesTheFixtureExactly()
    {
        const QByteArray written = sample().toTerraform();
        const QByteArray expected = fixture(QStringLiteral("overrides-sample.tf"));
        QVERIFY(!expected.isEmpty());
        if (written != expected)
            qWarning("written:\n%s", written.constData());
        QCOMPARE(written, expected);
    }

    void terraformResourceNamesAreUniqueIdentifiers()
    {
        const QString text = QString::fromUtf8(sample().toTerraform());
        static const QRegularExpression resource(QStringLiteral("^resource \"harness_platform_default_images\" \"([^\"]*)\" \\{$"),
                                                 QRegularExpression::MultilineOption);
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
        QStringList names;
        for (auto it = resource.globalMatch(text); it.hasNext();)
            names.append(it.next().captured(1));
        QCOMPARE(names.size(), 5);
        for (const QString &name : std::as_const(names))
            QVERIFY2(identifier.match(name).hasMatch(), qPrintable(name));
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        // The same file, the same names.
        QCOMPARE(sample().toTerraform(), sample().toTerraform());
    }

    void jsonIsReadBackUnchanged()
    {
        OverridesFile file = sample();
        file.account = QStringLiteral("fixtureAccount");
        file.scopes.removeAt(2); // its values are not image references: fromJson refuses them
        QStringList problems;
        const std::optional<OverridesFile> read = OverridesFile::fromJson(file.toJson(), &problems);
        QVERIFY2(read.has_value(), qPrintable(problems.join(u'\n')));
        QCOMPARE(read->account, file.account);
        QCOMPARE(read->exported, file.exported);
        QCOMPARE(read->scopes.size(), file.scopes.size());
        for (qsizetype i = 0; i < file.scopes.size(); ++i) {
            QCOMPARE(read->scopes.at(i).module, file.scopes.at(i).module);
            QCOMPARE(read->scopes.at(i).infra, file.scopes.at(i).infra);
            QCOMPARE(read->scopes.at(i).overrides, file.scopes.at(i).overrides);
        }
    }

    void aBrokenFileSaysWhatIsWrong()
    {
        QStringList problems;
        QVERIFY(!OverridesFile::fromJson(QByteArrayLiteral("{\"format\": \"terraform\"}"), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("terraform")), qPrintable(problems.first()));
    }

    void importQueuesTheScopeAndReportsUnknownFields()
    {
        ConfigDocument document;
        document.setSnapshot(ConfigSnapshot(Module::Ci, Infra::K8,
            { { QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.80") },
              { QStringLiteral("gitCloneTag"), QStringLiteral("harness/drone-git:1.6.9") },
              { QStringLiteral("liteEngineTag"), QStringLiteral("harness/ci-lite-engine:1.16.80") } },
            { { QStringLiteral("addonTag"), QStringLiteral("harness/ci-addon:1.16.70") },
              { QStringLiteral("liteEngineTag"), QStringLiteral("harness/ci-lite-engine:1.16.70") } }));
        const ScopeOverrides scope { Module::Ci, Infra::K8,
            { { QStringLiteral("gitCloneTag"), QStringLiteral("mirror.example.com/harness/drone-git:1.6.9") },
              { QStringLiteral("liteEngineTag"), QStringLiteral("harness/ci-lite-engine:1.16.70") },
              { QStringLiteral("noSuchField"), QStringLiteral("acme/none:1") } } };
        const OverridesImport result = OverridesImport::queue(scope, &document);
        QCOMPARE(result.unknownFields, QStringList { QStringLiteral("noSuchField") });
        QVERIFY(result.refused.isEmpty());
        QCOMPARE(result.queued, 2); // gitCloneTag set, addonTag reset; liteEngineTag is equal already
        QCOMPARE(document.proposedOverride(QStringLiteral("gitCloneTag")), QStringLiteral("mirror.example.com/harness/drone-git:1.6.9"));
        QCOMPARE(document.proposedOverride(QStringLiteral("addonTag")), QString());
        // One step to undo.
        document.undoStack()->undo();
        QCOMPARE(document.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOverridesFile)
#include "tst_overridesfile.moc"
