#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hci {

class ConfigDocument;

// Where mirrored images go: a registry host[:port] and an optional path, for example
// "artifactory.example.com/harness-mirror" or "127.0.0.1:5000".
class MirrorPrefix
{
    Q_DECLARE_TR_FUNCTIONS(hci::MirrorPrefix)

public:
    // Nothing, with a translated reason, when the text is not a registry host with an optional path.
    static std::optional<MirrorPrefix> parse(const QString &text, QString *whyNot = nullptr);

    QString text() const { return m_text; }  // without a trailing '/'
    QString host() const { return m_host; }  // "artifactory.example.com", "127.0.0.1:5000"

private:
    QString m_text;
    QString m_host;
};

// One field pointed at the mirror: the image it uses now (queued change included) and its copy there.
struct MirrorEntry
{
    QString field;
    QString source; // as the field names it, e.g. "harness/ci-addon:1.16.92"
    QString target; // e.g. "artifactory.example.com/harness-mirror/harness/ci-addon:1.16.92"
};

// One image to copy into the mirror, for every field that uses it.
struct MirrorCopy
{
    QString source;
    QString target;
    QStringList fields;
};

// What "mirror to a registry" does to a document: each chosen field's image, copied under the
// prefix with its repository path, tag and digest kept, and overrides that point the fields there.
class MirrorPlan
{
    Q_DECLARE_TR_FUNCTIONS(hci::MirrorPlan)

public:
    // `fields` empty: every field of the snapshot. Fields already under the prefix are left out
    // with a note; unknown and read-only fields, and images that cannot be mirrored, are problems.
    static MirrorPlan build(const ConfigDocument &document, const MirrorPrefix &prefix, const QStringList &fields = {});

    // The target of one image under the prefix; empty (with a reason) when it cannot be mirrored.
    static QString targetOf(const QString &source, const MirrorPrefix &prefix, QString *whyNot = nullptr);

    const MirrorPrefix &prefix() const { return m_prefix; }
    const QList<MirrorEntry> &entries() const { return m_entries; }
    const QStringList &problems() const { return m_problems; } // translated
    const QStringList &notes() const { return m_notes; }       // translated
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Each distinct image once, in the order the fields first use it.
    QList<MirrorCopy> copies() const;

    // One "SOURCE TARGET" line per image.
    QString copyList() const;
    // A POSIX shell script of `skopeo copy --all docker://SOURCE docker://TARGET` lines. Plain http
    // is only spoken to loopback registries, so their side of a copy gets skopeo's tls-verify=false.
    QString copyScript() const;

    // Writes the copy list to `fileName` and the script, executable, beside it (scriptFileName()).
    // All or nothing per file: a failed write leaves an older file as it was. The reason is translated.
    bool saveCopyList(const QString &fileName, QString *whyNot = nullptr) const;
    static QString scriptFileName(const QString &copyListFileName) { return copyListFileName + QStringLiteral(".sh"); }

    // Queues an override per entry in the document, as one undoable step. Returns how many were
    // queued; the reasons of those the document refused go to `refused`.
    int queue(ConfigDocument *document, QStringList *refused = nullptr) const;

private:
    MirrorPrefix m_prefix;
    QList<MirrorEntry> m_entries;
    QStringList m_problems;
    QStringList m_notes;
};

} // namespace hci
