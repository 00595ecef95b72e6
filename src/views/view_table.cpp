#include "views/view_table.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <numeric>

#include "capture/event_schema.h"
#include "engine/fields/event_facts.h"
#include "engine/state.h"
#include "views/nice_format.h"

namespace trowel::views {

using engine::filter::FieldValue;

std::string substitute_depth(std::string_view text, int depth) {
  static constexpr std::string_view kTok = "%depth";
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t p = text.find(kTok, i);
    if (p == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, p - i));
    size_t q = p + kTok.size();
    int d = depth;
    if (q < text.size() && (text[q] == '+' || text[q] == '-') &&
        q + 1 < text.size() && text[q + 1] == '1') {
      d += text[q] == '+' ? 1 : -1;
      q += 2;
    }
    out += std::to_string(d);
    i = q;
  }
  return out;
}

namespace {

// Fields sysdig prints with PF_ID (raw, never K/M/G).
bool is_id_field(std::string_view name) {
  static constexpr std::string_view kIds[] = {
      "proc.pid",  "proc.ppid", "proc.apid", "proc.vpid", "proc.sid",     "proc.vpgid",
      "thread.tid", "thread.vtid", "thread.ptid", "user.uid", "user.loginuid", "group.gid",
      "fd.num",    "evt.num",   "evt.cpu",   "proc.tty"};
  size_t b = name.find('[');
  if (b != std::string_view::npos) name = name.substr(0, b);
  for (auto id : kIds)
    if (id == name) return true;
  return false;
}

bool is_numeric_type(ValueType t) {
  switch (t) {
    case ValueType::Int: case ValueType::UInt: case ValueType::RelTime:
    case ValueType::AbsTime: case ValueType::Double: case ValueType::Bool:
      return true;
    default:
      return false;
  }
}

CellKind kind_of(ValueType t) {
  switch (t) {
    case ValueType::Int: return CellKind::Int;
    case ValueType::UInt: case ValueType::Bool: case ValueType::Port:
    case ValueType::RelTime: case ValueType::AbsTime:
      return CellKind::UInt;
    case ValueType::Double: return CellKind::Double;
    case ValueType::IpAddr: case ValueType::IpNet: return CellKind::Ip;
    default: return CellKind::Str;
  }
}

int default_width(ValueType t, bool id) {
  switch (t) {
    case ValueType::String: case ValueType::Buffer: return 32;
    case ValueType::RelTime: case ValueType::AbsTime: return 16;
    case ValueType::IpAddr: case ValueType::IpNet: return 16;
    case ValueType::Int: return id ? 16 : 8;
    case ValueType::UInt: return id ? 12 : 8;
    default: return 8;
  }
}

// A field's value as the members of a numeric cell of `kind` (only that
// kind's member is set).
struct Number {
  int64_t i = 0;
  uint64_t u = 0;
  double d = 0;
};
Number number_of(const FieldValue& x, CellKind kind) {
  Number n;
  switch (kind) {
    case CellKind::Int: n.i = x.kind == FieldValue::Kind::Int ? x.i : static_cast<int64_t>(x.u); break;
    case CellKind::UInt: n.u = x.kind == FieldValue::Kind::Int ? static_cast<uint64_t>(x.i) : x.u; break;
    case CellKind::Double: n.d = x.kind == FieldValue::Kind::Double ? x.d : static_cast<double>(x.u); break;
    default: break;
  }
  return n;
}

// Whether a number replaces `dst`'s value under MAX (max) or MIN.
bool number_wins(const Number& n, const Cell& dst, CellKind kind, bool max) {
  switch (kind) {
    case CellKind::Int: return max ? n.i > dst.i : n.i < dst.i;
    case CellKind::UInt: return max ? n.u > dst.u : n.u < dst.u;
    case CellKind::Double: return max ? n.d > dst.d : n.d < dst.d;
    default: return false;
  }
}

// Stores a field's value into a non-string cell; false if it cannot hold it.
bool store_value(const FieldValue& x, CellKind kind, Cell& cell) {
  switch (kind) {
    case CellKind::Int: cell.i = number_of(x, kind).i; return true;
    case CellKind::UInt: cell.u = number_of(x, kind).u; return true;
    case CellKind::Double: cell.d = number_of(x, kind).d; return true;
    case CellKind::Ip:
      cell.ip = x.ip;
      return x.kind == FieldValue::Kind::Ip;
    default: return true;
  }
}

// Fields whose value depends only on the event's thread (and its process,
// parent, user and container records), never on the event itself: they
// change only when State::thread_epoch() does.
bool thread_stable_field(std::string_view name) {
  static constexpr std::string_view kStable[] = {
      "proc.pid",   "proc.ppid",    "proc.vpid",    "proc.name",      "proc.exe",
      "proc.exeline", "proc.cmdline", "proc.args",  "proc.nthreads",  "thread.tid",
      "thread.vtid", "user.name",   "user.uid",     "group.gid",      "group.name",
      "container.id", "container.name"};
  for (auto f : kStable)
    if (f == name) return true;
  return false;
}

void append_ip(std::string& out, const engine::filter::IpAddress& ip) {
  char buf[INET6_ADDRSTRLEN];
  if (ip.family == 4) {
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", ip.bytes[0], ip.bytes[1], ip.bytes[2], ip.bytes[3]);
  } else if (ip.family == 6) {
    if (!inet_ntop(AF_INET6, ip.bytes.data(), buf, sizeof buf)) buf[0] = 0;
  } else {
    buf[0] = 0;
  }
  out += buf;
}

}  // namespace

struct ViewTable::Column {
  ColumnMeta meta;
  std::unique_ptr<engine::fields::Field> field;
  CellKind kind = CellKind::Str;
  bool defaultable = false;
  bool rate = false;  // TIME_AVG: shown divided by the span in seconds
  // Extracted only when a row is created: no aggregation (the first value
  // stays) and a failed extraction cannot drop the event (defaultable), so
  // later events cannot change the cell.
  bool lazy = false;
  // Index of an earlier column with the same field and defaulting rule that
  // every event extracts before this one (the key, or a non-lazy column
  // before it): this column copies its cell instead of extracting. -1: none.
  int alias = -1;
};

ViewTable::ViewTable(const ViewInfo& view, const Options& options) : view_(view), opts_(options) {
  list_ = view_.type == ViewType::List;
  snapshot_ = view_.snapshot == "fds";
  key_ = view_.key_index();
  groupby_ = view_.groupby_key_index();
  if (!list_ && key_ < 0) throw ViewTableError("view " + view_.id + ": table is missing the key");
  if (list_) key_ = groupby_ = -1;

  for (size_t i = 0; i < view_.columns.size(); ++i) {
    const ViewColumn& vc = view_.columns[i];
    Column c;
    c.meta.name = vc.name;
    c.meta.field = substitute_depth(vc.field, opts_.depth);
    c.meta.description = vc.description;
    c.meta.aggregation = vc.aggregation;
    c.meta.groupby_aggregation = vc.groupby_aggregation;
    c.meta.view_index = i;
    std::string err;
    c.field = engine::fields::bind_field(c.meta.field, &err);
    reads_fd_names_ = reads_fd_names_ || !engine::fields::names_free_field(c.meta.field);
    if (!c.field) throw ViewTableError("view " + view_.id + ": invalid field name " + c.meta.field +
                                       (err.empty() ? "" : ": " + err));
    ValueType t = c.field->info().type;
    c.meta.type = t;
    c.meta.id_format = t == ValueType::Port || ((t == ValueType::Int || t == ValueType::UInt) && is_id_field(c.meta.field));
    c.kind = kind_of(t);
    c.meta.kind = c.kind;
    c.meta.width = vc.colsize >= 0 ? vc.colsize : default_width(t, c.meta.id_format);
    // Ports are printed raw and left-aligned (csysdig: PT_PORT is not a numeric type there).
    c.meta.align = is_numeric_type(t) ? Align::Right : Align::Left;
    // use_defaults: 0 for decimal numbers and doubles, "" for strings.
    c.defaultable = view_.use_defaults &&
                    ((!c.meta.id_format && (t == ValueType::Int || t == ValueType::UInt ||
                                            t == ValueType::RelTime || t == ValueType::Double)) ||
                     t == ValueType::String || t == ValueType::Buffer);
    c.rate = vc.aggregation == Aggregation::TimeAvg || vc.groupby_aggregation == Aggregation::TimeAvg;
    c.lazy = vc.aggregation == Aggregation::None && c.defaultable;
    cols_.push_back(std::move(c));
  }
  for (size_t i = 0; i < cols_.size(); ++i) {
    if (static_cast<int>(i) == key_ || static_cast<int>(i) == groupby_) continue;
    visible_.push_back(cols_[i].meta);
    visible_idx_.push_back(i);
  }
  // Aliases (tables only; see Column::alias): consume() extracts the key
  // first, then the other columns in index order.
  auto same = [](const Column& a, const Column& b) {
    return a.meta.field == b.meta.field && a.kind == b.kind && a.defaultable == b.defaultable;
  };
  for (size_t i = 0; !list_ && i < cols_.size(); ++i) {
    Column& c = cols_[i];
    if (c.lazy || static_cast<int>(i) == key_) continue;
    if (key_ >= 0 && same(cols_[size_t(key_)], c)) {
      c.alias = key_;
      continue;
    }
    for (size_t j = 0; j < i; ++j)
      if (static_cast<int>(j) != key_ && !cols_[j].lazy && cols_[j].alias < 0 && same(cols_[j], c)) {
        c.alias = static_cast<int>(j);
        break;
      }
  }
  for (size_t i = 0; i < cols_.size(); ++i) {
    const Column& c = cols_[i];
    if (c.lazy || c.meta.aggregation == Aggregation::None) continue;
    Aggregation a = c.meta.aggregation;
    bool sum = a == Aggregation::Sum || a == Aggregation::Avg || a == Aggregation::TimeAvg;
    agg_cols_.push_back(AggCol{i, a, c.kind, sum && c.kind == CellKind::UInt});
  }
  // The thread row cache (see thread_cache_ in the header).
  auto stable = [&](size_t i) {
    Aggregation a = cols_[i].meta.aggregation;
    return thread_stable_field(cols_[i].meta.field) &&
           (a == Aggregation::None || a == Aggregation::Min || a == Aggregation::Max);
  };
  auto latest = [&](size_t i) {
    return stable(i) && cols_[i].meta.aggregation == Aggregation::Max && cols_[i].kind == CellKind::Str;
  };
  bool alias_ok = true;
  for (size_t i = 0; i < cols_.size(); ++i) {
    if (static_cast<int>(i) == key_ || cols_[i].lazy) continue;
    if (cols_[i].alias >= 0 && (latest(i) || (!stable(i) && stable(size_t(cols_[i].alias))))) alias_ok = false;
    if (latest(i)) latest_cols_.push_back(i);
    else if (!stable(i)) hit_cols_.push_back(i);
  }
  for (const AggCol& a : agg_cols_) {
    if (latest(a.index)) latest_agg_.push_back(a);
    else if (!stable(a.index)) hit_agg_.push_back(a);
  }
  hit_direct_ = true;
  for (size_t i : hit_cols_) {
    const Column& c = cols_[i];
    if (c.alias >= 0 || c.kind == CellKind::Str || c.kind == CellKind::Ip) hit_direct_ = false;
    const engine::fields::DirectGet get = c.field->direct_get();
    const bool memory = get.memory_data && (c.meta.aggregation == Aggregation::Max ||
                                            c.meta.aggregation == Aggregation::Min ||
                                            c.meta.aggregation == Aggregation::None);
    hit_ops_.push_back(HitOp{get, c.field.get(), i, c.meta.aggregation, c.kind, c.defaultable, memory});
  }
  if (!hit_direct_) hit_ops_.clear();
  hit_all_gated_ = !hit_ops_.empty();
  for (const HitOp& h : hit_ops_) {
    if (h.memory) {
      hit_memory_ = true;
      continue;
    }
    if (h.get.gate != engine::fields::ValueGate::Always) hit_gates_ |= 1u << static_cast<unsigned>(h.get.gate);
    if (h.get.gate == engine::fields::ValueGate::Always || !h.defaultable) hit_all_gated_ = false;
  }
  hit_vals_.resize(hit_ops_.size());
  hit_got_.resize(hit_ops_.size());
  row_stamp_ = opts_.thread_cache && alias_ok && !list_ && !snapshot_ && key_ >= 0;
  thread_cache_ = row_stamp_ && thread_stable_field(cols_[size_t(key_)].meta.field) && stable(size_t(key_));
  // The key memo: a memo hit leaves the key's cell unextracted, so no column
  // may copy it and the key itself may not aggregate.
  key_memo_ = opts_.thread_cache && !list_ && key_ >= 0 && cols_[size_t(key_)].meta.aggregation == Aggregation::None;
  for (const Column& c : cols_)
    if (c.alias >= 0 && c.alias == key_) key_memo_ = false;
  scratch_.resize(cols_.size());
  for (auto& c : scratch_) c.s.reserve(256);
  key_buf_.reserve(256);
  last_key_.reserve(256);

  // The filter: view filter AND extra filter.
  std::string vf = substitute_depth(view_.filter, opts_.depth);
  if (!vf.empty() && !opts_.extra_filter.empty())
    filter_text_ = "(" + vf + ") and (" + opts_.extra_filter + ")";
  else
    filter_text_ = vf.empty() ? opts_.extra_filter : vf;
  if (!filter_text_.empty()) {
    engine::fields::NotingFieldResolver resolver;
    try {
      filter_ = engine::filter::compile_filter(filter_text_, resolver);
    } catch (const engine::filter::FilterError& e) {
      throw ViewTableError(std::string(e.what()));
    }
    reads_fd_names_ = reads_fd_names_ || !resolver.names_free;
  }

  // The default sort column: is_sorting if visible, else the first visible one.
  sort_col_ = -1;
  int s = view_.sorting_index();
  for (size_t v = 0; v < visible_idx_.size(); ++v)
    if (static_cast<int>(visible_idx_[v]) == s) sort_col_ = static_cast<int>(v);
  if (sort_col_ < 0 && !visible_.empty()) sort_col_ = 0;
  if (opts_.sorting_col >= 0) {
    if (opts_.sorting_col >= static_cast<int>(visible_.size()))
      throw ViewTableError("view " + view_.id + ": sorting column " + std::to_string(opts_.sorting_col + 1) +
                           " out of range (1-" + std::to_string(visible_.size()) + ")");
    sort_col_ = opts_.sorting_col;
  }
  if (sort_col_ >= 0) sort_asc_ = !is_numeric_type(visible_[size_t(sort_col_)].type);
  if (opts_.sort_ascending_override) sort_asc_ = !sort_asc_;
}

ViewTable::~ViewTable() = default;

bool ViewTable::extract_one(size_t i, const engine::EventContext& ctx) {
  Column& c = cols_[i];
  Cell& cell = scratch_[i];
  if (c.alias >= 0) {  // the same field as an earlier column, already extracted
    const Cell& src = scratch_[size_t(c.alias)];
    if (!src.has_value && !c.defaultable) return false;
    cell.i = src.i;
    cell.u = src.u;
    cell.d = src.d;
    if (c.kind == CellKind::Str) cell.s.assign(src.s);
    cell.ip = src.ip;
    cell.count = src.count;
    cell.has_value = src.has_value;
    return true;
  }
  cell.count = 1;
  bool ok;
  if (c.kind == CellKind::Str) {
    cell.s.clear();
    ok = c.field->render(ctx, cell.s);
  } else {
    // (value_ is reused: first_value() sets the members of its kind.)
    ok = c.field->first_value(ctx, value_) && store_value(value_, c.kind, cell);
  }
  if (ok) {
    cell.has_value = true;
    return true;
  }
  if (!c.defaultable) return false;
  cell.has_value = false;
  cell.count = 0;  // a default 0 does not count for AVG (csysdig)
  switch (c.kind) {  // only the member of the cell's kind is ever read
    case CellKind::Int: cell.i = 0; break;
    case CellKind::UInt: cell.u = 0; break;
    case CellKind::Double: cell.d = 0; break;
    case CellKind::Str: cell.s.clear(); break;
    case CellKind::Ip: cell.ip = {}; break;
  }
  return true;
}

bool ViewTable::extract_all(const engine::EventContext& ctx) {
  for (size_t i = 0; i < cols_.size(); ++i)
    if (!extract_one(i, ctx)) return false;
  return true;
}

void ViewTable::encode_key(const Cell& c, CellKind kind, std::string& out) const {
  out.clear();
  switch (kind) {
    case CellKind::Int: out.append(reinterpret_cast<const char*>(&c.i), sizeof c.i); break;
    case CellKind::UInt: out.append(reinterpret_cast<const char*>(&c.u), sizeof c.u); break;
    case CellKind::Double: out.append(reinterpret_cast<const char*>(&c.d), sizeof c.d); break;
    case CellKind::Ip:
      out.push_back(static_cast<char>(c.ip.family));
      out.append(reinterpret_cast<const char*>(c.ip.bytes.data()), c.ip.family == 4 ? 4 : 16);
      break;
    case CellKind::Str: out.append(c.s); break;
  }
}

void ViewTable::consume(const engine::EventContext& ctx) {
  if (snapshot_ && !in_snapshot_) return;
  // (A filter the event type decides is a table look-up: Filter::matches.)
  if (filter_ && !filter_->matches(engine::filter::EventRef{&ctx})) return;
  if (list_) {
    if (!extract_all(ctx)) return;
    if (opts_.max_list_rows && rows_.size() >= opts_.max_list_rows) {
      rows_.pop_front();
      ++dropped_;
    }
    rows_.push_back(Row{scratch_, ++seq_});
    return;
  }
  // The key first: an existing row then needs only the columns that can
  // change it (see `lazy` in Column). Consecutive events mostly hit the
  // same row (the same thread), so the last row found is tried first.
  if (thread_cache_ && ctx.thread && ctx.state && !in_snapshot_) {
    const ThreadSlot& slot = thread_slots_[slot_of(ctx.thread)];
    if (slot.thread == ctx.thread && slot.epoch == ctx.state->thread_epoch()) {
      Row& r = *slot.row;
      bool same = r.stamp_thread == ctx.thread && r.stamp_epoch == slot.epoch;
      if (hit_direct_) {
        if (!hit_extract(ctx, r)) return;
      } else {
        for (size_t i : hit_cols_)
          if (!extract_one(i, ctx)) return;
      }
      if (!same)
        for (size_t i : latest_cols_)
          if (!extract_one(i, ctx)) return;
      if (hit_direct_) hit_apply(r, ctx);
      else aggregate(r, hit_agg_);
      if (!same) aggregate(r, latest_agg_);
      stamp(r, ctx);
      return;
    }
  }
  size_t k = size_t(key_);
  size_t row = kNoRow;
  uint64_t memo = 0;
  bool memo_ok = key_memo_ && !in_snapshot_ && cols_[k].field->memo_id(ctx, memo);
  if (memo_ok) {
    if (memo == last_memo_ && last_memo_row_ != kNoRow) {
      row = last_memo_row_;
    } else if (auto m = memo_rows_.find(memo); m != memo_rows_.end()) {
      row = m->second;
    }
  }
  if (row == kNoRow) {
    if (!extract_one(k, ctx)) return;
    encode_key(scratch_[k], cols_[k].kind, key_buf_);
    if (last_row_ != kNoRow && key_buf_ == last_key_) {
      row = last_row_;
    } else {
      auto it = index_.find(std::string_view(key_buf_));
      if (it == index_.end()) {
        for (size_t i = 0; i < cols_.size(); ++i)
          if (i != k && !extract_one(i, ctx)) return;
        add_row(key_buf_);
        stamp(rows_.back(), ctx);
        remember_thread_row(ctx, rows_.size() - 1);
        if (memo_ok) remember_memo(memo, rows_.size() - 1);
        return;
      }
      row = it->second;
      last_row_ = row;
      last_key_.assign(key_buf_);
    }
    if (memo_ok) remember_memo(memo, row);
  } else {
    last_memo_row_ = row;
    last_memo_ = memo;
  }
  Row& r = rows_[row];
  if (row_stamp_ && !in_snapshot_ && ctx.thread && ctx.state && r.stamp_thread == ctx.thread &&
      r.stamp_epoch == ctx.state->thread_epoch()) {
    // The thread-stable columns would combine to what they hold.
    if (hit_direct_) {
      if (!hit_extract(ctx, r)) return;
      hit_apply(r, ctx);
    } else {
      for (size_t i : hit_cols_)
        if (!extract_one(i, ctx)) return;
      aggregate(r, hit_agg_);
    }
    remember_thread_row(ctx, row);
    return;
  }
  for (size_t i = 0; i < cols_.size(); ++i)
    if (i != k && !cols_[i].lazy && !extract_one(i, ctx)) return;
  aggregate(r);
  stamp(r, ctx);
  remember_thread_row(ctx, row);
}

void ViewTable::remember_memo(uint64_t memo, size_t row) {
  memo_rows_.emplace(memo, row);
  last_memo_ = memo;
  last_memo_row_ = row;
}

inline void ViewTable::stamp(Row& row, const engine::EventContext& ctx) {
  row.stamp_thread = ctx.state ? ctx.thread : nullptr;
  row.stamp_epoch = ctx.state ? ctx.state->thread_epoch() : 0;
}

void ViewTable::remember_thread_row(const engine::EventContext& ctx, size_t row) {
  if (!thread_cache_ || !ctx.thread || !ctx.state || in_snapshot_) return;
  thread_slots_[slot_of(ctx.thread)] = ThreadSlot{ctx.thread, ctx.state->thread_epoch(), &rows_[row]};
}

void ViewTable::add_row(const std::string& key) {
  index_.emplace(key, rows_.size());
  rows_.push_back(Row{scratch_, ++seq_});
}

namespace {

void combine(Cell& dst, const Cell& src, Aggregation agg, CellKind kind) {
  switch (agg) {
    case Aggregation::None:
      return;
    case Aggregation::Sum:
    case Aggregation::Avg:
    case Aggregation::TimeAvg:
      dst.i += src.i;
      dst.u += src.u;
      dst.d += src.d;
      dst.count += src.count;
      dst.has_value = dst.has_value || src.has_value;
      return;
    case Aggregation::Min:
    case Aggregation::Max: {
      if (!src.has_value) return;  // defaults never win a MIN/MAX
      bool take = !dst.has_value;
      bool max = agg == Aggregation::Max;
      if (!take) {
        if (kind == CellKind::Str) take = max;  // MAX on strings: the latest
        else take = number_wins(Number{src.i, src.u, src.d}, dst, kind, max);
      }
      if (take) {
        dst.i = src.i;
        dst.u = src.u;
        dst.d = src.d;
        if (kind == CellKind::Str && dst.s != src.s) dst.s.assign(src.s);
        dst.ip = src.ip;
        dst.has_value = true;
      }
      return;
    }
  }
}

// AVG: the sum divided by the count (integer division for integers).
void divide(Cell& c, CellKind kind) {
  if (c.count <= 1) return;
  switch (kind) {
    case CellKind::Int: c.i /= static_cast<int64_t>(c.count); break;
    case CellKind::UInt: c.u /= c.count; break;
    case CellKind::Double: c.d /= static_cast<double>(c.count); break;
    default: break;
  }
  c.count = 1;
}

}  // namespace

void ViewTable::aggregate(Row& row) { aggregate(row, agg_cols_); }

// The memory ops gave this row what they give now (same thread, same
// epochs): MIN/MAX of that value again would change nothing.
inline bool ViewTable::memory_current(const engine::EventContext& ctx, const Row& row) const {
  return hit_memory_ && ctx.thread && ctx.state && row.memory_thread == ctx.thread &&
         row.memory_thread_epoch == ctx.state->thread_epoch() && row.memory_epoch == ctx.state->memory_epoch();
}

inline bool ViewTable::hit_extract(const engine::EventContext& ctx, const Row& row) {
  const unsigned open = hit_gates_ ? engine::fields::open_gates(ctx, hit_gates_) : ~0u;
  const bool current = memory_current(ctx, row);
  if (hit_all_gated_ && !(open & hit_gates_) && (!hit_memory_ || current)) {  // the common case, kept short
    hit_any_ = hit_memory_fold_ = false;
    return true;
  }
  return hit_extract_values(ctx, open, current);
}

bool ViewTable::hit_extract_values(const engine::EventContext& ctx, unsigned open, bool memory_is_current) {
  hit_memory_fold_ = hit_memory_ && !memory_is_current;
  hit_any_ = !hit_all_gated_ || (open & hit_gates_) || hit_memory_fold_;
  if (!hit_any_) return true;  // every column is a default or already holds this value
  for (size_t j = 0; j < hit_ops_.size(); ++j) {
    const HitOp& h = hit_ops_[j];
    if (h.memory && memory_is_current) {
      hit_got_[j] = false;  // skipped: nothing to combine
      continue;
    }
    if (!engine::fields::gate_in(open, h.get.gate)) {  // the field has no value here
      if (!h.defaultable) return false;
      hit_got_[j] = false;
      continue;
    }
    const bool got = h.get ? h.get(ctx, hit_vals_[j]) : h.field->first_value(ctx, hit_vals_[j]);
    if (!got && !h.defaultable) return false;
    hit_got_[j] = got;
  }
  return true;
}

void ViewTable::hit_apply(Row& row, const engine::EventContext& ctx) {
  if (!hit_any_) return;
  if (hit_memory_fold_ && ctx.thread && ctx.state) {
    row.memory_thread = ctx.thread;
    row.memory_thread_epoch = ctx.state->thread_epoch();
    row.memory_epoch = ctx.state->memory_epoch();
  }
  for (size_t j = 0; j < hit_ops_.size(); ++j) {
    if (!hit_got_[j]) continue;  // a default: adds 0, counts nothing, never wins
    const HitOp& h = hit_ops_[j];
    const engine::filter::FieldValue& x = hit_vals_[j];
    Cell& dst = row.cells[h.index];
    const Number n = number_of(x, h.kind);
    switch (h.aggregation) {
      case Aggregation::None:
        break;
      case Aggregation::Sum:
      case Aggregation::Avg:
      case Aggregation::TimeAvg:
        dst.i += n.i;
        dst.u += n.u;
        dst.d += n.d;
        dst.count += 1;
        dst.has_value = true;
        break;
      case Aggregation::Min:
      case Aggregation::Max: {
        if (!dst.has_value || number_wins(n, dst, h.kind, h.aggregation == Aggregation::Max)) {
          dst.i = n.i;
          dst.u = n.u;
          dst.d = n.d;
          dst.has_value = true;
        }
        break;
      }
    }
  }
}

void ViewTable::aggregate(Row& row, const std::vector<AggCol>& cols) {
  for (const AggCol& a : cols) {
    Cell& dst = row.cells[a.index];
    const Cell& src = scratch_[a.index];
    if (a.uint_sum) {  // the common case: a counter or byte count
      dst.u += src.u;
      dst.count += src.count;
      dst.has_value = dst.has_value || src.has_value;
      continue;
    }
    combine(dst, src, a.aggregation, a.kind);
  }
}

void ViewTable::groupby_merge() {
  std::deque<Row> merged;
  std::unordered_map<std::string, size_t, StrHash, std::equal_to<>> idx;
  std::string k;
  for (Row& r : rows_) {
    for (size_t i = 0; i < cols_.size(); ++i)
      if (cols_[i].meta.aggregation == Aggregation::Avg) divide(r.cells[i], cols_[i].kind);
    for (auto& c : r.cells) c.count = 1;
    encode_key(r.cells[size_t(groupby_)], cols_[size_t(groupby_)].kind, k);
    auto it = idx.find(std::string_view(k));
    if (it == idx.end()) {
      idx.emplace(k, merged.size());
      merged.push_back(std::move(r));
      continue;
    }
    Row& dst = merged[it->second];
    for (size_t i = 0; i < cols_.size(); ++i)
      combine(dst.cells[i], r.cells[i], cols_[i].meta.groupby_aggregation, cols_[i].kind);
  }
  rows_ = std::move(merged);
  index_.clear();
  last_row_ = kNoRow;
  for (ThreadSlot& s : thread_slots_) s = ThreadSlot{};
  key_ = groupby_;  // the groupby key is now the row key
}

void ViewTable::finish(const engine::State& state) {
  if (finished_) return;
  finished_ = true;
  span_ns_ = opts_.span_ns                        ? opts_.span_ns
             : state.last_ts() > state.first_ts() ? state.last_ts() - state.first_ts()
                                                  : 0;
  if (snapshot_) {
    fd_snapshot_pass(state);
    if (!list_ && groupby_ >= 0) groupby_merge();
  } else if (!list_) {
    thread_table_pass(state);
    if (groupby_ >= 0) groupby_merge();
  }
  finalize_and_sort();
}

namespace {

// The synthetic event of the finish-time passes: a scapevent exit (197)
// with no parameters at the last event's time, as csysdig's thread-table
// pass uses; thread and fd are set per call.
class SyntheticEvent {
 public:
  explicit SyntheticEvent(const engine::State& state) : state_(state) {
    ev_.data = header_;
    ev_.lens = header_ + 26;
    ev_.values = header_ + 26;
    ev_.len = 26;
    ev_.nparams = 0;
    ev_.type = 197;
    ev_.v2 = true;
    ev_.ts = state.last_ts();
    ev_.num = 0;
  }
  engine::EventContext context(engine::ThreadInfo* t, engine::FdInfo* fd) {
    ev_.tid = t->tid;
    engine::EventContext ctx;
    ctx.ev = &ev_;
    ctx.thread = t;
    ctx.fd = fd;
    ctx.fd_num = fd ? fd->num : -1;
    ctx.first_ts = state_.first_ts();
    ctx.prev_ts = state_.last_ts();
    ctx.state = &state_;
    ctx.internal = true;
    return ctx;
  }

 private:
  const engine::State& state_;
  alignas(8) uint8_t header_[32] = {};
  capture::EventView ev_;
};

// Threads of `state` that pass `keep`, in tid order (so results do not
// depend on hash order).
template <class Keep>
std::vector<engine::ThreadInfo*> threads_by_tid(const engine::State& state, Keep keep) {
  std::vector<engine::ThreadInfo*> out;
  for (const auto& [tid, t] : state.threads())
    if (keep(*t)) out.push_back(t.get());
  std::sort(out.begin(), out.end(),
            [](const engine::ThreadInfo* a, const engine::ThreadInfo* b) { return a->tid < b->tid; });
  return out;
}

}  // namespace

void ViewTable::thread_table_pass(const engine::State& state) {
  // Threads known only from a procinfo event of an unknown tid (kernel
  // threads) are left out: sysdig makes no thread for them. Exited threads
  // (procexit seen) are gone from csysdig's thread table by the time it
  // flushes at EOF, so they are left out too (their own events still count).
  SyntheticEvent synth(state);
  for (engine::ThreadInfo* t : threads_by_tid(state, [](const engine::ThreadInfo& t) {
         return !(t.incomplete && t.procinfo_only) && !t.exited;
       }))
    consume(synth.context(t, nullptr));
}

void ViewTable::fd_snapshot_pass(const engine::State& state) {
  // Processes (main threads not known only from a procinfo event), by pid;
  // each one's fd table by fd number. A process that exited during the
  // capture is kept by State with the fd table it held when it died (the
  // most recent State::kMaxExitedProcesses of them).
  SyntheticEvent synth(state);
  std::vector<engine::FdInfo*> fds;
  in_snapshot_ = true;
  for (engine::ThreadInfo* t : threads_by_tid(state, [](const engine::ThreadInfo& t) {
         return t.is_main_thread() && !(t.incomplete && t.procinfo_only) && t.fds;
       })) {
    fds.clear();
    t->fds->for_each([&](engine::FdInfo& f) { fds.push_back(&f); });
    std::sort(fds.begin(), fds.end(), [](const engine::FdInfo* a, const engine::FdInfo* b) { return a->num < b->num; });
    for (engine::FdInfo* f : fds) consume(synth.context(t, f));
  }
  in_snapshot_ = false;
}

void ViewTable::finalize_and_sort() {
  double secs = static_cast<double>(span_ns_) / 1e9;
  bool use_rate = secs > 1.0;  // csysdig divides only over more than 1 s
  for (Row& r : rows_) {
    for (size_t i = 0; i < cols_.size(); ++i) {
      Cell& c = r.cells[i];
      const Column& col = cols_[i];
      Aggregation last = groupby_ >= 0 ? col.meta.groupby_aggregation : col.meta.aggregation;
      if (last == Aggregation::Avg) divide(c, col.kind);
      if (col.rate && use_rate) {
        switch (col.kind) {
          case CellKind::Int: c.d = static_cast<double>(c.i) / secs; break;
          case CellKind::UInt: c.d = static_cast<double>(c.u) / secs; break;
          case CellKind::Double: c.d = c.d / secs; break;
          default: break;
        }
      }
    }
  }
  for (auto& c : cols_) c.rate = c.rate && use_rate;
  for (size_t v = 0; v < visible_.size(); ++v) visible_[v].rate = cols_[visible_idx_[v]].rate;
  order_.resize(rows_.size());
  std::iota(order_.begin(), order_.end(), size_t{0});
  // Lists keep arrival order unless a sort column was asked for.
  if (sort_col_ < 0 || (list_ && opts_.sorting_col < 0)) return;
  size_t sc = visible_idx_[size_t(sort_col_)];
  std::stable_sort(order_.begin(), order_.end(), [&](size_t a, size_t b) {
    int c = compare_cells(rows_[a].cells[sc], rows_[b].cells[sc], sc);
    if (c != 0) return sort_asc_ ? c < 0 : c > 0;
    if (list_) return rows_[a].seq < rows_[b].seq;
    return compare_cells(rows_[a].cells[size_t(key_)], rows_[b].cells[size_t(key_)], size_t(key_)) < 0;
  });
}

int ViewTable::compare_cells(const Cell& a, const Cell& b, size_t col) const {
  auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  if (cols_[col].rate) return cmp(a.d, b.d);
  switch (cols_[col].kind) {
    case CellKind::Int: return cmp(a.i, b.i);
    case CellKind::UInt: return cmp(a.u, b.u);
    case CellKind::Double: return cmp(a.d, b.d);
    case CellKind::Str: return a.s.compare(b.s) < 0 ? -1 : (a.s == b.s ? 0 : 1);
    case CellKind::Ip: {
      if (a.ip.family != b.ip.family) return cmp(a.ip.family, b.ip.family);
      return std::memcmp(a.ip.bytes.data(), b.ip.bytes.data(), 16) < 0
                 ? -1
                 : (std::memcmp(a.ip.bytes.data(), b.ip.bytes.data(), 16) == 0 ? 0 : 1);
    }
  }
  return 0;
}

std::string ViewTable::render(const Cell& c, size_t col, bool nice) const {
  const Column& k = cols_[col];
  std::string out;
  char buf[64];
  switch (k.kind) {
    case CellKind::Str: return c.s;
    case CellKind::Ip: append_ip(out, c.ip); return out;
    default: break;
  }
  ValueType t = k.meta.type;
  if (k.rate && nice) {
    if (t == ValueType::RelTime) append_nice_time(out, static_cast<uint64_t>(c.d));
    else append_nice_number(out, c.d, false);
    return out;
  }
  if (t == ValueType::Bool) return c.u ? "true" : "false";
  if (k.kind == CellKind::Double) {
    if (nice) append_nice_number(out, c.d, false);
    else { std::snprintf(buf, sizeof buf, "%.6g", c.d); out = buf; }
    return out;
  }
  if (!nice || k.meta.id_format || t == ValueType::AbsTime || t == ValueType::Port) {
    if (k.kind == CellKind::Int) std::snprintf(buf, sizeof buf, "%" PRId64, c.i);
    else std::snprintf(buf, sizeof buf, "%" PRIu64, c.u);
    return buf;
  }
  if (t == ValueType::RelTime) {
    append_nice_time(out, c.u);
    return out;
  }
  append_nice_number(out, k.kind == CellKind::Int ? static_cast<double>(c.i) : static_cast<double>(c.u), true);
  return out;
}

std::vector<std::string> ViewTable::row(size_t i) const {
  std::vector<std::string> out;
  out.reserve(visible_idx_.size());
  for (size_t v = 0; v < visible_idx_.size(); ++v) out.push_back(cell_text(i, v));
  return out;
}

std::string ViewTable::cell_text(size_t i, size_t v) const {
  return render(row_at(i).cells[visible_idx_[v]], visible_idx_[v], true);
}

const Cell& ViewTable::cell_value(size_t i, size_t v) const { return row_at(i).cells[visible_idx_[v]]; }

std::string ViewTable::key_text(size_t i) const {
  if (list_ || key_ < 0) return std::to_string(row_at(i).seq);
  return render(row_at(i).cells[size_t(key_)], size_t(key_), false);
}

int ViewTable::drill_key_index() const { return groupby_ >= 0 ? groupby_ : key_; }

ValueType ViewTable::drill_key_type() const {
  int k = drill_key_index();
  return k < 0 ? ValueType::Int : cols_[size_t(k)].meta.type;
}

void ViewTable::append(const ViewTable& later) {
  for (ThreadSlot& slot : thread_slots_) slot = ThreadSlot{};
  for (Row& r : rows_) r.stamp_thread = r.memory_thread = nullptr;
  last_row_ = kNoRow;
  if (list_) {
    dropped_ += later.dropped_;
    for (const Row& r : later.rows_) {
      if (opts_.max_list_rows && rows_.size() >= opts_.max_list_rows) {
        rows_.pop_front();
        ++dropped_;
      }
      rows_.push_back(Row{r.cells, ++seq_});
    }
    return;
  }
  if (snapshot_) return;  // fed only at finish()
  // Later's rows in its arrival order, each with its key.
  std::vector<const std::string*> keys(later.rows_.size(), nullptr);
  for (const auto& [k, row] : later.index_) keys[row] = &k;
  for (size_t i = 0; i < later.rows_.size(); ++i) {
    const Row& src = later.rows_[i];
    auto it = index_.find(std::string_view(*keys[i]));
    if (it == index_.end()) {
      index_.emplace(*keys[i], rows_.size());
      rows_.push_back(Row{src.cells, ++seq_});
      continue;
    }
    Row& dst = rows_[it->second];
    for (size_t c = 0; c < cols_.size(); ++c) combine(dst.cells[c], src.cells[c], cols_[c].meta.aggregation, cols_[c].kind);
  }
}

std::unique_ptr<ViewTable> ViewTable::concat_lists(const ViewTable& older, const ViewTable& newer) {
  auto t = std::make_unique<ViewTable>(newer.view_, newer.opts_);
  t->seq_ = std::max(older.seq_, older.rows_.empty() ? 0 : older.rows_.back().seq);
  t->dropped_ = older.dropped_ + newer.dropped_;
  size_t total = older.rows_.size() + newer.rows_.size();
  size_t skip = t->opts_.max_list_rows && total > t->opts_.max_list_rows ? total - t->opts_.max_list_rows : 0;
  t->dropped_ += skip;
  for (const Row& r : older.rows_) {
    if (skip) { --skip; continue; }
    t->rows_.push_back(r);
  }
  uint64_t base = t->seq_;
  for (const Row& r : newer.rows_) {
    if (skip) { --skip; continue; }
    t->rows_.push_back(Row{r.cells, base + r.seq});
  }
  t->seq_ = base + newer.seq_;
  for (size_t i = 0; i < t->cols_.size() && i < newer.cols_.size(); ++i) t->cols_[i].rate = newer.cols_[i].rate;
  for (size_t v = 0; v < t->visible_.size(); ++v) t->visible_[v].rate = t->cols_[t->visible_idx_[v]].rate;
  t->span_ns_ = newer.span_ns_;
  t->finished_ = true;
  t->order_.resize(t->rows_.size());
  std::iota(t->order_.begin(), t->order_.end(), size_t{0});
  return t;
}

}  // namespace trowel::views
