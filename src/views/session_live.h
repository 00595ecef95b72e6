// LiveModel: csysdig's live sampling, curses-free and single-threaded (the
// live Session drives it from its loader thread; tests drive it directly).
//
// One engine::State is fed every event, continuously, so process, thread
// and fd state persists for the whole session. Only the aggregation is per
// interval: the current view's ViewTable receives the events of the running
// interval; end_interval() finishes it (thread-table pass, so idle processes
// are listed; TIME_AVG columns divided by the interval, as csysdig does when
// the interval is over 1 s) and starts a new, empty one.
//
// List views stream instead: each interval's rows are appended to the rows
// kept so far, at most kListRows (the oldest are dropped).
//
// A pane (F5 echo / F6 dig) streams: from start_pane() on, every matching
// event adds lines, at most kPaneLines (the oldest are dropped).
//
// Memory: nothing is kept per event beyond the bounded list rows and pane
// lines; the State is bounded by the machine's threads and fds.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "capture/event_view.h"
#include "capture/tables.h"
#include "engine/state.h"
#include "views/session_compute.h"
#include "views/view_table.h"

namespace trowel::views {

class PaneBuilder;

class LiveModel {
 public:
  static constexpr size_t kListRows = 20000;
  static constexpr size_t kPaneLines = 100000;

  // `interval_ns`: the sampling interval TIME_AVG columns are divided by.
  explicit LiveModel(uint64_t interval_ns, size_t list_rows = kListRows, size_t pane_lines = kPaneLines);
  ~LiveModel();
  LiveModel(const LiveModel&) = delete;
  LiveModel& operator=(const LiveModel&) = delete;

  void load_tables(const capture::SectionTables& tables);
  // Aggregates `view` from now on (the current interval's events so far are
  // not in it; list views start with no rows). Throws ViewTableError.
  void set_view(const ViewInfo& view, ViewTable::Options options);
  void clear_view();
  // List views: forgets the rows kept so far (csysdig's 'c').
  void clear_rows() { rows_ = nullptr; }
  bool has_view() const { return cur_ != nullptr; }
  bool list_view() const { return list_; }

  // Every event, in order (what a capture would hold).
  void feed(const capture::EventView& ev);

  // Ends the running interval: the finished table (tables: this interval's
  // aggregation; lists: every row kept so far), and starts the next one.
  // Null when no view is set.
  std::shared_ptr<const ViewTable> end_interval();

  // Streams the lines of matching events from now on (replacing any pane).
  void start_pane(PaneData::Type type, const std::string& filter, EchoFormat fmt, const std::string& title);
  void stop_pane();
  bool has_pane() const { return pane_ != nullptr; }
  // Lines added since the last pane_copy() (or the pane just started).
  bool pane_changed() const { return pane_changed_; }
  // An immutable copy of the pane for the UI (null without a pane).
  std::shared_ptr<const PaneData> pane_copy();

  uint64_t events() const { return events_; }
  uint64_t interval_events() const { return interval_events_; }
  const engine::State& state() const { return state_; }

 private:
  uint64_t interval_ns_;
  size_t list_rows_, pane_lines_;
  engine::State state_;
  engine::EventContext ctx_;
  const ViewInfo* view_ = nullptr;
  ViewTable::Options options_;
  bool list_ = false;
  std::unique_ptr<ViewTable> cur_;           // the running interval
  std::shared_ptr<const ViewTable> rows_;    // lists: the rows kept so far
  std::unique_ptr<PaneBuilder> pane_;
  std::string pane_title_;
  bool pane_changed_ = false;
  uint64_t events_ = 0, interval_events_ = 0;
};

}  // namespace trowel::views
