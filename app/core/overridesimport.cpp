#include "overridesimport.h"

#include "configdocument.h"
#include "undostack.h"

namespace hci {

OverridesImport OverridesImport::queue(const ScopeOverrides &scope, ConfigDocument *document)
{
    OverridesImport result;
    const ConfigSnapshot &snapshot = document->snapshot();
    const QStringList listed = snapshot.fields();
    document->undoStack()->beginMacro(tr("Import overrides"));
    for (auto it = scope.overrides.cbegin(); it != scope.overrides.cend(); ++it) {
        if (!listed.contains(it.key())) {
            result.unknownFields.append(it.key());
            continue;
        }
        QString whyNot;
        if (!document->setOverride(it.key(), it.value(), &whyNot))
            result.refused.append(tr("%1 = \"%2\": %3").arg(it.key(), it.value(), whyNot));
    }
    for (auto it = snapshot.overrides().cbegin(); it != snapshot.overrides().cend(); ++it) {
        if (!scope.overrides.contains(it.key()) && listed.contains(it.key()))
            document->resetField(it.key());
    }
    document->undoStack()->endMacro();
    result.queued = document->pendingCount();
    return result;
}

} // namespace hci
