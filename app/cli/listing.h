#pragma once

#include "core/configsnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace hci::cli {

// How `list` and `diff` show fields: an aligned table for people, a JSON array for scripts.
class Listing
{
    Q_DECLARE_TR_FUNCTIONS(hci::cli::Listing)

public:
    // Stable, for scripts and the JSON: "default", "overridden", "same-as-default", "behind", "ahead",
    // "deprecated", "override-only".
    static QString stateId(FieldState state);
    // Translated, for the table.
    static QString stateText(FieldState state);

    // FIELD, STATE, DEFAULT, OVERRIDE columns; "-" where there is no value.
    static QString table(const QList<FieldComparison> &fields);
    // Rows of cells in columns padded to their widest cell, one line a row; the last column unpadded.
    static QString alignedColumns(const QList<QStringList> &rows);
    // [{"field", "group", "default", "override", "effective", "state", "deprecated"}], null for no value.
    static QJsonArray json(const QList<FieldComparison> &fields);
};

} // namespace hci::cli
