#include "conflictdialog.h"

#include "screenfit.h"

#include "core/fieldcatalog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hci {

namespace {
constexpr int kFieldRole = Qt::UserRole + 1;
}

ConflictDialog::ConflictDialog(const QList<Conflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on the server"));
    auto *intro = new QLabel(tr("Someone changed %n field(s) on the server after you loaded them. Tick a field "
                                "to send your change anyway; leave it to keep the server's value and drop "
                                "your change.",
                                nullptr, int(conflicts.size())),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Field"), tr("When loaded"), tr("On the server now"), tr("Yours")});
    m_list->setAccessibleName(tr("Conflicting fields"));
    m_list->setAccessibleDescription(tr("Tick a field to overwrite the server's value with yours"));
    for (const Conflict &conflict : conflicts) {
        const QString none = tr("(default)");
        const QString mine = conflict.pending.kind == PendingChange::Kind::Reset ? tr("(reset to default)")
                                                                                 : conflict.pending.value;
        auto *item = new QTreeWidgetItem(m_list, {FieldCatalog::info(conflict.field).label,
                                                  conflict.loadedValue.isEmpty() ? none : conflict.loadedValue,
                                                  conflict.serverValue.isEmpty() ? none : conflict.serverValue, mine});
        item->setData(0, kFieldRole, conflict.field);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, tr("Tick to overwrite the server's value with yours"));
        for (int column : {1, 2, 3}) // values from the server, never markup in a tooltip
            item->setToolTip(column, Qt::mightBeRichText(item->text(column))
                                         ? Qt::convertFromPlainText(item->text(column), Qt::WhiteSpaceNormal)
                                         : item->text(column));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *proceed = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    proceed->setObjectName(QStringLiteral("continueApply"));
    proceed->setToolTip(tr("Send the ticked changes and the ones without a conflict"));
    buttons->addButton(tr("Cancel the apply"), QDialogButtonBox::RejectRole)
        ->setToolTip(tr("Send nothing; your changes stay queued"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(860, 360));
}

QStringList ConflictDialog::fieldsToOverwrite() const
{
    QStringList fields;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            fields.append(item->data(0, kFieldRole).toString());
    }
    return fields;
}

void ConflictDialog::setOverwrite(const QString &field, bool overwrite)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, kFieldRole).toString() == field)
            item->setCheckState(0, overwrite ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace hci
