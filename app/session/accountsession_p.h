#pragma once

// Helpers shared by the two halves of AccountSession (loading, and applying); not installed.

#include "core/configdocument.h"
#include "harness/apireply.h"
#include "harness/harnessclient.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace hci {

inline QStringList fieldsOfChangeSet(const ChangeSet &set)
{
    QStringList fields;
    for (const auto &update : set.updates)
        fields.append(update.first);
    fields.append(set.resets);
    return fields;
}

inline QStringList pendingFieldsOf(const ConfigDocument &document)
{
    QStringList fields;
    for (const PendingChange &change : document.pendingChanges())
        fields.append(change.field);
    return fields;
}

inline QList<FieldUpdate> fieldUpdates(const QList<std::pair<QString, QString>> &updates)
{
    QList<FieldUpdate> result;
    for (const auto &[field, value] : updates)
        result.append(FieldUpdate { field, value });
    return result;
}

// The reply's error, with what the request needed: a 403 on a read lacks the view permission, on a
// write the edit permission.
inline ApiError errorOf(const ApiReply *reply)
{
    ApiError error = reply->error();
    if (error.isError()) {
        const bool write = reply->operation() == ApiReply::Operation::UpdateConfig
            || reply->operation() == ApiReply::Operation::ResetConfig;
        error.neededAccess = write ? ApiError::Access::Edit : ApiError::Access::View;
    }
    return error;
}

} // namespace hci
