#include "views/session_result.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace trowel::views {

namespace {

bool is_text_column(const ColumnMeta& c) {
  return c.kind == CellKind::Str || c.kind == CellKind::Ip || c.type == ValueType::Port || c.id_format;
}

int compare(const Cell& a, const Cell& b, const ColumnMeta& m) {
  auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  if (m.rate) return cmp(a.d, b.d);
  switch (m.kind) {
    case CellKind::Int: return cmp(a.i, b.i);
    case CellKind::UInt: return cmp(a.u, b.u);
    case CellKind::Double: return cmp(a.d, b.d);
    case CellKind::Str: {
      int c = a.s.compare(b.s);
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case CellKind::Ip: {
      if (a.ip.family != b.ip.family) return cmp(a.ip.family, b.ip.family);
      int c = std::memcmp(a.ip.bytes.data(), b.ip.bytes.data(), a.ip.bytes.size());
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
  }
  return 0;
}

}  // namespace

bool contains_nocase(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > hay.size()) return false;
  auto low = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; };
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && low(hay[i + k]) == low(needle[k])) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

std::shared_ptr<ViewResult> make_result(std::shared_ptr<const ViewTable> table, int sort_col, bool ascending,
                                        const std::string& text) {
  auto r = std::make_shared<ViewResult>();
  const auto& cols = table->visible_columns();
  size_t n = table->rows();
  r->order.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (!text.empty()) {
      bool hit = false;
      for (size_t c = 0; c < cols.size() && !hit; ++c)
        if (is_text_column(cols[c])) hit = contains_nocase(table->cell_text(i, c), text);
      if (!hit) continue;
    }
    r->order.push_back(static_cast<uint32_t>(i));
  }
  if (sort_col >= 0 && size_t(sort_col) < cols.size()) {
    const ColumnMeta& m = cols[size_t(sort_col)];
    std::stable_sort(r->order.begin(), r->order.end(), [&](uint32_t a, uint32_t b) {
      int c = compare(table->cell_value(a, size_t(sort_col)), table->cell_value(b, size_t(sort_col)), m);
      return ascending ? c < 0 : c > 0;
    });
    r->sort_col = sort_col;
    r->sort_ascending = ascending;
  } else {
    r->sort_col = table->sorting_col();
    r->sort_ascending = table->sort_ascending();
  }
  r->text_filter = text;
  r->table = std::move(table);
  return r;
}

long ViewResult::find_key(std::string_view key) const {
  for (size_t i = 0; i < order.size(); ++i)
    if (table->key_text(order[i]) == key) return static_cast<long>(i);
  return -1;
}

long ViewResult::find_text(std::string_view text, size_t from) const {
  const auto& cols = columns();
  size_t n = order.size();
  for (size_t k = 0; k < n; ++k) {
    size_t i = (from + k) % n;
    for (size_t c = 0; c < cols.size(); ++c)
      if (is_text_column(cols[c]) && contains_nocase(table->cell_text(order[i], c), text)) return long(i);
  }
  return -1;
}

}  // namespace trowel::views
