#pragma once

#include "releasewindow.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hci {

class ImageReference;

// The tags this run has learned for each image repository, from its registry. The table asks it how
// old an override is, the tag editor what to offer. Filled by whoever talks to registries.
class KnownTags : public QObject
{
    Q_OBJECT

public:
    enum class Status { Unknown, Loading, Known, Failed };
    Q_ENUM(Status)

    struct Entry
    {
        Status status = Status::Unknown;
        QStringList tags;        // newest version first
        ReleaseWindow window;
        bool truncated = false;  // the registry had more tags than were read
        QString problem;         // translated, when Failed
    };

    explicit KnownTags(QObject *parent = nullptr);

    // The repository an image reference names, as its registry knows it: "docker.io/harness/ci-addon".
    // Empty for an invalid reference.
    static QString repositoryKey(const ImageReference &reference);
    static QString repositoryKey(const QString &reference);
    // The same, remembered for each reference asked about: a load asks about hundreds, several times each.
    QString keyOf(const QString &reference) const;

    Entry entry(const QString &reference) const;
    Status status(const QString &reference) const { return entry(reference).status; }

    // How old the reference's tag is against the releases of its repository; nothing when unknown.
    std::optional<ReleaseAge> ageOf(const QString &reference) const;
    // The same, as Harness measures it for a row with this default: the support window for its
    // release train only, ending at the default; plugin images only learn whether a newer release exists.
    std::optional<ReleaseAge> ageOf(const QString &reference, const QString &defaultReference) const;

    void setLoading(const QString &reference);
    void setTags(const QString &reference, const QStringList &tags, bool truncated = false);
    void setFailed(const QString &reference, const QString &problem);
    void clear();

Q_SIGNALS:
    void changed(const QString &repositoryKey);
    void cleared();

private:
    void store(const QString &reference, Entry entry);

    QHash<QString, Entry> m_entries;
    mutable QHash<QString, QString> m_keys; // keyOf()
};

} // namespace hci
