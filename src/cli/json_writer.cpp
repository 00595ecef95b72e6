#include "cli/json_writer.h"

namespace trowel::cli {

namespace {
// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
size_t utf8_len(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}
}  // namespace

void JsonWriter::write_string(std::string_view s) {
  std::fputc('"', out_);
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      std::fputc('\\', out_);
      std::fputc(c, out_);
      ++i;
    } else if (c == '\n') { std::fputs("\\n", out_); ++i; }
    else if (c == '\t') { std::fputs("\\t", out_); ++i; }
    else if (c == '\r') { std::fputs("\\r", out_); ++i; }
    else if (c < 0x20 || c == 0x7f) { std::fprintf(out_, "\\u%04x", c); ++i; }
    else if (c < 0x80) { std::fputc(c, out_); ++i; }
    else {
      size_t n = utf8_len(s, i);
      if (n == 0) { std::fprintf(out_, "\\u%04x", c); ++i; }
      else { std::fwrite(s.data() + i, 1, n, out_); i += n; }
    }
  }
  std::fputc('"', out_);
}

}  // namespace trowel::cli
