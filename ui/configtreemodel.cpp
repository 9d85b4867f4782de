#include "configtreemodel.h"
#include "configtreemodel_p.h"

#include "appearance.h"
#include "drawnicons.h"
#include "rowstatelook.h"
#include "tagtexts.h"

#include "core/configdocument.h"
#include "core/fieldrules.h"
#include "core/knowntags.h"
#include "core/imagereference.h"
#include "core/serverquirks.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#include <array>

namespace hci {

namespace ModelText {

// The text after the repository: the tag, a shortened digest, or Docker's implied "latest".
QString versionText(const QString &reference)
{
    return versionText(ImageReference::parse(reference));
}

QString versionText(const ImageReference &ref)
{
    if (!ref.isValid())
        return ref.text();
    QString text = ref.tag();
    if (!ref.digest().isEmpty()) {
        const QString digest = ref.digest();
        const qsizetype colon = digest.indexOf(u':');
        text += u'@' + digest.left(colon + 13) + QChar(0x2026);
    }
    return text.isEmpty() ? QStringLiteral("latest") : text;
}

// Server text in a tooltip: Qt guesses rich text from a leading tag, and a server's words are never markup.
QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace ModelText

namespace {

using ModelText::plainToolTip;
using ModelText::versionText;

constexpr quintptr kGroupId = 0; // field rows carry their group's position + 1

QString repositoryOf(const ImageReference &ref)
{
    return ref.isValid() ? ref.repository() : ref.text();
}

} // namespace

// --- ConfigTreeModel -------------------------------------------------------------------------------

ConfigTreeModel::ConfigTreeModel(ConfigDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    Q_ASSERT(document);
    rebuild();
    connect(document, &ConfigDocument::snapshotChanged, this, &ConfigTreeModel::onSnapshotChanged);
    connect(document, &ConfigDocument::fieldChanged, this, &ConfigTreeModel::onFieldChanged);
}

ConfigTreeModel::~ConfigTreeModel() = default;

ConfigTreeModel::Row ConfigTreeModel::describe(const QString &field) const
{
    Row row;
    row.described = true;
    row.info = FieldCatalog::info(field);
    row.server = m_document->snapshot().compare(field);
    const auto change = m_document->pendingChange(field);
    row.queued = change.has_value();
    row.resetQueued = change && change->kind == PendingChange::Kind::Reset;
    row.proposed = m_document->proposedOverride(field);
    // Each reference is parsed once for everything the row shows.
    const ImageReference proposedRef = row.proposed.isEmpty() ? ImageReference() : ImageReference::parse(row.proposed);
    row.repositoryKey = row.proposed.isEmpty() ? QString() : KnownTags::repositoryKey(proposedRef);
    if (change)
        row.state = change->kind == PendingChange::Kind::Set ? RowState::Edited : RowState::ResetQueued;
    else
        row.state = row.server.state;
    const QString &defaultValue = row.server.defaultValue;
    if (row.server.readOnly) {
        // Shown as the server sent it, never edited, reset or sent back.
        row.defaultText = defaultValue;
        row.overrideText = row.server.overrideValue;
        row.searchText = searchTextOf(field, row.info.label, row.proposed);
        row.warnings = warningsOf(row);
        return row;
    }
    // The release window is the core's call (Harness's release train only, up to its default); a
    // deprecation from the server still says more.
    row.age = m_knownTags && !row.proposed.isEmpty() ? m_knownTags->ageOf(row.proposed, defaultValue) : std::nullopt;
    if (row.age && row.age->isOutsideWindow() && !row.queued && row.state != RowState::Deprecated)
        row.state = RowState::Unsupported;
    // Without the tags the release window is unknown: the row says so rather than guess.
    row.releaseNotChecked = !row.age && !row.queued && !row.proposed.isEmpty() && isHarnessReleaseTrain(proposedRef)
        && (row.state == RowState::Behind || row.state == RowState::Overridden);

    row.differs = !row.proposed.isEmpty() && row.proposed != defaultValue;
    const ImageReference defaultRef = defaultValue.isEmpty() ? ImageReference() : ImageReference::parse(defaultValue);
    row.imageText = repositoryOf(defaultValue.isEmpty() ? proposedRef : defaultRef);
    if (row.imageText.isEmpty())
        row.imageText = repositoryOf(row.server.overrideValue == row.proposed ? proposedRef
                                                                              : ImageReference::parse(row.server.overrideValue));
    row.defaultText = defaultValue.isEmpty() ? QString() : versionText(defaultRef);
    if (row.resetQueued) {
        row.overrideText = tr("→ default");
    } else if (!row.proposed.isEmpty()) {
        // A mirror: the tag alone would hide that the image comes from elsewhere.
        const bool mirrored = proposedRef.isValid() && defaultRef.isValid() && !proposedRef.sameRepository(defaultRef);
        row.overrideText = mirrored || !proposedRef.isValid() ? row.proposed : versionText(proposedRef);
    }
    row.editValue = !row.proposed.isEmpty() ? row.proposed
                                            : (!defaultValue.isEmpty() ? defaultValue : row.server.overrideValue);
    row.searchText = searchTextOf(field, row.info.label, row.proposed);
    row.warnings = warningsOf(row);
    return row;
}

QString ConfigTreeModel::searchTextOf(const QString &field, const QString &label, const QString &proposed) const
{
    // Everything the server said about the field, and what is queued: the filter's haystack.
    const ConfigSnapshot &snapshot = m_document->snapshot();
    QString text = field + u'\n' + label + u'\n' + snapshot.defaults().value(field) + u'\n'
        + snapshot.overrides().value(field) + u'\n' + proposed; // one allocation (QStringBuilder)
    if (snapshot.isReadOnly(field))
        text += u'\n' + snapshot.readOnlyDefaults().value(field) + u'\n' + snapshot.readOnlyOverrides().value(field);
    return text;
}

QStringList ConfigTreeModel::warningsOf(const Row &row) const
{
    QStringList warnings;
    const ConfigSnapshot &snapshot = m_document->snapshot();
    const QString &field = row.info.key;
    const QString quirk = ServerQuirks::warning(snapshot.module(), snapshot.infra(), field);
    if (!quirk.isEmpty())
        warnings.append(quirk);
    if (row.server.readOnly)
        return warnings;
    const QString effective = row.proposed.isEmpty() ? row.server.defaultValue : row.proposed;
    const QString rootless = FieldRules::rootlessWarning(field, row.server.defaultValue, row.proposed);
    if (!rootless.isEmpty())
        warnings.append(rootless);
    const QString partner = FieldRules::shippedWith(field);
    if (!partner.isEmpty() && snapshot.hasField(partner)) {
        const QString partnerProposed = m_document->proposedOverride(partner);
        const QString partnerEffective = partnerProposed.isEmpty() ? snapshot.defaults().value(partner) : partnerProposed;
        const QString pair = FieldRules::pairWarning(field, effective, partner, partnerEffective);
        if (!pair.isEmpty())
            warnings.append(pair);
    }
    return warnings;
}

ConfigTreeModel::ResetAction ConfigTreeModel::resetAction(const Row &row) const
{
    if (row.server.readOnly)
        return ResetAction::None; // never edited, reset or sent back
    // A queued reset, or an edit of a field the server does not override: the click only drops it.
    if (row.resetQueued || (row.queued && !row.server.overridden && !row.server.emptyOverrideStored))
        return ResetAction::DiscardChange;
    // A stored empty override can be removed too.
    if (!row.proposed.isEmpty() || (row.server.emptyOverrideStored && !row.queued))
        return ResetAction::ResetToDefault;
    return ResetAction::None;
}

std::optional<QColor> ConfigTreeModel::background(const Row &row) const
{
    if (RowStateLook::emphasis(row.state) == RowStateLook::Emphasis::Quiet)
        return std::nullopt;
    return accentRowTint(RowStateLook::accent(row.state), QGuiApplication::palette());
}

QColor ConfigTreeModel::readableText(const QColor &color, const Row &row) const
{
    if (const auto tint = background(row))
        return readableOn(color, *tint);
    return readableRowText(color, QGuiApplication::palette());
}

const ConfigTreeModel::Row *ConfigTreeModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    return &describedRow(RowPosition{int(index.internalId() - 1), index.row()});
}

QString ConfigTreeModel::stateText(RowState state)
{
    return RowStateLook::text(state);
}

QStringList ConfigTreeModel::allStateTexts()
{
    QStringList texts;
    for (const RowState state : allFieldStates())
        texts.append(stateText(state));
    for (const RowState state : {RowState::Behind, RowState::Overridden})
        texts.append(notCheckedText(state));
    return texts;
}

QString ConfigTreeModel::notCheckedText(RowState state)
{
    return tr("%1 · release not checked").arg(stateText(state));
}

QString ConfigTreeModel::stateToolTip(RowState state)
{
    return RowStateLook::toolTip(state);
}

QIcon ConfigTreeModel::stateIcon(RowState state)
{
    return RowStateLook::icon(state);
}

QIcon ConfigTreeModel::warningIcon()
{
    static const QIcon icon = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                               DrawnIcon::make(DrawnIcon::Shape::Triangle, QColor(0xd97706),
                                                               DrawnIcon::Glyph::Exclamation));
    return icon;
}

QIcon ConfigTreeModel::resetIcon()
{
    // Drawn, not themed: the theme's revert arrow looks like Refresh, and the two actions must differ.
    static const QIcon icon = DrawnIcon::make(DrawnIcon::Shape::Circle, QColor(0x2563eb), DrawnIcon::Glyph::Undo);
    return icon;
}

QIcon ConfigTreeModel::discardIcon()
{
    static const QIcon icon = DrawnIcon::make(DrawnIcon::Shape::Diamond, QColor(0x7c3aed), DrawnIcon::Glyph::Cross);
    return icon;
}

QModelIndex ConfigTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ConfigTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ConfigTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.at(parent.row()).fields.size());
}

int ConfigTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConfigTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IsGroupRole)
        return index.internalId() == kGroupId; // asked of every row by the filter: no need to describe it
    if (index.internalId() != kGroupId && (role == SearchTextRole || role == HasOverrideRole)) {
        // What the filter asks of every row holds before the row is described (placeholder).
        const RowPosition position{int(index.internalId() - 1), index.row()};
        if (role == SearchTextRole)
            return searchTextAt(position);
        const Row &row = m_groups.at(position.group).rows.at(position.row);
        return row.server.overridden || row.queued;
    }
    if (const Row *row = rowAt(index)) {
        const int column = index.column();
        // A note from the session (see setFieldNotes) follows what the row says itself.
        if (role == Qt::ToolTipRole && (column == OverrideColumn || column == StateColumn)
            && m_fieldNotes.contains(row->info.key)) {
            // The note carries the server's words: the whole text is shown as plain text.
            const QString own = toolTip(*row, column);
            const QString note = m_fieldNotes.value(row->info.key);
            return plainToolTip(own.isEmpty() ? note : own + u'\n' + note);
        }
        return fieldData(*row, column, role);
    }
    return groupData(m_groups.at(index.row()), index.column(), role);
}

// ---- notes from the session

void ConfigTreeModel::setFieldNotes(const QHash<QString, QString> &notes)
{
    if (notes == m_fieldNotes)
        return;
    QStringList touched = m_fieldNotes.keys();
    touched.append(notes.keys());
    m_fieldNotes = notes;
    for (const QString &field : std::as_const(touched)) {
        const QModelIndex first = indexForField(field, OverrideColumn);
        if (first.isValid())
            Q_EMIT dataChanged(first, indexForField(field, StateColumn), { Qt::ToolTipRole });
    }
}

QVariant ConfigTreeModel::groupData(const Group &group, int column, int role) const
{
    // The counts are kept up to date as rows change (replaceRow), not counted on every paint.
    QStringList summary;
    if (role == GroupSummaryRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        if (group.overridden > 0)
            summary.append(tr("%n overridden", nullptr, group.overridden));
        if (group.queued > 0)
            summary.append(tr("%n queued", nullptr, group.queued));
    }

    switch (role) {
    case Qt::DisplayRole:
        if (column == FieldColumn)
            return FieldCatalog::groupName(group.group);
        return {};
    case GroupSummaryRole:
        return summary.join(tr(", "));
    case Qt::AccessibleTextRole:
        if (column == FieldColumn && !summary.isEmpty())
            return tr("%1: %2").arg(FieldCatalog::groupName(group.group), summary.join(tr(", ")));
        return {};
    case Qt::ToolTipRole:
        return summary.isEmpty() ? tr("%n field(s), all on their defaults", nullptr, int(group.rows.size()))
                                 : tr("%n field(s): %1", nullptr, int(group.rows.size())).arg(summary.join(tr(", ")));
    case Qt::FontRole:
        if (column == FieldColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IsGroupRole:
        return true;
    case SearchTextRole:
        return FieldCatalog::groupName(group.group);
    case HasOverrideRole:
    case CanResetRole:
        return false;
    default:
        return {};
    }
}

QVariant ConfigTreeModel::fieldData(const Row &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FieldColumn: return row.info.label;
        case ImageColumn: return row.imageText;
        case DefaultColumn: return row.defaultText;
        case OverrideColumn: return row.overrideText;
        case StateColumn:
            return row.releaseNotChecked ? notCheckedText(row.state) : stateText(row.state);
        default: return {};
        }
    case Qt::EditRole:
        if (column == OverrideColumn)
            return row.editValue;
        return fieldData(row, column, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (column == StateColumn)
            return stateIcon(row.state);
        if (column == FieldColumn && !row.warnings.isEmpty())
            return warningIcon();
        if (column == ResetColumn) {
            switch (resetAction(row)) {
            case ResetAction::ResetToDefault: return resetIcon();
            case ResetAction::DiscardChange: return discardIcon();
            case ResetAction::None: return {};
            }
        }
        return {};
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(row, column));
    case Qt::AccessibleTextRole:
        if (column == ResetColumn) {
            switch (resetAction(row)) {
            case ResetAction::ResetToDefault: return tr("Reset %1 to its default").arg(row.info.label);
            case ResetAction::DiscardChange: return tr("Discard the queued change of %1").arg(row.info.label);
            case ResetAction::None: return {};
            }
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column == FieldColumn && !row.warnings.isEmpty())
            return row.warnings.join(u'\n');
        return {};
    case Qt::TextAlignmentRole:
        if (column == ResetColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (row.queued) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole: {
        // Rows on their default recede; the others keep the normal text on their tint, the State in its colour.
        const QPalette palette = QGuiApplication::palette();
        const bool quiet = RowStateLook::emphasis(row.state) == RowStateLook::Emphasis::Quiet;
        if (quiet && (column == StateColumn || column == ImageColumn))
            return quietRowText(palette);
        if (!quiet && column == StateColumn)
            return readableText(RowStateLook::accent(row.state), row);
        if (!quiet && column != DefaultColumn)
            return readableText(palette.color(QPalette::Text), row);
        if (column == DefaultColumn && row.differs)
            return readableText(palette.color(QPalette::PlaceholderText), row); // not what pipelines use
        return {};
    }
    case Qt::BackgroundRole:
        if (const auto tint = background(row))
            return *tint;
        return {};
    case EmphasisRole: return int(RowStateLook::emphasis(row.state));
    case AccentColorRole:
        if (const auto tint = background(row))
            return readableOn(RowStateLook::accent(row.state), *tint, 3.0); // a graphic's contrast floor
        return {};
    case ResetActionRole: return int(resetAction(row));
    case ReleaseNotCheckedRole: return row.releaseNotChecked;
    case FieldKeyRole: return row.info.key;
    case RowStateRole: return int(row.state);
    case IsGroupRole: return false;
    case SearchTextRole: return row.searchText;
    case HasOverrideRole: return row.server.overridden || row.queued;
    case EditValueRole: return row.server.readOnly ? QString() : row.editValue;
    case CanResetRole: return canReset(row);
    case DefaultValueRole: return row.server.readOnly ? QString() : row.server.defaultValue;
    case WarningRole: return row.warnings.join(u'\n');
    case ReadOnlyRole: return row.server.readOnly;
    default: return {};
    }
}

bool ConfigTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Row *row = rowAt(index);
    if (!row || role != Qt::EditRole)
        return false;
    const QString field = row->info.key;
    if (row->server.readOnly)
        return false; // never edited, never reset, never sent back
    if (index.column() == ResetColumn) {
        const ResetAction action = resetAction(*row);
        if (!value.toBool() || action == ResetAction::None)
            return false;
        if (action == ResetAction::DiscardChange)
            m_document->dropPending(field);
        else
            m_document->resetField(field);
        return true;
    }
    if (index.column() != OverrideColumn)
        return false;

    const QString typed = value.toString().trimmed();
    if (typed.isEmpty()) {
        m_document->resetField(field);
        return true;
    }
    const ImageReference resolved = FieldRules::resolveInput(typed, row->editValue, field, row->server.defaultValue);
    if (!resolved.isValid())
        return false;
    return m_document->setOverride(field, resolved.text());
}

Qt::ItemFlags ConfigTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    // Asked of every row when the view lays out: answered without describing the row.
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == OverrideColumn) {
        const QString &field = m_groups.at(int(index.internalId() - 1)).fields.at(index.row());
        if (!m_document->snapshot().isReadOnly(field))
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant ConfigTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FieldColumn: return tr("Field");
        case ImageColumn: return tr("Image");
        case DefaultColumn: return tr("Default");
        case OverrideColumn: return tr("Override");
        case StateColumn: return tr("State");
        case ResetColumn: return tr("Reset");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FieldColumn: return tr("The image field, with its key in the API");
        case ImageColumn: return tr("The image repository pipelines pull from");
        case DefaultColumn: return tr("The tag Harness uses by default");
        case OverrideColumn: return tr("This account's override; double-click or press F2 to edit");
        case StateColumn: return tr("How the override compares with the default");
        case ResetColumn: return tr("Reset a field to its default");
        default: return {};
        }
    }
    return {};
}

} // namespace hci
