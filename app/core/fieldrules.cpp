#include "fieldrules.h"

#include "fieldcatalog.h"
#include "imageversion.h"

namespace hci {

namespace {

const QLatin1String kRootless("rootless");

bool isRootlessTag(const QString &reference)
{
    const ImageReference parsed = ImageReference::parse(reference);
    const auto version = parsed.isValid() ? ImageVersion::fromTag(parsed.tag()) : std::nullopt;
    return version && version->variant() == kRootless;
}

// The rootless spelling of the row: "rootless-" before the number (the add-on, the lite engine) or
// "-rootless" after it (drone-git); nothing when the row has none to copy.
QString rootlessFormTag(const QString &field, const QString &current, const QString &defaultValue)
{
    for (const QString &candidate : {current, defaultValue}) {
        if (isRootlessTag(candidate))
            return ImageReference::parse(candidate).tag();
    }
    if (field.endsWith(QLatin1String("Rootless")))
        return QStringLiteral("rootless-0"); // Harness's own images put the word first
    return {};
}

QString withNumberOf(const QString &formTag, const QString &number)
{
    const qsizetype dash = formTag.indexOf(u'-');
    if (formTag.startsWith(kRootless, Qt::CaseInsensitive))
        return formTag.left(dash + 1) + number;
    return number + formTag.mid(dash);
}

} // namespace

bool FieldRules::isRootlessRow(const QString &field, const QString &defaultValue)
{
    return field.endsWith(QLatin1String("Rootless")) || isRootlessTag(defaultValue);
}

ImageReference FieldRules::resolveInput(QStringView typed, const QString &current, const QString &field,
                                        const QString &defaultValue)
{
    const ImageReference resolved = ImageReference::fromEditorInput(typed, ImageReference::parse(current));
    const QStringView input = typed.trimmed();
    const bool bareTag = !input.contains(u'/') && !input.contains(u'@');
    if (!resolved.isValid() || !bareTag || !isRootlessRow(field, defaultValue))
        return resolved;
    const auto version = ImageVersion::fromTag(resolved.tag());
    if (!version || !version->variant().isEmpty())
        return resolved; // already a variant, or no version to put in the form: the editor warns
    const QString form = rootlessFormTag(field, current, defaultValue);
    if (form.isEmpty())
        return resolved;
    // The number as typed, without a leading 'v': Harness's rootless tags carry none.
    QString number = resolved.tag();
    if (number.startsWith(u'v') || number.startsWith(u'V'))
        number.remove(0, 1);
    return resolved.withTag(withNumberOf(form, number));
}

QString FieldRules::rootlessWarning(const QString &field, const QString &defaultValue, const QString &reference)
{
    if (reference.isEmpty() || !isRootlessRow(field, defaultValue) || isRootlessTag(reference))
        return {};
    const ImageReference parsed = ImageReference::parse(reference);
    if (!parsed.isValid() || !parsed.digest().isEmpty())
        return {};
    return tr("This row holds a rootless image, but %1 is not a rootless tag: pipelines that run without root "
              "would get the image that needs root.")
        .arg(parsed.tag().isEmpty() ? QStringLiteral("latest") : parsed.tag());
}

QString FieldRules::shippedWith(const QString &field)
{
    static const QList<std::pair<QLatin1String, QLatin1String>> pairs{
        {QLatin1String("addonTag"), QLatin1String("liteEngineTag")},
        {QLatin1String("addonTagRootless"), QLatin1String("liteEngineTagRootless")},
    };
    for (const auto &[addon, liteEngine] : pairs) {
        if (field == addon)
            return liteEngine;
        if (field == liteEngine)
            return addon;
    }
    return {};
}

QString FieldRules::pairWarning(const QString &field, const QString &value, const QString &otherField,
                                const QString &otherValue)
{
    const ImageReference mine = ImageReference::parse(value);
    const ImageReference other = ImageReference::parse(otherValue);
    if (!mine.isValid() || !other.isValid())
        return {};
    const auto mineVersion = ImageVersion::fromTag(mine.tag());
    const auto otherVersion = ImageVersion::fromTag(other.tag());
    if (!mineVersion || !otherVersion || ImageVersion::compare(*mineVersion, *otherVersion) == 0)
        return {};
    return tr("%1 is version %2, but %3 is %4: Harness ships the add-on and the lite engine together, "
              "with the same version.")
        .arg(FieldCatalog::info(field).label, mineVersion->number().toString(), FieldCatalog::info(otherField).label,
             otherVersion->number().toString());
}

} // namespace hci
