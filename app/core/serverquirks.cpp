#include "serverquirks.h"

namespace hci {


const QList<ServerQuirks::Quirk> &ServerQuirks::all()
{
    // CIExecutionConfigService.setVMField knows no case for these: it throws BadRequestException,
    // which no exception mapper handles, so the answer is a generic 500 and nothing is saved.
    static const QList<Quirk> quirks{
        {Module::Ci, Infra::Vm, QStringLiteral("slsaVerificationTag"), Kind::ListedButRefused},
        {Module::Ci, Infra::Vm, QStringLiteral("provenanceTag"), Kind::Refused},
        {Module::Ci, Infra::Vm, QStringLiteral("provenanceGcrTag"), Kind::Refused},
        {Module::Ci, Infra::Vm, QStringLiteral("addonTag"), Kind::Refused},
        {Module::Ci, Infra::Vm, QStringLiteral("liteEngineTag"), Kind::Refused},
        {Module::Ci, Infra::Vm, QStringLiteral("addonTagRootless"), Kind::Refused},
        {Module::Ci, Infra::Vm, QStringLiteral("liteEngineTagRootless"), Kind::Refused},
    };
    return quirks;
}

bool ServerQuirks::refusesWrite(Module module, Infra infra, const QString &field)
{
    for (const Quirk &quirk : all()) {
        if (quirk.module == module && quirk.infra == infra && quirk.field == field)
            return true;
    }
    return false;
}

QString ServerQuirks::warning(Module module, Infra infra, const QString &field)
{
    for (const Quirk &quirk : all()) {
        if (quirk.module != module || quirk.infra != infra || quirk.field != field)
            continue;
        switch (quirk.kind) {
        case Kind::ListedButRefused:
            return tr("Harness lists %1 for %2, but refuses to change it there: an update or reset of it fails "
                      "with a generic server error, and nothing else of that request is saved.")
                .arg(field, infraDisplayName(infra));
        case Kind::Refused:
            return tr("Harness refuses to change %1 for %2: an update or reset of it fails with a generic server "
                      "error, and nothing else of that request is saved.")
                .arg(field, infraDisplayName(infra));
        }
    }
    return {};
}

QStringList ServerQuirks::refusedAmong(Module module, Infra infra, const QStringList &fields)
{
    QStringList refused;
    for (const QString &field : fields) {
        if (refusesWrite(module, infra, field))
            refused.append(field);
    }
    return refused;
}

} // namespace hci
