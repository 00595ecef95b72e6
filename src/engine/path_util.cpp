#include "engine/path_util.h"

#include <cstring>

namespace trowel::engine {

namespace {
// True when normalizing would not change s: absolute, no empty, "." or ".."
// component, no trailing '/' (except the root itself). Looks only at the
// characters after each '/'.
bool is_normalized(std::string_view s) {
  if (s.empty() || s[0] != '/') return false;
  if (s.size() > 1 && s.back() == '/') return false;
  const char* end = s.data() + s.size();
  for (const char* p = s.data(); p;) {  // p: at a '/'
    const char* q = p + 1;
    const size_t rest = static_cast<size_t>(end - q);
    if (rest > 0) {
      if (q[0] == '/') return false;
      if (q[0] == '.') {
        if (rest == 1 || q[1] == '/') return false;
        if (q[1] == '.' && (rest == 2 || q[2] == '/')) return false;
      }
    }
    p = rest ? static_cast<const char*>(std::memchr(q, '/', rest)) : nullptr;
  }
  return true;
}
}  // namespace

void resolve_path(std::string_view base, std::string_view path, std::string& out) {
  out.clear();
  if (path.empty()) {
    out.assign(base);
    return;
  }
  if (path[0] != '/') {
    out.assign(base);
    if (out.empty() || out.back() != '/') out.push_back('/');
  }
  out.append(path);
  if (is_normalized(out)) return;  // the common case: nothing to rewrite
  // Normalize in place: walk components, keep a write cursor.
  std::string& s = out;
  size_t w = 0;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    if (s[i] == '/') {
      while (i < n && s[i] == '/') ++i;
      if (w == 0 || s[w - 1] != '/') s[w++] = '/';
      continue;
    }
    size_t j = i;
    while (j < n && s[j] != '/') ++j;
    size_t len = j - i;
    if (len == 1 && s[i] == '.') {
      // skip "."
    } else if (len == 2 && s[i] == '.' && s[i + 1] == '.') {
      // drop the previous component (never above the root)
      if (w > 1) {
        size_t k = w - 1;  // w-1 is '/'
        while (k > 0 && s[k - 1] != '/') --k;
        w = k;
      }
    } else {
      for (size_t k = i; k < j; ++k) s[w++] = s[k];
    }
    i = j;
  }
  if (w > 1 && s[w - 1] == '/') --w;
  if (w == 0) s[w++] = '/';
  s.resize(w);
}

std::string_view dir_name(std::string_view path) {
  size_t p = path.rfind('/');
  if (p == std::string_view::npos) return {};
  if (p == 0) return path.substr(0, 1);
  return path.substr(0, p);
}

std::string_view base_name(std::string_view path) {
  size_t p = path.rfind('/');
  return p == std::string_view::npos ? path : path.substr(p + 1);
}

}  // namespace trowel::engine
