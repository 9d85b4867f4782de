// libFuzzer target: image reference parsing, and the override editor's reading of what was typed.
// The input is one reference, or "<current reference>\n<typed text>" for the editor.

#include "core/imagereference.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

// What a valid reference promises: its parts spell it out again, and it parses the same twice.
void checkValid(const hci::ImageReference &ref)
{
    if (!ref.isValid())
        return;
    if (!ref.errorString().isEmpty() || ref.path().isEmpty() || ref.registryHost().isEmpty())
        std::abort();
    QString spelled = ref.repository();
    if (!ref.tag().isEmpty())
        spelled += QLatin1Char(':') + ref.tag();
    if (!ref.digest().isEmpty())
        spelled += QLatin1Char('@') + ref.digest();
    if (spelled != ref.text())
        std::abort();
    const hci::ImageReference again = hci::ImageReference::parse(ref.text());
    if (!again.isValid() || again.domain() != ref.domain() || again.path() != ref.path() || again.tag() != ref.tag()
        || again.digest() != ref.digest() || !again.sameRepository(ref))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const hci::ImageReference whole = hci::ImageReference::parse(input);
    checkValid(whole);
    if (!whole.isValid() && whole.errorString().isEmpty())
        std::abort(); // an invalid reference always tells the editor why

    const qsizetype newline = input.indexOf(QLatin1Char('\n'));
    if (newline < 0)
        return 0;
    const hci::ImageReference current = hci::ImageReference::parse(QStringView(input).left(newline));
    checkValid(current);
    const hci::ImageReference typed = hci::ImageReference::fromEditorInput(QStringView(input).mid(newline + 1), current);
    checkValid(typed);
    if (typed.isValid()) {
        checkValid(typed.withTag(QStringLiteral("latest")));
        (void)typed.registryPath();
    }
    return 0;
}
