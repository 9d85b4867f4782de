#include "historylisting.h"

#include "listing.h"

#include "credentials/profilestore.h"
#include "harness/connection.h"
#include "session/profileopener.h"

#include <QSettings>

namespace hci::cli {

namespace {

// The changed fields, the first few by name: a whole file's apply can change dozens.
QString changesText(const ApplyRecord &record)
{
    constexpr qsizetype named = 3;
    QStringList fields;
    for (const AppliedField &field : record.fields)
        fields.append(field.field);
    if (fields.size() <= named)
        return fields.join(QStringLiteral(", "));
    return HistoryListing::tr("%1 and %n more", nullptr, int(fields.size() - named))
        .arg(fields.mid(0, named).join(QStringLiteral(", ")));
}

QString confirmedText(const ApplyRecord &record)
{
    const QString counted = HistoryListing::tr("%1 of %2").arg(record.confirmedCount()).arg(record.fields.size());
    return record.ok ? counted : HistoryListing::tr("%1, failed").arg(counted);
}

} // namespace

std::optional<HistoryFilter> HistoryListing::filterFor(const Invocation &invocation, QString *whyNot)
{
    HistoryFilter filter;
    filter.limit = invocation.limit;
    if (invocation.moduleGiven)
        filter.module = invocation.module;
    if (invocation.infraGiven)
        filter.infra = invocation.infra;
    if (!invocation.hasConnection)
        return filter;

    switch (invocation.source) {
    case ConnectionSource::Sandbox: {
        const StoreScope scope = StoreScope::forProfile(Profile::sandboxId(), QString(), invocation.module, invocation.infra);
        filter.profileKey = scope.profileKey;
        filter.accountId = scope.accountId;
        break;
    }
    case ConnectionSource::BaseUrl: {
        QString why;
        const QUrl url = normalizeGatewayUrl(invocation.baseUrl, &why);
        if (url.isEmpty()) {
            *whyNot = tr("--base-url: %1").arg(why);
            return std::nullopt;
        }
        // The account of --account, else of the key when there is one; else every account on the host.
        QString account = invocation.accountId;
        if (account.isEmpty())
            account = accountIdFromApiKey(qEnvironmentVariable("HARNESS_API_KEY").trimmed());
        const StoreScope scope = StoreScope::forHost(url, account, invocation.module, invocation.infra);
        filter.profileKey = scope.profileKey;
        filter.accountId = scope.accountId;
        break;
    }
    case ConnectionSource::Profile: {
        // The window's settings, where its profiles are; the key is not needed to read a history.
        QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("harness-ci-images"),
            QStringLiteral("harness-ci-images"));
        ProfileStore profiles(&settings);
        const ProfileOpener opener(&profiles, nullptr);
        const std::optional<Profile> profile = opener.find(invocation.profileName);
        if (!profile) {
            *whyNot = tr("There is no profile \"%1\" (or several are named so). The window's profile dialog "
                         "lists them; --all shows every apply.")
                          .arg(invocation.profileName);
            return std::nullopt;
        }
        const StoreScope scope = StoreScope::forProfile(profile->id, profile->accountId, invocation.module, invocation.infra);
        filter.profileKey = scope.profileKey;
        filter.accountId = scope.accountId;
        break;
    }
    }
    return filter;
}

QString HistoryListing::table(const QList<ApplyRecord> &records)
{
    QList<QStringList> rows;
    rows.append({ tr("ID"), tr("WHEN"), tr("FROM"), tr("PROFILE"), tr("ACCOUNT"), tr("SCOPE"), tr("CHANGES"),
        tr("CONFIRMED") });
    for (const ApplyRecord &record : records) {
        rows.append({ QString::number(record.id),
            record.appliedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            record.source,
            record.profileName.isEmpty() ? record.scope.profileKey : record.profileName,
            record.scope.accountId,
            moduleId(record.scope.module) + u'/' + infraId(record.scope.infra),
            changesText(record),
            confirmedText(record) });
    }
    return Listing::alignedColumns(rows);
}

QJsonArray HistoryListing::json(const QList<ApplyRecord> &records)
{
    QJsonArray array;
    for (const ApplyRecord &record : records)
        array.append(record.toJson());
    return array;
}

} // namespace hci::cli
