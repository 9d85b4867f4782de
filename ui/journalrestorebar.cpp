#include "journalrestorebar.h"

#include "icons.h"

#include "core/fieldcatalog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hci {

void tintFrame(QFrame *frame, const QColor &tint)
{
    QPalette pal = QApplication::palette(frame);
    const QColor base = pal.color(QPalette::Window);
    const qreal alpha = 0.16;
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * (1 - alpha) + tint.redF() * alpha,
                                                    base.greenF() * (1 - alpha) + tint.greenF() * alpha,
                                                    base.blueF() * (1 - alpha) + tint.blueF() * alpha));
    frame->setPalette(pal);
    frame->setAutoFillBackground(true);
}

namespace {

QString describe(const PendingChange &change)
{
    const QString label = FieldCatalog::info(change.field).label;
    if (change.kind == PendingChange::Kind::Reset)
        return JournalRestoreBar::tr("%1: reset to the default").arg(label);
    return JournalRestoreBar::tr("%1: %2").arg(label, change.value);
}

} // namespace

JournalRestoreBar::JournalRestoreBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_restore(new QPushButton(tr("Res&tore"), this))
    , m_restoreUnchanged(new QPushButton(tr("Restore &unchanged only"), this))
    , m_discard(new QPushButton(tr("Dis&card them"), this))
{
    setObjectName(QStringLiteral("journalRestoreBar"));
    setFrameShape(QFrame::StyledPanel);
    tintFrame(this, QColor(0x30, 0x80, 0xd0));
    m_text->setObjectName(QStringLiteral("journalText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("restoreJournalButton"));
    m_restore->setToolTip(tr("Queue these edits again; nothing is sent until you apply"));
    m_restoreUnchanged->setObjectName(QStringLiteral("restoreUnchangedButton"));
    m_restoreUnchanged->setToolTip(tr("Queue only the edits of fields the server has not changed since"));
    m_discard->setObjectName(QStringLiteral("discardJournalButton"));
    m_discard->setToolTip(tr("Forget these edits"));

    auto *icon = new StandardIconLabel(QStyle::SP_MessageBoxInformation, this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_restoreUnchanged);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, [this] { Q_EMIT restoreRequested(m_journal.pendingChanges()); });
    connect(m_restoreUnchanged, &QPushButton::clicked, this, [this] {
        QList<PendingChange> unchanged;
        for (const PendingChange &change : m_journal.pendingChanges()) {
            if (!m_changed.contains(change.field))
                unchanged.append(change);
        }
        Q_EMIT restoreRequested(unchanged);
    });
    connect(m_discard, &QPushButton::clicked, this, &JournalRestoreBar::discardRequested);
    hide();
}

void JournalRestoreBar::offer(const Journal &journal, const QList<Conflict> &changedOnServer)
{
    m_journal = journal;
    m_changed.clear();
    for (const Conflict &conflict : changedOnServer)
        m_changed.append(conflict.field);

    const QLocale locale;
    const QDateTime first = journal.firstQueuedAt().toLocalTime();
    const QDateTime last = journal.lastQueuedAt().toLocalTime();
    const QString when = first.date() == last.date() && first.secsTo(last) < 60
        ? locale.toString(first, QLocale::ShortFormat)
        : tr("%1 to %2").arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
    QStringList lines;
    lines << tr("%n edit(s) queued here on %1 were not applied before the app stopped.", nullptr,
                int(journal.changes.size()))
                 .arg(when);
    for (const JournaledChange &change : journal.changes) {
        const QString line = QStringLiteral("  • ") + describe(change.change);
        lines << (m_changed.contains(change.change.field) ? line + tr("  (changed on the server since)") : line);
    }
    if (!m_changed.isEmpty()) {
        QStringList labels;
        for (const QString &field : std::as_const(m_changed))
            labels << FieldCatalog::info(field).label;
        lines << tr("The server changed %n of these field(s) since: restoring would overwrite %1.", nullptr,
                    int(m_changed.size()))
                     .arg(QLocale().createSeparatedList(labels));
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
    setAccessibleName(lines.constFirst());
    m_restoreUnchanged->setVisible(!m_changed.isEmpty() && m_changed.size() < journal.changes.size());
    show();
}

void JournalRestoreBar::withdraw()
{
    hide();
    m_journal = {};
    m_changed.clear();
}

} // namespace hci
