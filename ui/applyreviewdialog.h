#pragma once

#include <QDialog>

class QPlainTextEdit;
class QCheckBox;
class QDialogButtonBox;
class QPushButton;
class QLabel;
class QTreeWidget;
class QToolButton;
class QHBoxLayout;

namespace hci {

class ConfigDocument;
class RegistryReply;
class TagLookup;

// Shows exactly what an apply will change (field, from, to) and the requests it will send, before
// anything is sent. Opened window-modal with open(); accepted() means "send".
class ApplyReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyReviewDialog(const ConfigDocument &document, const QString &accountDescription, const QString &curlPreview,
                      QWidget *parent = nullptr);

    int changeCount() const;
    // The requests section, folded away until "Show requests": its text and the buttons that use it.
    bool requestsShown() const;
    // Adds a button to the requests section's button row (after Copy as cURL), e.g. another export.
    QPushButton *addRequestsButton(const QString &text);
    QString requestsText() const;

    // Checks that each new image's tag exists in its registry; the Registry column fills in as the
    // answers come. A missing tag blocks Apply until "Apply anyway" is ticked; a registry out of
    // reach is a warning. Apply pressed while checking sends once the checks are done.
    void checkTags(TagLookup *lookup);
    int checksPending() const { return m_checksPending; }
    int missingTags() const { return m_missingTags; }
    // Changes to fields that the server refuses in this scope (ServerQuirks): warned about above the buttons.
    int refusedFields() const { return m_refusedFields; }

public Q_SLOTS:
    void accept() override;
    // A red banner over everything: the changes go to a production account, named here.
    void showProductionBanner(const QString &account);
    void setRequestsShown(bool shown);

private:
    // "Copy as Terraform": the scope's overrides as they will be once applied, as
    // harness_platform_default_images resources (applyreviewterraform.cpp).
    void addTerraformCopy(const ConfigDocument &document, const QString &account);

    QTreeWidget *m_changes;
    QPlainTextEdit *m_requests;
    QToolButton *m_showRequests = nullptr;
    QWidget *m_requestsSection = nullptr;
    QHBoxLayout *m_requestsButtons = nullptr;
    QLabel *m_quirkNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
    int m_refusedFields = 0;

    void checkAnswered(int row, const RegistryReply *reply);
    void updateCheckState();
    QLabel *m_checkNote = nullptr;
    QCheckBox *m_applyAnyway = nullptr;
    int m_checksPending = 0;
    int m_missingTags = 0;
    int m_uncheckedTags = 0;
    bool m_applyRequested = false;
};

} // namespace hci
