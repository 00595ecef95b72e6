// Session's live mode (see session.h): the loader thread's sink feeding a
// LiveModel, publishing one table per interval, and the UI-side requests.
#include <chrono>

#include "engine/fields/field.h"
#include "engine/fields/field_event_types.h"
#include "engine/filter/filter.h"
#include "views/session.h"
#include "views/session_live.h"

namespace trowel::views {

namespace {
using Clock = std::chrono::steady_clock;
constexpr auto kListRefresh = std::chrono::milliseconds(200);  // csysdig's list-view refresh
constexpr auto kPaneRefresh = std::chrono::milliseconds(200);

// The event types a filter text can match ("" or a bad filter: all).
engine::filter::EventTypeSet types_of(const std::string& text) {
  if (text.empty()) return engine::filter::EventTypeSet::any();
  try {
    engine::fields::EngineFieldResolver resolver;
    return engine::fields::engine_event_types_of(*engine::filter::compile_filter(text, resolver));
  } catch (const std::exception&) {
    return engine::filter::EventTypeSet::any();
  }
}
}  // namespace

struct Session::LiveSink : EventSink {
  Session& s;
  LiveModel model;
  uint64_t gen = 0;  // view generation the model aggregates
  Clock::time_point interval_start = Clock::now(), last_pane = Clock::now();
  uint64_t events_at_start = 0;
  bool first_tick_pending = true;
  // What the view and the pane can use; the source was last told `told`.
  engine::filter::EventTypeSet view_types, pane_types, told;
  bool pane_on = false;

  explicit LiveSink(Session& session)
      : s(session), model(uint64_t(session.interval_ms_) * 1'000'000ull) {}

  Clock::duration interval() const {
    auto d = std::chrono::milliseconds(s.interval_ms_);
    return model.list_view() && d > kListRefresh ? Clock::duration(kListRefresh) : Clock::duration(d);
  }

  // Applies what the UI asked (loader thread, outside mu_ for the work).
  void apply() {
    LiveRequest req;
    {
      std::lock_guard<std::mutex> lock(s.mu_);
      req = std::move(s.live_req_);
      s.live_req_ = LiveRequest{};
      s.live_dirty_ = false;
    }
    if (req.view) {
      std::string error;
      try {
        model.set_view(*req.view_info, req.options);
      } catch (const std::exception& e) {
        model.clear_view();
        error = e.what();
      }
      view_types = error.empty() ? types_of(req.view_filter) : engine::filter::EventTypeSet::any();
      gen = req.gen;
      interval_start = Clock::now();
      events_at_start = model.events();
      if (!error.empty()) {
        {
          std::lock_guard<std::mutex> lock(s.mu_);
          if (s.view_gen_ == req.gen) {
            s.result_error_ = error;
            s.result_complete_ = true;
          }
        }
        s.notify();
      }
    }
    if (req.clear_rows) model.clear_rows();
    if (req.stop_pane) {
      model.stop_pane();
      pane_on = false;
    }
    if (req.pane) {
      model.start_pane(req.pane_type, req.filter, req.fmt, req.title);
      last_pane = Clock::now() - kPaneRefresh;
      pane_on = true;
      pane_types = types_of(req.filter);
    }
    // The event-type mask follows the view and the pane.
    engine::filter::EventTypeSet want = pane_on ? engine::filter::unite(view_types, pane_types) : view_types;
    if (want != told) {
      told = want;
      s.source_->set_event_types(told);
    }
  }

  void tick(Clock::time_point now) {
    double secs = std::chrono::duration<double>(now - interval_start).count();
    uint64_t n = model.events() - events_at_start;
    auto table = model.end_interval();  // the tick's work: finish + sort (see live_model_bench)
    interval_start = now;
    events_at_start = model.events();
    uint64_t drops = s.source_->drops();
    {
      std::lock_guard<std::mutex> lock(s.mu_);
      LoadProgress& p = s.progress_;
      p.live = true;
      p.events = model.events();
      p.rate = secs > 0 ? double(n) / secs : 0;
      p.drops = drops;
      ++p.ticks;
      p.first_ts = model.state().first_ts();
      p.last_ts = model.state().last_ts();
      if (table && s.view_gen_ == gen) {
        s.table_ = table;
        s.result_complete_ = true;
        s.result_gen_ = gen;
        auto r = make_result(table, s.sort_set_ ? s.sort_col_ : -1, s.sort_asc_, s.text_filter_);
        r->complete = true;
        r->events = n;
        r->compute_ns = uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - now).count());
        s.result_ = r;
      }
    }
    s.notify();
  }

  void publish_pane() {
    auto pane = model.pane_copy();
    {
      std::lock_guard<std::mutex> lock(s.mu_);
      if (pane) s.pane_ = pane;
    }
    s.notify();
  }

  void poll() {
    if (s.live_dirty_.load(std::memory_order_acquire)) apply();
    auto now = Clock::now();
    if (now - interval_start >= interval()) tick(now);
    if (model.pane_changed() && now - last_pane >= kPaneRefresh) {
      last_pane = now;
      publish_pane();
    }
  }

  void on_section(const capture::SectionTables& t) override { model.load_tables(t); }
  void on_event(const capture::EventView& ev) override {
    if (s.live_dirty_.load(std::memory_order_relaxed)) apply();
    model.feed(ev);
  }
  void on_progress(uint64_t, uint64_t) override { poll(); }
  void on_end(SourceEnd end, const std::string& message) override {
    {
      std::lock_guard<std::mutex> lock(s.mu_);
      s.progress_.live = true;
      s.progress_.events = model.events();
      s.progress_.end = end;
      s.progress_.message = message;
      s.progress_.done = true;
      s.progress_.drops = s.source_->drops();
    }
    s.idle_cv_.notify_all();
    s.notify();
  }
};

void Session::live_loader_main() {
  LiveSink sink(*this);
  {
    std::lock_guard<std::mutex> lock(mu_);
    progress_.live = true;
  }
  source_->run(sink, stop_);
}

void Session::schedule_live_view() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    live_req_.view = true;
    live_req_.view_info = dd_.current();
    live_req_.options.extra_filter = extra_filter();
    live_req_.view_filter = filter_text();
    live_req_.options.depth = dd_.depth();
    live_req_.gen = ++view_gen_;
    view_task_ = Task{};
    view_pending_ = false;
    result_error_.clear();
    table_ = nullptr;
    result_ = nullptr;
    result_complete_ = false;
    live_dirty_ = true;
  }
  notify();
}

void Session::request_live_pane(PaneData::Type type, const std::string& filter, EchoFormat fmt, std::string title) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    live_req_.pane = true;
    live_req_.stop_pane = false;
    live_req_.pane_type = type;
    live_req_.filter = filter;
    live_req_.fmt = fmt;
    live_req_.title = std::move(title);
    live_req_.pane_gen = ++pane_gen_;
    pane_ = nullptr;
    fields_ = nullptr;
    live_dirty_ = true;
  }
}

void Session::clear_live_rows() {
  if (!source_->live()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    live_req_.clear_rows = true;
    table_ = nullptr;
    result_ = nullptr;
    live_dirty_ = true;
  }
  notify();
}

void Session::stop_live_pane() {
  std::lock_guard<std::mutex> lock(mu_);
  live_req_.pane = false;
  live_req_.stop_pane = true;
  live_dirty_ = true;
}

}  // namespace trowel::views
