#pragma once

#include <QMap>
#include <QString>
#include <QStringView>

namespace hci {

// JSON text written directly, for documents of thousands of fields where a QJsonObject (a copy per
// insert) or a QJsonDocument per value costs more than the rest of the work. The escapes are those
// QJsonDocument writes: \" \\ \b \f \n \r \t, \u00XX for the other control characters, the rest as is.
void appendJsonString(QString &out, QStringView text);

// A compact JSON object of string values, keys in the map's order (a JSON object's own order too).
QString jsonObjectText(const QMap<QString, QString> &values);

} // namespace hci
