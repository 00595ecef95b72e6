#include "tui/safe_text.h"

namespace trowel::tui {

void append_safe(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7f) {
      out += char(c);
    } else if (c < 0x20 && c != 0x1b) {
      out += '^';
      out += char(c + 0x40);
    } else {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
}

std::string safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_safe(out, s);
  return out;
}

std::string fit(std::string_view s, size_t width, bool right) {
  if (s.size() >= width) return std::string(right ? s.substr(s.size() - width) : s.substr(0, width));
  std::string out;
  out.reserve(width);
  if (right) out.append(width - s.size(), ' ');
  out.append(s);
  if (!right) out.append(width - s.size(), ' ');
  return out;
}

}  // namespace trowel::tui
