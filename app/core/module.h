#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace hci {

// The Harness service whose execution config is read or changed. Overrides are kept per module.
enum class Module { Ci, Iacm, Idp };

// The build infrastructure the images run on. Overrides are kept per infra.
enum class Infra { K8, Vm };

QList<Module> allModules();
QList<Infra> allInfras();

// The path below /gateway that the module's execution-config endpoints live under.
QString apiPrefix(Module module);

// Stable identifiers for command lines, settings and files: "ci", "iacm", "idp".
QString moduleId(Module module);
std::optional<Module> moduleFromId(QStringView id);

// The value of the API's `infra` query parameter: "K8" or "VM". Parsing ignores case.
QString infraId(Infra infra);
std::optional<Infra> infraFromId(QStringView id);

// Names for people, translated.
QString moduleDisplayName(Module module);
QString infraDisplayName(Infra infra);

} // namespace hci
