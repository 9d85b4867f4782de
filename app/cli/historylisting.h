#pragma once

#include "commandline.h"
#include "store/history.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace hci::cli {

// How `history` chooses and shows applies: an aligned table for people, the records' JSON for scripts.
class HistoryListing
{
    Q_DECLARE_TR_FUNCTIONS(hci::cli::HistoryListing)

public:
    // The applies the command line asks for: those of its profile (or host) and account, of
    // --module and --infra when they were typed, or of everyone with --all. Needs no key and no
    // server: a profile is looked up by name only. Nothing, with the reason, when it cannot be used.
    static std::optional<HistoryFilter> filterFor(const Invocation &invocation, QString *whyNot);

    // ID, WHEN (local time), FROM (window or cli), PROFILE, ACCOUNT, SCOPE, CHANGES, CONFIRMED.
    static QString table(const QList<ApplyRecord> &records);
    // Each record's toJson(), newest first.
    static QJsonArray json(const QList<ApplyRecord> &records);
};

} // namespace hci::cli
