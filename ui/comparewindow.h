#pragma once

#include "core/module.h"
#include "harness/connection.h"
#include "session/otherscope.h"

#include <QPointer>

#include <functional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace hci {

class AccountSession;
class AppServices;
class CompareFilterModel;
class CompareModel;
class ConfigDocument;

// The window's scope, as the compare window sees it: read only, never loaded or changed from here.
struct CompareHere
{
    const ConfigDocument *document = nullptr;
    Connection connection;    // to open the other infra of the same account
    QString description;      // the account, for people
    QString profileId;        // left out of the choices of the other side
    bool production = false;
};

// The window's overrides beside those of another profile, or of the other infra of the same
// account, loaded on their own; rows that differ are marked. "Copy to" queues the chosen rows'
// values on the other side, which is then reviewed and applied there as usual.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    CompareWindow(AppServices *services, const CompareHere &here, QWidget *parent = nullptr);
    ~CompareWindow() override;

    // The choices of the other side: the other infra first, then the sandbox and stored profiles.
    static QString otherInfraChoice();
    // Compares with the choice whose data is `choice` (otherInfraChoice() or a profile id).
    void compareWith(const QString &choice);

    OtherScope *other() const { return m_other; }
    CompareModel *model() const { return m_model; }
    CompareFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }

    // Queues the selected rows' values on the other side; returns how many were queued.
    int copySelectedToOther();
    // The other side's review, window-modal; accepting it applies there.
    void reviewOther();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Runs `proceed` at once when nothing is queued on the other side, else after the user agreed
    // to drop what is queued there (never sent).
    void whenOtherSettled(const QString &question, std::function<void()> proceed, std::function<void()> cancelled = {});
    void startComparing(const QString &choice);
    void fillChoices();
    void otherLoaded();
    void otherFailed(const QString &message);
    void connectOtherSession();
    void updateState();
    void showStatus(const QString &text, bool problem = false);
    QString otherName() const;

    AppServices *m_services;
    CompareHere m_here;
    Module m_module = Module::Ci;
    Infra m_infra = Infra::K8;
    QPointer<OtherScope> m_other;
    CompareModel *m_model;
    CompareFilterModel *m_filter;

    QLabel *m_hereLabel = nullptr;
    QComboBox *m_choiceBox = nullptr;
    QLabel *m_productionLabel = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_view = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace hci
