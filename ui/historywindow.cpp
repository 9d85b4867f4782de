#include "historywindow.h"

#include "screenfit.h"

#include "core/fieldcatalog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hci {

namespace {

enum AppliesColumn { WhenColumn, ProfileColumn, AccountColumn, ScopeColumn, ChangesColumn, ResultColumn };

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(text);
    return cell;
}

QString valueText(const std::optional<QString> &value)
{
    return value ? *value : HistoryWindow::tr("(default)");
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

HistoryWindow::HistoryWindow(History *history, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_history(history)
    , m_profile(new QComboBox(this))
    , m_module(new QComboBox(this))
    , m_infra(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export as CSV…"), this))
    , m_revert(new QPushButton(tr("&Revert this apply…"), this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("History of applies — Harness CI Images"));
    m_profile->setObjectName(QStringLiteral("historyProfileFilter"));
    m_profile->setAccessibleName(tr("Profile"));
    m_module->setObjectName(QStringLiteral("historyModuleFilter"));
    m_module->setAccessibleName(tr("Module"));
    m_module->addItem(tr("All modules"));
    for (Module module : allModules())
        m_module->addItem(moduleDisplayName(module), int(module));
    m_infra->setObjectName(QStringLiteral("historyInfraFilter"));
    m_infra->setAccessibleName(tr("Infrastructure"));
    m_infra->addItem(tr("All infrastructures"));
    for (Infra infra : allInfras())
        m_infra->addItem(infraDisplayName(infra), int(infra));

    m_applies = makeTable(this, {tr("When"), tr("Profile"), tr("Account"), tr("Scope"), tr("Changes"), tr("Result")},
                          QStringLiteral("historyTable"));
    m_applies->setAccessibleName(tr("Applies"));
    m_fields = makeTable(this, {tr("Field"), tr("Before"), tr("After"), tr("Confirmed")},
                         QStringLiteral("historyFields"));
    m_fields->setAccessibleName(tr("Fields of the selected apply"));
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setToolTip(tr("Save the selected apply, one line per field, as a CSV file"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Queue the changes that undo this apply; you review them before anything is sent"));

    auto *filters = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_module);
    filters->addWidget(profileLabel);
    filters->addWidget(m_profile, 1);
    filters->addWidget(scopeLabel);
    filters->addWidget(m_module);
    filters->addWidget(m_infra);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_details);
    lowerLayout->addWidget(m_fields, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_applies);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_revert);
    auto *close = new QPushButton(tr("&Close"), this);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &HistoryWindow::refresh);
    connect(m_module, &QComboBox::currentIndexChanged, this, &HistoryWindow::refresh);
    connect(m_infra, &QComboBox::currentIndexChanged, this, &HistoryWindow::refresh);
    connect(m_applies, &QTableWidget::itemSelectionChanged, this, &HistoryWindow::showSelected);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::askForCsvPath);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            Q_EMIT revertRequested(id);
    });
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    resizeWithinScreen(this, QSize(980, 620));
    refresh();
}

HistoryFilter HistoryWindow::filter() const
{
    HistoryFilter filter;
    filter.profileKey = m_profile->currentData().toString();
    if (m_module->currentData().isValid())
        filter.module = Module(m_module->currentData().toInt());
    if (m_infra->currentData().isValid())
        filter.infra = Infra(m_infra->currentData().toInt());
    return filter;
}

void HistoryWindow::refresh()
{
    const qint64 selected = selectedId();
    // The profile list: every profile with an apply, by the name it had at its latest apply.
    const QString chosenProfile = m_profile->currentData().toString();
    {
        const QSignalBlocker blocker(m_profile);
        m_profile->clear();
        m_profile->addItem(tr("All profiles"), QString());
        QMap<QString, QString> names;
        for (const ApplyRecord &record : m_history->applies()) {
            if (!names.contains(record.scope.profileKey))
                names.insert(record.scope.profileKey,
                             record.profileName.isEmpty() ? record.scope.profileKey : record.profileName);
        }
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            m_profile->addItem(it.value(), it.key());
        m_profile->setCurrentIndex(qMax(0, m_profile->findData(chosenProfile)));
    }

    m_records = m_history->applies(filter());
    const QSignalBlocker blocker(m_applies);
    m_applies->setRowCount(int(m_records.size()));
    const QLocale locale;
    for (int row = 0; row < m_records.size(); ++row) {
        const ApplyRecord &record = m_records.at(row);
        m_applies->setItem(row, WhenColumn, item(locale.toString(record.appliedAt.toLocalTime(), QLocale::ShortFormat)));
        m_applies->item(row, WhenColumn)->setData(Qt::UserRole, record.id);
        m_applies->setItem(row, ProfileColumn, item(record.profileName.isEmpty() ? record.scope.profileKey
                                                                                 : record.profileName));
        m_applies->setItem(row, AccountColumn, item(record.scope.accountId));
        m_applies->setItem(row, ScopeColumn, item(tr("%1 on %2").arg(moduleDisplayName(record.scope.module),
                                                                     infraDisplayName(record.scope.infra))));
        m_applies->setItem(row, ChangesColumn, item(tr("%1 of %n confirmed", nullptr, int(record.fields.size()))
                                                        .arg(record.confirmedCount())));
        m_applies->setItem(row, ResultColumn, item(record.ok ? tr("Applied") : tr("Failed: %1").arg(record.message)));
    }
    m_applies->resizeColumnsToContents();
    m_status->setText(m_records.isEmpty() ? tr("No applies recorded yet for this choice.") : QString());
    if (!selectApply(selected) && !m_records.isEmpty())
        m_applies->selectRow(0);
    showSelected();
}

qint64 HistoryWindow::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_applies->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *when = m_applies->item(selected.first()->row(), WhenColumn);
    return when ? when->data(Qt::UserRole).toLongLong() : 0;
}

bool HistoryWindow::selectApply(qint64 id)
{
    for (int row = 0; row < m_applies->rowCount(); ++row) {
        if (id != 0 && m_applies->item(row, WhenColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_applies->selectRow(row);
            return true;
        }
    }
    return false;
}

void HistoryWindow::showSelected()
{
    const qint64 id = selectedId();
    const auto found = std::find_if(m_records.cbegin(), m_records.cend(),
                                    [id](const ApplyRecord &record) { return record.id == id; });
    m_export->setEnabled(found != m_records.cend());
    m_revert->setEnabled(found != m_records.cend() && found->confirmedCount() > 0);
    if (found == m_records.cend()) {
        m_fields->setRowCount(0);
        m_details->clear();
        return;
    }
    m_details->setText(tr("Apply %1 from the %2 · correlation IDs: %3")
                           .arg(found->id)
                           .arg(found->source == QLatin1String("cli") ? tr("command line") : tr("window"),
                                found->correlationIds.isEmpty() ? tr("none") : found->correlationIds.join(QStringLiteral(", "))));
    m_fields->setRowCount(int(found->fields.size()));
    for (int row = 0; row < found->fields.size(); ++row) {
        const AppliedField &field = found->fields.at(row);
        m_fields->setItem(row, 0, item(FieldCatalog::info(field.field).label));
        m_fields->item(row, 0)->setData(Qt::UserRole, field.field);
        m_fields->setItem(row, 1, item(valueText(field.before)));
        m_fields->setItem(row, 2, item(valueText(field.after)));
        m_fields->setItem(row, 3, item(field.confirmed ? tr("Yes") : tr("No")));
    }
    m_fields->resizeColumnsToContents();
}

void HistoryWindow::showStatus(const QString &text)
{
    m_status->setText(text);
}

void HistoryWindow::askForCsvPath()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto *dialog = new QFileDialog(this, tr("Export the apply as CSV"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("apply-%1.csv").arg(id));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportSelected(path); });
    dialog->open();
}

bool HistoryWindow::exportSelected(const QString &path)
{
    const qint64 id = selectedId();
    const auto record = m_history->apply(id);
    if (!record) {
        m_status->setText(tr("Select an apply first."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(record->toCsv().toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace hci
