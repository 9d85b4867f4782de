#pragma once

#include "harness/connection.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hci {

// Asks where and as whom to connect. The key is held in memory only, for this run.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    Connection connection() const;
    QString hostDescription() const;

    void done(int result) override;

private:
    void updateState();
    void fillAccountFromKey();

    QComboBox *m_cluster;
    QLineEdit *m_customUrl;
    QLineEdit *m_account;
    QLineEdit *m_key;
    QComboBox *m_auth;
    QLabel *m_problem;
};

} // namespace hci
