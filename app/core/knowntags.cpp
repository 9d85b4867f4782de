#include "knowntags.h"

#include "imagereference.h"
#include "imageversion.h"

namespace hci {

KnownTags::KnownTags(QObject *parent)
    : QObject(parent)
{
}

QString KnownTags::repositoryKey(const ImageReference &reference)
{
    if (!reference.isValid())
        return {};
    return reference.registryHost() + u'/' + reference.registryPath();
}

QString KnownTags::repositoryKey(const QString &reference)
{
    return repositoryKey(ImageReference::parse(reference));
}

QString KnownTags::keyOf(const QString &reference) const
{
    if (const auto found = m_keys.constFind(reference); found != m_keys.cend())
        return *found;
    const QString key = repositoryKey(reference);
    m_keys.insert(reference, key);
    return key;
}

KnownTags::Entry KnownTags::entry(const QString &reference) const
{
    return m_entries.value(keyOf(reference));
}

std::optional<ReleaseAge> KnownTags::ageOf(const QString &reference) const
{
    const ImageReference parsed = ImageReference::parse(reference);
    const auto found = m_entries.constFind(repositoryKey(parsed));
    if (found == m_entries.cend() || found->status != Status::Known)
        return std::nullopt;
    // Docker's implied tag: a reference without one means "latest", which carries no version.
    return found->window.ageOf(parsed.tag());
}

std::optional<ReleaseAge> KnownTags::ageOf(const QString &reference, const QString &defaultReference) const
{
    const ImageReference parsed = ImageReference::parse(reference);
    const auto found = m_entries.constFind(repositoryKey(parsed));
    if (found == m_entries.cend() || found->status != Status::Known)
        return std::nullopt;
    return found->window.appliedTo(reference, defaultReference).ageOf(parsed.tag());
}

void KnownTags::setLoading(const QString &reference)
{
    Entry entry = this->entry(reference);
    if (entry.status == Status::Loading)
        return;
    entry.status = Status::Loading;
    entry.problem.clear();
    store(reference, std::move(entry));
}

void KnownTags::setTags(const QString &reference, const QStringList &tags, bool truncated)
{
    Entry entry;
    entry.status = Status::Known;
    QStringList unique = tags;
    unique.removeDuplicates(); // pages of a registry may repeat a tag
    entry.tags = sortTagsNewestFirst(unique);
    entry.window = ReleaseWindow::fromTags(entry.tags);
    entry.truncated = truncated;
    store(reference, std::move(entry));
}

void KnownTags::setFailed(const QString &reference, const QString &problem)
{
    Entry entry = this->entry(reference);
    entry.status = Status::Failed;
    entry.problem = problem;
    store(reference, std::move(entry));
}

void KnownTags::clear()
{
    m_entries.clear();
    m_keys.clear();
    Q_EMIT cleared();
}

void KnownTags::store(const QString &reference, Entry entry)
{
    const QString key = keyOf(reference);
    if (key.isEmpty())
        return;
    m_entries.insert(key, std::move(entry));
    Q_EMIT changed(key);
}

} // namespace hci
