// The review's "Copy as Terraform": what the scope's overrides will be once the changes are
// applied, as resources of Harness's Terraform provider, for teams that keep them in git.
#include "applyreviewdialog.h"

#include "core/configdocument.h"
#include "core/overridesfile.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QPushButton>

namespace hci {

void ApplyReviewDialog::addTerraformCopy(const ConfigDocument &document, const QString &account)
{
    QPushButton *copy = addRequestsButton(tr("Copy as &Terraform"));
    copy->setObjectName(QStringLiteral("copyTerraform"));
    copy->setToolTip(tr("Copy the overrides as they will be after this apply, as Terraform resources; the API key stays out"));
    const ConfigSnapshot &snapshot = document.snapshot();
    ScopeOverrides scope { snapshot.module(), snapshot.infra(), {} };
    QStringList fields = snapshot.fields();
    fields += snapshot.overrides().keys(); // overrides of fields the server no longer lists stay
    fields.removeDuplicates();
    for (const QString &field : fields) {
        const QString value = document.proposedOverride(field);
        if (!value.isEmpty())
            scope.overrides.insert(field, value);
    }
    OverridesFile file;
    file.account = account;
    file.scopes.append(scope);
    connect(copy, &QPushButton::clicked, this, [file]() mutable {
        file.exported = QDateTime::currentDateTimeUtc();
        QGuiApplication::clipboard()->setText(QString::fromUtf8(file.toTerraform()));
    });
}

} // namespace hci
