// Text from a capture made safe for a terminal: what reaches curses is only
// printable ASCII. Control bytes (C0, DEL) become ^X or \xNN, every byte of
// 0x80 and above becomes \xNN (so no C1 control, UTF-8 or escape sequence can
// reach the terminal). Curses-free, so it is unit-tested on its own.
#pragma once
#include <string>
#include <string_view>

namespace trowel::tui {

// Appends the escaped form of `s` to `out`.
void append_safe(std::string& out, std::string_view s);
std::string safe(std::string_view s);

// `s` padded with spaces or cut to exactly `width` characters; right-aligned
// when `right`. Cutting keeps the left part (or the right part when right-
// aligned, so numbers keep their low digits).
std::string fit(std::string_view s, size_t width, bool right);

}  // namespace trowel::tui
