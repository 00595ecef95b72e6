// Split replays: a computation that runs as two halves from a checkpoint
// gives exactly what one replay of the whole store gives.
#include "views/session_compute.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "capture/capture_reader.h"
#include "views/view_loader.h"
#include "views/view_table_test_util.h"

namespace trowel::views {
namespace {

// The capture in a store of small chunks (so that it splits).
void load(EventStore& store, const std::string& path) {
  auto reader = capture::CaptureReader::open(path);
  store.add_section(reader->tables());
  reader->set_section_callback(
      [](void* ctx, const capture::SectionTables& t) { static_cast<EventStore*>(ctx)->add_section(t); }, &store);
  capture::EventView ev;
  while (reader->next(ev)) store.append(ev);
  store.publish();
}

std::vector<std::string> pane_text(const PaneData& p) {
  std::vector<std::string> out;
  for (size_t i = 0; i < p.size(); ++i) out.push_back(std::to_string(p.line(i).evnum) + " " + std::string(p.line(i).text));
  return out;
}

}  // namespace

#if defined(TROWEL_SHARED_DIR) && defined(TROWEL_SOURCE_DIR)
TEST_CASE("split replay: views, panes and field lists equal one whole replay") {
  ViewRegistry reg = ViewRegistry::load({std::filesystem::path(TROWEL_SOURCE_DIR) / "views"});
  const std::string shared = TROWEL_SHARED_DIR;
  for (std::string path : {shared + "/captures/leaky-logtxt.scap", shared + "/captures/libs_curl_google_comments.scap",
                           std::string(TROWEL_SOURCE_DIR) + "/testdata/two_sections.scap",
                           std::string(TROWEL_SOURCE_DIR) + "/testdata/containers.scap"}) {
    CAPTURE(path);
    EventStore store(16 * 1024);
    load(store, path);
    StoreSnapshot snap = store.snapshot();
    std::vector<std::shared_ptr<const ReplayCheckpoint>> cps;
    ReplayPlan make;
    make.make = [&](std::shared_ptr<const ReplayCheckpoint> c) { cps.push_back(std::move(c)); };
    const ViewInfo* procs = reg.find("procs");
    REQUIRE(procs);
    auto whole = compute_view(snap, *procs, {}, nullptr, make);
    REQUIRE(whole);
    if (snap.chunks.size() < 2) {
      CHECK(cps.empty());
      continue;
    }
    REQUIRE(!cps.empty());
    CHECK(cps.size() <= kReplayParts - 1);
    for (const auto& cp : cps) REQUIRE(cp->fits(snap));
    ReplayPlan use;  // every checkpoint: up to kReplayParts parts
    use.cuts = cps;
    for (const ViewInfo& v : reg.views()) {
      CAPTURE(v.id);
      auto a = compute_view(snap, v, {}, nullptr);
      auto b = compute_view(snap, v, {}, nullptr, use);
      REQUIRE(a);
      REQUIRE(b);
      CHECK(table_text(*a) == table_text(*b));
      CHECK(a->dropped_rows() == b->dropped_rows());
    }
    for (std::string filter : {"", "proc.name contains p", "evt.failed=true"}) {
      CAPTURE(filter);
      auto d1 = compute_dig(snap, filter, EchoFormat::Dotted, nullptr);
      auto d2 = compute_dig(snap, filter, EchoFormat::Dotted, nullptr, use);
      CHECK(pane_text(*d1) == pane_text(*d2));
      CHECK(d1->events == d2->events);
      auto e1 = compute_echo(snap, filter, EchoFormat::Hex, nullptr);
      auto e2 = compute_echo(snap, filter, EchoFormat::Hex, nullptr, use);
      CHECK(pane_text(*e1) == pane_text(*e2));
    }
    uint64_t late_event = snap.events - 3;
    auto f1 = compute_event_fields(snap, late_event, nullptr);
    auto f2 = compute_event_fields(snap, late_event, nullptr, use);
    REQUIRE(f1);
    REQUIRE(f2);
    CHECK(f1->fields == f2->fields);
  }
}
#endif

#if defined(TROWEL_SHARED_DIR)
TEST_CASE("spectrogram selection: the dig of a rectangle holds exactly the calls it counted") {
  EventStore store;
  load(store, std::string(TROWEL_SHARED_DIR) + "/captures/libs_curl_google_comments.scap");
  StoreSnapshot snap = store.snapshot();
  for (uint32_t width : {80u, 137u}) {
    CAPTURE(width);
    auto sp = compute_spectrogram(snap, "", width, 20, nullptr);
    REQUIRE(sp);
    REQUIRE(sp->events > 100);
    struct Rect { uint32_t s0, s1, b0, b1; };
    std::vector<Rect> rects = {{0, 19, 0, width - 1}, {0, 0, 0, width - 1}, {19, 19, 0, width - 1},
                               {3, 11, width / 3, width / 2}, {0, 19, 0, width / 4}, {5, 5, width / 2, width - 1}};
    // And each single bucket that holds calls, over all slices.
    for (uint32_t b = 0; b < width; ++b)
      for (uint32_t sl = 0; sl < 20; ++sl)
        if (sp->counts[size_t(sl) * width + b]) {
          rects.push_back({0, 19, b, b});
          break;
        }
    for (const Rect& r : rects) {
      uint64_t counted = 0;
      for (uint32_t sl = r.s0; sl <= r.s1; ++sl)
        for (uint32_t b = r.b0; b <= r.b1; ++b) counted += sp->counts[size_t(sl) * width + b];
      std::string f = spectrogram_selection_filter(*sp, r.s1, r.s0, r.b1, r.b0);  // corners in any order
      CAPTURE(f);
      auto dig = compute_dig(snap, f, EchoFormat::Dotted, nullptr, {}, true);
      REQUIRE(dig);
      REQUIRE(dig->error.empty());
      CHECK(dig->events == counted);
      if (dig->size()) CHECK(dig->line(0).text.substr(0, 9) == "(latency=");
    }
  }
}
#endif

TEST_CASE("split replay: a checkpoint fits every snapshot that still has its chunk boundary") {
  ReplayCheckpoint cp;
  StoreSnapshot snap;
  uint8_t bytes[8] = {};
  snap.chunks = {{bytes, 0, 0}, {bytes, 0, 10}};
  snap.events = 20;
  cp.chunk = 1;
  cp.events_before = 10;
  CHECK(!cp.fits(snap));  // no state
  cp.state = std::make_shared<engine::State>();
  CHECK(cp.fits(snap));
  snap.chunks.push_back({bytes, 0, 30});  // more loaded since
  snap.events = 40;
  CHECK(cp.fits(snap));
  cp.events_before = 11;  // another store
  CHECK(!cp.fits(snap));
  cp.events_before = 10;
  cp.chunk = 3;
  CHECK(!cp.fits(snap));
  cp.chunk = 0;
  CHECK(!cp.fits(snap));
}

#if defined(TROWEL_SHARED_DIR) && defined(TROWEL_SOURCE_DIR)
TEST_CASE("progressive view: chunk by chunk equals one replay, and its checkpoints split replays") {
  ViewRegistry reg = ViewRegistry::load({std::filesystem::path(TROWEL_SOURCE_DIR) / "views"});
  EventStore store(16 * 1024);
  load(store, std::string(TROWEL_SHARED_DIR) + "/captures/leaky-logtxt.scap");
  StoreSnapshot snap = store.snapshot();
  REQUIRE(snap.chunks.size() > 8);
  for (const char* id : {"procs", "procs_errors", "files", "lsof", "spy_users", "connections"}) {
    CAPTURE(id);
    const ViewInfo* v = reg.find(id);
    REQUIRE(v);
    std::vector<std::shared_ptr<const ReplayCheckpoint>> cps;
    ProgressiveView pv(*v, {});
    REQUIRE(pv.advance(snap, 3, nullptr, [&](auto cp) { cps.push_back(cp); }));
    CHECK(pv.next_chunk() == 3);
    auto partial = pv.shown();
    REQUIRE(partial);
    REQUIRE(pv.advance(snap, 7, nullptr, [&](auto cp) { cps.push_back(cp); }));
    REQUIRE(pv.advance(snap, snap.chunks.size(), nullptr, [&](auto cp) { cps.push_back(cp); }));
    CHECK(cps.size() == snap.chunks.size() - 1);
    auto shown = pv.shown();
    auto final_table = pv.finish();
    auto whole = compute_view(snap, *v, {}, nullptr);
    CHECK(table_text(*final_table) == table_text(*whole));
    CHECK(table_text(*shown) == table_text(*whole));
    for (size_t i : {size_t(0), cps.size() / 2, cps.size() - 1}) {
      ReplayPlan use;
      use.cuts = {cps[i]};
      REQUIRE(cps[i]->fits(snap));
      auto split = compute_view(snap, *v, {}, nullptr, use);
      CHECK(table_text(*split) == table_text(*whole));
    }
    ReplayPlan many;  // every chunk boundary a part, given out of order
    many.cuts.assign(cps.rbegin(), cps.rend());
    many.cuts.push_back(cps[1]);  // and one twice
    CHECK(table_text(*compute_view(snap, *v, {}, nullptr, many)) == table_text(*whole));
  }
}
#endif

}  // namespace trowel::views
