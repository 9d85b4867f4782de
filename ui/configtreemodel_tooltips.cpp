// The table model's tooltips: what each cell of a row explains on hover, kept apart from the model's
// structure so that either reads in one sitting.
#include "configtreemodel.h"
#include "configtreemodel_p.h"

#include "rowstatelook.h"
#include "tagtexts.h"

namespace hci {

using ModelText::versionText;

QString ConfigTreeModel::toolTip(const Row &row, int column) const
{
    const FieldComparison &server = row.server;
    const QString defaultValue = server.defaultValue.isEmpty() ? tr("none") : server.defaultValue;
    const QString warnings = row.warnings.join(u'\n');
    if (server.readOnly && (column == DefaultColumn || column == OverrideColumn || column == ImageColumn))
        return tr("Read-only: the server sent %1, which is not an image reference. It is shown as the server sent "
                  "it and never sent back.")
            .arg(column == OverrideColumn && server.overridden ? server.overrideValue : server.defaultValue);
    switch (column) {
    case FieldColumn: {
        const QString about = tr("%1 (%2)\n%3").arg(row.info.label, row.info.key, row.info.description);
        return warnings.isEmpty() ? about : about + u'\n' + warnings;
    }
    case ImageColumn:
    case DefaultColumn:
        return tr("Default: %1").arg(defaultValue);
    case OverrideColumn:
        if (row.resetQueued)
            return tr("Queued: back to the default %1 (now %2). Not sent until you apply.").arg(defaultValue, server.overrideValue);
        if (row.queued)
            return tr("Queued: %1 (now %2). Not sent until you apply.")
                .arg(row.proposed, server.overridden ? server.overrideValue : tr("the default"));
        if (server.overridden)
            return tr("Override: %1").arg(server.overrideValue);
        if (server.emptyOverrideStored)
            return tr("An empty override is stored; Harness treats it as none, so pipelines use the default.");
        return tr("No override: pipelines use the default.");
    case ResetColumn:
        switch (resetAction(row)) {
        case ResetAction::None:
            return {};
        case ResetAction::DiscardChange:
            return row.resetQueued ? tr("Discard the queued reset: %1 keeps its override %2")
                                         .arg(row.info.label, server.overrideValue)
                                   : tr("Discard this edit: %1 stays on its default").arg(row.info.label);
        case ResetAction::ResetToDefault:
            if (server.emptyOverrideStored && row.proposed.isEmpty())
                return tr("Remove the empty override stored for %1").arg(row.info.label);
            return tr("Reset %1 to its default, %2").arg(row.info.label, defaultValue);
        }
        return {};
    case StateColumn:
        break;
    default:
        return {};
    }

    QString stateTip = stateToolTip(row);
    if (row.releaseNotChecked)
        stateTip += u'\n' + tr("Release not checked: the image's tags are not known (yet), so whether Harness still "
                               "supports this release is not known.");
    if (!warnings.isEmpty())
        stateTip += u'\n' + warnings;
    if (row.age && !row.age->supportWindow && row.age->hasNewerRelease() && !row.resetQueued)
        stateTip += u'\n' + TagTexts::newerRelease(versionText(row.proposed), *row.age);
    if (row.age && row.age->aheadOfDefault && row.state != RowState::Ahead && !row.resetQueued)
        stateTip += u'\n' + tr("It is ahead of Harness's default, %1.").arg(versionText(server.defaultValue));
    if (!row.age || !row.age->isOutsideWindow() || row.resetQueued)
        return stateTip;
    QString warning = TagTexts::releaseWarning(versionText(row.proposed), *row.age);
    if (row.state != RowState::Unsupported)
        return stateTip + u'\n' + warning;
    if (server.relation == VersionRelation::Older)
        warning += u'\n' + tr("It is also older than the default (%1 < %2).")
                               .arg(versionText(server.overrideValue), versionText(server.defaultValue));
    return warning;
}

QString ConfigTreeModel::stateToolTip(const Row &row) const
{
    const FieldComparison &server = row.server;
    const QString defaultValue = server.defaultValue.isEmpty() ? tr("none") : server.defaultValue;
    const QString overrideTag = versionText(server.overrideValue);
    const QString defaultTag = versionText(server.defaultValue);
    switch (row.state) {
    case RowState::Edited:
        return tr("Queued: %1 → %2. Nothing is sent until you apply.")
            .arg(server.overridden ? server.overrideValue : tr("the default"), row.proposed);
    case RowState::ResetQueued:
        return tr("Queued: reset %1 to the default %2. Nothing is sent until you apply.").arg(server.overrideValue, defaultValue);
    case RowState::Behind:
        return tr("Override is older than the default (%1 < %2)").arg(overrideTag, defaultTag);
    case RowState::Ahead:
        return tr("Override is newer than the default (%1 > %2)").arg(overrideTag, defaultTag);
    case RowState::Deprecated:
        return tr("Harness lists this override as deprecated (%1; the default is %2)").arg(overrideTag, defaultTag);
    case RowState::Overridden:
        if (server.mirrored)
            return tr("Overridden from another repository: %1").arg(server.overrideValue);
        return tr("Overridden: pipelines use %1 instead of %2").arg(server.overrideValue, defaultValue);
    default:
        return stateToolTip(row.state);
    }
}

} // namespace hci
