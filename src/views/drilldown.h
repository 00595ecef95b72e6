// Drill-down model (csysdig-reference.md §1.6), without any UI: a stack of
// levels, each remembering the view it left, the `field=value` clause of the
// selected row, the parent's view filter (if propagate_filter), its sort and
// the selected key, and the complete filter of the current view.
//
// Target of a drill-down: the view whose id is the current view's
// drilldown_target; else the first view (by name, i.e. in the order given)
// whose applies_to contains the key field (any "[..]" suffix removed), then
// the filter field; else none (nothing happens, as in csysdig).
//
// Clause: the filter field is the key column's `filterfield`, else its
// field, with %depth substituted. The value is quoted when the field is a
// string (or when it would not lex as one bare word), with `\`, `"` and `'`
// escaped: unlike csysdig, the clause always parses back to the same value.
//
// Filter: complete = cmdline AND levels AND the current view's filter. Each
// level is `((parent view filter) and clause)` or just `clause`; a level
// whose key column has filter_in_child_only counts only while it is the last
// level (the view right below it). drilldown_increase_depth on the parent
// makes %depth one larger in the child; drilling up restores it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/filter/field_resolver.h"
#include "views/view_info.h"

namespace trowel::views {

// `field=value` with the value quoted/escaped as described above.
std::string make_clause(std::string_view field, std::string_view value, bool is_string);
// True when `value` must be quoted to lex as one filter value.
bool needs_quotes(std::string_view value);

struct DrillLevel {
  std::string parent_view;     // id of the view the selection was made in
  std::string field;           // filter field, %depth substituted
  std::string value;           // raw value of the selected key
  std::string clause;          // field=value (quoted when needed)
  std::string view_filter;     // the parent's filter if propagate_filter
  bool child_only = false;     // filter_in_child_only
  int parent_depth = 0;
  int sort_col = -1;           // the parent's sort, restored on drill_up
  bool sort_ascending = false;
  std::string selected_key;    // the parent's selected row key
};

class DrillDown {
 public:
  // `views` in name order (ViewRegistry::views()); must outlive this.
  DrillDown(const std::vector<ViewInfo>& views, std::string cmdline_filter = "");

  // Selects the top view; clears the stack. False if the id is unknown.
  bool start(std::string_view view_id);
  const ViewInfo* current() const { return current_; }
  int depth() const { return depth_; }
  const std::vector<DrillLevel>& levels() const { return levels_; }

  // The view Enter opens from `from` (see above), or null.
  const ViewInfo* target_for(const ViewInfo& from) const;
  // The key column drill-downs use: the groupby key, else the key; -1 for lists.
  static int drill_key_column(const ViewInfo& v);

  // Drills down on the selected row whose key value (raw text) is `value`;
  // `value_is_string` picks quoting. False (and no change) when the current
  // view is not a table or has no target.
  bool drill_down(std::string_view value, bool value_is_string, int sort_col = -1,
                  bool sort_ascending = false);
  // Like drill_down, but into view `view_id` whatever the current view's
  // target is (the TUI's F12: a spectrogram of the selected row).
  bool drill_down_to(std::string_view view_id, std::string_view value, bool value_is_string,
                     int sort_col = -1, bool sort_ascending = false);
  // Shows view `view_id` at the current level (F2 inside a selection): the
  // stack is kept. False if the id is unknown.
  bool switch_to(std::string_view view_id);
  // Pops one level; false at the top. `restored` gets the popped level.
  bool drill_up(DrillLevel* restored = nullptr);

  // cmdline AND levels: the extra filter to give the current view's table.
  std::string context_filter() const;
  // context_filter() AND the current view's filter (%depth substituted).
  std::string complete_filter() const;
  // "For: a=1 and b=2" text without the prefix, or "whole machine".
  std::string header() const;

 private:
  const ViewInfo* find(std::string_view id) const;

  const std::vector<ViewInfo>& views_;
  std::string cmdline_;
  const ViewInfo* current_ = nullptr;
  int depth_ = 0;
  std::vector<DrillLevel> levels_;
};

// Field value type lookup used for quoting (String/Buffer are strings).
bool field_is_string(std::string_view field);

}  // namespace trowel::views
