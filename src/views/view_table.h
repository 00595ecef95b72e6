// ViewTable: the aggregation model of a csysdig view (csysdig-reference.md
// §1.5), without any UI. Given a ViewInfo it binds the columns' fields
// (%depth substituted), compiles `view filter AND extra filter`, consumes
// events (EventContext from State::process) and, at finish(), runs the
// thread-table pass, the groupby merge and the sort.
//
// Table views keep one row per key; list views keep one row per matching
// event, in arrival order, bounded by Options::max_list_rows (the oldest rows
// are dropped and counted in dropped_rows()).
//
// Thread-table pass: each thread of State::threads(), in tid order (so the
// result does not depend on hash order), goes through the filter and the
// columns as a synthetic event (threads known only from a procinfo event of
// an unknown tid, and exited threads, are skipped, as csysdig's thread table
// has neither at EOF): an EventView of type scapevent-exit (197)
// with no parameters, timestamp = the last event's, tid = the thread's; the
// EventContext has the thread, no fd (fd_num -1), no enter event, latency 0.
// That makes idle processes appear (evt.* counters default to 0).
//
// Fd snapshot (view_info.snapshot = "fds", trowel's lsof): the view ignores
// events; at finish(), each process State knows (main threads; an exited
// one with the fd table it held when it exited), in pid order, goes through
// the filter and the columns once per entry of its fd table, in fd order,
// as a synthetic event like the thread-table pass's but with the fd set
// (fd_num = its number). The fd table is State's, so it holds what is open
// at the end (or at exit): fds of the capture's fd table and every fd
// opened since, minus the closed ones.
//
// Determinism: the sort is stable and ties are broken by the row key
// (ascending), unlike csysdig's std::sort.
//
// Hot path: consume() allocates nothing once the key's row exists (scratch
// cells and the key buffer are reused; a string cell grows only if a longer
// value arrives).
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/event_context.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "views/view_info.h"

namespace trowel::engine {
class State;
}

namespace trowel::views {

using engine::filter::ValueType;

// "%depth", "%depth+1", "%depth-1" replaced by the depth value.
std::string substitute_depth(std::string_view text, int depth);

// One cell value. Which member holds it depends on the column's ValueKind.
enum class CellKind : uint8_t { Int, UInt, Double, Str, Ip };

struct Cell {
  int64_t i = 0;
  uint64_t u = 0;
  double d = 0;
  std::string s;
  engine::filter::IpAddress ip;
  uint64_t count = 0;         // values combined (AVG)
  bool has_value = false;     // at least one real (non-default) value (MIN)
};

enum class Align : uint8_t { Left, Right };

// Column metadata for whoever draws the grid.
struct ColumnMeta {
  std::string name;
  std::string field;          // %depth substituted
  std::string description;
  int width = 8;              // colsize or the per-type default; 0 = rest of line
  Align align = Align::Left;
  ValueType type = ValueType::String;
  bool id_format = false;     // printed raw (PF_ID ints, ports)
  Aggregation aggregation = Aggregation::None;
  Aggregation groupby_aggregation = Aggregation::None;
  size_t view_index = 0;      // index in ViewInfo::columns
  CellKind kind = CellKind::Str;  // which Cell member holds the value
  bool rate = false;          // after finish(): a per-second rate, in Cell::d
};

class ViewTableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Read-only access for a UI: rows, rendered cells, raw values, columns.
class ViewDataSource {
 public:
  virtual ~ViewDataSource() = default;
  virtual size_t rows() const = 0;
  virtual const std::vector<ColumnMeta>& visible_columns() const = 0;
  // The visible cells of row i as text ("nice" numbers, no padding).
  virtual std::vector<std::string> row(size_t i) const = 0;
  virtual std::string cell_text(size_t i, size_t visible_col) const = 0;
  // The raw (aggregated, finalised) value of a visible cell.
  virtual const Cell& cell_value(size_t i, size_t visible_col) const = 0;
  // The row key formatted raw (the drill-down value); lists: the row number.
  virtual std::string key_text(size_t i) const = 0;
};

class ViewTable : public ViewDataSource {
 public:
  struct Options {
    std::string extra_filter;     // ANDed with the view's filter
    int depth = 0;                // %depth
    size_t max_list_rows = 1000000;
    int sorting_col = -1;         // visible column (0-based); -1: the default
    bool sort_ascending_override = false;  // flip the default direction
    bool thread_cache = true;     // false: extract every column of every event, no key memo (tests)
    uint64_t span_ns = 0;         // >0: the span TIME_AVG divides by (a live interval), not the events'
  };

  // Throws ViewTableError on a bad field or filter (message names the view).
  ViewTable(const ViewInfo& view, const Options& options);
  ~ViewTable() override;

  const ViewInfo& view() const { return view_; }
  const Options& options() const { return opts_; }
  // The filter actually compiled ("" when none).
  const std::string& filter_text() const { return filter_text_; }
  // Whether a column or the filter reads fd names (a field that is not an
  // engine::fields::names_free_field()): the State feeding the table must
  // then name fds (State::set_fd_names()).
  bool reads_fd_names() const { return reads_fd_names_; }

  void consume(const engine::EventContext& ctx);
  // Thread-table pass (tables only), groupby merge, finalisation, sort.
  // `span_ns` is the capture span used by TIME_AVG.
  void finish(const engine::State& state);

  size_t rows() const override { return order_.size(); }
  const std::vector<ColumnMeta>& visible_columns() const override { return visible_; }
  std::vector<std::string> row(size_t i) const override;
  std::string cell_text(size_t i, size_t visible_col) const override;
  const Cell& cell_value(size_t i, size_t visible_col) const override;
  std::string key_text(size_t i) const override;

  // The column the key is taken from (the groupby key if any), as ViewInfo index.
  int drill_key_index() const;
  ValueType drill_key_type() const;
  int sorting_col() const { return sort_col_; }
  bool sort_ascending() const { return sort_asc_; }
  uint64_t dropped_rows() const { return dropped_; }
  uint64_t span_ns() const { return span_ns_; }

  // Split replays (session_compute.cpp): combines into this table what
  // `later` (same view and options, not finished) consumed from the events
  // that follow those this table consumed, as if this table had consumed
  // them itself: rows of new keys are added after the existing ones, rows of
  // known keys combine by each column's aggregation, list rows are appended
  // (the oldest dropped beyond max_list_rows). Call before finish(), with
  // the State of the later events. The thread row cache starts afresh (its
  // stamps name the other replay's threads).
  void append(const ViewTable& later);

  // Live list views (session_live.cpp): a finished list table holding
  // the rows of `older` then those of `newer` (both finished list tables of
  // the same view and options), the oldest dropped beyond max_list_rows.
  // Rows of `older` keep their numbers; `newer`'s continue after them.
  static std::unique_ptr<ViewTable> concat_lists(const ViewTable& older, const ViewTable& newer);

 private:
  struct Column;
  struct Row {
    std::vector<Cell> cells;
    uint64_t seq = 0;
    // The thread (and State::thread_epoch()) of the last event combined into
    // every column of this row: the thread-stable columns hold what that
    // thread's values give, so the same thread at the same epoch may skip
    // them (see thread_cache_). nullptr: none.
    const engine::ThreadInfo* stamp_thread = nullptr;
    uint64_t stamp_epoch = 0;
    // The thread whose memory figures the memory hit ops (HitOp::memory)
    // last combined into this row, at these State epochs: MIN/MAX already
    // hold what that thread gives while they are unchanged. nullptr: none.
    const engine::ThreadInfo* memory_thread = nullptr;
    uint64_t memory_thread_epoch = 0, memory_epoch = 0;
  };

  bool extract_all(const engine::EventContext& ctx);
  bool extract_one(size_t col, const engine::EventContext& ctx);
  void add_row(const std::string& key);
  void aggregate(Row& row);
  void remember_thread_row(const engine::EventContext& ctx, size_t row);
  void finalize_and_sort();
  void thread_table_pass(const engine::State& state);
  void fd_snapshot_pass(const engine::State& state);
  void groupby_merge();
  void encode_key(const Cell& c, CellKind kind, std::string& out) const;
  int compare_cells(const Cell& a, const Cell& b, size_t col) const;
  std::string render(const Cell& c, size_t col, bool final) const;
  const Row& row_at(size_t i) const { return rows_[order_[i]]; }

  ViewInfo view_;
  Options opts_;
  std::vector<Column> cols_;
  std::vector<ColumnMeta> visible_;
  std::vector<size_t> visible_idx_;  // visible -> cols_ index
  std::unique_ptr<engine::filter::Filter> filter_;
  std::string filter_text_;
  bool reads_fd_names_ = false;
  int key_ = -1, groupby_ = -1;
  bool list_ = false;
  bool snapshot_ = false;     // view_info.snapshot == "fds": fed only by fd_snapshot_pass()
  bool in_snapshot_ = false;  // consume() is being called by fd_snapshot_pass()

  // The columns aggregate() combines (aggregation set, not lazy).
  struct AggCol {
    size_t index;
    Aggregation aggregation;
    CellKind kind;
    bool uint_sum;  // SUM/AVG/TIME_AVG of a UInt cell: only u, count, has_value change
  };
  std::vector<AggCol> agg_cols_;
  void aggregate(Row& row, const std::vector<AggCol>& cols);
  // Thread row cache. A column is thread-stable when its field depends only
  // on the thread's identity (proc.pid, proc.exeline, user.name, ...: see
  // thread_stable_field) and its aggregation cannot change the cell when the
  // same value arrives again (none, MIN, MAX). While State::thread_epoch()
  // and the event's thread are those of an earlier consumed event (kept in
  // thread_slots_), the key and every thread-stable column are what they
  // were then: the event goes to that row, and only the other columns are
  // extracted (hit_cols_) and combined (hit_agg_) — plus the MAX string
  // columns (latest value wins, so order matters: latest_cols_) unless the
  // row's stamp says this thread was also the last one combined into it.
  // Tables whose key is not thread-stable (fd.name, evt.type...) use only
  // the row stamp (row_stamp_): a found row stamped with this thread and
  // epoch skips every thread-stable column. Both are off for lists, snapshot
  // passes, Options::thread_cache = false, or a column that copies
  // (alias) a thread-stable column's cell where that copy could be stale.
  bool thread_cache_ = false;
  bool row_stamp_ = false;
  std::vector<size_t> hit_cols_;
  std::vector<AggCol> hit_agg_;
  std::vector<size_t> latest_cols_;
  std::vector<AggCol> latest_agg_;
  static void stamp(Row& row, const engine::EventContext& ctx);
  // The hit columns taken straight into the row (no scratch cell, no
  // generic combine) when every one holds a number and copies no other
  // column (hit_direct_; else the generic extract_one() + aggregate()).
  // hit_extract() reads their values (false: a column without value and
  // default drops the event), hit_apply() combines them into the row as
  // aggregate() would (a default adds nothing and never wins MIN/MAX).
  struct HitOp {
    engine::fields::DirectGet get;  // else field->first_value()
    engine::fields::Field* field;
    size_t index;
    Aggregation aggregation;
    CellKind kind;
    bool defaultable;
    // A DirectGet::memory_data field under MIN, MAX or no aggregation:
    // skipped on a row whose memory stamp is this thread's at the current
    // epochs (the same value again changes nothing).
    bool memory;
  };
  bool hit_direct_ = false;
  std::vector<HitOp> hit_ops_;
  // The ValueGates of hit_ops_ (a bit each, Always left out): asked once
  // per event; an op whose gate is closed is a default, its call skipped.
  unsigned hit_gates_ = 0;
  // Every hit op is gated and has a default, or is a memory op: an event
  // with all their gates closed, on a row whose memory stamp is current,
  // changes nothing (hit_extract() then sets hit_any_ false, and
  // hit_apply() returns at once).
  bool hit_all_gated_ = false;
  bool hit_any_ = true;
  bool hit_memory_ = false;       // some hit op is a memory op
  bool hit_memory_fold_ = false;  // this event's memory ops were read (hit_apply() stamps the row)
  std::vector<engine::filter::FieldValue> hit_vals_;
  std::vector<uint8_t> hit_got_;
  bool hit_extract(const engine::EventContext& ctx, const Row& row);
  // hit_extract() past its shortcut, with the open gates.
  bool hit_extract_values(const engine::EventContext& ctx, unsigned open, bool memory_is_current);
  bool memory_current(const engine::EventContext& ctx, const Row& row) const;
  void hit_apply(Row& row, const engine::EventContext& ctx);
  // Direct-mapped by thread address: the row each recent thread's last
  // consumed event went to, valid while the epoch matches.
  struct ThreadSlot {
    const engine::ThreadInfo* thread = nullptr;
    uint64_t epoch = 0;
    Row* row = nullptr;  // a table's rows never move (a deque, only appended to)
  };
  static constexpr size_t kThreadSlots = 1024;
  static size_t slot_of(const engine::ThreadInfo* t) {
    return (reinterpret_cast<uintptr_t>(t) >> 4) * 0x9E3779B97F4A7C15ull >> 54;
  }
  ThreadSlot thread_slots_[kThreadSlots];
  std::vector<Cell> scratch_;
  engine::filter::FieldValue value_;  // extract_one's reused value
  std::string key_buf_;
  // The row of the last key looked up (consecutive events mostly share it).
  static constexpr size_t kNoRow = ~size_t{0};
  std::string last_key_;
  size_t last_row_ = kNoRow;
  struct StrHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, size_t, StrHash, std::equal_to<>> index_;
  // Key memo: when the key's field has a memo id (Field::memo_id: evt.type,
  // evt.res, fd.type), the row each id's key went to, so a known id skips
  // rendering and hashing the key. Invariant: memo_rows_[id] is the row of
  // the key that id renders to. Off when a column aliases the key's cell or
  // the key has an aggregation.
  bool key_memo_ = false;
  std::unordered_map<uint64_t, size_t> memo_rows_;
  uint64_t last_memo_ = 0;
  size_t last_memo_row_ = kNoRow;
  void remember_memo(uint64_t memo, size_t row);
  std::deque<Row> rows_;
  std::vector<size_t> order_;
  uint64_t seq_ = 0, dropped_ = 0, span_ns_ = 0;
  int sort_col_ = -1;
  bool sort_asc_ = false;
  bool finished_ = false;
};

}  // namespace trowel::views
