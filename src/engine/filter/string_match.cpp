#include "engine/filter/string_match.h"

#include <algorithm>

namespace trowel::engine::filter {

namespace {

// Matches a '[...]' set starting at pattern[p] ('[') against byte c. On
// success sets `next` to just after the closing ']' and `matched`; returns
// false when the set is not terminated (then '[' is literal).
bool match_set(std::string_view pattern, size_t p, unsigned char c, size_t& next, bool& matched) {
  size_t i = p + 1;
  bool negate = false;
  if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) {
    negate = true;
    ++i;
  }
  bool found = false;
  bool first = true;
  while (i < pattern.size()) {
    unsigned char lo = static_cast<unsigned char>(pattern[i]);
    if (lo == ']' && !first) {
      next = i + 1;
      matched = found != negate;
      return true;
    }
    first = false;
    if (lo == '\\' && i + 1 < pattern.size()) lo = static_cast<unsigned char>(pattern[++i]);
    unsigned char hi = lo;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      hi = static_cast<unsigned char>(pattern[i + 2]);
      if (hi == '\\' && i + 3 < pattern.size()) {
        hi = static_cast<unsigned char>(pattern[i + 3]);
        ++i;
      }
      i += 2;
    }
    if (lo <= c && c <= hi) found = true;
    ++i;
  }
  return false;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0;
  // Backtracking point: the last '*' seen and the text position it resumes at.
  size_t star_p = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size()) {
      char pc = pattern[p];
      if (pc == '*') {
        star_p = p++;
        star_t = t;
        continue;
      }
      if (pc == '?') {
        ++p;
        ++t;
        continue;
      }
      if (pc == '[') {
        size_t next = 0;
        bool matched = false;
        if (match_set(pattern, p, static_cast<unsigned char>(text[t]), next, matched)) {
          if (matched) {
            p = next;
            ++t;
            continue;
          }
        } else if (text[t] == '[') {
          ++p;
          ++t;
          continue;
        }
      } else {
        if (pc == '\\' && p + 1 < pattern.size()) pc = pattern[p + 1];
        if (pc == text[t]) {
          p += pattern[p] == '\\' && p + 1 < pattern.size() ? 2 : 1;
          ++t;
          continue;
        }
      }
    }
    if (star_p == std::string_view::npos) return false;
    p = star_p + 1;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

bool icontains(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t j = 0;
    for (; j < needle.size(); ++j) {
      char c = hay[i + j];
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
      if (c != needle[j]) break;
    }
    if (j == needle.size()) return true;
  }
  return false;
}

std::string normalize_path_prefix(std::string_view p) {
  while (!p.empty() && p.back() == '/') p.remove_suffix(1);
  return std::string(p);
}

bool path_prefix_match(std::span<const std::string> prefixes, std::string_view path) {
  auto has = [&](std::string_view s) {
    auto it = std::lower_bound(prefixes.begin(), prefixes.end(), s,
                               [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
    return it != prefixes.end() && std::string_view(*it) == s;
  };
  // Every prefix of `path` that ends just before a '/' or at its end.
  for (size_t i = 0; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      if (has(path.substr(0, i))) return true;
    }
  }
  return false;
}

}  // namespace trowel::engine::filter
