// libFuzzer target: the Link header that pages a registry's tag list.

#include "registry/registryprotocol.h"

#include <QByteArrayView>
#include <QUrl>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl base(QStringLiteral("https://registry.example.com/v2/harness/ci-addon/tags/list?n=100"));
    const QByteArrayView header(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl next = hci::parseNextLink(header, base);
    // The client decides whether to follow by the URL's host and scheme: it must be a real URL or none.
    if (!next.isEmpty() && !next.isValid())
        std::abort();
    return 0;
}
