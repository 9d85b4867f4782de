#pragma once

#include <QString>

namespace hci {
class ImageReference;
}

namespace hci::ModelText {

// Shared by the table model's files (configtreemodel*.cpp), not part of its interface.
// The text after the repository: the tag, a shortened digest, or Docker's implied "latest".
QString versionText(const QString &reference);
QString versionText(const ImageReference &reference);
// Server text in a tooltip: plain text, whatever it starts with.
QString plainToolTip(const QString &text);

} // namespace hci::ModelText
