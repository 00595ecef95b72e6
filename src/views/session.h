// Session: the curses-free model behind the TUI (and the headless bench).
//
// It owns
//   * an EventSource, run once on a loader thread into an EventStore (the
//     capture in memory; the file is never read again). A live source is
//     not stored: see "Live mode" below;
//   * a worker thread that computes what the UI asks for from store
//     snapshots: the current view (recomputed every ~250 ms while the
//     capture is still loading, so the grid fills in), echo/dig panes and
//     event field lists. A newer request cancels an older one;
//   * the navigation state: the drill-down stack (DrillDown), the sort
//     column, the free-text filter, the user's sysdig filter (ANDed with the
//     drill-down context) and the selection key to restore on Back.
//
// Threading: every public method is called from one thread (the UI); results
// are handed over as immutable shared_ptrs under a mutex. `on_change` (set
// before start) is called from the loader/worker threads when progress,
// a view result or a pane is ready; it must only wake the UI (e.g. write
// to a pipe).
//
// Live mode (a source with live() true, session_live.h): the loader thread
// feeds every event to one LiveModel (one State for the whole session) and,
// every interval (set_interval_ms; 200 ms for list views), publishes the
// interval's finished table as the result; navigation restarts the
// aggregation at once (result() is null until the next tick). Panes stream
// the matching events from the request on. Nothing is stored per event
// (no EventStore, no replays): the time window, timeline, spectrogram and
// event field list are not available live. No worker thread runs.
//
// Caching: complete view tables are kept by (view, filter, depth) for the
// last kCacheSize navigation states, so Back and switching back to a view
// are immediate; sort and free-text changes never recompute. When the worker
// has nothing to do it precomputes up to kSpeculate common views of the
// current level (a bounded amount of work per navigation step, cancelled by
// any request), so that F2 at this level is usually immediate.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "views/drilldown.h"
#include "views/session_compute.h"
#include "views/session_result.h"
#include "views/session_source.h"
#include "views/session_store.h"
#include "views/session_window.h"
#include "views/view_loader.h"

namespace trowel::views {

struct LoadProgress {
  uint64_t events = 0;
  uint64_t bytes_done = 0, bytes_total = 0;
  bool done = false;
  SourceEnd end = SourceEnd::Complete;
  std::string message;            // truncation / error line
  // Live sources: events per second over the last interval, the kernel's
  // drop count so far, and the intervals published.
  bool live = false;
  double rate = 0;
  uint64_t drops = 0;
  uint64_t ticks = 0;
  uint64_t first_ts = 0, last_ts = 0;
  double fraction() const {
    if (done) return 1.0;
    return bytes_total ? double(bytes_done) / double(bytes_total) : 0.0;
  }
};

class Session {
 public:
  static constexpr size_t kCacheSize = 40;
  // Views precomputed, once loading is done and nothing is asked, for the
  // current level (F2 then shows them at once): at most this many.
  static constexpr size_t kSpeculate = 8;

  Session(const ViewRegistry& registry, std::unique_ptr<EventSource> source, std::string cmdline_filter = "");
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void set_on_change(std::function<void()> f) { on_change_ = std::move(f); }
  // Chooses the first view and starts loading. False (with *error) if the
  // view is unknown.
  bool start(std::string_view view_id, std::string* error);
  // Live sources: the sampling interval (csysdig's -d), before start().
  void set_interval_ms(uint32_t ms) { interval_ms_ = ms < 100 ? 100 : ms; }
  uint32_t interval_ms() const { return interval_ms_; }
  bool live() const { return source_->live(); }
  // Live list views: drops the rows kept so far (the next sample shows only
  // new ones). Nothing for a file.
  void clear_live_rows();

  // ---- source ----
  LoadProgress progress() const;
  const EventSource& source() const { return *source_; }
  uint64_t store_bytes() const { return store_.memory_bytes(); }

  // ---- navigation (each returns false when nothing changed) ----
  const ViewInfo& view() const { return *dd_.current(); }
  const DrillDown& drilldown() const { return dd_; }
  // "whole machine" or the drill-down clauses.
  std::string for_text() const { return dd_.header(); }
  // The complete filter of the current view (with the user's filter).
  std::string filter_text() const;
  const std::string& user_filter() const { return user_filter_; }
  bool drill_down(size_t row);
  // Drills into view `view_id` on the selected row (F12: its spectrogram).
  bool drill_down_to(size_t row, std::string_view view_id);
  bool drill_up();
  bool switch_view(std::string_view id);
  // Views F2 offers here: those applying to the last drill-down field, or
  // the top-level ones.
  std::vector<const ViewInfo*> views_here() const;
  // Sorts by visible column `col`; again on the same column flips direction.
  void sort_by(int col);
  void set_sort(int col, bool ascending);
  void set_text_filter(const std::string& text);
  const std::string& text_filter() const { return text_filter_; }
  // Validates and applies a sysdig filter ("" clears). False + *error
  // (one line) if it does not compile; nothing changes then.
  bool set_user_filter(const std::string& filter, std::string* error);
  // Key of the row to select once the result is there (after Back), or "".
  std::string take_restore_key();

  // ---- the current result ----
  // The newest result for the current navigation state, or (while it is
  // computed) null. `stale()` is the previous state's result, to keep
  // showing something.
  std::shared_ptr<const ViewResult> result() const;
  std::string result_error() const;
  bool busy() const;
  // Blocks until nothing is pending and loading is done (bench, tests).
  void wait_idle();
  // Turns speculative precomputation off (the bench measures cold steps).
  void set_speculation(bool on);

  // ---- panes ----
  // The filter of the selected row's events: complete filter AND key=value.
  std::string row_filter(size_t row) const;
  // The selected row's own clause (key field = value), or the drill-down
  // context when the view has no key.
  std::string row_clause(size_t row) const;
  void request_echo(size_t row, EchoFormat fmt);
  void request_dig(size_t row, EchoFormat fmt);
  void request_pane(PaneData::Type type, const std::string& filter, EchoFormat fmt, std::string title);
  void request_fields(uint64_t evnum);
  // The spectrogram of the current view's complete filter (F12).
  void request_spectrogram(uint32_t width, uint32_t slices);
  std::shared_ptr<const Spectrogram> spectrogram() const;
  std::shared_ptr<const PaneData> pane() const;
  std::shared_ptr<const EventFields> fields() const;
  void clear_pane();

  // ---- time window (session_window.h) ----
  // Restricts every replay to [w.from, w.to) (inactive: the whole capture).
  void set_window(const TimeWindow& w);
  const TimeWindow& window() const { return window_; }
  // The loaded events' first/last timestamps.
  TimeExtent extent() const;
  // The timeline strip of the current view's filter (without the window),
  // computed on the calling thread over what is loaded so far.
  std::shared_ptr<const Timeline> compute_timeline_now(uint32_t buckets) const;

 private:
  struct Sink;
  struct LiveSink;
  // Live mode: what the UI asked the loader thread to apply (mu_).
  struct LiveRequest {
    bool view = false, pane = false, stop_pane = false, clear_rows = false;
    const ViewInfo* view_info = nullptr;
    ViewTable::Options options;
    uint64_t gen = 0;
    std::string view_filter;  // the complete filter of the view (its event types)
    PaneData::Type pane_type = PaneData::Type::Dig;
    std::string filter, title;
    EchoFormat fmt = EchoFormat::Dotted;
    uint64_t pane_gen = 0;
  };
  struct CacheEntry {
    std::string key;
    std::shared_ptr<const ViewTable> table;
  };
  struct Task {
    enum class Kind { None, View, Pane, Fields, Spectro } kind = Kind::None;
    uint64_t gen = 0;
    // View
    const ViewInfo* view = nullptr;
    ViewTable::Options options;
    std::string cache_key;
    // Pane
    PaneData::Type pane_type = PaneData::Type::Dig;
    std::string filter;
    EchoFormat fmt = EchoFormat::Dotted;
    std::string title;
    uint64_t evnum = 0;
    uint32_t width = 0, slices = 0;
  };

  void loader_main();
  // Live mode (session_live_run.cpp).
  void live_loader_main();
  void schedule_live_view();
  void request_live_pane(PaneData::Type type, const std::string& filter, EchoFormat fmt, std::string title);
  void stop_live_pane();
  void worker_main();
  // `show`: publish the result (while loading, a progressive view may only
  // advance).
  void run_view_task(const Task& t, bool show = true);
  void run_pane_task(const Task& t);
  void schedule_view();
  void plan_speculation();
  bool run_speculation(std::unique_lock<std::mutex>& lock);
  void republish_order();
  // The checkpoint plan for a computation over `snap` (see ReplayPlan):
  // use the session's checkpoint, or make one if the store is complete and
  // has none yet.
  ReplayPlan replay_plan(const StoreSnapshot& snap);
  void notify();
  std::string extra_filter() const;

  const ViewRegistry& registry_;
  std::unique_ptr<EventSource> source_;
  EventStore store_;
  DrillDown dd_;
  std::function<void()> on_change_;

  // UI-thread state.
  int sort_col_ = -1;
  bool sort_asc_ = false;
  bool sort_set_ = false;
  std::string text_filter_;
  std::string user_filter_;
  std::string restore_key_;
  TimeWindow window_;

  // Shared state (mu_).
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::condition_variable idle_cv_;
  LoadProgress progress_;
  Task view_task_, pane_task_;
  bool view_pending_ = false, pane_pending_ = false;
  bool working_ = false;
  std::shared_ptr<const ViewTable> table_;
  std::shared_ptr<const ViewResult> result_;
  std::string result_error_;
  uint64_t result_gen_ = 0;
  bool result_complete_ = false;
  std::shared_ptr<const PaneData> pane_;
  std::shared_ptr<const EventFields> fields_;
  std::shared_ptr<const Spectrogram> spectro_;
  std::list<CacheEntry> cache_;
  // Replay checkpoints at chunk boundaries (made while loading, or halfway
  // by the first complete replay), in chunk order, at most kMaxCheckpoints:
  // only chunks that are multiples of checkpoint_stride_ are kept, and the
  // stride doubles when there would be more. They let a replay run as two
  // halves at once (replay_plan()).
  static constexpr size_t kMaxCheckpoints = 16;
  std::vector<std::shared_ptr<const ReplayCheckpoint>> checkpoints_;
  size_t checkpoint_stride_ = 1;
  void add_checkpoint(std::shared_ptr<const ReplayCheckpoint> cp);  // takes mu_
  // Worker thread only: the current view aggregated chunk by chunk while the
  // file loads (for view_task_ of generation progressive_gen_).
  std::unique_ptr<ProgressiveView> progressive_;
  uint64_t progressive_gen_ = 0;
  size_t complete_chunks_ = 0;  // (mu_) chunks the loader has completed and published
  std::vector<Task> spec_;  // speculative view tasks, in order
  bool quit_ = false;
  bool speculate_ = true;

  std::atomic<uint64_t> view_gen_{0}, pane_gen_{0};
  uint32_t interval_ms_ = 2000;
  LiveRequest live_req_;                 // (mu_)
  std::atomic<bool> live_dirty_{false};  // live_req_ has something to apply
  std::atomic<bool> stop_{false};
  std::thread loader_, worker_;
};

}  // namespace trowel::views
