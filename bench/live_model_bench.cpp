// live_model_bench CAPTURE [VIEWS_DIR] [VIEW] [EVENTS_PER_TICK]: drives the
// live browser's model (src/views/session_live.h) as the live session does —
// every event fed to one State and the view's running table, an interval
// ended every EVENTS_PER_TICK events (default 100000) — and prints the feed
// rate (events/s the model keeps up with), the cost of one tick
// (end_interval: thread-table pass, groupby, sort; mean and max) and the
// peak RSS. See bench/README.md.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "capture/capture_reader.h"
#include "views/session_live.h"
#include "views/view_loader.h"

using namespace trowel;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: live_model_bench CAPTURE [VIEWS_DIR] [VIEW] [EVENTS_PER_TICK]\n");
    return 2;
  }
  std::filesystem::path dir = argc > 2 ? argv[2] : "views";
  std::string view_id = argc > 3 ? argv[3] : "procs";
  uint64_t per_tick = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 100000;
  views::ViewRegistry reg = views::ViewRegistry::load({dir});
  const views::ViewInfo* v = reg.find(view_id);
  if (!v) {
    std::fprintf(stderr, "live_model_bench: no view %s in %s\n", view_id.c_str(), dir.c_str());
    return 2;
  }
  auto reader = capture::CaptureReader::open(argv[1]);
  views::LiveModel m(2'000'000'000ull);
  m.load_tables(reader->tables());
  m.set_view(*v, {});
  capture::EventView ev;
  uint64_t n = 0, ticks = 0;
  double tick_sum = 0, tick_max = 0, feed = 0;
  size_t rows = 0;
  auto t0 = Clock::now();
  while (reader->next(ev)) {
    m.feed(ev);
    if (++n % per_tick == 0) {
      auto a = Clock::now();
      auto t = m.end_interval();
      double ms = std::chrono::duration<double, std::milli>(Clock::now() - a).count();
      tick_sum += ms;
      tick_max = std::max(tick_max, ms);
      ++ticks;
      rows = t ? t->rows() : 0;
    }
  }
  double total = std::chrono::duration<double>(Clock::now() - t0).count();
  feed = total - tick_sum / 1000;
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("view %s: %llu events, %.0f events/s fed, %llu ticks of %llu events: %.2f ms mean, %.2f ms max "
              "(%zu rows), peak RSS %.1f MiB, %zu threads in the state\n",
              view_id.c_str(), static_cast<unsigned long long>(n), double(n) / feed,
              static_cast<unsigned long long>(ticks), static_cast<unsigned long long>(per_tick),
              ticks ? tick_sum / double(ticks) : 0.0, tick_max, rows, double(ru.ru_maxrss) / 1024.0,
              m.state().threads().size());
  size_t exited = 0, incomplete = 0, alive = 0;
  for (const auto& [tid, t] : m.state().threads()) {
    exited += t->exited;
    incomplete += t->incomplete && !t->exited;
    alive += !t->exited && !t->incomplete;
  }
  std::printf("threads: %zu exited (kept), %zu incomplete, %zu others\n", exited, incomplete, alive);
  return 0;
}
