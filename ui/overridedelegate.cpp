#include "overridedelegate.h"

#include "appearance.h"
#include "configtreemodel.h"
#include "tagcompleter.h"
#include "session/taglookup.h"
#include "core/fieldrules.h"
#include "core/imagereference.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QPainter>
#include <QPointer>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QValidator>

namespace hci {

namespace {

QColor mixed(const QColor &a, const QColor &b, float amount)
{
    return QColor::fromRgbF(a.redF() * (1 - amount) + b.redF() * amount, a.greenF() * (1 - amount) + b.greenF() * amount,
                            a.blueF() * (1 - amount) + b.blueF() * amount);
}

// Blended into the theme's own colours, so that the warning reads on light and dark palettes.
const QColor kErrorRed(0xdc, 0x26, 0x26);
const QColor kWarningAmber(0xd9, 0x77, 0x06);

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (option.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
}

// Typed text and registry answers in a tooltip: Qt would guess rich text from a leading tag.
QString plainTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace

// Intermediate rather than Invalid: the person can type through an invalid state, but the
// delegate's Return, Tab and focus-out handling will not commit it (hasAcceptableInput()).
class OverrideValidator : public QValidator
{
public:
    using QValidator::QValidator;
    void setCurrent(const QString &current) { m_current = current; }
    State validate(QString &input, int &) const override
    {
        return OverrideDelegate::isAcceptable(input, m_current) ? Acceptable : Intermediate;
    }

private:
    QString m_current;
};

// The editor's note, inside the editor's own area at its right end: it covers no row. The whole text
// stays the label's text (and the editor's accessible description); what does not fit is elided.
class InlineNote : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString line = text().section(u'\n', 0, 0) + (text().contains(u'\n') ? QStringLiteral(" …") : QString());
        const QRect area = contentsRect().adjusted(4, 0, -4, 0);
        painter.drawText(area, int(Qt::AlignRight | Qt::AlignVCenter),
                         fontMetrics().elidedText(line, Qt::ElideRight, area.width()));
    }
};

// The line edit of an override cell, with a note inside it that says what is wrong with the text,
// or which full reference a bare tag stands for, and a list of the image's tags from its registry.
class OverrideEditor : public QLineEdit
{
    Q_OBJECT

public:
    explicit OverrideEditor(QWidget *parent, TagLookup *lookup = nullptr)
        : QLineEdit(parent)
        , m_validator(new OverrideValidator(this))
        , m_normalPalette(palette())
        , m_tags(new TagCompleter(this, lookup))
    {
        m_hint = new InlineNote(this);
        m_hint->setObjectName(QStringLiteral("overrideHint"));
        m_hint->setTextFormat(Qt::PlainText); // registry answers and typed text are never markup
        m_hint->setCursor(Qt::ArrowCursor);
        m_hint->hide();
        m_tags->setAnchor([this] { return rect(); });
        connect(this, &QLineEdit::textEdited, m_tags, &TagCompleter::textEdited);
        connect(this, &QLineEdit::textEdited, this, [this] { m_whyNoList.clear(); });
        connect(m_tags, &TagCompleter::tagsChanged, this, &OverrideEditor::check);
        setObjectName(QStringLiteral("overrideEditor"));
        setFrame(style()->styleHint(QStyle::SH_ItemView_DrawDelegateFrame, nullptr, this));
        setValidator(m_validator);
        setPlaceholderText(tr("Empty resets to the default"));
        connect(this, &QLineEdit::textChanged, this, &OverrideEditor::check);
    }

    void start(const QString &current, const QString &defaultValue, const QString &field)
    {
        m_current = current;
        m_default = defaultValue;
        m_field = field;
        m_validator->setCurrent(current);
        setText(current);
        selectAll(); // typing replaces it all; a bare tag keeps the repository
        m_tags->start(current, defaultValue, field);
    }
    QString current() const { return m_current; }
    QString resolved(const QString &typed) const
    {
        return OverrideDelegate::resolvedReference(typed, m_current, m_field, m_default);
    }
    TagCompleter *tags() const { return m_tags; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLineEdit::resizeEvent(event);
        placeHint();
    }
    void showEvent(QShowEvent *event) override
    {
        QLineEdit::showEvent(event);
        check();
        // Once the view has placed the editor: tags already known open their list at once.
        QTimer::singleShot(0, m_tags, &TagCompleter::offer);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Down && !m_tags->isListVisible()) {
            // Down opens the list; with no list it says why, and the editor stays open (the view
            // would otherwise close it and move to the next row).
            if (m_tags->tagCount() > 0) {
                m_tags->showList();
            } else {
                m_whyNoList = m_tags->whyNoList();
                check();
            }
            return;
        }
        QLineEdit::keyPressEvent(event);
    }

private:
    void check()
    {
        QString reason;
        const QString typed = text().trimmed();
        if (!OverrideDelegate::isAcceptable(typed, m_current, &reason)) {
            QPalette error = m_normalPalette;
            error.setColor(QPalette::Base, mixed(m_normalPalette.color(QPalette::Base), kErrorRed, 0.25f));
            error.setColor(QPalette::Highlight, mixed(m_normalPalette.color(QPalette::Highlight), kErrorRed, 0.6f));
            setPalette(error);
            setToolTip(plainTip(reason));
            showHint(reason, true);
            return;
        }
        setPalette(m_normalPalette);
        const QString resolved = this->resolved(typed);
        QString hint;
        if (typed.isEmpty()) {
            setToolTip(tr("Empty resets the field to its default"));
            hint = toolTip();
        } else if (resolved != typed) {
            setToolTip(plainTip(tr("Sets %1").arg(resolved)));
            hint = toolTip();
        } else {
            setToolTip(plainTip(resolved));
        }
        // What the registry's tags say: a warning never refuses the text, the apply checks again.
        bool warning = false;
        const QString note = m_tags->note(resolved, &warning);
        if (!note.isEmpty()) {
            hint = hint.isEmpty() ? note : hint + u'\n' + note;
            setToolTip(plainTip(hint));
        }
        if (!m_whyNoList.isEmpty() && !hint.contains(m_whyNoList)) {
            hint = hint.isEmpty() ? m_whyNoList : m_whyNoList + u'\n' + hint;
            setToolTip(plainTip(hint));
        }
        showHint(hint, false, warning);
    }

    void showHint(const QString &text, bool error, bool warning = false)
    {
        setAccessibleDescription(text);
        if (text.isEmpty() || !isVisible()) {
            m_hint->hide();
            m_hint->setText(text);
            setTextMargins(0, 0, 0, 0);
            return;
        }
        QPalette palette = m_hint->palette();
        const QColor base = palette.color(QPalette::Base);
        const QColor ink = error ? kErrorRed : (warning ? kWarningAmber : m_normalPalette.color(QPalette::PlaceholderText));
        palette.setColor(QPalette::WindowText, readableOn(ink, error ? this->palette().color(QPalette::Base) : base));
        m_hint->setPalette(palette);
        m_hint->setText(text);
        m_hint->setToolTip(plainTip(text));
        placeHint();
        m_hint->show();
    }

    // At the editor's right end, at most half its width: the typed text keeps the rest.
    void placeHint()
    {
        if (!m_hint->isVisible() && m_hint->text().isEmpty())
            return;
        const QString line = m_hint->text().section(u'\n', 0, 0);
        const int wanted = m_hint->fontMetrics().horizontalAdvance(line + QStringLiteral(" …")) + 12;
        const int width = qMin(wanted, this->width() / 2);
        m_hint->setGeometry(this->width() - width - 2, 1, width, height() - 2);
        setTextMargins(0, 0, width, 0);
    }

    OverrideValidator *m_validator;
    InlineNote *m_hint = nullptr;
    QString m_whyNoList; // said once Down found no list, until the person types
    QPalette m_normalPalette;
    TagCompleter *m_tags;
    QString m_current;
    QString m_default;
    QString m_field;
};

OverrideDelegate::OverrideDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    // The reset button lights up under the pointer: the view must track hovering for that.
    if (auto *view = qobject_cast<QAbstractItemView *>(parent))
        view->viewport()->setAttribute(Qt::WA_Hover);
}

void OverrideDelegate::setTagLookup(TagLookup *lookup)
{
    m_tagLookup = lookup;
}

bool OverrideDelegate::isAcceptable(const QString &typed, const QString &current, QString *reason)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return true; // resets to the default
    const ImageReference resolved = ImageReference::fromEditorInput(text, ImageReference::parse(current));
    if (resolved.isValid())
        return true;
    if (reason)
        *reason = resolved.errorString();
    return false;
}

QString OverrideDelegate::resolvedReference(const QString &typed, const QString &current, const QString &field,
                                            const QString &defaultValue)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const ImageReference resolved = FieldRules::resolveInput(text, current, field, defaultValue);
    return resolved.isValid() ? resolved.text() : QString();
}

namespace {

// A suffix drawn greyed after the cell's own text: a field's raw key, a group's counts.
void drawSuffix(QPainter *painter, const QStyleOptionViewItem &opt, const QString &suffix, QStyle *style)
{
    const QWidget *widget = opt.widget;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int gap = opt.fontMetrics.horizontalAdvance(QStringLiteral("  "));
    const QRect suffixRect = textRect.adjusted(margin + opt.fontMetrics.horizontalAdvance(opt.text) + gap, 0, -margin, 0);
    if (suffixRect.width() < opt.fontMetrics.averageCharWidth() * 3)
        return; // the label needs the room
    QFont font = opt.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setItalic(false);
    font.setBold(false);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor color = opt.palette.color(colorGroup(opt), selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    if (selected)
        color.setAlphaF(0.7f);
    else
        color = readableRowText(color, opt.palette);
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(suffixRect, int(Qt::AlignLeft | Qt::AlignVCenter),
                      QFontMetrics(font).elidedText(suffix, Qt::ElideRight, suffixRect.width()));
    painter->restore();
}

constexpr int kResetIconSize = 18;
constexpr int kResetButtonSize = 26;

} // namespace

void OverrideDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const int column = index.column();

    if (column == ConfigTreeModel::ResetColumn) {
        paintResetButton(painter, opt);
        return;
    }
    if (column == ConfigTreeModel::OverrideColumn)
        opt.textElideMode = Qt::ElideMiddle; // a long mirror keeps its registry and its tag in sight

    QString suffix;
    if (column == ConfigTreeModel::FieldColumn && opt.direction != Qt::RightToLeft) {
        if (index.data(ConfigTreeModel::IsGroupRole).toBool()) {
            suffix = index.data(ConfigTreeModel::GroupSummaryRole).toString();
        } else {
            const QString key = index.data(ConfigTreeModel::FieldKeyRole).toString();
            if (key != opt.text)
                suffix = key; // unknown fields are labelled with their key already
        }
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (!suffix.isEmpty())
        drawSuffix(painter, opt, suffix, style);

    // A diff view's left marker: the row differs, is queued or needs attention.
    const QColor accent = index.data(ConfigTreeModel::AccentColorRole).value<QColor>();
    if (column == ConfigTreeModel::FieldColumn && accent.isValid()) {
        const QRect bar(opt.rect.left(), opt.rect.top() + 1, 3, opt.rect.height() - 2);
        painter->fillRect(bar, accent);
    }
}

void OverrideDelegate::paintResetButton(QPainter *painter, const QStyleOptionViewItem &opt) const
{
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The cell's own background and selection first, without its icon.
    QStyleOptionViewItem cell = opt;
    cell.icon = QIcon();
    cell.features &= ~QStyleOptionViewItem::HasDecoration;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (opt.icon.isNull())
        return;

    const int side = qMin(kResetButtonSize, qMin(opt.rect.width(), opt.rect.height()) - 2);
    QRect button(0, 0, side, side);
    button.moveCenter(opt.rect.center());
    const bool hover = opt.state & QStyle::State_MouseOver;
    const bool focus = (opt.state & QStyle::State_HasFocus) && (opt.state & QStyle::State_Selected);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (hover || focus) {
        // A button shape only when it matters: under the pointer, or where the keyboard is.
        QColor fill = opt.palette.color(QPalette::Button);
        QColor edge = opt.palette.color(QPalette::Highlight);
        if (!hover)
            fill.setAlpha(0);
        painter->setBrush(fill);
        painter->setPen(QPen(focus ? edge : opt.palette.color(QPalette::Mid), focus ? 2 : 1));
        painter->drawRoundedRect(QRectF(button).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    }
    const int iconSide = qMin(kResetIconSize, side - 4);
    QRect iconRect(0, 0, iconSide, iconSide);
    iconRect.moveCenter(button.center());
    opt.icon.paint(painter, iconRect, Qt::AlignCenter, hover ? QIcon::Active : QIcon::Normal);
    painter->restore();
}

QSize OverrideDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ConfigTreeModel::ResetColumn)
        return size.expandedTo(QSize(kResetButtonSize + 8, kResetButtonSize + 2));
    if (index.column() != ConfigTreeModel::FieldColumn)
        return size;
    const QString suffix = index.data(ConfigTreeModel::IsGroupRole).toBool()
        ? index.data(ConfigTreeModel::GroupSummaryRole).toString()
        : index.data(ConfigTreeModel::FieldKeyRole).toString();
    if (!suffix.isEmpty() && suffix != index.data().toString())
        size.rwidth() += option.fontMetrics.horizontalAdvance(QStringLiteral("  ") + suffix);
    return size;
}

QWidget *OverrideDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != ConfigTreeModel::OverrideColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    return new OverrideEditor(parent, m_tagLookup);
}

void OverrideDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (!qobject_cast<OverrideEditor *>(editor) || !view || view->header()->isSectionHidden(ConfigTreeModel::StateColumn))
        return;
    // The row's State cell joins the editor while it is open: room for the note inside the editor,
    // over its own row and no other.
    const QHeaderView *header = view->header();
    const int stateRight = header->sectionViewportPosition(ConfigTreeModel::StateColumn)
        + header->sectionSize(ConfigTreeModel::StateColumn);
    if (header->visualIndex(ConfigTreeModel::StateColumn) == header->visualIndex(ConfigTreeModel::OverrideColumn) + 1
        && stateRight > editor->geometry().right())
        editor->setGeometry(editor->geometry().adjusted(0, 0, stateRight - 1 - editor->geometry().right(), 0));
}

void OverrideDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<OverrideEditor *>(editor);
    if (!edit) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    if (edit->isModified())
        return; // the row repainted while the person types: keep their text
    edit->start(index.data(ConfigTreeModel::EditValueRole).toString(),
                index.data(ConfigTreeModel::DefaultValueRole).toString(),
                index.data(ConfigTreeModel::FieldKeyRole).toString());
}

void OverrideDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = qobject_cast<OverrideEditor *>(editor);
    if (!edit) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QString typed = edit->text().trimmed();
    if (!isAcceptable(typed, edit->current()))
        return;
    // Opening a cell and leaving it as it was must not pin the default as an override.
    if (!typed.isEmpty() && edit->resolved(typed) == edit->current())
        return;
    model->setData(index, typed, Qt::EditRole);
}

} // namespace hci

#include "overridedelegate.moc"
