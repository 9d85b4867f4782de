#include "profileswitcher.h"

#include "credentials/profilestore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSignalBlocker>

namespace hci {

namespace {

QIcon dot(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(colour));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

} // namespace

ProfileSwitcher::ProfileSwitcher(ProfileStore *profiles, const std::optional<Profile> &environment, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_environment(environment)
    , m_box(new QComboBox(this))
    , m_badge(new QLabel(this))
{
    setObjectName(QStringLiteral("profileSwitcher"));
    m_box->setObjectName(QStringLiteral("profileBox"));
    m_box->setAccessibleName(tr("Profile"));
    m_box->setToolTip(tr("Switch to another connection profile"));
    m_box->setPlaceholderText(tr("Choose a profile…"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_box->setMinimumContentsLength(14);
    m_box->setMaximumWidth(280); // long names elide rather than push Apply off the toolbar
    m_badge->setObjectName(QStringLiteral("profileBadge"));
    m_badge->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_box);
    layout->addWidget(m_badge);

    connect(m_box, &QComboBox::activated, this, [this](int index) {
        const QString id = m_box->itemData(index).toString();
        if (!id.isEmpty() && id != m_active.id)
            Q_EMIT profileChosen(id);
    });
    connect(m_profiles, &ProfileStore::changed, this, [this] {
        // A renamed or re-flagged open profile shows its new name and marker at once.
        if (const std::optional<Profile> stored = m_profiles->profile(m_active.id))
            m_active = *stored;
        rebuild();
        updateBadge();
    });
    rebuild();
    updateBadge();
}

void ProfileSwitcher::setActive(const Profile &profile, const QString &host)
{
    m_active = profile;
    m_activeHost = host;
    showActive();
    updateBadge();
}

void ProfileSwitcher::clearActive()
{
    setActive(Profile(), QString());
}

void ProfileSwitcher::showActive()
{
    const QSignalBlocker blocker(m_box);
    m_box->setCurrentIndex(m_active.id.isEmpty() ? -1 : m_box->findData(m_active.id));
}

void ProfileSwitcher::rebuild()
{
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    const Profile sandbox = Profile::sandbox();
    m_box->addItem(dot(sandbox.colour), sandbox.name, sandbox.id);
    if (m_environment)
        m_box->addItem(dot(m_environment->colour), m_environment->name, m_environment->id);
    const QList<Profile> stored = m_profiles->profiles();
    if (!stored.isEmpty())
        m_box->insertSeparator(m_box->count());
    for (const Profile &profile : stored) {
        // Production shows as a red dot here; the badge beside the box spells it out once open.
        m_box->addItem(dot(profile.isProduction ? Profile::productionColour() : profile.colour), profile.name, profile.id);
        m_box->setItemData(m_box->count() - 1,
                           profile.isProduction ? tr("Production account on %1").arg(profile.host()) : profile.host(),
                           Qt::ToolTipRole);
    }
    showActive();
}

QString ProfileSwitcher::badgeText() const
{
    return m_badgeText;
}

void ProfileSwitcher::updateBadge()
{
    if (m_active.name.isEmpty()) {
        m_badge->clear();
        m_badgeText.clear();
        m_badge->setStyleSheet(QString());
        m_badge->hide();
        return;
    }
    // The box beside it names an open profile, so the badge adds the host; an account opened
    // without a profile (the command line) is named by the badge alone.
    const bool fromProfile = !m_active.id.isEmpty();
    const QString where = fromProfile && !m_activeHost.isEmpty() ? m_activeHost : m_active.name;
    const bool production = m_active.isProduction;
    // Text on the profile's colour; production always on red, whatever colour the profile has.
    const QString background = production ? Profile::productionColour() : m_active.colour;
    // A long host elides rather than push the toolbar's other controls away; the tooltip and the
    // accessible name keep all of it.
    m_badgeText = production ? tr("PRODUCTION · %1").arg(where) : where;
    m_badge->setText(m_badge->fontMetrics().elidedText(m_badgeText, Qt::ElideRight, 260));
    // A plain label, not a button: the host in the window's text colour beside a bar of the
    // profile's colour. Production alone is a red chip in bold, the one thing that must shout.
    if (production) {
        m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                                              "padding: 3px 8px; font-weight: bold; }")
                                   .arg(Profile::productionColour()));
    } else {
        m_badge->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid %1; padding: 2px 6px; }")
                                   .arg(background.isEmpty() ? Profile::defaultColour() : background));
    }
    m_badge->setAccessibleName(m_badgeText);
    const QString open = m_activeHost.isEmpty() ? m_active.name : tr("%1 on %2").arg(m_active.name, m_activeHost);
    m_badge->setToolTip(production ? tr("%1: a production account, changes here affect real pipelines.").arg(open)
                                   : tr("Open: %1").arg(open));
    m_badge->show();
}

} // namespace hci
