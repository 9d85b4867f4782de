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

// Reads `data` as {field: "image:tag"}. A null data is an empty map (the docs' "contains null").
// Any value that is not a string or null is a shape error; null values are skipped.
bool decodeImageMap(const QJsonValue &data, QMap<QString, QString> *images, QString *whyNot);

} // namespace hci
