#include "sandboxservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace hci {

namespace {

Q_LOGGING_CATEGORY(lcService, "hci.sandbox.service", QtInfoMsg)

using namespace sandboxanswers;

const QString kInvalidRequest = QStringLiteral("INVALID_REQUEST");
const QString kInvalidToken = QStringLiteral("INVALID_TOKEN");
const QString kNotFound = QStringLiteral("RESOURCE_NOT_FOUND_EXCEPTION");

// Compares every byte whatever the first difference, so timing tells nothing about a key.
bool sameSecret(const QByteArray &presented, const QByteArray &expected)
{
    if (presented.size() != expected.size() || expected.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(presented.at(i) ^ expected.at(i));
    return difference == 0;
}

QString queryValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

// The update and reset bodies: a JSON array of {"field": "...", "value": "..."}; all or nothing.
std::optional<QList<SandboxStore::Update>> parseChanges(
    const QByteArray &body, bool withValues, QList<FieldError> *errors)
{
    const auto addError = [errors](const QString &fieldId, const QString &error) {
        for (const FieldError &known : std::as_const(*errors)) {
            if (known.fieldId == fieldId && known.error == error)
                return;
        }
        errors->append(FieldError { fieldId, error });
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        addError(QStringLiteral("body"),
            QStringLiteral("is not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isArray()) {
        addError(QStringLiteral("body"),
            QStringLiteral("must be a JSON array of objects like {\"field\": \"gitCloneTag\"}"));
        return std::nullopt;
    }

    QList<SandboxStore::Update> changes;
    const QJsonArray items = document.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            addError(QStringLiteral("[%1]").arg(i), QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue field = item.value(QLatin1String("field"));
        const QJsonValue value = item.value(QLatin1String("value"));
        if (field.isUndefined() || field.isNull())
            addError(QStringLiteral("field"), QStringLiteral("must not be null"));
        else if (!field.isString())
            addError(QStringLiteral("field"), QStringLiteral("must be a string"));
        if (withValues && !value.isUndefined() && !value.isNull() && !value.isString())
            addError(QStringLiteral("value"), QStringLiteral("must be a string"));
        // A missing or null value is a reset, as the server treats it.
        changes.append(SandboxStore::Update { field.toString(), withValues && value.isString(), value.toString() });
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return changes;
}

} // namespace

const QString SandboxService::kViewPermission = QStringLiteral("core_account_view");
const QString SandboxService::kEditPermission = QStringLiteral("core_account_edit");

SandboxService::SandboxService(
    SandboxStore &store, const Credentials &credentials, const QJsonObject &extraDefaultFields)
    : m_store(store)
    , m_credentials(credentials)
    , m_extraDefaultFields(extraDefaultFields)
{ }

std::optional<SandboxAnswer> SandboxService::checkKey(const SandboxRequest &request, Rights *rights) const
{
    // Messages never repeat what was presented: a key must not end up in a log or a dialog.
    const QByteArray presented = request.apiKeyHeader.isEmpty() ? request.bearerToken : request.apiKeyHeader;
    if (presented.isEmpty()) {
        return error(401, kInvalidToken,
            QStringLiteral("Authentication required: send the X-API-KEY header or "
                           "Authorization: Bearer"));
    }
    const QString account = queryValue(request.query, QStringLiteral("accountIdentifier"));
    if (account.isEmpty())
        return error(401, kInvalidToken, QStringLiteral("Account detail is not present in the request"));

    if (sameSecret(presented, m_credentials.apiKey))
        *rights = Rights::ReadWrite;
    else if (sameSecret(presented, m_credentials.readOnlyApiKey))
        *rights = Rights::Read;
    else if (sameSecret(presented, m_credentials.noAccessApiKey))
        *rights = Rights::None;
    else
        return error(401, kInvalidToken,
            QStringLiteral("Invalid API token: it is not valid, has "
                           "expired or was revoked"));

    // A key belongs to one account; this sandbox answers with 401, not 403, for any other.
    if (account != m_credentials.accountId) {
        *rights = Rights::None;
        return error(
            401, kInvalidToken, QStringLiteral("Invalid API token: it does not belong to account %1").arg(account));
    }
    return std::nullopt;
}

SandboxAnswer SandboxService::answer(const SandboxRequest &request)
{
    QString path = request.path;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);

    std::optional<Module> module;
    QString endpointName;
    for (Module candidate : allModules()) {
        const QString prefix = QLatin1String("/gateway") + apiPrefix(candidate);
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/'))) {
            module = candidate;
            endpointName = path.mid(prefix.size() + 1);
            break;
        }
    }
    if (!module) {
        return error(404, kNotFound,
            QStringLiteral("No service at %1: the sandbox serves /gateway/ci, "
                           "/gateway/iacm-manager and /gateway/idp, each under "
                           "/execution-config")
                .arg(request.path));
    }

    struct Route
    {
        QLatin1String name;
        Endpoint endpoint;
        QByteArray method;
    };
    static const Route routes[] = {
        { QLatin1String("get-default-config"), Endpoint::DefaultConfig, QByteArrayLiteral("GET") },
        { QLatin1String("get-customer-config"), Endpoint::CustomerConfig, QByteArrayLiteral("GET") },
        { QLatin1String("update-config"), Endpoint::UpdateConfig, QByteArrayLiteral("POST") },
        { QLatin1String("reset-config"), Endpoint::ResetConfig, QByteArrayLiteral("POST") },
        { QLatin1String("get-deprecated-config"), Endpoint::DeprecatedConfig, QByteArrayLiteral("GET") },
    };
    const Route *route = nullptr;
    for (const Route &candidate : routes) {
        if (endpointName == candidate.name)
            route = &candidate;
    }
    // Inside a service, the servlet's not-found becomes a 400 in the FAILURE shape.
    if (!route)
        return failureMessage(kNotFound, QStringLiteral("HTTP 404 Not Found"));
    // The sandbox answers a wrong method with 405 and Allow, as the servlet container would.
    if (request.method != route->method) {
        SandboxAnswer wrong = error(405, kInvalidRequest,
            QStringLiteral("HTTP 405 Method Not Allowed: %1 takes %2")
                .arg(route->name, QString::fromLatin1(route->method)));
        wrong.headers.append({ QByteArrayLiteral("Allow"), route->method });
        return wrong;
    }

    Rights rights = Rights::None;
    if (std::optional<SandboxAnswer> refused = checkKey(request, &rights))
        return *refused;
    const QString account = queryValue(request.query, QStringLiteral("accountIdentifier"));

    // The permission check wraps the resource method, so parameters and bodies are refused first.
    const auto mayView = [&]() -> std::optional<SandboxAnswer> {
        if (rights == Rights::None)
            return accessDenied(account, kViewPermission);
        return std::nullopt;
    };

    if (route->endpoint == Endpoint::DeprecatedConfig) {
        if (std::optional<SandboxAnswer> refused = mayView())
            return *refused;
        return success(imagesJson(m_store.deprecated(account, *module)));
    }

    // The CI service takes the enum's names only, "K8" and "VM"; IaCM's service (and its docs and
    // the SDK's live test) also takes "k8".
    const QString infraText = queryValue(request.query, QStringLiteral("infra"));
    if (infraText.isEmpty())
        return failure(kInvalidRequest, { { QStringLiteral("infra"), QStringLiteral("must not be null") } });
    const Qt::CaseSensitivity infraCase = *module == Module::Iacm ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const bool isK8 = infraText.compare(infraId(Infra::K8), infraCase) == 0;
    if (!isK8 && infraText.compare(infraId(Infra::Vm), infraCase) != 0)
        return failure(kInvalidRequest, { { QStringLiteral("infra"), QStringLiteral("must be one of K8, VM") } });
    const Infra infra = isK8 ? Infra::K8 : Infra::Vm;

    switch (route->endpoint) {
    case Endpoint::DefaultConfig:
        if (std::optional<SandboxAnswer> refused = mayView())
            return *refused;
        return success(imagesJson(m_store.defaults(*module, infra), m_extraDefaultFields));
    case Endpoint::CustomerConfig: {
        if (std::optional<SandboxAnswer> refused = mayView())
            return *refused;
        // Like a Java Boolean parameter: "true" in any case is true, anything else false.
        const QString flag = queryValue(request.query, QStringLiteral("overridesOnly"));
        const bool overridesOnly = flag.isEmpty() || flag.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        if (overridesOnly)
            return success(imagesJson(m_store.overrides(account, *module, infra)));
        return success(imagesJson(m_store.merged(account, *module, infra), m_extraDefaultFields));
    }
    case Endpoint::UpdateConfig:
    case Endpoint::ResetConfig:
        return changeConfig(route->endpoint, request, *module, infra, account, rights);
    case Endpoint::DeprecatedConfig:
        break;
    }
    return unknownError();
}

SandboxAnswer SandboxService::changeConfig(Endpoint endpoint, const SandboxRequest &request, Module module,
    Infra infra, const QString &account, Rights rights)
{
    const QByteArray mimeType = request.contentType.split(';').first().trimmed().toLower();
    if (mimeType != "application/json") {
        return error(415, kInvalidRequest,
            QStringLiteral("HTTP 415 Unsupported Media Type: send Content-Type: "
                           "application/json"));
    }

    const bool isUpdate = endpoint == Endpoint::UpdateConfig;
    QList<FieldError> problems;
    const std::optional<QList<SandboxStore::Update>> changes = parseChanges(request.body, isUpdate, &problems);
    if (!changes)
        return failure(kInvalidRequest, problems);

    if (rights != Rights::ReadWrite)
        return accessDenied(account, kEditPermission);

    // Load the account's whole document and change it in memory. A field the infra does not take
    // throws before the save; no exception mapper handles that exception, so the client gets the
    // generic 500 without the field's name, and nothing of the list is saved.
    SandboxStore::Document document = m_store.load(account, module);
    QString why;
    if (!m_store.change(document, module, infra, *changes, &why)) {
        // The field's text stays out of the log: it is whatever the client sent, a key pasted by
        // mistake included.
        qCInfo(lcService) << "refused a field that" << infraId(infra) << "does not take; answered 500";
        return unknownError();
    }

    SandboxAnswer answer = success(QByteArrayLiteral("true"));
    // Saved whole, later, without a version check: whatever was saved since the load is lost.
    SandboxStore *store = &m_store;
    answer.commit = [store, account, module, document] { store->save(account, module, document); };
    return answer;
}

} // namespace hci
