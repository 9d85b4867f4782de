#include "tagcompleter.h"

#include "session/taglookup.h"
#include "tagtexts.h"

#include "core/fieldrules.h"
#include "core/imagereference.h"
#include "core/imageversion.h"
#include "core/knowntags.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTreeView>

namespace hci {

namespace {

constexpr int kTagRole = Qt::UserRole + 1;

QString tagOf(const ImageReference &reference)
{
    // Docker's rule: no tag and no digest means "latest".
    return reference.tag().isEmpty() && reference.digest().isEmpty() ? QStringLiteral("latest") : reference.tag();
}

} // namespace

TagCompleter::TagCompleter(QLineEdit *editor, TagLookup *lookup)
    : QObject(editor)
    , m_editor(editor)
    , m_lookup(lookup)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    auto *popup = new QTreeView;
    popup->setObjectName(QStringLiteral("tagList"));
    popup->setRootIsDecorated(false);
    popup->setHeaderHidden(true);
    popup->setUniformRowHeights(true);
    popup->setAlternatingRowColors(true);
    popup->setAccessibleName(tr("Tags of the image"));
    popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // sections come with the tags
    popup->header()->setStretchLastSection(true);
    m_completer->setPopup(popup); // the completer owns it from here
    m_completer->setModel(m_model);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCompletionRole(kTagRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setModelSorting(QCompleter::UnsortedModel); // newest first, as the core sorted them
    m_completer->setMaxVisibleItems(12);
    popup->installEventFilter(this);
    // A picked tag replaces the text; a bare tag keeps the image's repository.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), editor, [editor](const QString &tag) {
        editor->setText(tag);
        editor->setFocus();
    });
    if (m_lookup) {
        connect(m_lookup->knownTags(), &KnownTags::changed, this, [this](const QString &key) {
            if (key == m_key)
                refresh();
        });
    }
}

void TagCompleter::start(const QString &current, const QString &defaultValue, const QString &field)
{
    m_current = current;
    m_default = defaultValue;
    m_field = field;
    m_key = KnownTags::repositoryKey(current);
    m_offered = false;
    if (m_lookup)
        m_lookup->lookUp(current);
    refresh();
}

void TagCompleter::refresh()
{
    m_model->clear();
    if (!m_lookup)
        return;
    const KnownTags::Entry entry = m_lookup->knownTags()->entry(m_current);
    const ImageReference defaultRef = ImageReference::parse(m_default);
    const QString defaultTag = defaultRef.sameRepository(ImageReference::parse(m_current)) ? defaultRef.tag() : QString();
    // Harness's release train is marked against its window, up to the default; plugin images are not.
    const QList<TagStanding> list = entry.window.appliedTo(m_current, m_default).describe(entry.tags, defaultTag);
    const QColor dim = m_editor->palette().color(QPalette::PlaceholderText);
    for (const TagStanding &standing : list) {
        auto *tag = new QStandardItem(standing.tag);
        tag->setData(standing.tag, kTagRole);
        auto *marks = new QStandardItem(TagTexts::standing(standing));
        marks->setData(standing.tag, kTagRole);
        marks->setForeground(dim);
        if (standing.isDefault) {
            QFont bold = m_editor->font();
            bold.setBold(true);
            tag->setFont(bold);
        }
        tag->setToolTip(marks->text());
        m_model->appendRow({tag, marks});
    }
    Q_EMIT tagsChanged();
    if (isListVisible())
        textEdited(m_editor->text());
    else
        offer();
}

void TagCompleter::offer()
{
    // The list opens by itself once, when the tags are there while the text is still the current image.
    if (!m_offered && m_model->rowCount() > 0 && m_editor->isVisible() && !m_editor->isModified()) {
        m_offered = true;
        showList();
    }
}

void TagCompleter::showList()
{
    if (m_model->rowCount() == 0)
        return;
    const QString prefix = m_editor->isModified() ? tagPrefix(m_editor->text()) : QString();
    complete(prefix.isNull() ? QString() : prefix);
}

void TagCompleter::textEdited(const QString &text)
{
    const QString prefix = tagPrefix(text);
    if (prefix.isNull() || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    complete(prefix);
}

void TagCompleter::complete(const QString &prefix)
{
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_anchor ? m_anchor() : m_editor->rect();
    rect.setWidth(qMax(rect.width(), 420));
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex({}); // Return still commits what was typed
}

bool TagCompleter::isListVisible() const
{
    return m_completer->popup()->isVisible();
}

int TagCompleter::tagCount() const
{
    return m_model->rowCount();
}

QString TagCompleter::whyNoList() const
{
    const QString image = ImageReference::parse(m_current).repository();
    if (!m_lookup)
        return tr("No tag list: tags are not looked up here") + u'\n' + tr("Type a tag or a full reference.");
    const KnownTags::Entry entry = m_lookup->knownTags()->entry(m_current);
    switch (entry.status) {
    case KnownTags::Status::Unknown:
    case KnownTags::Status::Loading:
        return tr("No tag list yet: still looking") + u'\n' + tr("Looking up the tags of %1…").arg(image);
    case KnownTags::Status::Failed:
        return tr("No tag list: registry out of reach") + u'\n'
            + tr("The registry of %1 could not be reached: %2 Type a tag; it is still accepted.").arg(image, entry.problem);
    case KnownTags::Status::Known:
        break;
    }
    return tr("No tag list: the registry has no tags") + u'\n' + tr("The registry lists no tags for %1.").arg(image);
}

QString TagCompleter::tagPrefix(const QString &text) const
{
    const QString typed = text.trimmed();
    if (!typed.contains(u'/') && !typed.contains(u'@'))
        return typed.startsWith(u':') ? typed.mid(1) : typed;
    const qsizetype colon = typed.indexOf(u':', typed.lastIndexOf(u'/') + 1);
    const ImageReference typedRef = ImageReference::parse(colon < 0 ? typed : typed.left(colon));
    if (!typedRef.sameRepository(ImageReference::parse(m_current)))
        return {};
    return colon < 0 ? QStringLiteral("") : typed.mid(colon + 1);
}

QString TagCompleter::note(const QString &resolvedReference, bool *warning) const
{
    *warning = false;
    if (resolvedReference.isEmpty())
        return {};
    // The row's own rules first: they hold whether or not the registry answers.
    const QString rootless = FieldRules::rootlessWarning(m_field, m_default, resolvedReference);
    if (!m_lookup) {
        *warning = !rootless.isEmpty();
        return rootless;
    }
    const ImageReference resolved = ImageReference::parse(resolvedReference);
    const KnownTags::Entry entry = m_lookup->knownTags()->entry(resolvedReference);
    const QString image = resolved.repository();
    switch (entry.status) {
    case KnownTags::Status::Unknown:
        *warning = !rootless.isEmpty();
        return rootless;
    case KnownTags::Status::Loading: {
        *warning = !rootless.isEmpty();
        const QString looking = tr("Looking up the tags of %1…").arg(image);
        return rootless.isEmpty() ? looking : rootless + u'\n' + looking;
    }
    case KnownTags::Status::Failed: {
        *warning = true;
        // One short line first: the editor shows it inline; the rest is in its description and tooltip.
        const QString unknown = tr("Tags unknown. A typed tag is still accepted.") + u'\n'
            + tr("The tags of %1 could not be looked up: %2").arg(image, entry.problem);
        return rootless.isEmpty() ? unknown : rootless + u'\n' + unknown;
    }
    case KnownTags::Status::Known:
        break;
    }
    if (!resolved.digest().isEmpty())
        return {};
    const QString tag = tagOf(resolved);
    QStringList notes;
    if (!rootless.isEmpty())
        notes.append(rootless);
    const auto age = entry.window.appliedTo(resolvedReference, m_default).ageOf(tag);
    if (!entry.tags.contains(tag) && !entry.truncated) {
        notes.append(tr("%1 has no tag \"%2\" in its registry; the apply will ask you to confirm it.").arg(image, tag));
    } else if (age && age->isOutsideWindow()) {
        notes.append(TagTexts::releaseWarning(tag, *age));
    }
    const ImageReference defaultRef = ImageReference::parse(m_default);
    if (defaultRef.sameRepository(resolved)) {
        if (const auto order = compareTagVersions(tag, defaultRef.tag()); order && *order < 0)
            notes.append(tr("It is older than the default, %1.").arg(defaultRef.tag()));
    }
    *warning = !notes.isEmpty();
    // Information, not a warning: a tag ahead of the default, or a plugin with a newer release.
    if (age && age->aheadOfDefault)
        notes.append(tr("It is ahead of Harness's default, %1.").arg(defaultRef.tag()));
    else if (age && !age->supportWindow && age->hasNewerRelease())
        notes.append(TagTexts::newerRelease(tag, *age));
    return notes.join(u'\n');
}

bool TagCompleter::eventFilter(QObject *watched, QEvent *event)
{
    // With nothing chosen in the list, Return belongs to the editor: it commits what was typed.
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !m_completer->popup()->currentIndex().isValid()) {
            m_completer->popup()->hide();
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QApplication::sendEvent(m_editor, &copy);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hci
