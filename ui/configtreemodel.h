#pragma once

#include "core/configsnapshot.h"
#include "core/fieldstate.h"
#include "core/fieldcatalog.h"
#include "core/releasewindow.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace hci {

class ConfigDocument;
class KnownTags;

// What a row shows: the core's list of states, one look for each (rowstatelook.h).
using RowState = FieldState;

// A two-level tree over a ConfigDocument: catalog groups, and under each the fields of the
// snapshot. A thin adapter: it asks the document what a row shows and hands edits back to it.
class ConfigTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ImageColumn, DefaultColumn, OverrideColumn, StateColumn, ResetColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        FieldKeyRole = Qt::UserRole + 1, // QString, field rows only
        RowStateRole,                    // int(RowState), field rows only
        IsGroupRole,                     // bool
        SearchTextRole,                  // QString: key, label, images and tags, for the filter
        HasOverrideRole,                 // bool: overridden on the server or by a queued change
        EditValueRole,                   // QString: the full reference the override editor starts from
        CanResetRole,                    // bool: the reset button is live
        DefaultValueRole,                // QString: the default's full reference, for the tag editor
        WarningRole,                     // QString: what to know before changing the row (server quirks,
                                         // the add-on and lite engine apart, a rootless row losing its form)
        ReadOnlyRole,                    // bool: a value the server sent that is not text; never edited
        EmphasisRole,                    // int(RowStateLook::Emphasis): quiet, differs, queued, attention
        AccentColorRole,                 // QColor: the row's left marker; none for quiet rows
        ResetActionRole,                 // int(ResetAction): what the Reset column's button does
        ReleaseNotCheckedRole,           // bool: a release-train override whose tags are not known (yet)
        GroupSummaryRole                 // QString, group rows: "3 overridden, 1 queued", beside the name
    };

    // The Reset column's one click: back to the default, or drop a queued change.
    enum class ResetAction { None, ResetToDefault, DiscardChange };

    explicit ConfigTreeModel(ConfigDocument *document, QObject *parent = nullptr);
    ~ConfigTreeModel() override;

    ConfigDocument *document() const { return m_document; }
    QModelIndex indexForField(const QString &field, int column = FieldColumn) const;

    // The tags known for each image: overrides too old for the release window get a warning.
    void setKnownTags(const KnownTags *knownTags);

    // Per-field notes from the session (e.g. the server refused this change), added to the row's
    // Override and State tooltips. Replaces the notes set before.
    void setFieldNotes(const QHash<QString, QString> &notes);
    QString fieldNote(const QString &field) const { return m_fieldNotes.value(field); }

    static QString stateText(RowState state);
    // Every text a State cell can show (the states, and those a release not checked extends), for its width.
    static QStringList allStateTexts();
    static QString stateToolTip(RowState state);
    static QIcon stateIcon(RowState state);
    // The icons of the Reset column's button: back to the default, and drop the queued change.
    static QIcon resetIcon();
    static QIcon discardIcon();
    // The Field column's mark for a row with warnings (WarningRole).
    static QIcon warningIcon();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What a field row shows, worked out once per change rather than on every paint.
    struct Row
    {
        FieldInfo info;
        FieldComparison server;  // defaults and overrides as loaded
        QString proposed;        // the override once the queue is applied; empty means the default
        QString repositoryKey;   // of the proposed override, to match tag lookups without parsing again
        bool queued = false;
        bool resetQueued = false;
        RowState state = RowState::Default;
        bool differs = false;    // the proposed override is not the default
        QString imageText;
        QString defaultText;
        QString overrideText;
        QString editValue;
        QString searchText;
        std::optional<ReleaseAge> age; // of the proposed override, when its image's tags are known
        QStringList warnings;    // translated, for the row's warning icon and tooltips
        bool releaseNotChecked = false; // Harness's release train, but its tags are not known
        // False until something asks what the row shows: until then only server.overridden and
        // queued hold, for the group's summary, and searchText once the filter asked for it (a
        // 5,000-field load describes the rows it paints).
        bool described = false;
    };
    struct Group
    {
        FieldGroup group;
        QStringList fields;
        QList<Row> rows;
        int overridden = 0;      // rows the server overrides, for the group's summary
        int queued = 0;          // rows with a queued change
    };
    // Where a field's row is: its group's position and its row under it.
    struct RowPosition
    {
        int group = -1;
        int row = -1;
        friend bool operator<(RowPosition a, RowPosition b)
        {
            return a.group != b.group ? a.group < b.group : a.row < b.row;
        }
    };
    static QString notCheckedText(RowState state);
    static bool sameLook(const Row &a, const Row &b);
    void rebuild();
    void onSnapshotChanged();
    void onFieldChanged(const QString &field);
    void onTagsChanged(const QString &repository);
    void refreshFields(const QStringList &fields); // and their partners
    QList<RowPosition> allRows() const;
    const QHash<QString, RowPosition> &positions() const;
    // Describes the rows again and tells the views about those that look different, in ranges.
    void refreshRows(QList<RowPosition> positions);
    bool replaceRow(RowPosition position, Row row);
    Row placeholder(const QString &field) const;
    void fillPlaceholder(Row *row, const QString &field) const;
    const QString &searchTextAt(RowPosition position) const;
    QString searchTextOf(const QString &field, const QString &label, const QString &proposed) const;
    const Row &describedRow(RowPosition position) const;
    void indexRepository(const QString &repository, RowPosition position) const;
    void unindexRepository(const QString &repository, RowPosition position);
    Row describe(const QString &field) const;
    const Row *rowAt(const QModelIndex &index) const;
    QVariant fieldData(const Row &row, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;
    QString toolTip(const Row &row, int column) const;
    QString stateToolTip(const Row &row) const; // the State column's, without release warnings
    QStringList warningsOf(const Row &row) const;
    bool canReset(const Row &row) const { return resetAction(row) != ResetAction::None; }
    ResetAction resetAction(const Row &row) const;
    std::optional<QColor> background(const Row &row) const;
    QColor readableText(const QColor &color, const Row &row) const;

    ConfigDocument *m_document;
    const KnownTags *m_knownTags = nullptr;
    // Rows are described on first use (describedRow), from const accessors too: the rows and the
    // repository index they feed are a cache of what the document says.
    mutable QList<Group> m_groups;
    // The snapshot the rows describe: the next one with the same fields updates the rows that differ.
    ConfigSnapshot m_shown;
    mutable QHash<QString, RowPosition> m_positions;         // field -> its row, see positions()
    qsizetype m_rowCount = 0;                                // field rows in all groups
    mutable QHash<QString, QList<RowPosition>> m_rowsByRepository; // repository key -> described rows overriding from it
    QHash<QString, QString> m_fieldNotes;
};

// Filters rows by text (field key, label, image, tag) and optionally to overridden rows only;
// group rows stay while any of their fields does.
class ConfigFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConfigFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setOverridesOnly(bool overridesOnly);
    bool overridesOnly() const { return m_overridesOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    bool m_overridesOnly = false;
    QCollator m_collator;
};

} // namespace hci
