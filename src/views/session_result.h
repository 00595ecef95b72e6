// ViewResult: one computed view as the UI shows it — the aggregated table
// plus the row order after the session's sort and free-text filter. Immutable
// once built, shared between the worker that builds it and the UI that
// draws it, so re-sorting or re-filtering builds a new ViewResult from the
// same table in O(rows log rows) without replaying events.
//
// Invariant: order[i] < table->rows() for every i; the rows the UI sees are
// table rows order[0..size).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "views/view_table.h"

namespace trowel::views {

struct ViewResult {
  std::shared_ptr<const ViewTable> table;
  std::vector<uint32_t> order;
  int sort_col = -1;          // visible column
  bool sort_ascending = false;
  std::string text_filter;    // free text ("" none)
  bool complete = false;      // aggregated over the whole capture
  uint64_t events = 0;        // events the table was computed over
  uint64_t compute_ns = 0;    // time the aggregation took

  size_t rows() const { return order.size(); }
  const std::vector<ColumnMeta>& columns() const { return table->visible_columns(); }
  std::string cell_text(size_t row, size_t col) const { return table->cell_text(order[row], col); }
  std::string key_text(size_t row) const { return table->key_text(order[row]); }
  const Cell& cell_value(size_t row, size_t col) const { return table->cell_value(order[row], col); }
  // Row whose key is `key`, or -1.
  long find_key(std::string_view key) const;
  // First row at or after `from` (wrapping) with a string cell containing
  // `text` (case-insensitive), or -1.
  long find_text(std::string_view text, size_t from) const;
};

// Builds the row order. sort_col -1: the table's own order. Free text keeps
// rows whose string-typed cells contain `text` (case-insensitive).
std::shared_ptr<ViewResult> make_result(std::shared_ptr<const ViewTable> table, int sort_col, bool ascending,
                                        const std::string& text);

// Case-insensitive substring test (ASCII).
bool contains_nocase(std::string_view hay, std::string_view needle);

}  // namespace trowel::views
