// The Terraform form of an overrides file.
//
// Harness's Terraform provider (harness/harness) manages one overridden field of an account's
// execution config with the resource `harness_platform_default_images` (its schema in the provider's
// internal/service/platform/default_images/resource_default_images.go). It has four string arguments:
//   kind        required; "ci", "iacm" or "idp" (our moduleId); a change replaces the resource
//   infra_type  optional, "K8" when left out; "K8" or "VM" (our infraId); always written here, so
//               that a VM override never turns into a K8 one
//   field       required; the field as the API names it (for example "addonTag")
//   value       optional; the image. Left out or empty, the provider resets the field to Harness's
//               default, so an override is never written with an empty value (none exists)
// The provider takes the account from its own configuration and keys the resource as
// kind/infra_type/field; the data source of the same name with type = "customer" reads the
// overrides back. So a file becomes one resource per override and nothing else: no account
// argument, never a key.
#include "overridesfile.h"

#include <QSet>

namespace hci {

namespace {

// An HCL quoted string: backslash escapes as in JSON, and the template openers "${" and "%{"
// doubled so that Terraform takes them literally.
QString hclString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if ((c == u'$' || c == u'%') && next == u'{')
            out += QString(2, c);
        else
            out += c;
    }
    out += u'"';
    return out;
}

// A comment line may not break: control characters become spaces.
QString commentText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return out;
}

// A Terraform identifier: letters, digits, underscores and dashes, starting with a letter or an
// underscore. The module and infra come first, so the start is always a letter.
QString resourceName(const ScopeOverrides &scope, const QString &field)
{
    QString name = moduleId(scope.module) + u'_' + infraId(scope.infra).toLower() + u'_';
    for (const QChar c : field) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-';
        name += plain ? c : u'_';
    }
    return name;
}

} // namespace

QByteArray OverridesFile::toTerraform() const
{
    QString text;
    text += QStringLiteral("# Default-image overrides of Harness account %1, exported %2 by harness-ci-images.\n")
                .arg(commentText(account), exported.toUTC().toString(Qt::ISODate));
    text += QStringLiteral("# One harness_platform_default_images resource per override.\n");
    QSet<QString> taken;
    for (const ScopeOverrides &scope : scopes) {
        for (auto it = scope.overrides.cbegin(); it != scope.overrides.cend(); ++it) {
            if (it.value().isEmpty())
                continue; // the provider would take it as a reset
            // Two fields that differ only in characters an identifier cannot hold get a number,
            // in the file's order, so the names stay the same from one export to the next.
            const QString base = resourceName(scope, it.key());
            QString name = base;
            for (int n = 2; taken.contains(name); ++n)
                name = base + u'_' + QString::number(n);
            taken.insert(name);
            text += QStringLiteral("\nresource \"harness_platform_default_images\" \"%1\" {\n").arg(name);
            text += QStringLiteral("  kind       = %1\n").arg(hclString(moduleId(scope.module)));
            text += QStringLiteral("  infra_type = %1\n").arg(hclString(infraId(scope.infra)));
            text += QStringLiteral("  field      = %1\n").arg(hclString(it.key()));
            text += QStringLiteral("  value      = %1\n").arg(hclString(it.value()));
            text += QStringLiteral("}\n");
        }
    }
    return text.toUtf8();
}

} // namespace hci
