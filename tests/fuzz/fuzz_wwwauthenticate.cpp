// libFuzzer target: WWW-Authenticate challenges, as any registry (or anything posing as one) sends them.

#include "registry/registryprotocol.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView header(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<hci::AuthChallenge> challenges = hci::parseAuthChallenges(header);
    if (challenges.size() > qsizetype(size))
        std::abort(); // each challenge takes at least one byte of the header
    for (const hci::AuthChallenge &challenge : challenges) {
        if (challenge.scheme.isEmpty() || challenge.scheme != challenge.scheme.toLower())
            std::abort();
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it) {
            if (it.key() != it.key().toLower())
                std::abort(); // parameter names are matched in lower case
        }
    }
    for (const QString &scheme : { QStringLiteral("bearer"), QStringLiteral("basic") }) {
        const auto found = hci::findChallenge(challenges, scheme);
        if (found && found->scheme != scheme)
            std::abort();
        (void)(found ? found->realm() + found->service() + found->scope() : QString());
    }
    return 0;
}
