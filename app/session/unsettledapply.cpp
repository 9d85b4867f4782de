#include "unsettledapply.h"

#include "writequeue.h"

#include <QCryptographicHash>
#include <QSettings>

namespace hci {

namespace {

const QString kRoot = QStringLiteral("unsettledApplies/");

QStringList fieldsOf(const ChangeSet &set)
{
    QStringList fields;
    for (const auto &update : set.updates)
        fields.append(update.first);
    fields.append(set.resets);
    return fields;
}

} // namespace

UnsettledApplies::UnsettledApplies(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

QString UnsettledApplies::group(const Connection &connection, Module module, Infra infra)
{
    // A hash keeps slashes and odd characters of a host out of the settings' key.
    const QString key = WriteTurn::accountKey(connection) + QLatin1Char('|') + moduleId(module) + QLatin1Char('|')
        + infraId(infra);
    return kRoot
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

void UnsettledApplies::remember(const Connection &connection, const UnsettledApply &apply)
{
    m_settings->beginGroup(group(connection, apply.module, apply.infra));
    m_settings->remove(QString());
    QStringList updateFields;
    QStringList updateValues;
    for (const auto &[field, value] : apply.changes.updates) {
        updateFields.append(field);
        updateValues.append(value);
    }
    m_settings->setValue(QStringLiteral("updateFields"), updateFields);
    m_settings->setValue(QStringLiteral("updateValues"), updateValues);
    m_settings->setValue(QStringLiteral("resets"), apply.changes.resets);
    m_settings->setValue(QStringLiteral("sentAt"), apply.sentAt);
    m_settings->endGroup();
    m_settings->sync();
}

bool UnsettledApplies::contains(const Connection &connection, Module module, Infra infra) const
{
    return m_settings->contains(group(connection, module, infra) + QStringLiteral("/sentAt"));
}

std::optional<UnsettledApply> UnsettledApplies::take(const Connection &connection, Module module, Infra infra)
{
    const QString name = group(connection, module, infra);
    if (!m_settings->contains(name + QStringLiteral("/sentAt")))
        return std::nullopt;
    UnsettledApply apply;
    apply.module = module;
    apply.infra = infra;
    m_settings->beginGroup(name);
    const QStringList updateFields = m_settings->value(QStringLiteral("updateFields")).toStringList();
    const QStringList updateValues = m_settings->value(QStringLiteral("updateValues")).toStringList();
    for (int i = 0; i < updateFields.size() && i < updateValues.size(); ++i)
        apply.changes.updates.append({ updateFields.at(i), updateValues.at(i) });
    apply.changes.resets = m_settings->value(QStringLiteral("resets")).toStringList();
    apply.sentAt = m_settings->value(QStringLiteral("sentAt")).toDateTime();
    m_settings->remove(QString());
    m_settings->endGroup();
    m_settings->sync();
    return apply;
}

QStringList UnsettledApplies::tookFields(const UnsettledApply &apply, const ImageMap &overridesNow)
{
    return ConfigDocument::confirmedFields(apply.changes, overridesNow);
}

QStringList UnsettledApplies::notTakenFields(const UnsettledApply &apply, const ImageMap &overridesNow)
{
    const QStringList took = tookFields(apply, overridesNow);
    QStringList notTaken;
    for (const QString &field : fieldsOf(apply.changes)) {
        if (!took.contains(field))
            notTaken.append(field);
    }
    return notTaken;
}

} // namespace hci
