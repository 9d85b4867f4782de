#include "journalwriter.h"

#include "localstore.h"

#include "core/configdocument.h"

namespace hci {

JournalWriter::JournalWriter(LocalStore *store, ConfigDocument *document, ScopeSource scope, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_document(document)
    , m_scope(std::move(scope))
    , m_journal(store)
{
    // fieldChanged covers edits that keep the count (a new value for a queued field); the count
    // covers changes dropped by a new snapshot after an apply.
    connect(document, &ConfigDocument::fieldChanged, this, &JournalWriter::write);
    connect(document, &ConfigDocument::pendingCountChanged, this, &JournalWriter::write);
}

void JournalWriter::write()
{
    if (m_paused || !m_document->hasSnapshot())
        return;
    const std::optional<StoreScope> scope = m_scope();
    if (!scope || !scope->isValid())
        return;
    m_journal.write(*scope, m_document->snapshot().overrides(), m_document->pendingChanges());
}

} // namespace hci
