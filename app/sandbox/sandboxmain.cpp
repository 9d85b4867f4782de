// harness-ci-sandbox: the app's Harness-compatible sandbox on its own, for curl, scripts and demos.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
    return 2;
}

// The account ID inside a pat./sat. key, empty when the key has another shape.
QString accountOfKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    if (parts.size() == 4 && (parts.first() == QLatin1String("pat") || parts.first() == QLatin1String("sat")))
        return parts.at(1);
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harness-ci-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HCI_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A Harness-compatible execution-config API on 127.0.0.1, with the documented default "
                       "images, for trying the API with curl. It runs until it is stopped."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Port to listen on (default: any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
        QStringLiteral("Account ID to accept (default: the one in --api-key, or a random one)."), QStringLiteral("ID"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
        QStringLiteral("API key with full rights (default: random)."), QStringLiteral("KEY"));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only-key"),
        QStringLiteral("API key that may only read (default: random)."), QStringLiteral("KEY"));
    const QCommandLineOption noAccessOption(QStringLiteral("no-access-key"),
        QStringLiteral("API key of the account without any permission (default: random)."), QStringLiteral("KEY"));
    const QCommandLineOption writeLatencyOption(QStringLiteral("write-latency"),
        QStringLiteral("Milliseconds between loading and saving the account's settings on update-config and "
                       "reset-config, so that two writes in flight lose one, as on Harness (default: 0)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption newerServerOption(QStringLiteral("newer-server"),
        QStringLiteral("Answer like a newer server: get-default-config and get-customer-config with "
                       "overridesOnly=false carry extra fields that are not strings (a boolean, a number, an "
                       "object)."));
    parser.addOptions(
        { portOption, accountOption, keyOption, readOnlyOption, noAccessOption, writeLatencyOption, newerServerOption });
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port takes a number from 0 to 65535."));

    bool latencyOk = false;
    const int writeLatency = parser.value(writeLatencyOption).toInt(&latencyOk);
    if (!latencyOk || writeLatency < 0 || writeLatency > 600000)
        return fail(QStringLiteral("--write-latency takes milliseconds from 0 to 600000."));

    hci::SandboxServer::Options options;
    options.port = quint16(port);
    options.apiKey = parser.value(keyOption);
    options.readOnlyApiKey = parser.value(readOnlyOption);
    options.noAccessApiKey = parser.value(noAccessOption);
    options.accountId = parser.value(accountOption);
    if (options.accountId.isEmpty())
        options.accountId = accountOfKey(options.apiKey);

    static const QRegularExpression accountShape(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!options.accountId.isEmpty() && !accountShape.match(options.accountId).hasMatch())
        return fail(QStringLiteral("--account takes letters, digits, '_' and '-' only."));
    // Printable ASCII without spaces: anything else cannot travel in an HTTP header.
    static const QRegularExpression keyShape(QStringLiteral("^[\\x21-\\x7e]*$"));
    if (!keyShape.match(options.apiKey).hasMatch() || !keyShape.match(options.readOnlyApiKey).hasMatch()
        || !keyShape.match(options.noAccessApiKey).hasMatch())
        return fail(QStringLiteral("API keys take printable ASCII characters without spaces."));
    const QString keyAccount = accountOfKey(options.apiKey);
    if (!keyAccount.isEmpty() && keyAccount != options.accountId) {
        QTextStream(stderr) << "warning: the API key names account " << keyAccount
                            << ", but the sandbox accepts account " << options.accountId << '\n';
    }

    hci::SandboxServer server(options);
    server.setWriteLatency(writeLatency);
    if (parser.isSet(newerServerOption))
        server.setExtraDefaultFields(hci::SandboxServer::newerServerFields());
    QString whyNot;
    if (!server.start(&whyNot)) {
        fail(whyNot);
        return 1;
    }

    QTextStream out(stdout);
    out << server.usage();
    if (writeLatency > 0)
        out << "# Write latency: " << writeLatency << " ms between load and save of every update and reset.\n";
    if (parser.isSet(newerServerOption))
        out << "# Answering like a newer server, with extra fields that are not strings.\n";
    out << "\n# Listening until stopped (Ctrl+C).\n";
    out.flush();
    return app.exec();
}
