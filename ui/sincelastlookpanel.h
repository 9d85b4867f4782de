#pragma once

#include "store/loaddifference.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace hci {

// What changed on the server since the user last looked at this scope: new defaults (and the
// overrides now behind them) and overrides changed outside this app. Short; one click shows the rows.
class SinceLastLookPanel : public QFrame
{
    Q_OBJECT

public:
    explicit SinceLastLookPanel(QWidget *parent = nullptr);

    void showDifference(const LoadDifference &difference, const QDateTime &lastLookedAt);
    const LoadDifference &difference() const { return m_difference; }
    QString text() const;

Q_SIGNALS:
    void showRowsRequested(const QStringList &fields);
    // The user closed it: this change is not shown again.
    void dismissed(const hci::LoadDifference &difference);

private:
    LoadDifference m_difference;
    QLabel *m_text;
    QPushButton *m_showRows;
    QPushButton *m_dismiss;
};

} // namespace hci
