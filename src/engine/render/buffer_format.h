// Rendering of byte buffers (BYTEBUF parameters, DYN buffers) in the formats
// sysdig 0.29.3 offers (chisel-api.md §5 "Buffer rendering"):
//
//   Normal    (default)  bytes 0x20..0x7e as they are, every other byte '.';
//                        cut to max_len characters: when longer, the first
//                        max_len-3 bytes and "..." (max_len 80 by default,
//                        0 = no limit, sysdig -v). Only this mode is cut.
//   Ascii     (-A)       "\n", then printable bytes and '\n'; '\r' becomes
//                        '\n' (dropped when a '\n' follows); the rest dropped.
//   Hex       (-x)       rows of 16 bytes "\n\t0x%04x:" + " %02x%02x" per byte
//                        pair (" %02x" for a last odd byte), then "\n".
//   HexAscii  (-X)       like Hex, the hex column padded to 40 characters (38
//                        when the row has an odd length), two spaces and the
//                        row's bytes in Normal form.
//   Base64    (-b)       standard base64 with '=' padding.
// An empty buffer renders as nothing in every mode. sysdig's JSON variants
// (-j with the above) produce the same text, which the JSON writer escapes.
#pragma once
#include <cstdint>
#include <span>
#include <string>

namespace trowel::engine::render {

enum class BufferFormat : uint8_t { Normal, Ascii, Hex, HexAscii, Base64 };

inline constexpr uint32_t kDefaultMaxBufferLen = 80;

// Appends `b` rendered in format `f` to `out`. max_len applies to Normal only.
void append_buffer(std::string& out, std::span<const uint8_t> b, BufferFormat f,
                   uint32_t max_len);

inline bool is_printable_byte(uint8_t c) { return c >= 0x20 && c < 0x7f; }

}  // namespace trowel::engine::render
