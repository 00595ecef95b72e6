// The live flight recorder loop: events from live::LiveSource go into a
// record::FlightRecorder; when none arrives for 100 ms the recorder is
// ticked with the wall clock (live event times are ns since the epoch), so
// a capture whose post time has passed is closed even on an idle machine
// and SIGUSR1 is served. A FILTER works as in `trowel record -w`: it is
// evaluated with its own state and only matching events are fed.
#include "cli/live_flight_recorder.h"
#include "cli/record_checks.h"

#include <cinttypes>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <memory>
#include <stdexcept>

#include "cli/capture_mask.h"
#include "engine/event_context.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"
#include "live/live_source.h"
#include "record/time_spec.h"

namespace trowel::cli {

namespace {

volatile std::sig_atomic_t g_ring_stop = 0;

void on_stop_signal(int) { g_ring_stop = 1; }

uint64_t clock_ns(clockid_t id) {
  timespec t{};
  ::clock_gettime(id, &t);
  return static_cast<uint64_t>(t.tv_sec) * 1000000000ull + static_cast<uint64_t>(t.tv_nsec);
}

}  // namespace

int run_live_flight_recorder(const LiveRingArgs& a) {
  // Every option is checked before the programs are loaded.
  uint64_t buffer = 0;
  if (!check_live_limits(a.buffer, a.snaplen, buffer)) return 2;
  std::unique_ptr<engine::filter::Filter> filter;
  if (!compile_record_filter(a.filter, filter)) return 2;
  uint64_t failed = 0;
  std::unique_ptr<record::FlightRecorder> rec = make_reporting_flight_recorder(a.fr, failed);
  if (!rec) return 2;

  struct sigaction sa{};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  ::sigaction(SIGHUP, &sa, nullptr);
  install_dump_signal(rec.get());

  live::LiveOptions lo;
  lo.snaplen = a.snaplen;
  lo.buffer_bytes = buffer;
  // The event-type mask: --syscalls, else what the filter can match (capture_mask.h).
  std::string mask_note;
  lo.syscalls = record_syscalls(a.syscalls, filter.get(), mask_note);
  std::unique_ptr<live::LiveSource> src;
  try {
    src = live::LiveSource::open(lo);
  } catch (const live::LiveError& e) {
    install_dump_signal(nullptr);
    std::fprintf(stderr, "trowel: record: %s\n", e.what());
    return 1;
  }
  for (const std::string& w : src->warnings()) std::fprintf(stderr, "trowel: record: warning: %s\n", w.c_str());
  if (!a.quiet && !mask_note.empty()) std::fprintf(stderr, "trowel: record: %s\n", mask_note.c_str());

  rec->begin_section(src->tables());
  engine::State state;
  engine::EventContext ctx;
  if (filter) state.load_tables(src->tables());
  auto handle = [&](const capture::EventView& ev) {
    if (filter) {
      state.process(ev, ctx);
      if (ctx.state_only || !filter->matches(engine::filter::EventRef{&ctx})) return;
    }
    rec->feed(ev);
  };

  if (!a.quiet)
    std::fprintf(stderr, "trowel: flight recorder on, trigger '%s' at %s, captures to %s (Ctrl-C to stop)\n",
                 a.fr.trigger.empty() ? "(none: SIGUSR1 only)" : a.fr.trigger.c_str(), a.fr.threshold.c_str(),
                 a.fr.out_dir.c_str());
  const uint64_t start = clock_ns(CLOCK_MONOTONIC);
  const uint64_t limit = a.duration > 0 ? static_cast<uint64_t>(a.duration * 1e9) : 0;
  capture::EventView ev;
  while (!g_ring_stop) {
    if (limit && clock_ns(CLOCK_MONOTONIC) - start >= limit) break;
    if (src->next(ev, 100)) handle(ev);
    else rec->tick(clock_ns(CLOCK_REALTIME));
  }
  src->stop_capture();
  while (src->next(ev, 0)) handle(ev);
  rec->finish();
  install_dump_signal(nullptr);
  std::fflush(stdout);

  live::LiveStats st = src->stats();
  const record::RecorderStats& s = rec->stats();
  uint64_t written = s.fires + s.manual - failed;
  std::fprintf(stderr,
               "trowel: record: %" PRIu64 " events seen, %" PRIu64 " dropped, %" PRIu64 " matching, %" PRIu64
               " capture%s written, %" PRIu64 " suppressed; ring peak %.1f of %.1f MiB, %.1f s\n",
               s.events, st.drops, s.matches, written, written == 1 ? "" : "s", s.suppressed,
               static_cast<double>(rec->ring().peak_used()) / (1024.0 * 1024.0),
               static_cast<double>(rec->ring().capacity()) / (1024.0 * 1024.0),
               static_cast<double>(clock_ns(CLOCK_MONOTONIC) - start) / 1e9);
  return failed ? 1 : 0;
}

}  // namespace trowel::cli
