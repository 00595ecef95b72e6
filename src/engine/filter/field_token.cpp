#include "engine/filter/field_token.h"

namespace trowel::engine::filter {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// The argument form of `rest` (what follows the name) if `spec` allows it.
std::optional<FieldToken> match_rest(const FieldSpec& spec, std::string_view rest) {
  FieldToken t;
  t.spec = &spec;
  if (rest.empty()) return t;
  if (rest.front() == '[' && rest.back() == ']' && rest.size() > 2) {
    std::string_view inner = rest.substr(1, rest.size() - 2);
    if (inner.find(']') != std::string_view::npos) return std::nullopt;
    bool ok = (spec.arg_forms & kArgBracket) || ((spec.arg_forms & kArgIndex) && all_digits(inner));
    if (!ok) return std::nullopt;
    t.style = FieldToken::Style::Bracket;
    t.arg = inner;
    return t;
  }
  if (rest.front() == '.' && rest.size() > 1 && (spec.arg_forms & kArgDotted)) {
    t.style = FieldToken::Style::Dotted;
    t.arg = rest.substr(1);
    return t;
  }
  return std::nullopt;
}

}  // namespace

std::optional<FieldToken> match_field_token(std::string_view token, std::span<const FieldSpec> specs) {
  std::optional<FieldToken> best;
  for (const FieldSpec& spec : specs) {
    if (!token.starts_with(spec.name)) continue;
    if (best && best->spec->name.size() >= spec.name.size()) continue;
    if (auto m = match_rest(spec, token.substr(spec.name.size()))) best = m;
  }
  return best;
}

}  // namespace trowel::engine::filter
