// libFuzzer target: the answer decoder on any bytes. The input is "<HTTP status>\n<body>", so the
// seeds stay readable and the fuzzer varies the status too.

#include "harness/apierror.h"
#include "harness/envelope.h"

#include <QByteArray>
#include <QJsonValue>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: Qt may expect the terminating NUL that only an owned array has.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    bool ok = false;
    int status = newline < 0 ? 200 : input.left(newline).toInt(&ok);
    if (!ok || status < 0 || status > 999)
        status = 200;
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    const hci::DecodedAnswer answer = hci::decodeAnswer(status, body);
    if (answer.error.isError()) {
        // Every failure reaches a person as a sentence: an empty one would be a silent error.
        if (answer.error.userMessage().isEmpty())
            std::abort();
        (void)answer.error.technicalDetails();
        return 0;
    }
    QMap<QString, QString> images;
    QString whyNot;
    if (hci::decodeImageMap(answer.data, &images, &whyNot)) {
        if (!whyNot.isEmpty())
            std::abort();
    } else if (whyNot.isEmpty()) {
        std::abort(); // a refused shape always says why
    }
    return 0;
}
