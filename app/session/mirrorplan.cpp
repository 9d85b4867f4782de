#include "mirrorplan.h"

#include "core/configdocument.h"
#include "core/fieldcatalog.h"
#include "core/imagereference.h"
#include "net/shellquote.h"
#include "registry/registrylocation.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

namespace hci {

namespace {

// Plain http goes to loopback registries only: skopeo must be told not to ask them for TLS.
bool speaksPlainHttp(const QString &registryHost)
{
    return registryOrigin(registryHost).scheme() == u"http";
}

} // namespace

std::optional<MirrorPrefix> MirrorPrefix::parse(const QString &text, QString *whyNot)
{
    const auto refuse = [whyNot](const QString &reason) -> std::optional<MirrorPrefix> {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    QString prefix = text.trimmed();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (prefix.isEmpty())
        return refuse(tr("Enter the mirror's registry and path, for example artifactory.example.com/harness-mirror."));
    if (prefix.contains(QStringLiteral("://")))
        return refuse(tr("Leave out the scheme: enter the registry host and path, for example artifactory.example.com/harness-mirror."));
    // Read as the start of an image reference, with the core's grammar: a name below it must parse.
    const QString probe = QStringLiteral("probe");
    const ImageReference reference = ImageReference::parse(QString(prefix + u'/' + probe));
    if (!reference.isValid())
        return refuse(tr("\"%1\" is not a registry path: %2").arg(prefix, reference.errorString()));
    if (reference.domain().isEmpty())
        return refuse(tr("\"%1\" does not start with a registry host: name one with a dot or a port, for example "
                         "registry.example.com/%1 or localhost:5000/%1.").arg(prefix));
    if (!reference.tag().isEmpty() || !reference.digest().isEmpty() || !reference.path().endsWith(probe))
        return refuse(tr("\"%1\" is not a registry path: leave out tags and digests.").arg(prefix));
    MirrorPrefix result;
    result.m_text = prefix;
    result.m_host = reference.domain();
    return result;
}

QString MirrorPlan::targetOf(const QString &source, const MirrorPrefix &prefix, QString *whyNot)
{
    const ImageReference reference = ImageReference::parse(source);
    if (!reference.isValid()) {
        if (whyNot)
            *whyNot = reference.errorString();
        return {};
    }
    QString target = prefix.text() + u'/' + reference.registryPath();
    if (!reference.tag().isEmpty())
        target += u':' + reference.tag();
    if (!reference.digest().isEmpty())
        target += u'@' + reference.digest();
    const ImageReference checked = ImageReference::parse(target);
    if (!checked.isValid()) {
        if (whyNot)
            *whyNot = checked.errorString();
        return {};
    }
    return target;
}

MirrorPlan MirrorPlan::build(const ConfigDocument &document, const MirrorPrefix &prefix, const QStringList &fields)
{
    MirrorPlan plan;
    plan.m_prefix = prefix;
    const ConfigSnapshot &snapshot = document.snapshot();
    const QStringList chosen = fields.isEmpty() ? snapshot.fields() : fields;
    for (const QString &field : chosen) {
        if (!snapshot.fields().contains(field)) {
            plan.m_problems.append(tr("There is no field \"%1\" here.").arg(field));
            continue;
        }
        if (snapshot.isReadOnly(field)) {
            // Only worth saying when the field was asked for by name.
            if (!fields.isEmpty())
                plan.m_problems.append(tr("%1 is read-only: it is not mirrored.").arg(field));
            continue;
        }
        // The image the field will use once the queue is applied: its override, else the default.
        QString source = document.proposedOverride(field).trimmed();
        if (source.isEmpty())
            source = snapshot.defaults().value(field).trimmed();
        if (source.isEmpty()) {
            plan.m_problems.append(tr("%1 has no image to mirror.").arg(field));
            continue;
        }
        if (source.startsWith(prefix.text() + u'/')) {
            plan.m_notes.append(tr("%1 already uses the mirror: %2").arg(field, source));
            continue;
        }
        QString whyNot;
        const QString target = targetOf(source, prefix, &whyNot);
        if (target.isEmpty()) {
            plan.m_problems.append(tr("%1 = \"%2\" cannot be mirrored: %3").arg(field, source, whyNot));
            continue;
        }
        plan.m_entries.append({field, source, target});
    }
    return plan;
}

QList<MirrorCopy> MirrorPlan::copies() const
{
    QList<MirrorCopy> result;
    QHash<QString, qsizetype> bySource;
    for (const MirrorEntry &entry : m_entries) {
        const auto found = bySource.constFind(entry.source);
        if (found != bySource.cend()) {
            result[*found].fields.append(entry.field);
            continue;
        }
        bySource.insert(entry.source, result.size());
        result.append({entry.source, entry.target, {entry.field}});
    }
    return result;
}

QString MirrorPlan::copyList() const
{
    QString text;
    for (const MirrorCopy &copy : copies())
        text += copy.source + u' ' + copy.target + u'\n';
    return text;
}

QString MirrorPlan::copyScript() const
{
    QString text = QStringLiteral("#!/bin/sh\n"
                                  "# Copies the images Harness CI uses into the mirror %1 (every architecture).\n"
                                  "set -e\n")
                       .arg(m_prefix.text());
    for (const MirrorCopy &copy : copies()) {
        QString line = QStringLiteral("skopeo copy --all");
        if (speaksPlainHttp(ImageReference::parse(copy.source).registryHost()))
            line += QStringLiteral(" --src-tls-verify=false");
        if (speaksPlainHttp(m_prefix.host()))
            line += QStringLiteral(" --dest-tls-verify=false");
        line += u' ' + shellQuoted(QStringLiteral("docker://") + copy.source) + u' '
            + shellQuoted(QStringLiteral("docker://") + copy.target);
        text += line + u'\n';
    }
    return text;
}

bool MirrorPlan::saveCopyList(const QString &fileName, QString *whyNot) const
{
    const auto write = [whyNot](const QString &name, const QString &text, bool executable) {
        QSaveFile out(name);
        const QByteArray bytes = text.toUtf8();
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            if (whyNot)
                *whyNot = tr("Cannot write %1: %2").arg(name, out.errorString());
            return false;
        }
        if (executable) {
            QFile::setPermissions(name, QFile::permissions(name) | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                            | QFileDevice::ExeOther);
        }
        return true;
    };
    return write(fileName, copyList(), false) && write(scriptFileName(fileName), copyScript(), true);
}

int MirrorPlan::queue(ConfigDocument *document, QStringList *refused) const
{
    if (m_entries.isEmpty())
        return 0;
    int queued = 0;
    document->undoStack()->beginMacro(tr("Point %n field(s) at the mirror %1", nullptr, int(m_entries.size()))
                                          .arg(m_prefix.text()));
    for (const MirrorEntry &entry : m_entries) {
        QString whyNot;
        if (document->setOverride(entry.field, entry.target, &whyNot))
            ++queued;
        else if (refused)
            refused->append(tr("%1: %2").arg(FieldCatalog::info(entry.field).label, whyNot));
    }
    document->undoStack()->endMacro();
    return queued;
}

} // namespace hci
