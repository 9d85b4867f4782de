#include "mirrordialog.h"

#include "screenfit.h"

#include "core/configdocument.h"
#include "core/fieldcatalog.h"
#include "session/mirrorcheck.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hci {

namespace {

enum Column { FieldColumn, FromColumn, ToColumn, PresenceColumn };
constexpr int TargetRole = Qt::UserRole + 1;

} // namespace

MirrorDialog::MirrorDialog(ConfigDocument *document, RegistryClient *registry, const QStringList &selectedFields,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_check(new MirrorCheck(registry, this))
    , m_selected(selectedFields)
    , m_prefix(new QLineEdit(this))
    , m_prefixProblem(new QLabel(this))
    , m_selectedRows(new QRadioButton(tr("&Selected rows (%n)", nullptr, int(selectedFields.size())), this))
    , m_allRows(new QRadioButton(tr("&All rows"), this))
    , m_table(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save &copy list…"), this))
    , m_queueButton(new QPushButton(tr("&Queue overrides"), this))
    , m_checkDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("mirrorDialog"));
    setWindowTitle(tr("Mirror to a registry"));
    resizeWithinScreen(this, QSize(900, 480));

    m_prefix->setObjectName(QStringLiteral("mirrorPrefix"));
    m_prefix->setPlaceholderText(QStringLiteral("artifactory.example.com/harness-mirror"));
    m_prefix->setClearButtonEnabled(true);
    m_prefixProblem->setObjectName(QStringLiteral("mirrorPrefixProblem"));
    m_prefixProblem->setWordWrap(true);
    m_prefixProblem->setTextFormat(Qt::PlainText);
    m_selectedRows->setObjectName(QStringLiteral("mirrorSelectedRows"));
    m_allRows->setObjectName(QStringLiteral("mirrorAllRows"));
    m_selectedRows->setEnabled(!selectedFields.isEmpty());
    (selectedFields.isEmpty() ? m_allRows : m_selectedRows)->setChecked(true);

    m_table->setObjectName(QStringLiteral("mirrorTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setHeaderLabels({tr("Field"), tr("From"), tr("To"), tr("In the mirror")});
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_summary->setObjectName(QStringLiteral("mirrorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_saveButton->setObjectName(QStringLiteral("mirrorSaveCopyList"));
    m_queueButton->setObjectName(QStringLiteral("mirrorQueue"));
    m_queueButton->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_queueButton, QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Target prefix:"), m_prefix);
    form->addRow(QString(), m_prefixProblem);
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_selectedRows);
    rows->addWidget(m_allRows);
    rows->addStretch();
    form->addRow(tr("Rows:"), rows);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each image is copied under the prefix with its repository path and tag; the "
                                "fields are then pointed at the copies. Copy the images (the copy list has a "
                                "skopeo script) before pipelines run with the new overrides."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // Ask the mirror once typing pauses, not for every key.
    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(500);
    connect(m_checkDelay, &QTimer::timeout, this, &MirrorDialog::startCheck);
    connect(m_prefix, &QLineEdit::textChanged, this, &MirrorDialog::prefixEdited);
    connect(m_selectedRows, &QRadioButton::toggled, this, &MirrorDialog::rebuild);
    connect(m_check, &MirrorCheck::checked, this, &MirrorDialog::showPresence);
    connect(m_check, &MirrorCheck::finished, this, [this] {
        if (!m_plan || m_plan->isEmpty())
            return;
        int unknown = 0;
        QString reason;
        for (const MirrorPresence &presence : m_check->results()) {
            if (presence.state == MirrorPresence::State::Unknown) {
                ++unknown;
                reason = presence.reason;
            }
        }
        const int missing = m_check->missingCount();
        QStringList said;
        if (missing > 0)
            said.append(tr("%n image(s) are not in the mirror yet: copy them before applying.", nullptr, missing));
        if (unknown > 0)
            said.append(tr("%n image(s) could not be checked: %1", nullptr, unknown).arg(reason));
        if (said.isEmpty())
            said.append(tr("The mirror holds every image these fields would use."));
        m_summary->setText(said.join(u'\n'));
    });
    connect(m_saveButton, &QPushButton::clicked, this, &MirrorDialog::chooseCopyListFile);
    connect(m_queueButton, &QPushButton::clicked, this, &MirrorDialog::queueOverrides);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, &QDialog::reject);
        // Another scope or a refresh: the rows and their images are those of the new snapshot.
        connect(m_document, &ConfigDocument::snapshotChanged, this, &MirrorDialog::rebuild);
    }
    prefixEdited();
}

MirrorDialog::~MirrorDialog() = default;

bool MirrorDialog::isCheckFinished() const
{
    return !m_checkDelay->isActive() && m_check->isFinished();
}

QStringList MirrorDialog::chosenFields() const
{
    return m_selectedRows->isChecked() ? m_selected : QStringList();
}

void MirrorDialog::prefixEdited()
{
    QString whyNot;
    const std::optional<MirrorPrefix> prefix = MirrorPrefix::parse(m_prefix->text(), &whyNot);
    // Nothing to say about an empty field yet; the placeholder shows what goes there.
    m_prefixProblem->setText(prefix || m_prefix->text().trimmed().isEmpty() ? QString() : whyNot);
    m_prefixProblem->setVisible(!m_prefixProblem->text().isEmpty());
    rebuild();
}

void MirrorDialog::rebuild()
{
    m_check->cancel();
    m_checkDelay->stop();
    m_table->clear();
    m_summary->clear();
    m_plan.reset();
    const std::optional<MirrorPrefix> prefix = MirrorPrefix::parse(m_prefix->text());
    if (prefix && m_document && m_document->hasSnapshot()) {
        m_plan = MirrorPlan::build(*m_document, *prefix, chosenFields());
        for (const MirrorEntry &entry : m_plan->entries()) {
            auto *item = new QTreeWidgetItem(m_table);
            item->setText(FieldColumn, FieldCatalog::info(entry.field).label);
            item->setToolTip(FieldColumn, entry.field);
            item->setText(FromColumn, entry.source);
            item->setText(ToColumn, entry.target);
            item->setData(ToColumn, TargetRole, entry.target);
            item->setText(PresenceColumn, MirrorPresence{}.text());
        }
        QStringList said = m_plan->problems() + m_plan->notes();
        if (m_plan->isEmpty() && said.isEmpty())
            said.append(tr("No field to point at the mirror."));
        m_summary->setText(said.join(u'\n'));
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->resizeColumnToContents(column);
        if (!m_plan->isEmpty())
            m_checkDelay->start();
    }
    const bool usable = m_plan && !m_plan->isEmpty();
    m_saveButton->setEnabled(usable);
    m_queueButton->setEnabled(usable);
}

void MirrorDialog::startCheck()
{
    if (!m_plan)
        return;
    QStringList targets;
    for (const MirrorCopy &copy : m_plan->copies())
        targets.append(copy.target);
    m_check->start(targets);
}

void MirrorDialog::showPresence(const QString &target, const MirrorPresence &presence)
{
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_table->topLevelItem(row);
        if (item->data(ToColumn, TargetRole).toString() != target)
            continue;
        item->setText(PresenceColumn, presence.state == MirrorPresence::State::Exists    ? tr("yes")
                                      : presence.state == MirrorPresence::State::Missing ? tr("no: copy it first")
                                                                                         : presence.text());
        item->setToolTip(PresenceColumn, presence.text());
    }
}

bool MirrorDialog::saveCopyListTo(const QString &fileName)
{
    if (!m_plan)
        return false;
    QString whyNot;
    if (!m_plan->saveCopyList(fileName, &whyNot)) {
        m_summary->setText(whyNot);
        return false;
    }
    m_summary->setText(tr("Saved the copy list to %1 and its skopeo script to %2.")
                           .arg(fileName, MirrorPlan::scriptFileName(fileName)));
    return true;
}

void MirrorDialog::chooseCopyListFile()
{
    auto *chooser = new QFileDialog(this, tr("Save Copy List"), QString(), tr("Text files (*.txt);;All files (*)"));
    chooser->setObjectName(QStringLiteral("mirrorCopyListChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("txt"));
    chooser->selectFile(QStringLiteral("mirror-copies.txt"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &MirrorDialog::saveCopyListTo);
    chooser->open();
}

void MirrorDialog::queueOverrides()
{
    if (!m_plan || !m_document)
        return;
    QStringList refused;
    const int count = m_plan->queue(m_document, &refused);
    if (!refused.isEmpty()) {
        m_summary->setText(tr("Not queued:") + u'\n' + refused.join(u'\n'));
        return;
    }
    Q_EMIT queued(count);
    accept();
}

} // namespace hci
