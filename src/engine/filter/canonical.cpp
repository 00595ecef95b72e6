#include "engine/filter/canonical.h"

namespace trowel::engine::filter {

namespace {

bool needs_quotes(std::string_view v) {
  if (v.empty()) return true;
  for (char c : v) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f || c == '(' || c == ')' || c == ',' || c == '\\' || c == '"' || c == '\'')
      return true;
  }
  return false;
}

}  // namespace

std::string quote_value(std::string_view v) {
  if (!needs_quotes(v)) return std::string(v);
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : v) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u >= 0x7f || c == '\'') {
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace trowel::engine::filter
