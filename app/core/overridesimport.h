#pragma once

#include "overridesfile.h"

#include <QCoreApplication>
#include <QStringList>

namespace hci {

class ConfigDocument;

// What queuing one scope of an overrides file into a document did.
struct OverridesImport
{
    Q_DECLARE_TR_FUNCTIONS(hci::OverridesImport)

public:
    int queued = 0;            // changes queued in the document afterwards, earlier ones included
    QStringList unknownFields; // in the file, but not listed by the target: not queued
    QStringList refused;       // translated, one a field: what the document would not take and why

    bool hasProblems() const { return !unknownFields.isEmpty() || !refused.isEmpty(); }

    // Queues, as one undoable step, what makes the document's overrides equal to the scope's: an
    // update for each field that differs, a reset for each override the file lacks. Fields the
    // target does not list are reported, never dropped silently. Nothing is sent.
    static OverridesImport queue(const ScopeOverrides &scope, ConfigDocument *document);
};

} // namespace hci
