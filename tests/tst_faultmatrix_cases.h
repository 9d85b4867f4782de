#pragma once

// The cases of tst_faultmatrix: user operations, server faults, and what each pair must end in.

#include "core/configsnapshot.h"

#include <QList>
#include <QString>
#include <QTest>
#include <QWidget>

#include <array>
#include <chrono>

namespace hci::faultmatrix {

using namespace std::chrono_literals;

enum class Operation { Load, Refresh, ApplyEdits, ApplyResets, TestConnection, RegistryLookup };
enum class Fault {
    Latency,
    RateLimitThenSuccess,
    RateLimitForever,
    ServerError,
    NotJson,
    HtmlPage,
    Truncated,
    Dropped,
    Timeout,
    Unauthorized,
    ReadOnlyKey,
    WriteLatency,  // the server waits between loading the account's document and saving it
    RefusedField   // a queued field the infra does not take: Harness's generic 500, nothing of that write saved
};

constexpr std::array kOperations { Operation::Load, Operation::Refresh, Operation::ApplyEdits, Operation::ApplyResets,
    Operation::TestConnection, Operation::RegistryLookup };
constexpr std::array kFaults { Fault::Latency, Fault::RateLimitThenSuccess, Fault::RateLimitForever, Fault::ServerError,
    Fault::NotJson, Fault::HtmlPage, Fault::Truncated, Fault::Dropped, Fault::Timeout, Fault::Unauthorized,
    Fault::ReadOnlyKey, Fault::WriteLatency, Fault::RefusedField };

inline const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Load: return "load";
    case Operation::Refresh: return "refresh";
    case Operation::ApplyEdits: return "apply edits";
    case Operation::ApplyResets: return "apply resets";
    case Operation::TestConnection: return "test connection";
    case Operation::RegistryLookup: return "registry lookup";
    }
    return "?";
}

inline const char *faultName(Fault fault)
{
    switch (fault) {
    case Fault::Latency: return "latency";
    case Fault::RateLimitThenSuccess: return "429 once";
    case Fault::RateLimitForever: return "429 always";
    case Fault::ServerError: return "500";
    case Fault::NotJson: return "not JSON";
    case Fault::HtmlPage: return "HTML";
    case Fault::Truncated: return "truncated";
    case Fault::Dropped: return "dropped";
    case Fault::Timeout: return "timeout";
    case Fault::Unauthorized: return "401";
    case Fault::ReadOnlyKey: return "403 apply";
    case Fault::WriteLatency: return "write lat.";
    case Fault::RefusedField: return "500 field";
    }
    return "?";
}

// A Harness key has nothing to do with a registry: that pair is not run.
inline bool applies(Operation operation, Fault fault)
{
    if (operation == Operation::RegistryLookup && fault == Fault::ReadOnlyKey)
        return false;
    // Only a write carries fields: reads cannot meet a refused one.
    if (fault == Fault::RefusedField)
        return operation == Operation::ApplyEdits || operation == Operation::ApplyResets;
    return true;
}

// Faults the app rides out: the operation must succeed. A read-only key may read.
inline bool shouldSucceed(Operation operation, Fault fault)
{
    switch (fault) {
    case Fault::Latency:
    case Fault::WriteLatency:
        return true;
    case Fault::RateLimitThenSuccess:
        // The registry client does not retry a 429 (a pull limit lasts hours): it must say so instead.
        return operation != Operation::RegistryLookup;
    case Fault::ReadOnlyKey:
        return operation != Operation::ApplyEdits && operation != Operation::ApplyResets;
    default:
        return false;
    }
}

inline const QString kAddon = QStringLiteral("addonTag");
inline const QString kGit = QStringLiteral("gitCloneTag");
inline const QString kLite = QStringLiteral("liteEngineTag");
inline const QString kS3 = QStringLiteral("s3UploadTag");
inline const QString kRefused = QStringLiteral("retiredStepTag"); // no infra has it
inline const QString kRefusedValue = QStringLiteral("harness/retired-step:1.0.0");
inline const QString kNewAddon = QStringLiteral("harness/ci-addon:1.16.93");
inline const QString kNewGit = QStringLiteral("harness/drone-git:1.6.10-rootless");
inline const QString kNewLite = QStringLiteral("harness/ci-lite-engine:1.16.85");
constexpr int kCatalogFields = 48;
constexpr auto kShortTimeout = 300ms;
constexpr auto kNormalTimeout = 30000ms;
constexpr int kWaitMs = 20000;

// What the table shows: the loaded data, without the time it was loaded.
inline bool sameData(const ConfigSnapshot &a, const ConfigSnapshot &b)
{
    return a.module() == b.module() && a.infra() == b.infra() && a.defaults() == b.defaults()
        && a.overrides() == b.overrides() && a.deprecated() == b.deprecated();
}

template<typename T>
T *waitForVisibleChild(QWidget *parent)
{
    for (int i = 0; i < 200; ++i) {
        const QList<T *> children = parent->findChildren<T *>();
        for (T *child : children) {
            if (child->isVisible())
                return child;
        }
        QTest::qWait(25);
    }
    return nullptr;
}

} // namespace hci::faultmatrix
