#include "views/drilldown.h"

#include "engine/fields/field.h"
#include "views/view_loader.h"
#include "views/view_table.h"

namespace trowel::views {

bool needs_quotes(std::string_view value) {
  if (value.empty()) return true;
  for (unsigned char c : value) {
    if (c <= ' ' || c >= 0x7f || c == '(' || c == ')' || c == ',' || c == '"' || c == '\'' || c == '\\' ||
        c == '=' || c == '<' || c == '>' || c == '!')
      return true;
  }
  return false;
}

std::string make_clause(std::string_view field, std::string_view value, bool is_string) {
  std::string out(field);
  out += '=';
  if (!is_string && !needs_quotes(value)) {
    out += value;
    return out;
  }
  out += '"';
  for (char c : value) {
    if (c == '\\' || c == '"' || c == '\'') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

bool field_is_string(std::string_view field) {
  std::string err;
  auto f = engine::fields::bind_field(field, &err);
  if (!f) return true;
  auto t = f->info().type;
  return t == engine::filter::ValueType::String || t == engine::filter::ValueType::Buffer;
}

DrillDown::DrillDown(const std::vector<ViewInfo>& views, std::string cmdline_filter)
    : views_(views), cmdline_(std::move(cmdline_filter)) {}

const ViewInfo* DrillDown::find(std::string_view id) const {
  for (const auto& v : views_)
    if (v.id == id) return &v;
  return nullptr;
}

bool DrillDown::start(std::string_view view_id) {
  const ViewInfo* v = find(view_id);
  if (!v) return false;
  current_ = v;
  depth_ = 0;
  levels_.clear();
  return true;
}

int DrillDown::drill_key_column(const ViewInfo& v) {
  if (v.type != ViewType::Table) return -1;
  int g = v.groupby_key_index();
  return g >= 0 ? g : v.key_index();
}

const ViewInfo* DrillDown::target_for(const ViewInfo& from) const {
  if (!from.drilldown_target.empty())
    if (const ViewInfo* t = find(from.drilldown_target)) return t;
  int k = drill_key_column(from);
  if (k < 0) return nullptr;
  const ViewColumn& col = from.columns[size_t(k)];
  for (const std::string* name : {&col.field, &col.filterfield}) {
    if (name->empty()) continue;
    std::string f = strip_field_suffix(*name);
    for (const auto& v : views_)
      for (const auto& a : v.applies_to)
        if (a == f) return &v;
  }
  return nullptr;
}

bool DrillDown::drill_down(std::string_view value, bool value_is_string, int sort_col, bool sort_ascending) {
  if (!current_) return false;
  const ViewInfo* target = target_for(*current_);
  if (!target) return false;
  return drill_down_to(target->id, value, value_is_string, sort_col, sort_ascending);
}

bool DrillDown::drill_down_to(std::string_view view_id, std::string_view value, bool value_is_string,
                              int sort_col, bool sort_ascending) {
  if (!current_) return false;
  int k = drill_key_column(*current_);
  if (k < 0) return false;
  const ViewInfo* target = find(view_id);
  if (!target) return false;
  const ViewColumn& col = current_->columns[size_t(k)];
  DrillLevel l;
  l.parent_view = current_->id;
  l.field = substitute_depth(col.filterfield.empty() ? col.field : col.filterfield, depth_);
  l.value = std::string(value);
  l.clause = make_clause(l.field, l.value, value_is_string);
  if (current_->propagate_filter) l.view_filter = substitute_depth(current_->filter, depth_);
  l.child_only = col.filter_in_child_only;
  l.parent_depth = depth_;
  l.sort_col = sort_col;
  l.sort_ascending = sort_ascending;
  l.selected_key = l.value;
  if (current_->drilldown_increase_depth) ++depth_;
  levels_.push_back(std::move(l));
  current_ = target;
  return true;
}

bool DrillDown::switch_to(std::string_view view_id) {
  const ViewInfo* v = find(view_id);
  if (!v) return false;
  current_ = v;
  return true;
}

bool DrillDown::drill_up(DrillLevel* restored) {
  if (levels_.empty()) return false;
  DrillLevel l = std::move(levels_.back());
  levels_.pop_back();
  current_ = find(l.parent_view);
  depth_ = l.parent_depth;
  if (restored) *restored = std::move(l);
  return true;
}

namespace {
void and_into(std::string& out, const std::string& part) {
  if (part.empty()) return;
  if (out.empty()) {
    out = part;
    return;
  }
  out += " and ";
  out += part;
}
}  // namespace

std::string DrillDown::context_filter() const {
  std::string levels;
  size_t n = 0;
  for (size_t i = 0; i < levels_.size(); ++i) {
    const DrillLevel& l = levels_[i];
    if (l.child_only && i + 1 != levels_.size()) continue;
    std::string part = l.view_filter.empty() ? l.clause : "((" + l.view_filter + ") and " + l.clause + ")";
    and_into(levels, part);
    ++n;
  }
  if (n > 1) levels = "(" + levels + ")";
  std::string out;
  if (!cmdline_.empty()) out = "(" + cmdline_ + ")";
  and_into(out, levels);
  return out;
}

std::string DrillDown::complete_filter() const {
  std::string out = context_filter();
  if (current_ && !current_->filter.empty()) and_into(out, "(" + substitute_depth(current_->filter, depth_) + ")");
  return out;
}

std::string DrillDown::header() const {
  std::string out;
  for (const auto& l : levels_) {
    if (!out.empty()) out += " and ";
    out += l.clause;
  }
  return out.empty() ? "whole machine" : out;
}

}  // namespace trowel::views
