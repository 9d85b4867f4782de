#pragma once

#include "session/mirrorplan.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;
class QTreeWidget;

namespace hci {

class ConfigDocument;
class MirrorCheck;
class RegistryClient;
struct MirrorPresence;

// "Mirror to a registry": a target prefix, the rows to move (the selected ones or all), each
// image's copy in the mirror and whether the mirror holds it already; then the copy list to save
// and the overrides to queue. The queued changes go through the usual review.
class MirrorDialog : public QDialog
{
    Q_OBJECT

public:
    MirrorDialog(ConfigDocument *document, RegistryClient *registry, const QStringList &selectedFields,
                 QWidget *parent = nullptr);
    ~MirrorDialog() override;

    // For tests: the plan shown now (nothing while the prefix is not valid).
    const std::optional<MirrorPlan> &plan() const { return m_plan; }
    // For tests: the existence check has answered for every image shown.
    bool isCheckFinished() const;
    // Saves the copy list and its script without asking for a name; false with the reason shown.
    bool saveCopyListTo(const QString &fileName);

Q_SIGNALS:
    // After "Queue overrides": how many fields now point at the mirror.
    void queued(int count);

private:
    void prefixEdited();
    void rebuild();
    void startCheck();
    void showPresence(const QString &target, const MirrorPresence &presence);
    void chooseCopyListFile();
    void queueOverrides();
    QStringList chosenFields() const;

    QPointer<ConfigDocument> m_document;
    MirrorCheck *m_check;
    QStringList m_selected;
    std::optional<MirrorPlan> m_plan;

    QLineEdit *m_prefix;
    QLabel *m_prefixProblem;
    QRadioButton *m_selectedRows;
    QRadioButton *m_allRows;
    QTreeWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_saveButton;
    QPushButton *m_queueButton;
    QTimer *m_checkDelay;
};

} // namespace hci
