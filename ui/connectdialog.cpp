#include "connectdialog.h"

#include "icons.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hci {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_cluster(new QComboBox(this))
    , m_customUrl(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Harness"));
    for (Cluster cluster : allClusters())
        m_cluster->addItem(clusterDisplayName(cluster), int(cluster));
    m_customUrl->setPlaceholderText(tr("https://harness.example.com"));
    m_account->setPlaceholderText(tr("Filled in from the key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("pat.… or sat.…"));
    QAction *reveal = m_key->addAction(themedIcon(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this,
            [this](bool shown) { m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    m_auth->addItem(tr("API key (X-API-KEY)"), int(AuthKind::ApiKey));
    m_auth->addItem(tr("Bearer token"), int(AuthKind::Bearer));
    m_cluster->setToolTip(tr("The Harness cluster of the account; Custom for any other URL"));
    m_auth->setToolTip(tr("How the key is sent; most keys use the X-API-KEY header"));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("connectProblem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Cluster:"), m_cluster);
    form->addRow(tr("&URL:"), m_customUrl);
    form->addRow(tr("&API key:"), m_key);
    form->addRow(tr("A&ccount ID:"), m_account);
    form->addRow(tr("A&uthentication:"), m_auth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Connect and load the account's images"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without connecting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_cluster, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_key, &QLineEdit::textChanged, this, &ConnectDialog::fillAccountFromKey);
    updateState();
    resize(520, sizeHint().height());
}

Connection ConnectDialog::connection() const
{
    Connection connection;
    const auto cluster = Cluster(m_cluster->currentData().toInt());
    connection.gatewayUrl = cluster == Cluster::Custom ? normalizeGatewayUrl(m_customUrl->text()) : gatewayUrlFor(cluster);
    connection.accountId = m_account->text().trimmed();
    connection.apiKey = m_key->text().trimmed();
    connection.authKind = AuthKind(m_auth->currentData().toInt());
    return connection;
}

QString ConnectDialog::hostDescription() const
{
    return connection().gatewayUrl.host();
}

void ConnectDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        QString why;
        const auto cluster = Cluster(m_cluster->currentData().toInt());
        if (cluster == Cluster::Custom && normalizeGatewayUrl(m_customUrl->text(), &why).isEmpty()) {
            m_problem->setText(why);
            return;
        }
        if (m_key->text().trimmed().isEmpty()) {
            m_problem->setText(tr("Enter an API key."));
            return;
        }
        if (m_account->text().trimmed().isEmpty()) {
            m_problem->setText(tr("Enter the account ID."));
            return;
        }
    }
    QDialog::done(result);
}

void ConnectDialog::updateState()
{
    m_customUrl->setEnabled(Cluster(m_cluster->currentData().toInt()) == Cluster::Custom);
}

void ConnectDialog::fillAccountFromKey()
{
    const QString fromKey = accountIdFromApiKey(m_key->text().trimmed());
    if (fromKey.isEmpty())
        return;
    const QString typed = m_account->text().trimmed();
    if (typed.isEmpty() || m_account->property("filledFromKey").toBool()) {
        m_account->setText(fromKey);
        m_account->setProperty("filledFromKey", true);
        m_problem->clear();
    } else if (typed != fromKey) {
        m_problem->setText(tr("The key belongs to account %1, not %2.").arg(fromKey, typed));
    }
}

} // namespace hci
