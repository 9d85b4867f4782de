#pragma once

#include <array>
#include <cstddef>

namespace hci {

// What one row shows about a field, queued changes first: a row is exactly one of these.
// The table that says how each looks (icon, text, urgency) is indexed by this enum and checked
// against it when it compiles: add a state at the end of the list, and to that table.
enum class FieldState {
    Default,        // no override: Harness's default is used
    Overridden,     // an override that is neither older nor newer than the default (or not comparable)
    SameAsDefault,  // an override with exactly the default's value: harmless, but pinned
    Edited,         // a new override is queued
    ResetQueued,    // a reset to the default is queued
    Deprecated,     // listed by get-deprecated-config, as the server says, no rule of ours
    Behind,         // an override with an older version than the default
    Ahead,          // an override with a newer version than the default
    OverrideOnly,   // an override for a field that has no default (the server dropped it)
    Unsupported,    // Harness's own release train only: outside its latest three releases
    EmptyOverride,  // a blank override is stored: the server treats it as none, the default is used
    ReadOnly,       // the server sent a value that is not text: shown, never sent back

    DefaultOnly = Default // the name the snapshot used before queued states joined this list
};

inline constexpr std::size_t kFieldStateCount = std::size_t(FieldState::ReadOnly) + 1;

// Every state once, in declaration order: for loops over the states (widths, legends, tests).
constexpr std::array<FieldState, kFieldStateCount> allFieldStates()
{
    std::array<FieldState, kFieldStateCount> states{};
    for (std::size_t i = 0; i < kFieldStateCount; ++i)
        states[i] = FieldState(i);
    return states;
}

} // namespace hci
