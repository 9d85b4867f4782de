#include "module.h"

#include <QCoreApplication>

namespace hci {

QList<Module> allModules()
{
    return {Module::Ci, Module::Iacm, Module::Idp};
}

QList<Infra> allInfras()
{
    return {Infra::K8, Infra::Vm};
}

QString apiPrefix(Module module)
{
    switch (module) {
    case Module::Ci:
        return QStringLiteral("/ci/execution-config");
    case Module::Iacm:
        return QStringLiteral("/iacm-manager/execution-config");
    case Module::Idp:
        return QStringLiteral("/idp/execution-config");
    }
    Q_UNREACHABLE();
}

QString moduleId(Module module)
{
    switch (module) {
    case Module::Ci:
        return QStringLiteral("ci");
    case Module::Iacm:
        return QStringLiteral("iacm");
    case Module::Idp:
        return QStringLiteral("idp");
    }
    Q_UNREACHABLE();
}

std::optional<Module> moduleFromId(QStringView id)
{
    for (Module module : allModules()) {
        if (id.compare(moduleId(module), Qt::CaseInsensitive) == 0)
            return module;
    }
    return std::nullopt;
}

QString infraId(Infra infra)
{
    return infra == Infra::K8 ? QStringLiteral("K8") : QStringLiteral("VM");
}

std::optional<Infra> infraFromId(QStringView id)
{
    for (Infra infra : allInfras()) {
        if (id.compare(infraId(infra), Qt::CaseInsensitive) == 0)
            return infra;
    }
    return std::nullopt;
}

QString moduleDisplayName(Module module)
{
    switch (module) {
    case Module::Ci:
        return QCoreApplication::translate("hci::Module", "CI");
    case Module::Iacm:
        return QCoreApplication::translate("hci::Module", "IaCM");
    case Module::Idp:
        return QCoreApplication::translate("hci::Module", "IDP");
    }
    Q_UNREACHABLE();
}

QString infraDisplayName(Infra infra)
{
    return infra == Infra::K8 ? QCoreApplication::translate("hci::Module", "Kubernetes")
                              : QCoreApplication::translate("hci::Module", "VM");
}

} // namespace hci
