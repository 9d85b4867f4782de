#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hci::cli {

// The formats `export --format` knows. Each has its writer; one that is not written yet is
// refused with a usage message until it is.
enum class ExportFormat { Json, Terraform };

struct ExportFormatInfo
{
    ExportFormat format;
    QString id;        // as typed after --format
    bool available;    // false: named, but this version cannot write it yet
};

QList<ExportFormatInfo> exportFormats();
std::optional<ExportFormatInfo> exportFormatFromId(const QString &id);

} // namespace hci::cli
