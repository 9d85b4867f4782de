#include "rowstatelook.h"

#include "drawnicons.h"

#include <QCoreApplication>

#include <array>

namespace hci::RowStateLook {

namespace {

using DrawnIcon::Glyph;
using DrawnIcon::Shape;

struct Look
{
    FieldState state;      // the row of the table, spelled out so that the compiler can check the order
    const char *themeName; // the desktop theme's icon, when it has one
    Shape shape;           // else the app's own drawing
    QRgb color;
    Glyph glyph;
    int urgency;           // 0 first in an ascending sort of the State column
    Emphasis emphasis;
    const char *text;
    const char *toolTip;
};

// The translations keep the context the texts had when the model held them.
#define HCI_STATE_TEXT(text) QT_TRANSLATE_NOOP("hci::ConfigTreeModel", text)

constexpr std::array<Look, kFieldStateCount> kLooks{{
    {FieldState::Default, "emblem-default", Shape::Circle, 0x8a8f98, Glyph::Check, 10, Emphasis::Quiet, HCI_STATE_TEXT("Default"),
     HCI_STATE_TEXT("Pipelines use the image Harness ships by default.")},
    {FieldState::Overridden, "window-pin", Shape::Circle, 0x3b82f6, Glyph::Dot, 8, Emphasis::Differs, HCI_STATE_TEXT("Overridden"),
     HCI_STATE_TEXT("This account overrides the default image.")},
    {FieldState::SameAsDefault, "object-locked", Shape::Circle, 0x0f9b9b, Glyph::Equal, 9, Emphasis::Differs,
     HCI_STATE_TEXT("Same as default"),
     HCI_STATE_TEXT("The override has the default's value: harmless today, but it stays pinned when the default moves on.")},
    {FieldState::Edited, "document-edit", Shape::Diamond, 0x8b5cf6, Glyph::Pen, 4, Emphasis::Queued, HCI_STATE_TEXT("Edited"),
     HCI_STATE_TEXT("A new override is queued; nothing is sent until you apply.")},
    {FieldState::ResetQueued, "edit-undo", Shape::Circle, 0x0e7490, Glyph::Undo, 5, Emphasis::Queued, HCI_STATE_TEXT("Reset queued"),
     HCI_STATE_TEXT("A reset to the default is queued; nothing is sent until you apply.")},
    {FieldState::Deprecated, "dialog-error", Shape::Triangle, 0xdc2626, Glyph::Exclamation, 0, Emphasis::Attention,
     HCI_STATE_TEXT("Deprecated"),
     HCI_STATE_TEXT("Harness lists this override as deprecated: a major version or more behind the default.")},
    {FieldState::Behind, "dialog-warning", Shape::Circle, 0xd97706, Glyph::Down, 2, Emphasis::Attention, HCI_STATE_TEXT("Behind default"),
     HCI_STATE_TEXT("The override is older than the default.")},
    {FieldState::Ahead, "go-up", Shape::Circle, 0x16a34a, Glyph::Up, 6, Emphasis::Differs, HCI_STATE_TEXT("Ahead of default"),
     HCI_STATE_TEXT("The override is newer than the default.")},
    {FieldState::OverrideOnly, "dialog-question", Shape::Circle, 0x64748b, Glyph::Plus, 3, Emphasis::Attention, HCI_STATE_TEXT("No default"),
     HCI_STATE_TEXT("The field is overridden, but the server has no default for it.")},
    {FieldState::Unsupported, "dialog-warning", Shape::Triangle, 0xd97706, Glyph::Exclamation, 1, Emphasis::Attention,
     HCI_STATE_TEXT("Unsupported release"),
     HCI_STATE_TEXT("The override is more than two releases behind Harness's default: Harness supports its latest "
                    "three releases of the add-on and the lite engine.")},
    {FieldState::EmptyOverride, "emblem-default", Shape::Circle, 0x8a8f98, Glyph::Check, 11, Emphasis::Quiet,
     HCI_STATE_TEXT("Default (empty override)"),
     HCI_STATE_TEXT("An empty override is stored. Harness treats it as no override: pipelines use the default. "
                    "Resetting the field removes the empty value.")},
    {FieldState::ReadOnly, "object-locked", Shape::Circle, 0x64748b, Glyph::Equal, 7, Emphasis::Differs, HCI_STATE_TEXT("Read-only"),
     HCI_STATE_TEXT("The server sent a value that is not an image reference. It is shown as the server sent it, "
                    "and this app never sends it back.")},
}};

#undef HCI_STATE_TEXT

// Each row sits at its state's place: reordering the enum or the table fails the build.
constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kLooks.size(); ++i) {
        if (std::size_t(kLooks[i].state) != i)
            return false;
    }
    return true;
}
static_assert(kLooks.size() == kFieldStateCount, "one look for every FieldState");
static_assert(inEnumOrder(), "the looks follow FieldState's declaration order");

constexpr bool urgenciesDistinct()
{
    for (std::size_t i = 0; i < kLooks.size(); ++i) {
        for (std::size_t j = i + 1; j < kLooks.size(); ++j) {
            if (kLooks[i].urgency == kLooks[j].urgency)
                return false;
        }
    }
    return true;
}
static_assert(urgenciesDistinct(), "a sort by state has one order");

const Look &lookOf(FieldState state)
{
    return kLooks.at(std::size_t(state));
}

} // namespace

QString text(FieldState state)
{
    return QCoreApplication::translate("hci::ConfigTreeModel", lookOf(state).text);
}

QString toolTip(FieldState state)
{
    return QCoreApplication::translate("hci::ConfigTreeModel", lookOf(state).toolTip);
}

Emphasis emphasis(FieldState state)
{
    return lookOf(state).emphasis;
}

QColor accent(FieldState state)
{
    return QColor(lookOf(state).color);
}

QIcon icon(FieldState state)
{
    if (lookOf(state).emphasis == Emphasis::Quiet)
        return {}; // fifty grey checks would bury the few rows that matter
    // Drawn once: the view asks for every visible row on every paint.
    static std::array<QIcon, kFieldStateCount> cache;
    QIcon &icon = cache.at(std::size_t(state));
    if (icon.isNull()) {
        const Look &look = lookOf(state);
        icon = QIcon::fromTheme(QString::fromLatin1(look.themeName),
                                DrawnIcon::make(look.shape, QColor(look.color), look.glyph));
    }
    return icon;
}

int urgency(FieldState state)
{
    return lookOf(state).urgency;
}

} // namespace hci::RowStateLook
