// buffer_format.cpp: see buffer_format.h.
#include "engine/render/buffer_format.h"

#include <charconv>
#include <cstddef>

namespace trowel::engine::render {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_normal(std::string& out, std::span<const uint8_t> b) {
  for (uint8_t c : b) out.push_back(is_printable_byte(c) ? static_cast<char>(c) : '.');
}

void append_ascii(std::string& out, std::span<const uint8_t> b) {
  out.push_back('\n');
  for (size_t i = 0; i < b.size(); ++i) {
    uint8_t c = b[i];
    if (is_printable_byte(c) || c == '\n') {
      out.push_back(static_cast<char>(c));
    } else if (c == '\r' && !(i + 1 < b.size() && b[i + 1] == '\n')) {
      out.push_back('\n');
    }
  }
}

void append_hex_byte(std::string& out, uint8_t c) {
  out.push_back(kHex[c >> 4]);
  out.push_back(kHex[c & 15]);
}

void append_hex_rows(std::string& out, std::span<const uint8_t> b, bool with_ascii) {
  constexpr size_t kRow = 16;
  for (size_t off = 0; off < b.size(); off += kRow) {
    size_t n = b.size() - off < kRow ? b.size() - off : kRow;
    out += "\n\t0x";
    char num[20];
    auto r = std::to_chars(num, num + sizeof num, off, 16);
    for (ptrdiff_t pad = 4 - (r.ptr - num); pad > 0; --pad) out.push_back('0');
    out.append(num, r.ptr);
    out.push_back(':');
    size_t col_start = out.size();
    for (size_t i = 0; i < n; i += 2) {
      out.push_back(' ');
      append_hex_byte(out, b[off + i]);
      if (i + 1 < n) append_hex_byte(out, b[off + i + 1]);
    }
    if (with_ascii) {
      size_t width = (n & 1) ? 38 : 40;
      while (out.size() - col_start < width) out.push_back(' ');
      out += "  ";
      append_normal(out, b.subspan(off, n));
    }
  }
  out.push_back('\n');
}

void append_base64(std::string& out, std::span<const uint8_t> b) {
  constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t i = 0;
  for (; i + 3 <= b.size(); i += 3) {
    uint32_t v = (uint32_t{b[i]} << 16) | (uint32_t{b[i + 1]} << 8) | b[i + 2];
    out.push_back(kB64[(v >> 18) & 63]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(kB64[(v >> 6) & 63]);
    out.push_back(kB64[v & 63]);
  }
  size_t rest = b.size() - i;
  if (rest == 0) return;
  uint32_t v = uint32_t{b[i]} << 16;
  if (rest == 2) v |= uint32_t{b[i + 1]} << 8;
  out.push_back(kB64[(v >> 18) & 63]);
  out.push_back(kB64[(v >> 12) & 63]);
  out.push_back(rest == 2 ? kB64[(v >> 6) & 63] : '=');
  out.push_back('=');
}

}  // namespace

void append_buffer(std::string& out, std::span<const uint8_t> b, BufferFormat f,
                   uint32_t max_len) {
  if (b.empty()) return;
  switch (f) {
    case BufferFormat::Normal:
      if (max_len >= 3 && b.size() > max_len) {
        append_normal(out, b.first(max_len - 3));
        out += "...";
      } else {
        append_normal(out, b);
      }
      return;
    case BufferFormat::Ascii: append_ascii(out, b); return;
    case BufferFormat::Hex: append_hex_rows(out, b, false); return;
    case BufferFormat::HexAscii: append_hex_rows(out, b, true); return;
    case BufferFormat::Base64: append_base64(out, b); return;
  }
}

}  // namespace trowel::engine::render
