#include "overridedelegate.h"

#include "configtreemodel.h"
#include "tagcompleter.h"
#include "session/taglookup.h"
#include "core/fieldrules.h"
#include "core/imagereference.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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

// The line edit of an override cell, with a note under it that says what is wrong with the text,
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
        // The list opens under the editor and its hint, so that both stay readable.
        m_tags->setAnchor([this] {
            QRect anchor = rect();
            if (m_hint && m_hint->isVisible() && m_hint->y() > y())
                anchor.setHeight(m_hint->geometry().bottom() - y() + 1);
            return anchor;
        });
        connect(this, &QLineEdit::textEdited, m_tags, &TagCompleter::textEdited);
        connect(m_tags, &TagCompleter::tagsChanged, this, &OverrideEditor::check);
        setObjectName(QStringLiteral("overrideEditor"));
        setFrame(style()->styleHint(QStyle::SH_ItemView_DrawDelegateFrame, nullptr, this));
        setValidator(m_validator);
        setPlaceholderText(tr("Empty resets to the default"));
        connect(this, &QLineEdit::textChanged, this, &OverrideEditor::check);
        if (parent) {
            m_hint = new QLabel(parent);
            m_hint->setObjectName(QStringLiteral("overrideHint"));
            m_hint->setWordWrap(true);
            m_hint->setTextFormat(Qt::PlainText); // registry answers and typed text are never markup
            m_hint->setFrameShape(QFrame::StyledPanel);
            m_hint->setAutoFillBackground(true);
            m_hint->setMargin(2);
            m_hint->hide();
        }
    }
    ~OverrideEditor() override { delete m_hint.data(); } // a sibling in the viewport, not a child

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
    void moveEvent(QMoveEvent *event) override
    {
        QLineEdit::moveEvent(event);
        placeHint();
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QLineEdit::resizeEvent(event);
        placeHint();
    }
    void hideEvent(QHideEvent *event) override
    {
        QLineEdit::hideEvent(event);
        if (m_hint)
            m_hint->hide();
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
        if (event->key() == Qt::Key_Down && !m_tags->isListVisible() && m_tags->tagCount() > 0) {
            m_tags->showList();
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
        showHint(hint, false, warning);
    }

    void showHint(const QString &text, bool error, bool warning = false)
    {
        setAccessibleDescription(text);
        if (!m_hint)
            return;
        if (text.isEmpty() || !isVisible()) {
            m_hint->hide();
            return;
        }
        QPalette palette = m_normalPalette;
        const QColor base = palette.color(QPalette::ToolTipBase);
        palette.setColor(QPalette::Window,
                         error ? mixed(base, kErrorRed, 0.3f) : (warning ? mixed(base, kWarningAmber, 0.3f) : base));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
        m_hint->setPalette(palette);
        m_hint->setText(text);
        placeHint();
        m_hint->show();
        m_hint->raise();
    }

    // Under the editor, or above it when the viewport ends first.
    void placeHint()
    {
        if (!m_hint || !parentWidget())
            return;
        const QRect area = parentWidget()->rect();
        const QRect editor = geometry();
        const int left = qMax(area.left(), qMin(editor.left(), area.right() - editor.width()));
        const int width = qMin(qMax(editor.width(), m_hint->fontMetrics().horizontalAdvance(m_hint->text()) + 12),
                               area.right() - left);
        const int height = m_hint->heightForWidth(width);
        int top = editor.bottom() + 1;
        if (top + height > area.bottom() && editor.top() - height - 1 >= area.top())
            top = editor.top() - height - 1;
        m_hint->setGeometry(left, top, width, height);
    }

    OverrideValidator *m_validator;
    QPointer<QLabel> m_hint;
    QPalette m_normalPalette;
    TagCompleter *m_tags;
    QString m_current;
    QString m_default;
    QString m_field;
};

OverrideDelegate::OverrideDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
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

void OverrideDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString key = index.data(ConfigTreeModel::FieldKeyRole).toString();
    // Unknown fields are labelled with their key already; right-to-left layouts keep the plain look.
    if (index.column() != ConfigTreeModel::FieldColumn || key.isEmpty() || key == opt.text
        || opt.direction == Qt::RightToLeft) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int gap = opt.fontMetrics.horizontalAdvance(QStringLiteral("  "));
    const QRect keyRect = textRect.adjusted(margin + opt.fontMetrics.horizontalAdvance(opt.text) + gap, 0, -margin, 0);
    if (keyRect.width() < opt.fontMetrics.averageCharWidth() * 3)
        return; // the label needs the room

    QFont keyFont = opt.font;
    if (keyFont.pointSizeF() > 0)
        keyFont.setPointSizeF(keyFont.pointSizeF() * 0.9);
    keyFont.setItalic(false);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor color = opt.palette.color(colorGroup(opt), selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    if (selected)
        color.setAlphaF(0.7f);
    painter->save();
    painter->setFont(keyFont);
    painter->setPen(color);
    painter->drawText(keyRect, int(Qt::AlignLeft | Qt::AlignVCenter),
                      QFontMetrics(keyFont).elidedText(key, Qt::ElideRight, keyRect.width()));
    painter->restore();
}

QSize OverrideDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString key = index.data(ConfigTreeModel::FieldKeyRole).toString();
    if (index.column() == ConfigTreeModel::FieldColumn && !key.isEmpty() && key != index.data().toString())
        size.rwidth() += option.fontMetrics.horizontalAdvance(QStringLiteral("  ") + key);
    return size;
}

QWidget *OverrideDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != ConfigTreeModel::OverrideColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    return new OverrideEditor(parent, m_tagLookup);
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
