#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace hci {

// The largest answer the client accepts. The documented answers are a few KiB.
constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

// A decoded answer: the SUCCESS envelope's data, or the error.
struct DecodedAnswer
{
    ApiError error;          // kind None on success
    QJsonValue data;         // the envelope's "data"
    QString correlationId;
};

// Decodes one HTTP answer of the execution-config API. Pure: no network, safe on any bytes.
// httpStatus 0 means no status line arrived. Any body that is not a SUCCESS envelope gives an error.
DecodedAnswer decodeAnswer(int httpStatus, const QByteArray &body);

// Reads `data` as {field: "image:tag"}. A null data is an empty map (the docs' "contains null"), and
// `data` that is not an object is a shape error. Null values are skipped. A newer server may send
// values of other types (a boolean, a number, an object): they never fail the answer; they go to
// otherValues as compact JSON text, when given, and are left out of images.
bool decodeImageMap(const QJsonValue &data, QMap<QString, QString> *images, QString *whyNot,
                    QMap<QString, QString> *otherValues = nullptr);

} // namespace hci
