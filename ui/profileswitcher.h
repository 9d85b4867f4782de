#pragma once

#include "credentials/profile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace hci {

class ProfileStore;

// The toolbar's profile switcher and the badge that always names the open account: profile name
// and host, on the profile's colour; a production profile shows a red "PRODUCTION" badge.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    ProfileSwitcher(ProfileStore *profiles, const std::optional<Profile> &environment, QWidget *parent = nullptr);

    // What the window has open now; an empty id for an account opened without a profile.
    void setActive(const Profile &profile, const QString &host);
    void clearActive();
    QString activeId() const { return m_active.id; }
    // Shows the active profile in the box again, e.g. after a switch was cancelled.
    void showActive();

    QComboBox *box() const { return m_box; }
    QLabel *badge() const { return m_badge; }
    QString badgeText() const;
    bool showsProduction() const { return m_active.isProduction && !m_active.name.isEmpty(); }

Q_SIGNALS:
    void profileChosen(const QString &id);

private:
    void rebuild();
    void updateBadge();

    ProfileStore *m_profiles;
    std::optional<Profile> m_environment;
    Profile m_active;
    QString m_activeHost;
    QComboBox *m_box;
    QLabel *m_badge;
    QString m_badgeText; // the whole text; the label elides a long one
};

} // namespace hci
