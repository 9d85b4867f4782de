// libFuzzer target: the JSON bodies a registry sends (tag-list pages, tokens, error bodies).

#include "registry/registryprotocol.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    QString whyNot;
    if (const auto page = hci::decodeTagList(body, &whyNot)) {
        for (const QString &tag : page->tags) {
            if (tag.isEmpty())
                std::abort(); // an empty tag name would become a suggestion of nothing
        }
    } else if (whyNot.isEmpty()) {
        std::abort(); // a refused page always says why
    }

    whyNot.clear();
    if (const auto token = hci::decodeToken(body, &whyNot)) {
        // The token goes into an Authorization header: printable ASCII only, and never empty.
        if (token->token.isEmpty())
            std::abort();
        for (char c : token->token) {
            if (c <= 0x20 || c >= 0x7f)
                std::abort();
        }
        if (token->expiresInSeconds < 1 || token->expiresInSeconds > 24 * 3600)
            std::abort();
    } else if (whyNot.isEmpty()) {
        std::abort();
    }

    const hci::RegistryErrorBody error = hci::decodeErrorBody(body);
    if (error.code.size() > 100 || error.message.size() > 500)
        std::abort(); // bounded, for a one-line message
    return 0;
}
