#include "views/session.h"

#include <algorithm>
#include <chrono>

#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/filter/filter_error.h"

namespace trowel::views {

namespace {
using Clock = std::chrono::steady_clock;
constexpr auto kRefresh = std::chrono::milliseconds(250);
constexpr auto kProgressEvery = std::chrono::milliseconds(100);

void and_into(std::string& out, const std::string& part) {
  if (part.empty()) return;
  if (out.empty()) out = part;
  else out = out + " and " + part;
}

bool is_numeric(ValueType t) {
  switch (t) {
    case ValueType::Int: case ValueType::UInt: case ValueType::RelTime: case ValueType::AbsTime:
    case ValueType::Double: case ValueType::Bool:
      return true;
    default:
      return false;
  }
}
}  // namespace

// The loader's sink: appends to the store and publishes in batches.
struct Session::Sink : EventSink {
  Session& s;
  uint64_t since_publish = 0;
  Clock::time_point last = Clock::now();
  explicit Sink(Session& session) : s(session) {}
  void on_section(const capture::SectionTables& t) override { s.store_.add_section(t); }
  void on_event(const capture::EventView& ev) override {
    if (s.store_.append(ev)) {
      // A chunk is complete: the worker's ProgressiveView can take it now.
      s.store_.publish();
      {
        std::lock_guard<std::mutex> lock(s.mu_);
        ++s.complete_chunks_;
      }
      s.cv_.notify_all();
    }
    ++since_publish;
  }
  void on_progress(uint64_t done, uint64_t total) override {
    auto now = Clock::now();
    if (now - last < kProgressEvery) return;
    last = now;
    s.store_.publish();
    StoreSnapshot snap = s.store_.snapshot();
    {
      std::lock_guard<std::mutex> lock(s.mu_);
      s.progress_.events = snap.events;
      s.progress_.bytes_done = done;
      s.progress_.bytes_total = total;
      s.progress_.first_ts = snap.first_ts;
      s.progress_.last_ts = snap.last_ts;
    }
    s.notify();
  }
  void on_end(SourceEnd end, const std::string& message) override {
    s.store_.publish();
    StoreSnapshot snap = s.store_.snapshot();
    {
      std::lock_guard<std::mutex> lock(s.mu_);
      s.progress_.events = snap.events;
      s.progress_.bytes_done = s.progress_.bytes_total;
      s.progress_.first_ts = snap.first_ts;
      s.progress_.last_ts = snap.last_ts;
      s.progress_.end = end;
      s.progress_.message = message;
      s.progress_.done = true;
    }
    s.cv_.notify_all();
    s.notify();
  }
};

Session::Session(const ViewRegistry& registry, std::unique_ptr<EventSource> source, std::string cmdline_filter)
    : registry_(registry), source_(std::move(source)), dd_(registry.views(), std::move(cmdline_filter)) {}

Session::~Session() {
  stop_ = true;
  {
    std::lock_guard<std::mutex> lock(mu_);
    quit_ = true;
    ++view_gen_;
    ++pane_gen_;
  }
  cv_.notify_all();
  if (loader_.joinable()) loader_.join();
  if (worker_.joinable()) worker_.join();
}

bool Session::start(std::string_view view_id, std::string* error) {
  if (!dd_.start(view_id)) {
    if (error) *error = "unknown view '" + std::string(view_id) + "' (see trowel --list-views)";
    return false;
  }
  if (source_->live()) {
    loader_ = std::thread([this] { live_loader_main(); });
  } else {
    loader_ = std::thread([this] { loader_main(); });
    worker_ = std::thread([this] { worker_main(); });
  }
  schedule_view();
  return true;
}

void Session::notify() {
  if (on_change_) on_change_();
}

void Session::loader_main() {
  Sink sink(*this);
  source_->run(sink, stop_);
}

LoadProgress Session::progress() const {
  std::lock_guard<std::mutex> lock(mu_);
  return progress_;
}

std::string Session::extra_filter() const {
  std::string f = dd_.context_filter();
  if (!user_filter_.empty()) and_into(f, "(" + user_filter_ + ")");
  if (window_.active()) and_into(f, window_filter(window_));
  return f;
}

std::string Session::filter_text() const {
  std::string f = dd_.complete_filter();
  if (!user_filter_.empty()) and_into(f, "(" + user_filter_ + ")");
  if (window_.active()) and_into(f, window_filter(window_));
  return f;
}

void Session::schedule_view() {
  if (source_->live()) {
    schedule_live_view();
    return;
  }
  Task t;
  t.kind = Task::Kind::View;
  t.view = dd_.current();
  t.options.extra_filter = extra_filter();
  t.options.depth = dd_.depth();
  t.cache_key = t.view->id + '\x1f' + t.options.extra_filter + '\x1f' + std::to_string(t.options.depth);
  plan_speculation();
  {
    std::lock_guard<std::mutex> lock(mu_);
    t.gen = ++view_gen_;
    view_task_ = t;
    result_error_.clear();
    bool cached = false;
    for (auto it = cache_.begin(); it != cache_.end(); ++it) {
      if (it->key != t.cache_key) continue;
      cache_.splice(cache_.begin(), cache_, it);
      table_ = it->table;
      result_complete_ = true;
      result_gen_ = t.gen;
      auto r = make_result(table_, sort_set_ ? sort_col_ : -1, sort_asc_, text_filter_);
      r->complete = true;
      r->events = progress_.events;
      result_ = r;
      view_pending_ = false;
      cached = true;
      break;
    }
    if (!cached) {
      table_ = nullptr;
      result_ = nullptr;
      result_complete_ = false;
      view_pending_ = true;
    }
  }
  cv_.notify_all();  // a computation, or speculation for this level
}

void Session::plan_speculation() {
  static constexpr const char* kLikely[] = {"procs",       "procs_errors", "procs_fd_usage", "files",
                                            "connections", "errors",       "syscalls",       "threads",
                                            "lsof",        "directories",  "io_by_type",     "sports"};
  std::vector<Task> plan;
  auto here = views_here();
  for (const char* id : kLikely) {
    if (plan.size() >= kSpeculate) break;
    for (const ViewInfo* v : here) {
      if (v->id != id || v == dd_.current() || v->type != ViewType::Table) continue;
      Task t;
      t.kind = Task::Kind::View;
      t.view = v;
      t.options.extra_filter = extra_filter();
      t.options.depth = dd_.depth();
      t.cache_key = v->id + '\x1f' + t.options.extra_filter + '\x1f' + std::to_string(t.options.depth);
      plan.push_back(std::move(t));
    }
  }
  std::lock_guard<std::mutex> lock(mu_);
  spec_ = std::move(plan);
}

void Session::set_speculation(bool on) {
  std::lock_guard<std::mutex> lock(mu_);
  speculate_ = on;
}

// Called with mu_ held by the worker when idle; false if nothing was left.
bool Session::run_speculation(std::unique_lock<std::mutex>& lock) {
  while (!spec_.empty()) {
    Task t = std::move(spec_.front());
    spec_.erase(spec_.begin());
    bool cached = false;
    for (const auto& e : cache_) cached = cached || e.key == t.cache_key;
    if (cached) continue;
    uint64_t vg = view_gen_, pg = pane_gen_;
    working_ = true;
    lock.unlock();
    StoreSnapshot snap = store_.snapshot();
    auto cancel = [this, vg, pg] {
      return view_gen_.load(std::memory_order_relaxed) != vg || pane_gen_.load(std::memory_order_relaxed) != pg;
    };
    std::unique_ptr<ViewTable> table;
    try {
      table = compute_view(snap, *t.view, t.options, cancel, replay_plan(snap));
    } catch (const std::exception&) {
      table = nullptr;  // a broken view shows its error when the user opens it
    }
    lock.lock();
    working_ = false;
    if (table && view_gen_ == vg && pane_gen_ == pg) {
      cache_.push_front({t.cache_key, std::shared_ptr<const ViewTable>(std::move(table))});
      if (cache_.size() > kCacheSize) cache_.pop_back();
    }
    return true;
  }
  return false;
}

void Session::republish_order() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!table_) return;
  auto old = result_;
  auto r = make_result(table_, sort_set_ ? sort_col_ : -1, sort_asc_, text_filter_);
  if (old) {
    r->complete = old->complete;
    r->events = old->events;
    r->compute_ns = old->compute_ns;
  }
  result_ = r;
}

void Session::worker_main() {
  std::unique_lock<std::mutex> lock(mu_);
  Clock::time_point last_view = Clock::now() - kRefresh;
  for (;;) {
    if (quit_) return;
    // While loading, the progressive view takes each chunk as it completes
    // and is shown every kRefresh.
    bool show = progress_.done || Clock::now() - last_view >= kRefresh;
    bool behind = progressive_ && progressive_gen_ == view_task_.gen && complete_chunks_ > progressive_->next_chunk();
    bool refresh = view_task_.kind == Task::Kind::View && !view_pending_ && !result_complete_ &&
                   result_error_.empty() && table_ != nullptr && (show || behind);
    if (view_pending_ || refresh) {
      Task t = view_task_;
      show = show || view_pending_;
      view_pending_ = false;
      working_ = true;
      lock.unlock();
      run_view_task(t, show);
      if (show) last_view = Clock::now();
      lock.lock();
      working_ = false;
      idle_cv_.notify_all();
      continue;
    }
    // Panes wait for a file to be loaded; a live source never ends, so its
    // panes show what has arrived so far.
    if (pane_pending_ && (progress_.done || source_->live())) {
      Task t = pane_task_;
      pane_pending_ = false;
      working_ = true;
      lock.unlock();
      run_pane_task(t);
      lock.lock();
      working_ = false;
      idle_cv_.notify_all();
      continue;
    }
    if (speculate_ && progress_.done && result_complete_ && run_speculation(lock)) continue;
    idle_cv_.notify_all();
    bool waiting_refresh = view_task_.kind == Task::Kind::View && !result_complete_ && result_error_.empty();
    if (waiting_refresh) cv_.wait_for(lock, kRefresh);
    else cv_.wait(lock);
  }
}

void Session::run_view_task(const Task& t, bool show) {
  bool done;
  {
    std::lock_guard<std::mutex> lock(mu_);
    done = progress_.done;
  }
  StoreSnapshot snap = store_.snapshot();
  auto cancel = [this, gen = t.gen] { return view_gen_.load(std::memory_order_relaxed) != gen; };
  auto t0 = Clock::now();
  std::unique_ptr<ViewTable> table;
  std::string error;
  try {
    if (!done || (progressive_ && progressive_gen_ == t.gen)) {
      // Loading: aggregate what has arrived, chunk by chunk, never twice.
      if (!progressive_ || progressive_gen_ != t.gen) {
        progressive_.reset();
        progressive_ = std::make_unique<ProgressiveView>(*t.view, t.options);
        progressive_gen_ = t.gen;
      }
      // The last chunk may still grow until the load is done.
      size_t upto = done || snap.chunks.empty() ? snap.chunks.size() : snap.chunks.size() - 1;
      auto keep = [this](std::shared_ptr<const ReplayCheckpoint> cp) { add_checkpoint(std::move(cp)); };
      if (!progressive_->advance(snap, upto, cancel, keep)) {
        progressive_.reset();
      } else if (done) {
        table = progressive_->finish();
        progressive_.reset();
      } else if (show) {
        table = progressive_->shown();
      }
    } else {
      table = compute_view(snap, *t.view, t.options, cancel, replay_plan(snap));
    }
  } catch (const std::exception& e) {
    progressive_.reset();
    error = e.what();
  }
  uint64_t ns = uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count());
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (view_gen_ != t.gen) return;
    if (!error.empty()) {
      result_error_ = error;
      result_complete_ = true;
    } else if (table) {
      table_ = std::shared_ptr<const ViewTable>(std::move(table));
      result_complete_ = done;
      result_gen_ = t.gen;
      auto r = make_result(table_, sort_set_ ? sort_col_ : -1, sort_asc_, text_filter_);
      r->complete = done;
      r->events = snap.events;
      r->compute_ns = ns;
      result_ = r;
      if (done) {
        cache_.push_front({t.cache_key, table_});
        if (cache_.size() > kCacheSize) cache_.pop_back();
      }
    }
  }
  notify();
}

void Session::add_checkpoint(std::shared_ptr<const ReplayCheckpoint> cp) {
  std::lock_guard<std::mutex> lock(mu_);
  if (cp->chunk % checkpoint_stride_ != 0) return;
  for (const auto& c : checkpoints_)
    if (c->chunk == cp->chunk) return;
  checkpoints_.push_back(std::move(cp));
  std::sort(checkpoints_.begin(), checkpoints_.end(), [](const auto& a, const auto& b) { return a->chunk < b->chunk; });
  while (checkpoints_.size() > kMaxCheckpoints) {
    checkpoint_stride_ *= 2;
    std::erase_if(checkpoints_, [&](const auto& c) { return c->chunk % checkpoint_stride_ != 0; });
  }
}

ReplayPlan Session::replay_plan(const StoreSnapshot& snap) {
  ReplayPlan plan;
  std::lock_guard<std::mutex> lock(mu_);
  if (source_->live()) return plan;
  // For each k/kReplayParts of the events, the checkpoint nearest to it:
  // parts of about equal size.
  for (size_t k = 1; k < kReplayParts; ++k) {
    uint64_t target = snap.events * k / kReplayParts, best_gap = UINT64_MAX;
    std::shared_ptr<const ReplayCheckpoint> best;
    for (const auto& c : checkpoints_) {
      if (!c->fits(snap)) continue;
      uint64_t gap = c->events_before > target ? c->events_before - target : target - c->events_before;
      if (gap < best_gap) {
        best_gap = gap;
        best = c;
      }
    }
    if (best && (plan.cuts.empty() || plan.cuts.back() != best)) plan.cuts.push_back(std::move(best));
  }
  // None yet: the first replay of the complete store leaves them.
  if (plan.cuts.empty() && progress_.done && snap.events == progress_.events)
    plan.make = [this](std::shared_ptr<const ReplayCheckpoint> cp) { add_checkpoint(std::move(cp)); };
  return plan;
}

void Session::run_pane_task(const Task& t) {
  StoreSnapshot snap = store_.snapshot();
  const ReplayPlan plan = replay_plan(snap);
  auto cancel = [this, gen = t.gen] { return pane_gen_.load(std::memory_order_relaxed) != gen; };
  std::shared_ptr<PaneData> pane;
  std::shared_ptr<EventFields> fields;
  std::shared_ptr<Spectrogram> spectro;
  try {
    if (t.kind == Task::Kind::Spectro) {
      spectro = compute_spectrogram(snap, t.filter, t.width, t.slices, cancel);
      if (!spectro) return;
    } else if (t.kind == Task::Kind::Fields) {
      fields = compute_event_fields(snap, t.evnum, cancel, plan);
      if (!fields) {
        fields = std::make_shared<EventFields>();
        fields->evnum = t.evnum;
      }
    } else if (t.pane_type == PaneData::Type::Echo) {
      pane = compute_echo(snap, t.filter, t.fmt, cancel, plan);
    } else {
      pane = compute_dig(snap, t.filter, t.fmt, cancel, plan, t.pane_type == PaneData::Type::LatencyDig);
    }
  } catch (const std::exception& e) {
    pane = std::make_shared<PaneData>();
    pane->type = t.pane_type;
    pane->error = e.what();
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (pane_gen_ != t.gen) return;
    if (t.kind == Task::Kind::Spectro) {
      spectro_ = spectro;
    } else if (t.kind == Task::Kind::Fields) {
      fields_ = fields;
    } else if (pane) {
      pane->title = t.title;
      pane_ = pane;
    }
  }
  notify();
}

std::shared_ptr<const ViewResult> Session::result() const {
  std::lock_guard<std::mutex> lock(mu_);
  return result_;
}

std::string Session::result_error() const {
  std::lock_guard<std::mutex> lock(mu_);
  return result_error_;
}

bool Session::busy() const {
  std::lock_guard<std::mutex> lock(mu_);
  return view_pending_ || pane_pending_ || working_ || !result_complete_;
}

void Session::wait_idle() {
  std::unique_lock<std::mutex> lock(mu_);
  idle_cv_.wait(lock, [this] {
    return quit_ || (progress_.done && !view_pending_ && !pane_pending_ && !working_ &&
                     (result_complete_ || !result_error_.empty()));
  });
}

bool Session::drill_down(size_t row) {
  const ViewInfo* t = dd_.target_for(view());
  return t && drill_down_to(row, t->id);
}

bool Session::drill_down_to(size_t row, std::string_view view_id) {
  auto r = result();
  if (!r || row >= r->rows()) return false;
  const ViewInfo& v = view();
  int k = DrillDown::drill_key_column(v);
  if (k < 0) return false;
  const ViewColumn& col = v.columns[size_t(k)];
  std::string field = substitute_depth(col.filterfield.empty() ? col.field : col.filterfield, dd_.depth());
  std::string key = r->key_text(row);
  if (!dd_.drill_down_to(view_id, key, field_is_string(field), sort_set_ ? sort_col_ : -1, sort_asc_))
    return false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    sort_set_ = false;
    sort_col_ = -1;
    sort_asc_ = false;
    text_filter_.clear();
  }
  restore_key_.clear();
  schedule_view();
  return true;
}

bool Session::drill_up() {
  DrillLevel l;
  if (!dd_.drill_up(&l)) return false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    sort_set_ = l.sort_col >= 0;
    sort_col_ = l.sort_col;
    sort_asc_ = l.sort_ascending;
    text_filter_.clear();
  }
  restore_key_ = l.selected_key;
  schedule_view();
  return true;
}

bool Session::switch_view(std::string_view id) {
  if (dd_.current() && dd_.current()->id == id) return false;
  if (!dd_.switch_to(id)) return false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    sort_set_ = false;
    sort_col_ = -1;
    sort_asc_ = false;
    text_filter_.clear();
  }
  restore_key_.clear();
  schedule_view();
  return true;
}

std::vector<const ViewInfo*> Session::views_here() const {
  if (dd_.levels().empty()) return registry_.views_applying_to("");
  auto v = registry_.views_applying_to(dd_.levels().back().field);
  if (v.empty()) v = registry_.views_applying_to("");
  return v;
}

void Session::sort_by(int col) {
  auto r = result();
  if (!r || col < 0 || size_t(col) >= r->columns().size()) return;
  bool asc;
  if (r->sort_col == col) asc = !r->sort_ascending;
  else asc = !is_numeric(r->columns()[size_t(col)].type);
  set_sort(col, asc);
}

void Session::set_sort(int col, bool ascending) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    sort_set_ = col >= 0;
    sort_col_ = col;
    sort_asc_ = ascending;
  }
  republish_order();
}

void Session::set_text_filter(const std::string& text) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    text_filter_ = text;
  }
  republish_order();
}

bool Session::set_user_filter(const std::string& filter, std::string* error) {
  if (!filter.empty()) {
    engine::fields::EngineFieldResolver resolver;
    try {
      engine::filter::compile_filter(filter, resolver);
    } catch (const std::exception& e) {
      if (error) *error = e.what();
      return false;
    }
  }
  if (filter == user_filter_) return true;
  user_filter_ = filter;
  schedule_view();
  return true;
}

std::string Session::take_restore_key() {
  std::string k;
  k.swap(restore_key_);
  return k;
}

std::string Session::row_clause(size_t row) const {
  auto r = result();
  const ViewInfo& v = view();
  int k = DrillDown::drill_key_column(v);
  if (!r || row >= r->rows() || k < 0) return for_text();
  const ViewColumn& col = v.columns[size_t(k)];
  std::string field = substitute_depth(col.filterfield.empty() ? col.field : col.filterfield, dd_.depth());
  std::string clause = make_clause(field, r->key_text(row), field_is_string(field));
  return dd_.levels().empty() ? clause : for_text() + " and " + clause;
}

std::string Session::row_filter(size_t row) const {
  std::string f = filter_text();
  auto r = result();
  const ViewInfo& v = view();
  int k = DrillDown::drill_key_column(v);
  if (!r || row >= r->rows() || k < 0) return f;
  const ViewColumn& col = v.columns[size_t(k)];
  std::string field = substitute_depth(col.filterfield.empty() ? col.field : col.filterfield, dd_.depth());
  std::string clause = make_clause(field, r->key_text(row), field_is_string(field));
  if (f.empty()) return clause;
  return "(" + f + ") and " + clause;
}

void Session::request_pane(PaneData::Type type, const std::string& filter, EchoFormat fmt, std::string title) {
  if (source_->live()) {
    request_live_pane(type, filter, fmt, std::move(title));
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    Task t;
    t.kind = Task::Kind::Pane;
    t.gen = ++pane_gen_;
    t.pane_type = type;
    t.filter = filter;
    t.fmt = fmt;
    t.title = std::move(title);
    pane_task_ = std::move(t);
    pane_pending_ = true;
    pane_ = nullptr;
    fields_ = nullptr;
  }
  cv_.notify_all();
}

void Session::request_echo(size_t row, EchoFormat fmt) {
  auto r = result();
  std::string what = r && row < r->rows() ? r->key_text(row) : "";
  request_pane(PaneData::Type::Echo, row_filter(row), fmt, "Echo " + what);
}

void Session::request_dig(size_t row, EchoFormat fmt) {
  auto r = result();
  std::string what = r && row < r->rows() ? r->key_text(row) : "";
  request_pane(PaneData::Type::Dig, row_filter(row), fmt, "Dig " + what);
}

void Session::request_fields(uint64_t evnum) {
  if (source_->live()) {  // nothing is stored live to replay
    std::lock_guard<std::mutex> lock(mu_);
    auto f = std::make_shared<EventFields>();
    f->evnum = evnum;
    fields_ = f;
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    Task t;
    t.kind = Task::Kind::Fields;
    t.gen = ++pane_gen_;
    t.evnum = evnum;
    pane_task_ = std::move(t);
    pane_pending_ = true;
    fields_ = nullptr;
  }
  cv_.notify_all();
}

void Session::request_spectrogram(uint32_t width, uint32_t slices) {
  if (source_->live()) {  // nothing is stored live to replay
    auto sp = std::make_shared<Spectrogram>();
    sp->width = width;
    sp->slices = slices;
    sp->error = "the spectrogram replays a capture file: not available live (record with -w)";
    std::lock_guard<std::mutex> lock(mu_);
    spectro_ = sp;
    return;
  }
  std::string f = filter_text();
  {
    std::lock_guard<std::mutex> lock(mu_);
    Task t;
    t.kind = Task::Kind::Spectro;
    t.gen = ++pane_gen_;
    t.filter = f;
    t.width = width;
    t.slices = slices;
    pane_task_ = std::move(t);
    pane_pending_ = true;
    spectro_ = nullptr;
  }
  cv_.notify_all();
}

std::shared_ptr<const Spectrogram> Session::spectrogram() const {
  std::lock_guard<std::mutex> lock(mu_);
  return spectro_;
}

std::shared_ptr<const PaneData> Session::pane() const {
  std::lock_guard<std::mutex> lock(mu_);
  return pane_;
}

std::shared_ptr<const EventFields> Session::fields() const {
  std::lock_guard<std::mutex> lock(mu_);
  return fields_;
}

void Session::clear_pane() {
  if (source_->live()) stop_live_pane();
  std::lock_guard<std::mutex> lock(mu_);
  ++pane_gen_;
  pane_pending_ = false;
  pane_ = nullptr;
  fields_ = nullptr;
  spectro_ = nullptr;
}

void Session::set_window(const TimeWindow& w) {
  if (w == window_) return;
  window_ = w;
  schedule_view();
}

TimeExtent Session::extent() const {
  std::lock_guard<std::mutex> lock(mu_);  // cheap: the header asks every redraw
  return {progress_.first_ts, progress_.last_ts};
}

std::shared_ptr<const Timeline> Session::compute_timeline_now(uint32_t buckets) const {
  std::string f = dd_.complete_filter();
  if (!user_filter_.empty()) and_into(f, "(" + user_filter_ + ")");
  return compute_timeline(store_.snapshot(), f, buckets, nullptr);
}

}  // namespace trowel::views
