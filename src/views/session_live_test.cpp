// LiveModel: csysdig's live sampling driven by hand — events from a fixture
// capture, intervals ended explicitly.
#include "views/session_live.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "capture/capture_reader.h"
#include "views/session.h"
#include "views/view_loader.h"

namespace trowel::views {
namespace {

#ifdef TROWEL_SHARED_DIR
const std::string kLeakyLive = std::string(TROWEL_SHARED_DIR) + "/captures/leaky-logtxt.scap";
#else
const std::string kLeakyLive;
#endif

ViewRegistry live_registry() {
#ifdef TROWEL_SOURCE_DIR
  return ViewRegistry::load({std::filesystem::path(TROWEL_SOURCE_DIR) / "views"});
#else
  return ViewRegistry::load({});
#endif
}

// Feeds events [from, to) of the capture (1-based numbers) to the model.
struct Feeder {
  std::unique_ptr<capture::CaptureReader> reader = capture::CaptureReader::open(kLeakyLive);
  capture::EventView ev;
  uint64_t n = 0;
  bool done = false;
  void tables(LiveModel& m) { m.load_tables(reader->tables()); }
  void upto(LiveModel& m, uint64_t last) {
    while (n < last && !done) {
      if (!reader->next(ev)) {
        done = true;
        break;
      }
      ++n;
      m.feed(ev);
    }
  }
};

uint64_t column_sum(const ViewTable& t, const std::string& name) {
  const auto& cols = t.visible_columns();
  for (size_t c = 0; c < cols.size(); ++c) {
    if (cols[c].name != name) continue;
    uint64_t sum = 0;
    for (size_t i = 0; i < t.rows(); ++i) {
      const Cell& v = t.cell_value(i, c);
      sum += cols[c].kind == CellKind::Int ? uint64_t(v.i) : v.u;
    }
    return sum;
  }
  FAIL("no column " << name);
  return 0;
}

long row_with(const ViewTable& t, std::string_view text) {
  for (size_t i = 0; i < t.rows(); ++i)
    for (size_t c = 0; c < t.visible_columns().size(); ++c)
      if (t.cell_text(i, c).find(text) != std::string::npos) return long(i);
  return -1;
}

}  // namespace

TEST_CASE("live model: the aggregation resets each interval, the state persists") {
  if (!std::filesystem::exists(kLeakyLive)) return;
  ViewRegistry reg = live_registry();
  const ViewInfo* v = reg.find("procs_errors");
  REQUIRE(v);
  LiveModel m(3'000'000'000ull);
  Feeder f;
  f.tables(m);
  CHECK(m.end_interval() == nullptr);  // no view yet
  m.set_view(*v, {});
  f.upto(m, 30000);  // the processes are still alive (the capture ends with their exits)
  CHECK(m.interval_events() == 30000);
  auto first = m.end_interval();
  REQUIRE(first);
  CHECK(first->span_ns() == 3'000'000'000ull);  // TIME_AVG divides by the interval
  uint64_t errors = column_sum(*first, "FILE") + column_sum(*first, "OTHER");
  CHECK(errors > 1000);  // the EMFILE storm
  long server = row_with(*first, "python");
  REQUIRE(server >= 0);
  std::string key = first->key_text(size_t(server));
  // An interval without events: the same processes (thread-table pass over
  // the persistent state), every counter back to zero.
  auto idle = m.end_interval();
  REQUIRE(idle);
  CHECK(idle->rows() == first->rows());
  CHECK(column_sum(*idle, "FILE") + column_sum(*idle, "OTHER") == 0);
  long again = row_with(*idle, "python");
  REQUIRE(again >= 0);
  CHECK(idle->key_text(size_t(again)) == key);  // the selection is kept by key
  CHECK(m.events() == 30000);
  CHECK(m.interval_events() == 0);
}

TEST_CASE("live model: a new view starts a fresh aggregation over the same state") {
  if (!std::filesystem::exists(kLeakyLive)) return;
  ViewRegistry reg = live_registry();
  LiveModel m(1'000'000'000ull);
  Feeder f;
  f.tables(m);
  m.set_view(*reg.find("procs"), {});
  f.upto(m, 20000);
  m.set_view(*reg.find("procs_errors"), {});
  f.upto(m, ~0ull);
  auto t = m.end_interval();
  REQUIRE(t);
  CHECK(t->view().id == "procs_errors");
  // Only the events after the switch count; processes seen before are known.
  CHECK(column_sum(*t, "FILE") + column_sum(*t, "OTHER") > 0);
  CHECK(row_with(*t, "python") >= 0);
  CHECK_THROWS_AS(m.set_view(*reg.find("procs"), ViewTable::Options{"evt.nosuchfield=1"}), ViewTableError);
  CHECK(m.has_view());  // a failed set_view changes nothing
  CHECK(m.end_interval()->view().id == "procs_errors");
}

TEST_CASE("live model: list views stream into a bounded scroll-back") {
  if (!std::filesystem::exists(kLeakyLive)) return;
  ViewRegistry reg = live_registry();
  const ViewInfo* v = reg.find("file_opens");
  REQUIRE(v);
  LiveModel m(2'000'000'000ull, /*list_rows=*/100, /*pane_lines=*/50);
  Feeder f;
  f.tables(m);
  m.set_view(*v, {});
  size_t prev_rows = 0;
  std::string first_key;
  for (uint64_t upto = 200; !f.done; upto += 200) {
    f.upto(m, upto);
    auto t = m.end_interval();
    REQUIRE(t);
    CHECK(t->rows() >= prev_rows);  // rows only append ...
    CHECK(t->rows() <= 100);        // ... up to the bound
    prev_rows = t->rows();
    if (first_key.empty() && t->rows()) first_key = t->key_text(0);
    if (t->rows() == 100) break;
  }
  REQUIRE(prev_rows > 0);
  f.upto(m, ~0ull);
  auto t = m.end_interval();
  CHECK(t->rows() == 100);
  CHECK(t->dropped_rows() > 0);
  // Row numbers keep counting across intervals (the row key).
  CHECK(std::stoull(t->key_text(t->rows() - 1)) == t->dropped_rows() + 100);
  m.clear_rows();  // 'c'
  CHECK(m.end_interval()->rows() == 0);
}

TEST_CASE("live model: a pane streams the matching events from its start, bounded") {
  if (!std::filesystem::exists(kLeakyLive)) return;
  ViewRegistry reg = live_registry();
  LiveModel m(2'000'000'000ull, 100, /*pane_lines=*/50);
  Feeder f;
  f.tables(m);
  m.set_view(*reg.find("procs"), {});
  f.upto(m, 1000);
  CHECK_FALSE(m.has_pane());
  m.start_pane(PaneData::Type::Dig, "evt.res=EMFILE", EchoFormat::Dotted, "Dig");
  CHECK(m.pane_changed());
  auto empty = m.pane_copy();
  REQUIRE(empty);
  CHECK(empty->size() == 0);
  CHECK(empty->title == "Dig");
  CHECK_FALSE(m.pane_changed());
  f.upto(m, ~0ull);
  CHECK(m.pane_changed());
  auto p = m.pane_copy();
  CHECK(p->events > 50);
  CHECK(p->size() <= 50 + 50 / 8);
  CHECK(p->dropped > 0);
  CHECK(p->line(0).text.find("EMFILE") != std::string_view::npos);
  CHECK(empty->size() == 0);  // copies are immutable
  m.start_pane(PaneData::Type::Dig, "evt.res=(", EchoFormat::Dotted, "bad");
  CHECK_FALSE(m.pane_copy()->error.empty());
  m.stop_pane();
  CHECK(m.pane_copy() == nullptr);
}

}  // namespace trowel::views
