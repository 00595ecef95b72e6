// Session model: loads a capture into memory once, navigates without
// re-reading it, panes and field lists from memory.
#include "views/session.h"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>

namespace trowel::views {
namespace {

#ifdef TROWEL_SHARED_DIR
const std::string kLeaky = std::string(TROWEL_SHARED_DIR) + "/captures/leaky-logtxt.scap";
#endif

ViewRegistry test_registry() {
#ifdef TROWEL_SOURCE_DIR
  return ViewRegistry::load({std::filesystem::path(TROWEL_SOURCE_DIR) / "views"});
#else
  return ViewRegistry::load({});
#endif
}

long find_row(const ViewResult& r, size_t col, std::string_view text) {
  for (size_t i = 0; i < r.rows(); ++i)
    if (r.cell_text(i, col).find(text) != std::string::npos) return long(i);
  return -1;
}

}  // namespace

TEST_CASE("store: events replay from memory with the reader's view of them") {
  EventStore store;
  capture::SectionTables t;
  store.add_section(t);
  uint8_t ev1[30] = {};
  uint64_t ts = 1000;
  std::memcpy(ev1, &ts, 8);
  int64_t tid = 42;
  std::memcpy(ev1 + 8, &tid, 8);
  uint32_t len = 30;
  std::memcpy(ev1 + 16, &len, 4);
  uint16_t type = 3;
  std::memcpy(ev1 + 20, &type, 2);
  capture::EventView ev;
  ev.data = ev1;
  ev.len = len;
  ev.nparams = 1;
  ev.len_width = 2;
  ev.v2 = true;
  ev.ts = ts;
  ev.flags = 1;
  ev.cpuid = 7;
  store.append(ev);
  CHECK(store.snapshot().events == 0);  // not yet published
  store.publish();
  auto snap = store.snapshot();
  REQUIRE(snap.events == 1);
  int seen = 0;
  snap.for_each([&](const capture::EventView& e) {
    ++seen;
    CHECK(e.num == 1);
    CHECK(e.ts == 1000);
    CHECK(e.tid == 42);
    CHECK(e.type == 3);
    CHECK(e.cpuid == 7);
    CHECK(e.flags == 1);
    CHECK(e.nparams == 1);
    CHECK(e.lens == e.data + 26);
    CHECK(e.values == e.data + 28);
    return true;
  });
  CHECK(seen == 1);
}

TEST_CASE("pane: compact lines, trimming keeps the newest") {
  PaneData p;
  for (int i = 0; i < 30; ++i) p.add("line " + std::to_string(i), uint64_t(i), i % 2 ? PaneLine::ReadHeader : PaneLine::Text);
  CHECK(p.size() == 30);
  CHECK(p.line(3).text == "line 3");
  CHECK(p.line(3).kind == PaneLine::ReadHeader);
  p.trim(16);
  CHECK(p.size() == 16);
  CHECK(p.dropped == 14);
  CHECK(p.line(0).text == "line 14");
  CHECK(p.line(0).evnum == 14);
  CHECK(p.line(15).text == "line 29");
}

TEST_CASE("pane: lines across text blocks; joining and exact trimming copy no text") {
  // Lines of 100 KiB: about ten to a 1 MiB block; one line larger than a block.
  auto text_of = [](int i) { return std::string(i == 25 ? 3 << 20 : 100 << 10, char('a' + i % 26)) + std::to_string(i); };
  PaneData early, late;
  for (int i = 0; i < 40; ++i) early.add(text_of(i), uint64_t(i));
  for (int i = 40; i < 70; ++i) late.add(text_of(i), uint64_t(i), PaneLine::WriteHeader);
  late.events = 5;
  early.events = 7;
  early.append(std::move(late));
  REQUIRE(early.size() == 70);
  CHECK(early.events == 12);
  for (int i = 0; i < 70; ++i) {
    CHECK(early.line(size_t(i)).text == text_of(i));
    CHECK(early.line(size_t(i)).evnum == uint64_t(i));
  }
  CHECK(early.line(45).kind == PaneLine::WriteHeader);
  early.trim_exact(33);
  REQUIRE(early.size() == 33);
  CHECK(early.dropped == 37);
  CHECK(early.line(0).text == text_of(37));
  CHECK(early.line(32).text == text_of(69));
  early.add("after", 70);  // still appends after trimming
  CHECK(early.line(33).text == "after");
  PaneData copy = early;  // live panes hand out copies
  CHECK(copy.line(33).text == "after");
  early.trim_exact(0);
  CHECK(early.empty());
  early.add("fresh", 71);
  CHECK(early.line(0).text == "fresh");
}

TEST_CASE("pane: many lines across reference segments, joined, trimmed and joined again") {
  // 64 Ki references a segment: these panes span several, and the join
  // and the trims fall inside segments.
  auto text_of = [](size_t i) { return std::string("l").append(std::to_string(i)); };
  const size_t n1 = 150'001, n2 = 100'003, n3 = 70'000;
  PaneData a, b, c;
  for (size_t i = 0; i < n1; ++i) a.add(text_of(i), i);
  for (size_t i = n1; i < n1 + n2; ++i) b.add(text_of(i), i, PaneLine::ReadHeader);
  b.trim_exact(n2 - 5);  // a later part that was itself trimmed
  a.append(std::move(b));
  CHECK(b.empty());
  REQUIRE(a.size() == n1 + n2 - 5);
  auto check_all = [&](const PaneData& p, size_t first) {
    for (size_t i = 0; i < p.size(); ++i) {
      size_t want = i + first < n1 ? i + first : i + first + 5;  // the 5 trimmed from b
      if (p.line(i).evnum != want || p.line(i).text != text_of(want)) {
        FAIL_CHECK("line " << i << " is " << p.line(i).text << ", want " << text_of(want));
        return;
      }
    }
  };
  check_all(a, 0);
  a.trim_exact(200'000);  // drops 49,999 lines: inside the first segment
  REQUIRE(a.size() == 200'000);
  check_all(a, 49'999);
  a.trim_exact(120'000);  // drops whole segments and part of one
  check_all(a, 129'999);
  for (size_t i = 0; i < n3; ++i) c.add(text_of(n1 + n2 + i), n1 + n2 + i);
  a.append(std::move(c));
  REQUIRE(a.size() == 120'000 + n3);
  CHECK(a.line(119'999).text == text_of(n1 + n2 - 1));
  CHECK(a.line(120'000).text == text_of(n1 + n2));
  CHECK(a.line(a.size() - 1).text == text_of(n1 + n2 + n3 - 1));
  a.add("tail", 1);
  CHECK(a.line(a.size() - 1).text == "tail");
  CHECK(a.line(a.size() - 2).text == text_of(n1 + n2 + n3 - 1));
}

TEST_CASE("result: sort and free-text filter without recomputing") {
  CHECK(contains_nocase("Python3", "pyth"));
  CHECK_FALSE(contains_nocase("bash", "zsh"));
}

#if defined(TROWEL_SHARED_DIR) && defined(TROWEL_SOURCE_DIR)
namespace {
// A stand-in for a live source: delivers a capture's events, then keeps
// running (no end) until stopped, as an eBPF recorder would.
class FakeLiveSource : public EventSource {
 public:
  explicit FakeLiveSource(std::string path) : file_(std::move(path)) {}
  void run(EventSink& sink, const std::atomic<bool>& stop) override {
    struct NoEnd : EventSink {
      EventSink& inner;
      explicit NoEnd(EventSink& i) : inner(i) {}
      void on_section(const capture::SectionTables& t) override { inner.on_section(t); }
      void on_event(const capture::EventView& ev) override { inner.on_event(ev); }
      void on_progress(uint64_t, uint64_t) override {}
      void on_end(SourceEnd, const std::string&) override {}
    } no_end(sink);
    file_.run(no_end, stop);
    while (!stop) {  // a live source reports progress now and then
      sink.on_progress(0, 0);
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    sink.on_end(SourceEnd::Stopped, "stopped");
  }
  std::string name() const override { return "Live System"; }
  bool live() const override { return true; }

 private:
  FileEventSource file_;
};
}  // namespace

TEST_CASE("session: a live source is sampled per interval; panes stream from their request on") {
  if (!std::filesystem::exists(kLeaky)) return;
  ViewRegistry reg = test_registry();
  Session s(reg, std::make_unique<FakeLiveSource>(kLeaky));
  s.set_interval_ms(100);
  std::string err;
  REQUIRE(s.start("procs_errors", &err));
  CHECK(s.result() == nullptr);  // "Collecting Data" until the first tick
  // Every event arrives (in one or more intervals), then idle intervals.
  for (int i = 0; i < 500 && s.progress().events != 34725; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(s.progress().events == 34725);
  CHECK(s.progress().live);
  uint64_t ticks = s.progress().ticks;
  for (int i = 0; i < 500 && s.progress().ticks < ticks + 2; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  auto r = s.result();
  REQUIRE(r);
  CHECK(r->complete);
  CHECK(r->events == 0);                  // an idle interval ...
  CHECK(r->rows() == 0);                  // ... every process of the capture has exited
  CHECK(r->table->span_ns() == 100'000'000ull);
  CHECK_FALSE(s.progress().done);
  // Navigation restarts the aggregation: nothing until the next tick.
  REQUIRE(s.switch_view("procs"));
  CHECK(s.result() == nullptr);
  for (int i = 0; i < 500 && !s.result(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  REQUIRE(s.result());
  CHECK(s.result()->table->view().id == "procs");
  // A pane shows what arrives after it was asked for: nothing more comes.
  s.request_pane(PaneData::Type::Dig, "evt.res=EMFILE", EchoFormat::Dotted, "dig");
  std::shared_ptr<const PaneData> pane;
  for (int i = 0; i < 200 && !pane; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    pane = s.pane();
  }
  REQUIRE(pane);
  CHECK(pane->size() == 0);
  CHECK(pane->title == "dig");
}

namespace {
// A FakeLiveSource that remembers the event types it was told.
class MaskedFakeLiveSource : public FakeLiveSource {
 public:
  using FakeLiveSource::FakeLiveSource;
  void set_event_types(const engine::filter::EventTypeSet& types) override {
    std::lock_guard<std::mutex> lock(mu);
    told.push_back(engine::filter::describe(types));
  }
  std::vector<std::string> calls() {
    std::lock_guard<std::mutex> lock(mu);
    return told;
  }
  std::mutex mu;
  std::vector<std::string> told;
};

// Waits until the source's last call is `want` (or gives up).
std::string wait_last(MaskedFakeLiveSource& src, const std::string& want) {
  std::string last;
  for (int i = 0; i < 300; ++i) {
    auto c = src.calls();
    last = c.empty() ? "(none)" : c.back();
    if (last == want) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return last;
}
}  // namespace

TEST_CASE("session: the live event-type mask follows the view, the user filter and the pane") {
  if (!std::filesystem::exists(kLeaky)) return;
  ViewRegistry reg = test_registry();
  auto owned = std::make_unique<MaskedFakeLiveSource>(kLeaky);
  MaskedFakeLiveSource& src = *owned;
  Session s(reg, std::move(owned));
  s.set_interval_ms(100);
  std::string err;
  REQUIRE(s.start("file_opens", &err));
  CHECK(wait_last(src, "4 types (creat, open, openat, openat2)") == "4 types (creat, open, openat, openat2)");
  // The user's filter narrows it (ANDed with the view's).
  REQUIRE(s.set_user_filter("evt.type in (openat, read)", &err));
  CHECK(wait_last(src, "1 type (openat)") == "1 type (openat)");
  // A pane's filter is united with the view's.
  s.request_pane(PaneData::Type::Dig, "evt.type=close", EchoFormat::Dotted, "dig");
  CHECK(wait_last(src, "2 types (close, openat)") == "2 types (close, openat)");
  s.clear_pane();
  CHECK(wait_last(src, "1 type (openat)") == "1 type (openat)");
  // Most views can use every event type.
  REQUIRE(s.set_user_filter("", &err));
  CHECK(wait_last(src, "4 types (creat, open, openat, openat2)") == "4 types (creat, open, openat, openat2)");
  REQUIRE(s.switch_view("procs"));
  CHECK(wait_last(src, "all") == "all");
  auto calls = src.calls();
  CHECK(calls.size() == 6);  // only changes are told
}

TEST_CASE("spectrogram: calls per (time slice, latency bucket)") {
  std::string f = std::string(TROWEL_SHARED_DIR) + "/captures/falco_open-multiple-files.scap";
  if (!std::filesystem::exists(f)) return;
  ViewRegistry reg = test_registry();
  Session s(reg, std::make_unique<FileEventSource>(f));
  std::string err;
  REQUIRE(s.start("procs", &err));
  s.wait_idle();
  s.request_spectrogram(80, 10);
  s.wait_idle();
  auto sp = s.spectrogram();
  REQUIRE(sp);
  CHECK(sp->error.empty());
  CHECK(sp->counts.size() == 800);
  uint64_t sum = 0;
  for (uint32_t c : sp->counts) sum += c;
  CHECK(sum == sp->events);
  CHECK(sp->events > 0);
  CHECK(sp->max > 0);
}

TEST_CASE("session: the leaky-logtxt walk in memory") {
  if (!std::filesystem::exists(kLeaky)) return;
  ViewRegistry reg = test_registry();
  Session s(reg, std::make_unique<FileEventSource>(kLeaky));
  std::string err;
  REQUIRE(s.start("procs", &err));
  s.wait_idle();
  auto p = s.progress();
  CHECK(p.done);
  CHECK(p.events == 34725);
  CHECK(p.end == SourceEnd::Complete);
  auto r = s.result();
  REQUIRE(r);
  CHECK(r->complete);
  CHECK(r->rows() > 0);

  REQUIRE(s.switch_view("procs_errors"));
  s.wait_idle();
  r = s.result();
  REQUIRE(r);
  long row = find_row(*r, 3, "python");
  if (row < 0) row = 0;
  std::string key = r->key_text(size_t(row));
  REQUIRE(s.drill_down(size_t(row)));
  s.wait_idle();
  CHECK(s.view().id != "procs_errors");
  CHECK(s.for_text().find(key) != std::string::npos);
  r = s.result();
  REQUIRE(r);

  // Dig of the whole selection shows the failing openat of log.txt.
  s.request_pane(PaneData::Type::Dig, s.filter_text() + " and evt.res=EMFILE", EchoFormat::Dotted, "dig");
  s.wait_idle();
  auto pane = s.pane();
  REQUIRE(pane);
  CHECK(pane->error.empty());
  REQUIRE(!pane->empty());
  CHECK(pane->line(0).text.find("openat") != std::string::npos);
  CHECK(pane->line(0).text.find("EMFILE") != std::string::npos);

  // Fields of that event.
  s.request_fields(pane->line(0).evnum);
  s.wait_idle();
  auto f = s.fields();
  REQUIRE(f);
  bool has_type = false;
  for (const auto& [k, v] : f->fields)
    if (k == "evt.type") has_type = v == "openat";
  CHECK(has_type);

  // Back restores the view and the selection key.
  REQUIRE(s.drill_up());
  CHECK(s.view().id == "procs_errors");
  CHECK(s.take_restore_key() == key);
  s.wait_idle();
  r = s.result();
  REQUIRE(r);
  CHECK(r->find_key(key) >= 0);

  // A bad filter is refused with one line, nothing changes.
  CHECK_FALSE(s.set_user_filter("proc.name = = x", &err));
  CHECK(!err.empty());
  CHECK(s.user_filter().empty());

  // Sorting flips direction on the same column.
  s.sort_by(0);
  bool asc = s.result()->sort_ascending;
  s.sort_by(0);
  CHECK(s.result()->sort_ascending != asc);

  // Back restores a sort chosen before drilling down.
  s.set_sort(1, true);
  r = s.result();
  REQUIRE(r);
  REQUIRE(s.drill_down(0));
  s.wait_idle();
  CHECK(s.result()->sort_col != 1);
  REQUIRE(s.drill_up());
  s.wait_idle();
  CHECK(s.result()->sort_col == 1);
  CHECK(s.result()->sort_ascending);

  // F2 at a drilled level offers the views applying to the drill field.
  REQUIRE(s.drill_down(0));
  for (const ViewInfo* v : s.views_here()) {
    bool applies = false;
    for (const auto& a : v->applies_to) applies = applies || a == s.drilldown().levels().back().field;
    CHECK_MESSAGE(applies, v->id);
  }
  REQUIRE(s.drill_up());
  s.wait_idle();

  // Free text keeps matching rows only, search finds rows.
  s.set_text_filter("PYTHON3");
  r = s.result();
  REQUIRE(r);
  CHECK(r->rows() >= 1);
  for (size_t i = 0; i < r->rows(); ++i) CHECK(r->cell_text(i, r->columns().size() - 1).find("python3") != std::string::npos);
  s.set_text_filter("");
  CHECK(s.result()->find_text("server.py", 0) >= 0);
  CHECK(s.result()->find_text("no-such-process", 0) < 0);

  // Echo of the server shows HTTP.
  REQUIRE(s.switch_view("procs"));
  s.wait_idle();
  r = s.result();
  long srv = -1;
  for (size_t i = 0; i < r->rows() && srv < 0; ++i)
    for (size_t c = 0; c < r->columns().size(); ++c)
      if (r->cell_text(i, c).find("server.py") != std::string::npos) srv = long(i);
  if (srv >= 0) {
    s.request_echo(size_t(srv), EchoFormat::Printable);
    s.wait_idle();
    pane = s.pane();
    REQUIRE(pane);
    bool http = false;
    for (size_t i = 0; i < pane->size(); ++i)
      if (pane->line(i).text.find("HTTP/1.") != std::string::npos) http = true;
    CHECK(http);
  }
}
#endif

}  // namespace trowel::views
