#pragma once
// The documented defaults and a model with its filter under QAbstractItemModelTester, shared by the
// table model's tests.
#include "core/configdocument.h"
#include "ui/configtreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace hci {

inline const QString kAddon = QStringLiteral("addonTag");
inline const QString kLite = QStringLiteral("liteEngineTag");
inline const QString kGit = QStringLiteral("gitCloneTag");
inline const QString kKaniko = QStringLiteral("buildAndPushDockerRegistryTag");
inline const QString kS3 = QStringLiteral("s3UploadTag");
inline const QString kGcs = QStringLiteral("gcsUploadTag");
inline const QString kCacheGcs = QStringLiteral("cacheGCSTag");
inline const QString kNew = QStringLiteral("brandNewTag");
inline const QString kMirror = QStringLiteral("registry.example.com/mirror/kaniko:1.10.6");

// The documented defaults the sandbox serves, read from the same file.
inline ImageMap documentedDefaults(const QString &name)
{
    QFile file(QStringLiteral(HCI_SOURCE_DIR "/resources/sandbox/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("data")).toObject();
    ImageMap map;
    for (auto it = data.begin(); it != data.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

inline ConfigSnapshot k8(const ImageMap &overrides = {}, const ImageMap &deprecated = {})
{
    return ConfigSnapshot(Module::Ci, Infra::K8, documentedDefaults(QStringLiteral("k8-default-config.json")), overrides,
                          deprecated);
}

// A document with a model and its filter, both watched by QAbstractItemModelTester throughout.
struct Table
{
    ConfigDocument document;
    ConfigTreeModel model{&document};
    ConfigFilterModel filter;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> filterTester;

    explicit Table(const ConfigSnapshot &snapshot = k8())
    {
        filter.setSourceModel(&model);
        modelTester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filterTester = std::make_unique<QAbstractItemModelTester>(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.setSnapshot(snapshot);
    }

    QModelIndex cell(const QString &field, int column) const { return model.indexForField(field, column); }
    QString text(const QString &field, int column) const { return cell(field, column).data().toString(); }
    RowState state(const QString &field) const
    {
        return RowState(cell(field, ConfigTreeModel::FieldColumn).data(ConfigTreeModel::RowStateRole).toInt());
    }

    // What the filtered, sorted view shows: group names, and field keys in order.
    QStringList visibleGroups() const
    {
        QStringList names;
        for (int g = 0; g < filter.rowCount(); ++g)
            names.append(filter.index(g, 0).data().toString());
        return names;
    }
    QStringList visibleFields() const
    {
        QStringList keys;
        for (int g = 0; g < filter.rowCount(); ++g) {
            const QModelIndex group = filter.index(g, 0);
            for (int r = 0; r < filter.rowCount(group); ++r)
                keys.append(filter.index(r, 0, group).data(ConfigTreeModel::FieldKeyRole).toString());
        }
        return keys;
    }
};


} // namespace hci
