#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace hci {

class TagLookup;

// The editor of override cells: it checks the image reference as the person types, says why one
// is wrong, shows what a bare tag expands to, and refuses to commit an invalid reference.
// With a TagLookup it offers the image's tags as the person types (TagCompleter).
// Set on the whole view (setItemDelegate), it also draws each field's raw key as a greyed suffix
// after its label in the Field column; other columns paint as usual.
class OverrideDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OverrideDelegate(QObject *parent = nullptr);

    // Where the editor gets the image's tags from; without one it checks references only.
    void setTagLookup(TagLookup *lookup);

    // Whether typed text may be committed over the reference current; when not, *reason says why
    // (translated). Empty text is acceptable: it resets the field to its default.
    static bool isAcceptable(const QString &typed, const QString &current, QString *reason = nullptr);
    // The full reference that typed text stands for (a bare tag keeps current's repository, and in a
    // rootless row a bare version keeps the rootless form); empty when the text is empty or invalid.
    static QString resolvedReference(const QString &typed, const QString &current, const QString &field = {},
                                     const QString &defaultValue = {});

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // An override editor also spans the row's State cell, so that its note has room inside it.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    // The Reset column: a round button with hover and focus states, its icon saying reset or discard.
    void paintResetButton(QPainter *painter, const QStyleOptionViewItem &opt) const;

    QPointer<TagLookup> m_tagLookup;
};

} // namespace hci
