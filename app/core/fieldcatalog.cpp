#include "fieldcatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace hci {

namespace {

enum Availability { Both, K8Only, VmOnly };

struct Entry
{
    const char *key;
    FieldGroup group;
    const char *label;
    const char *description;
    Availability availability;
};

// Labels and descriptions are translated in the "hci::FieldCatalog" context.
constexpr std::array kEntries{
    Entry{"addonTag", FieldGroup::CiCore, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Add-on"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Runs each step's container inside the Kubernetes build pod."), K8Only},
    Entry{"liteEngineTag", FieldGroup::CiCore, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Lite engine"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Orchestrates the steps of a stage in the Kubernetes build pod."), K8Only},
    Entry{"addonTagRootless", FieldGroup::CiCore, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Add-on (rootless)"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "The add-on for pods that must not run as root."), K8Only},
    Entry{"liteEngineTagRootless", FieldGroup::CiCore, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Lite engine (rootless)"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "The lite engine for pods that must not run as root."), K8Only},
    Entry{"gitCloneTag", FieldGroup::CiCore, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Git clone"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Clones the pipeline's repository before the first step."), Both},

    Entry{"buildAndPushDockerRegistryTag", FieldGroup::BuildAndPush, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Docker registry"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with kaniko and pushes it to a Docker registry."), Both},
    Entry{"buildAndPushECRTag", FieldGroup::BuildAndPush, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Amazon ECR"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with kaniko and pushes it to Amazon ECR."), Both},
    Entry{"buildAndPushACRTag", FieldGroup::BuildAndPush, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Azure ACR"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with kaniko and pushes it to Azure Container Registry."), Both},
    Entry{"buildAndPushGCRTag", FieldGroup::BuildAndPush, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Google GCR"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with kaniko and pushes it to Google Container Registry."), Both},
    Entry{"buildAndPushGARTag", FieldGroup::BuildAndPush, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Google GAR"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with kaniko and pushes it to Google Artifact Registry."), Both},

    Entry{"buildAndPushBuildxDockerRegistryTag", FieldGroup::Buildx, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Docker registry (buildx)"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with Docker buildx and pushes it to a Docker registry."), Both},
    Entry{"buildAndPushBuildxECRTag", FieldGroup::Buildx, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Amazon ECR (buildx)"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with Docker buildx and pushes it to Amazon ECR."), Both},
    Entry{"buildAndPushBuildxGARTag", FieldGroup::Buildx, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Google GAR (buildx)"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with Docker buildx and pushes it to Google Artifact Registry."), Both},
    Entry{"buildAndPushBuildxACRTag", FieldGroup::Buildx, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Azure ACR (buildx)"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Builds an image with Docker buildx and pushes it to Azure Container Registry."), Both},

    Entry{"gcsUploadTag", FieldGroup::UploadAndCache, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Upload to GCS"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Uploads files to a Google Cloud Storage bucket."), Both},
    Entry{"s3UploadTag", FieldGroup::UploadAndCache, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Upload to S3"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Uploads files to an Amazon S3 bucket."), Both},
    Entry{"artifactoryUploadTag", FieldGroup::UploadAndCache, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Upload to Artifactory"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Uploads files to a JFrog Artifactory repository."), Both},
    Entry{"cacheGCSTag", FieldGroup::UploadAndCache, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Cache in GCS"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Saves and restores build caches in Google Cloud Storage."), Both},
    Entry{"cacheS3Tag", FieldGroup::UploadAndCache, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Cache in S3"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Saves and restores build caches in Amazon S3."), Both},
    Entry{"cacheProxyImage", FieldGroup::UploadAndCache, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Cache proxy"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Serves Harness Cache Intelligence to the build."), Both},
    Entry{"cacheAzureTag", FieldGroup::UploadAndCache, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Cache in Azure"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Saves and restores build caches in Azure Blob Storage (newer servers)."), VmOnly},
    Entry{"cacheTag", FieldGroup::UploadAndCache, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Cache"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Saves and restores build caches (newer servers)."), VmOnly},

    Entry{"securityTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Security tests"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Runs Security Testing Orchestration scanners."), Both},
    Entry{"sscaOrchestrationTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "SBOM orchestration"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Generates a software bill of materials for an artifact."), Both},
    Entry{"sscaEnforcementTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "SBOM policy enforcement"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Checks an artifact's SBOM against policies."), Both},
    Entry{"sscaArtifactSigningTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Artifact signing"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Signs built artifacts."), Both},
    Entry{"sscaArtifactVerificationTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Artifact verification"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Verifies the signatures of artifacts."), Both},
    Entry{"sscaCdxgenOrchestrationTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "SBOM with cdxgen"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Generates a CycloneDX SBOM with cdxgen."), Both},
    Entry{"provenanceTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "SLSA provenance"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Generates SLSA provenance for built images."), K8Only},
    Entry{"slsaVerificationTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "SLSA verification"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Verifies the SLSA provenance of an image."), Both},
    Entry{"sscaComplianceTag", FieldGroup::Security, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Supply chain compliance"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Checks a repository against supply chain compliance rules."), Both},

    Entry{"iacmTerraform", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Terraform"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Runs Terraform plans and applies."), Both},
    Entry{"iacmTerragrunt", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Terragrunt"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Runs Terragrunt plans and applies."), Both},
    Entry{"iacmAnsible", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Ansible"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Runs Ansible playbooks."), Both},
    Entry{"iacmOpenTofu", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "OpenTofu"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Runs OpenTofu plans and applies."), Both},
    Entry{"iacmCheckov", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Checkov"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Scans infrastructure code with Checkov."), Both},
    Entry{"iacmTFCompliance", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "terraform-compliance"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Tests Terraform plans against compliance rules."), Both},
    Entry{"iacmTFLint", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "TFLint"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Lints Terraform code with TFLint."), Both},
    Entry{"iacmTFSec", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "tfsec"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Scans Terraform code for security problems with tfsec."), Both},
    Entry{"iacmModuleTest", FieldGroup::Iacm, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Module tests"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Runs the tests of a Terraform module."), Both},

    Entry{"cookieCutter", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Cookiecutter"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Creates a project from a Cookiecutter template."), Both},
    Entry{"createRepo", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Create repository"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Creates a Git repository for a new service."), Both},
    Entry{"directPush", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Direct push"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Pushes generated code straight to a repository."), Both},
    Entry{"registerCatalog", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Register in catalog"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Registers a service in the IDP software catalog."), Both},
    Entry{"createCatalog", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Create catalog entry"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Writes a catalog-info file for a new service."), Both},
    Entry{"slackNotify", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Slack notification"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Posts a message to Slack."), Both},
    Entry{"createOrganisation", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Create organization"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Creates a Harness organization."), Both},
    Entry{"createProject", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Create project"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Creates a Harness project."), Both},
    Entry{"createResource", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Create resource"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Creates a Harness resource from a definition."), Both},
    Entry{"updateCatalogProperty", FieldGroup::Idp, QT_TRANSLATE_NOOP("hci::FieldCatalog", "Update catalog property"),
          QT_TRANSLATE_NOOP("hci::FieldCatalog", "Changes a property of a catalog entry."), Both},
};

FieldInfo toInfo(const Entry &entry)
{
    FieldInfo info;
    info.key = QString::fromLatin1(entry.key);
    info.group = entry.group;
    info.label = QCoreApplication::translate("hci::FieldCatalog", entry.label);
    info.description = QCoreApplication::translate("hci::FieldCatalog", entry.description);
    info.onK8 = entry.availability != VmOnly;
    info.onVm = entry.availability != K8Only;
    info.known = true;
    return info;
}

// The catalog's keys in byte order with their positions, built once: a lookup is a binary search
// over keys whose lengths are known, instead of a walk that measures every key again.
struct KeyPosition
{
    QLatin1String key;
    int position;
};

const std::vector<KeyPosition> &keyPositions()
{
    static const std::vector<KeyPosition> positions = [] {
        std::vector<KeyPosition> list;
        list.reserve(kEntries.size());
        for (std::size_t i = 0; i < kEntries.size(); ++i)
            list.push_back(KeyPosition{QLatin1String(kEntries[i].key), int(i)});
        std::sort(list.begin(), list.end(),
                  [](const KeyPosition &a, const KeyPosition &b) { return a.key.compare(b.key) < 0; });
        return list;
    }();
    return positions;
}

// Position in the catalog, or -1.
int indexOf(QStringView key)
{
    const std::vector<KeyPosition> &positions = keyPositions();
    const auto it = std::lower_bound(positions.cbegin(), positions.cend(), key,
                                     [](const KeyPosition &entry, QStringView wanted) {
                                         return entry.key.compare(wanted) < 0;
                                     });
    return it != positions.cend() && it->key.compare(key) == 0 ? it->position : -1;
}

} // namespace

QList<FieldInfo> FieldCatalog::all()
{
    QList<FieldInfo> result;
    result.reserve(int(kEntries.size()));
    for (const Entry &entry : kEntries)
        result.append(toInfo(entry));
    return result;
}

QStringList FieldCatalog::keysFor(Infra infra)
{
    QStringList keys;
    for (const Entry &entry : kEntries) {
        const bool available = infra == Infra::K8 ? entry.availability != VmOnly : entry.availability != K8Only;
        // The two newer VM cache fields are not in the documented answers; they show up when a server sends them.
        const bool documented = entry.availability != VmOnly;
        if (available && documented)
            keys.append(QString::fromLatin1(entry.key));
    }
    return keys;
}

FieldInfo FieldCatalog::info(const QString &key)
{
    const int index = indexOf(key);
    if (index >= 0)
        return toInfo(kEntries[std::size_t(index)]);
    FieldInfo info;
    info.key = key;
    info.group = FieldGroup::Other;
    info.label = key;
    info.description = QCoreApplication::translate("hci::FieldCatalog",
                                                   "A field this version of the app does not know yet.");
    return info;
}

QString FieldCatalog::label(const QString &key)
{
    const int index = indexOf(key);
    return index >= 0 ? QCoreApplication::translate("hci::FieldCatalog", kEntries[std::size_t(index)].label) : key;
}

bool FieldCatalog::isKnown(QStringView key)
{
    return indexOf(key) >= 0;
}

int FieldCatalog::positionOf(QStringView key)
{
    return indexOf(key);
}

FieldGroup FieldCatalog::groupOf(QStringView key)
{
    const int index = indexOf(key);
    return index >= 0 ? kEntries[std::size_t(index)].group : FieldGroup::Other;
}

QStringList FieldCatalog::sorted(QStringList keys)
{
    // Each key's position is looked up once, not on every comparison.
    std::vector<std::pair<int, QString>> ranked;
    ranked.reserve(std::size_t(keys.size()));
    for (QString &key : keys) {
        const int position = indexOf(key);
        ranked.emplace_back(position >= 0 ? position : int(kEntries.size()), std::move(key));
    }
    std::sort(ranked.begin(), ranked.end());
    QStringList result;
    result.reserve(qsizetype(ranked.size()));
    for (auto &entry : ranked) {
        if (result.isEmpty() || result.constLast() != entry.second)
            result.append(std::move(entry.second));
    }
    return result;
}

QString FieldCatalog::groupName(FieldGroup group)
{
    switch (group) {
    case FieldGroup::CiCore:
        return QCoreApplication::translate("hci::FieldCatalog", "CI core");
    case FieldGroup::BuildAndPush:
        return QCoreApplication::translate("hci::FieldCatalog", "Build and push");
    case FieldGroup::Buildx:
        return QCoreApplication::translate("hci::FieldCatalog", "Build and push with buildx");
    case FieldGroup::UploadAndCache:
        return QCoreApplication::translate("hci::FieldCatalog", "Upload and cache");
    case FieldGroup::Security:
        return QCoreApplication::translate("hci::FieldCatalog", "Security and supply chain");
    case FieldGroup::Iacm:
        return QCoreApplication::translate("hci::FieldCatalog", "IaCM");
    case FieldGroup::Idp:
        return QCoreApplication::translate("hci::FieldCatalog", "IDP");
    case FieldGroup::Other:
        return QCoreApplication::translate("hci::FieldCatalog", "Other");
    }
    Q_UNREACHABLE();
}

QList<FieldGroup> FieldCatalog::groups()
{
    return {FieldGroup::CiCore, FieldGroup::BuildAndPush, FieldGroup::Buildx, FieldGroup::UploadAndCache,
            FieldGroup::Security, FieldGroup::Iacm, FieldGroup::Idp, FieldGroup::Other};
}

} // namespace hci
