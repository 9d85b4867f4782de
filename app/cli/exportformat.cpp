#include "exportformat.h"

namespace hci::cli {

QList<ExportFormatInfo> exportFormats()
{
    return {
        { ExportFormat::Json, QStringLiteral("json"), true },
        // harness_platform_default_images resources, one per override (core/overridesterraform.cpp).
        { ExportFormat::Terraform, QStringLiteral("terraform"), true },
    };
}

std::optional<ExportFormatInfo> exportFormatFromId(const QString &id)
{
    for (const ExportFormatInfo &info : exportFormats()) {
        if (info.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

} // namespace hci::cli
