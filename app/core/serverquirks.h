#pragma once

#include "module.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hci {

// What Harness's real server does that a client would not guess, read from its public source, in
// one table (serverquirks.cpp). The table warns in the row and in the apply's review, before
// anything is sent; the sandbox behaves the same way.
class ServerQuirks
{
    Q_DECLARE_TR_FUNCTIONS(hci::ServerQuirks)

public:
    enum class Kind {
        ListedButRefused, // get-default-config lists the field, yet update-config and reset-config refuse it
        Refused           // update-config and reset-config refuse the field on this infra
    };

    struct Quirk
    {
        Module module;
        Infra infra;
        QString field;
        Kind kind;
    };

    static const QList<Quirk> &all();

    // Whether the server refuses writes of this field in this scope: it answers a generic HTTP 500
    // without naming the field, and saves nothing of that request.
    static bool refusesWrite(Module module, Infra infra, const QString &field);

    // What a person should know before editing the field, translated; empty when the server has no quirk for it.
    static QString warning(Module module, Infra infra, const QString &field);

    // The fields of a list that the server refuses in this scope, in the list's order.
    static QStringList refusedAmong(Module module, Infra infra, const QStringList &fields);
};

} // namespace hci
