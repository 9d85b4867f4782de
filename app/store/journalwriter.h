#pragma once

#include "pendingjournal.h"
#include "storescope.h"

#include <QObject>

#include <functional>
#include <optional>

namespace hci {

class ConfigDocument;
class LocalStore;

// Writes a document's queue to the journal as it changes: every edit, reset, undo, redo and
// discard, through the document's public queue (its signals and pendingChanges()).
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    // The scope of what the document holds now, or nullopt while it holds no account's data.
    using ScopeSource = std::function<std::optional<StoreScope>()>;

    JournalWriter(LocalStore *store, ConfigDocument *document, ScopeSource scope, QObject *parent = nullptr);

    PendingJournal &journal() { return m_journal; }
    // Stops writing while a journal is being offered back or restored into the document.
    void setPaused(bool paused) { m_paused = paused; }
    // Writes the document's queue now.
    void write();

private:
    LocalStore *m_store;
    ConfigDocument *m_document;
    ScopeSource m_scope;
    PendingJournal m_journal;
    bool m_paused = false;
};

} // namespace hci
