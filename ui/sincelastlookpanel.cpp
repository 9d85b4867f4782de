#include "sincelastlookpanel.h"

#include "icons.h"
#include "journalrestorebar.h" // tintFrame

#include "core/fieldcatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hci {

namespace {

// Long lists stay short: the rows themselves are one click away.
constexpr int kLinesPerPart = 4;

QString orNone(const QString &value)
{
    return value.isEmpty() ? SinceLastLookPanel::tr("none") : value;
}

} // namespace

SinceLastLookPanel::SinceLastLookPanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_showRows(new QPushButton(tr("Sho&w these rows"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("sinceLastLookPanel"));
    setFrameShape(QFrame::StyledPanel);
    tintFrame(this, QColor(0x40, 0xa0, 0x60));
    m_text->setObjectName(QStringLiteral("sinceLastLookText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showRows->setObjectName(QStringLiteral("showChangedRowsButton"));
    m_showRows->setToolTip(tr("Select the rows that changed in the table"));
    m_dismiss->setObjectName(QStringLiteral("dismissSinceLastLookButton"));
    m_dismiss->setToolTip(tr("Hide this summary; it does not come back for the same change"));

    auto *icon = new StandardIconLabel(QStyle::SP_FileDialogInfoView, this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_showRows);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_showRows, &QPushButton::clicked, this, [this] { Q_EMIT showRowsRequested(m_difference.fields()); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed(m_difference);
    });
    hide();
}

void SinceLastLookPanel::showDifference(const LoadDifference &difference, const QDateTime &lastLookedAt)
{
    m_difference = difference;
    if (difference.isEmpty()) {
        hide();
        return;
    }
    QStringList lines;
    lines << tr("Changed on the server since you last looked (%1):")
                 .arg(QLocale().toString(lastLookedAt.toLocalTime(), QLocale::ShortFormat));
    if (!difference.defaults.isEmpty()) {
        lines << tr("Harness changed %n default(s):", nullptr, int(difference.defaults.size()));
        for (int i = 0; i < difference.defaults.size() && i < kLinesPerPart; ++i) {
            const LoadDifference::DefaultChange &change = difference.defaults.at(i);
            QString line = tr("  • %1: %2 → %3")
                               .arg(FieldCatalog::info(change.field).label, orNone(change.oldDefault),
                                    orNone(change.newDefault));
            if (change.overrideUnsupported)
                line += tr(" (your override %1 is no longer supported)").arg(change.overrideValue);
            else if (change.overrideBehind)
                line += tr(" (your override %1 is now behind)").arg(change.overrideValue);
            lines << line;
        }
        if (difference.defaults.size() > kLinesPerPart)
            lines << tr("  … and %n more", nullptr, int(difference.defaults.size()) - kLinesPerPart);
    }
    if (!difference.overrides.isEmpty()) {
        lines << tr("%n override(s) changed outside this app:", nullptr, int(difference.overrides.size()));
        for (int i = 0; i < difference.overrides.size() && i < kLinesPerPart; ++i) {
            const LoadDifference::OverrideChange &change = difference.overrides.at(i);
            lines << tr("  • %1: %2 → %3")
                         .arg(FieldCatalog::info(change.field).label, orNone(change.oldValue), orNone(change.newValue));
        }
        if (difference.overrides.size() > kLinesPerPart)
            lines << tr("  … and %n more", nullptr, int(difference.overrides.size()) - kLinesPerPart);
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
    setAccessibleName(lines.constFirst());
    show();
}

QString SinceLastLookPanel::text() const
{
    return m_text->text();
}

} // namespace hci
