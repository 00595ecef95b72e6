// ViewInfo: one view definition as loaded from a Lua `view_info` table (the
// csysdig schema, see ../shared/docs/csysdig-reference.md §1). Plain data:
// the loader fills it, the aggregation model and the UI read it.
//
// Invariants after validation (view_loader): a table view has exactly one
// key column (is_key) and at most one groupby key; a list view has neither;
// at most one column is_sorting; every field name is a non-empty token with
// spaces removed ("%depth" still unsubstituted).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace trowel::views {

enum class ViewType : uint8_t { Table, List, Spectrogram };

enum class Aggregation : uint8_t { None, Sum, Avg, TimeAvg, Min, Max };

struct ViewColumn {
  std::string name;          // header text ("NA" = hidden by convention)
  std::string field;         // sysdig field (may contain %depth)
  std::string description;
  int colsize = -1;          // -1: default by type; 0: rest of the line
  Aggregation aggregation = Aggregation::None;
  Aggregation groupby_aggregation = Aggregation::None;
  bool is_key = false;
  bool is_groupby_key = false;
  bool is_sorting = false;
  std::string filterfield;   // replaces `field` in drill-down filters
  bool filter_in_child_only = false;
  std::vector<std::string> tags;
};

struct ViewAction {
  char hotkey = 0;
  std::string command;       // shell command with %field placeholders
  std::string description;
  bool ask_confirmation = false;
  bool wait_finish = true;
};

struct ViewInfo {
  std::string id;
  std::string name;
  std::string description;
  std::vector<std::string> tips;
  std::vector<std::string> tags;
  ViewType type = ViewType::Table;
  std::vector<std::string> applies_to;  // "" = top level
  std::string filter;
  bool use_defaults = false;
  bool is_root = false;
  std::string drilldown_target;
  bool drilldown_increase_depth = false;
  bool propagate_filter = true;
  std::string spectro_type;
  // trowel extension (csysdig ignores the key): "fds" makes the view a
  // snapshot of the descriptors open at the end of the capture -- it sees no
  // events, only one synthetic event per fd of each live process (see
  // ViewTable). "" (default): an ordinary event-fed view.
  std::string snapshot;
  std::vector<ViewColumn> columns;
  std::vector<ViewAction> actions;
  std::string source_file;  // where it was loaded from

  // Column indexes (-1: none). Meaningful after validation and apply_tag.
  int key_index() const { return find_column(&ViewColumn::is_key); }
  int groupby_key_index() const { return find_column(&ViewColumn::is_groupby_key); }
  int sorting_index() const { return find_column(&ViewColumn::is_sorting); }
  bool has_tag(const std::string& tag) const {
    for (const auto& t : tags)
      if (t == tag) return true;
    return false;
  }

 private:
  int find_column(bool ViewColumn::*flag) const {
    for (size_t i = 0; i < columns.size(); ++i)
      if (columns[i].*flag) return static_cast<int>(i);
    return -1;
  }
};

// "table", "list", "spectrogram".
inline const char* to_string(ViewType t) {
  switch (t) {
    case ViewType::Table: return "table";
    case ViewType::List: return "list";
    case ViewType::Spectrogram: return "spectrogram";
  }
  return "table";
}

// "" for None, else the view-file spelling ("SUM", "TIME_AVG", ...).
inline const char* to_string(Aggregation a) {
  switch (a) {
    case Aggregation::None: return "";
    case Aggregation::Sum: return "SUM";
    case Aggregation::Avg: return "AVG";
    case Aggregation::TimeAvg: return "TIME_AVG";
    case Aggregation::Min: return "MIN";
    case Aggregation::Max: return "MAX";
  }
  return "";
}

}  // namespace trowel::views
