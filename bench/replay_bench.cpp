// replay_bench CAPTURE VIEW|echo|dig [FILTER]: loads CAPTURE into an
// EventStore (as the TUI's session does) and replays it on one thread
// through a fresh State into one view table (VIEW, an id from views/), or
// an echo or dig pane of FILTER, REPS times (default 9); prints the load's
// wall time and the replays' thread-CPU min and median. One replay, one
// core, no split: the per-event cost of a view, for comparing changes
// (deterministic counts: run it under `valgrind --tool=callgrind` with
// REPS=1 on a small capture). See bench/README.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "engine/state.h"
#include "views/session_pane.h"
#include "views/session_store.h"
#include "views/view_loader.h"
#include "views/view_table.h"

using namespace trowel;

namespace {

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Replays the store through a fresh State, handing each event views see to
// f; returns the State after the last event.
template <class F>
std::unique_ptr<engine::State> replay(const views::StoreSnapshot& snap, F&& f) {
  auto st = std::make_unique<engine::State>();
  if (!snap.sections.empty()) st->load_tables(*snap.sections[0]);
  engine::EventContext ctx;
  snap.for_each([&](const capture::EventView& e) {
    st->process(e, ctx);
    if (!ctx.state_only && !ctx.internal) f(ctx);
    return true;
  });
  return st;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: replay_bench CAPTURE VIEW|echo|dig [FILTER]   (env REPS, VIEWS_DIR)\n");
    return 2;
  }
  const std::string what = argv[2];
  const std::string filter = argc > 3 ? argv[3] : "";
  const int reps = std::getenv("REPS") ? std::max(1, std::atoi(std::getenv("REPS"))) : 9;
  auto t0 = std::chrono::steady_clock::now();
  views::EventStore store;
  try {
    auto reader = capture::CaptureReader::open(argv[1]);
    store.add_section(reader->tables());
    capture::EventView ev;
    while (reader->next(ev)) store.append(ev);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "replay_bench: %s\n", e.what());
    return 2;
  }
  store.publish();
  const views::StoreSnapshot snap = store.snapshot();
  std::printf("loaded %llu events in %.1f ms\n", static_cast<unsigned long long>(snap.events),
              std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());

  const char* dir = std::getenv("VIEWS_DIR");
  views::ViewRegistry reg = views::ViewRegistry::load({dir ? dir : "views"});
  const bool pane = what == "echo" || what == "dig";
  const views::ViewInfo* view = pane ? nullptr : reg.find(what);
  if (!pane && !view) {
    std::fprintf(stderr, "replay_bench: no view %s in %s (set VIEWS_DIR)\n", what.c_str(), dir ? dir : "views");
    return 2;
  }
  std::vector<double> ms;
  size_t result = 0;
  for (int r = 0; r < reps; ++r) {
    double c0 = thread_cpu_ms();
    if (pane) {
      views::PaneBuilder b(what == "echo" ? views::PaneData::Type::Echo : views::PaneData::Type::Dig, filter,
                           views::EchoFormat::Dotted);
      replay(snap, [&](const engine::EventContext& ctx) { b.feed(ctx); });
      result = b.data()->size();
    } else {
      views::ViewTable::Options o;
      o.extra_filter = filter;
      views::ViewTable t(*view, o);
      auto state = replay(snap, [&](const engine::EventContext& ctx) { t.consume(ctx); });
      t.finish(*state);
      result = t.rows();
    }
    ms.push_back(thread_cpu_ms() - c0);
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%-16s %s %zu  thread CPU min %.1f ms  median %.1f ms  (%d runs)\n", what.c_str(),
              pane ? "lines" : "rows", result, ms.front(), ms[ms.size() / 2], reps);
  return 0;
}
