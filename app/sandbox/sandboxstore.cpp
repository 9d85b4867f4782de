#include "sandboxstore.h"

#include "core/imagereference.h"
#include "core/imageversion.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace hci {

namespace {

Q_LOGGING_CATEGORY(lcStore, "hci.sandbox.store", QtInfoMsg)

// Each resource is a whole documented answer; the defaults are its `data`.
ImageMap loadDocumentedDefaults(const QString &resource)
{
    ImageMap images;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStore) << "cannot open" << resource;
        return images;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcStore) << "not a JSON object:" << resource << error.errorString();
        return images;
    }
    const QJsonObject data = document.object().value(QLatin1String("data")).toObject();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (it.value().isString())
            images.insert(it.key(), it.value().toString());
    }
    return images;
}

// The CI resources keep their first names; IaCM and IDP have their own lists.
QString defaultsResource(Module module, Infra infra)
{
    const QString infraPart = infra == Infra::K8 ? QStringLiteral("k8") : QStringLiteral("vm");
    if (module == Module::Ci)
        return QStringLiteral(":/sandbox/%1-default-config.json").arg(infraPart);
    return QStringLiteral(":/sandbox/%1-%2-default-config.json").arg(moduleId(module), infraPart);
}

// Fields that get-default-config lists but update-config and reset-config refuse: the VM setter of
// CIExecutionConfigService has no case for them, while the VM defaults mapper lists them.
QStringList listedButRefused(Module module, Infra infra)
{
    if (module == Module::Ci && infra == Infra::Vm)
        return { QStringLiteral("slsaVerificationTag") };
    return {};
}

// The major number the server's semantic-version parser reads from an image's tag. Its parser takes
// x.y.z (with a suffix such as -rootless) only and fails on anything else, which makes the real
// get-deprecated-config answer 500; the sandbox leaves such an image out instead.
std::optional<int> semanticMajor(const QString &image)
{
    const ImageReference reference = ImageReference::parse(image);
    if (!reference.isValid() || reference.tag().isEmpty() || !reference.digest().isEmpty())
        return std::nullopt;
    const QString tag = reference.tag();
    const std::optional<ImageVersion> version = ImageVersion::fromTag(tag);
    // "v1.2.3" and "rootless-1.2.3" are no semantic versions; "1.6.9-rootless" is one.
    if (!version || version->number().segmentCount() != 3 || !tag.front().isDigit())
        return std::nullopt;
    return version->major();
}

QString defaultsSlot(Module module, Infra infra)
{
    return moduleId(module) % QLatin1Char('/') % infraId(infra);
}

} // namespace

SandboxStore::SandboxStore()
{
    for (Module module : allModules()) {
        for (Infra infra : allInfras())
            m_defaults.insert(defaultsSlot(module, infra), loadDocumentedDefaults(defaultsResource(module, infra)));
    }
}

bool SandboxStore::isBlank(const QString &value)
{
    return value.trimmed().isEmpty();
}

QString SandboxStore::documentSlot(const QString &account, Module module)
{
    return account % QLatin1Char('/') % moduleId(module);
}

ImageMap SandboxStore::defaults(Module module, Infra infra) const
{
    return m_defaults.value(defaultsSlot(module, infra));
}

void SandboxStore::setDefaults(Module module, Infra infra, const ImageMap &defaults)
{
    m_defaults.insert(defaultsSlot(module, infra), defaults);
}

bool SandboxStore::hasField(Module module, Infra infra, const QString &field) const
{
    return m_defaults.value(defaultsSlot(module, infra)).contains(field);
}

bool SandboxStore::acceptsField(Module module, Infra infra, const QString &field) const
{
    return hasField(module, infra, field) && !listedButRefused(module, infra).contains(field);
}

ImageMap SandboxStore::overrides(const QString &account, Module module, Infra infra) const
{
    return m_documents.value(documentSlot(account, module)).images(infra);
}

ImageMap SandboxStore::merged(const QString &account, Module module, Infra infra) const
{
    ImageMap images = defaults(module, infra);
    const ImageMap own = overrides(account, module, infra);
    for (auto it = own.constBegin(); it != own.constEnd(); ++it) {
        if (!isBlank(it.value()))
            images.insert(it.key(), it.value());
    }
    return images;
}

ImageMap SandboxStore::deprecated(const QString &account, Module module) const
{
    // Only these two, and only on K8: the service compares them with its add-on and lite-engine
    // images and looks at no other field and no VM override.
    ImageMap result;
    const ImageMap base = defaults(module, Infra::K8);
    const ImageMap own = overrides(account, module, Infra::K8);
    for (const QString &field : { QStringLiteral("addonTag"), QStringLiteral("liteEngineTag") }) {
        const QString chosen = own.value(field);
        if (isBlank(chosen) || !base.contains(field))
            continue;
        const std::optional<int> currentMajor = semanticMajor(base.value(field));
        const std::optional<int> chosenMajor = semanticMajor(chosen);
        if (currentMajor && chosenMajor && *chosenMajor <= *currentMajor - 1)
            result.insert(field, chosen);
    }
    const ImageMap marked = m_deprecated.value(documentSlot(account, module));
    for (auto it = marked.constBegin(); it != marked.constEnd(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

void SandboxStore::setDeprecated(const QString &account, Module module, const ImageMap &images)
{
    m_deprecated.insert(documentSlot(account, module), images);
}

SandboxStore::Document SandboxStore::load(const QString &account, Module module) const
{
    return m_documents.value(documentSlot(account, module));
}

bool SandboxStore::change(
    Document &document, Module module, Infra infra, const QList<Update> &updates, QString *failure) const
{
    ImageMap &images = document.images(infra);
    for (const Update &update : updates) {
        if (!acceptsField(module, infra, update.field)) {
            if (failure) {
                *failure
                    = QStringLiteral("Field %1 does not exist for infra type: %2").arg(update.field, infraId(infra));
            }
            return false;
        }
        // The server stores what it is given, a blank string included; only null unsets.
        if (update.hasValue)
            images.insert(update.field, update.value);
        else
            images.remove(update.field);
    }
    return true;
}

void SandboxStore::save(const QString &account, Module module, const Document &document)
{
    const QString slot = documentSlot(account, module);
    if (document.k8.isEmpty() && document.vm.isEmpty())
        m_documents.remove(slot);
    else
        m_documents.insert(slot, document);
}

bool SandboxStore::update(
    const QString &account, Module module, Infra infra, const QList<Update> &updates, QString *failure)
{
    Document document = load(account, module);
    if (!change(document, module, infra, updates, failure))
        return false;
    save(account, module, document);
    return true;
}

bool SandboxStore::reset(
    const QString &account, Module module, Infra infra, const QStringList &fields, QString *failure)
{
    QList<Update> updates;
    updates.reserve(fields.size());
    for (const QString &field : fields)
        updates.append(Update { field, false, QString() });
    return update(account, module, infra, updates, failure);
}

void SandboxStore::clearOverrides()
{
    m_documents.clear();
    m_deprecated.clear();
}

void SandboxStore::seedDemoOverrides(const QString &account)
{
    const QList<Update> demo{
        {QStringLiteral("liteEngineTag"), true, QStringLiteral("harness/ci-lite-engine:1.16.80")},
        {QStringLiteral("gitCloneTag"), true, QStringLiteral("registry.example.com/harness/drone-git:1.6.9-rootless")},
        {QStringLiteral("buildAndPushDockerRegistryTag"), true, QStringLiteral("plugins/kaniko:0.9.2")},
        {QStringLiteral("s3UploadTag"), true, QStringLiteral("plugins/s3:1.5.3")},
    };
    QString failure;
    const bool saved = update(account, Module::Ci, Infra::K8, demo, &failure);
    Q_ASSERT_X(saved, "seedDemoOverrides", qPrintable(failure));
    Q_UNUSED(saved)
}

} // namespace hci
