// csysdig's "nice" number formatting for view cells (see
// csysdig-reference.md §1.5): binary units K/M/G/T/P (base 1024, a unit is
// used only when the value is strictly greater than it), integers as %.0f,
// doubles as %.2f; relative times as 16ms, 1.82us, 22.03s, m:s, hh:mm:ss.
// The results carry no padding: callers align them.
#pragma once
#include <cstdint>
#include <string>

namespace trowel::views {

// Appends `v` with a binary unit suffix; `is_int` selects %.0f over %.2f.
void append_nice_number(std::string& out, double v, bool is_int);
// Appends a duration in nanoseconds the way csysdig prints RELTIME cells.
void append_nice_time(std::string& out, uint64_t ns);

}  // namespace trowel::views
