// `trowel record -w OUT [--duration S] [-n N] [-s SNAPLEN] [--buffer-size B]
// [FILTER...]`: captures the live machine (src/live) into a .scap file that
// sysdig 0.29.3 and current falcosecurity/libs read; ".gz"/".zst" compress.
// The file starts with the /proc snapshot's tables; events are the kernel's
// records framed as event blocks. A FILTER (sysdig syntax) is evaluated here,
// on the consumer side, with the engine's state, so every event still
// updates the state but only matching ones are written. Ctrl-C / SIGTERM,
// --duration or -n end the capture; the buffered events are drained and the
// file closed, so it is always complete. The summary goes to stderr.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "capture/capture_error.h"
#include "capture/capture_writer.h"
#include "cli/capture_mask.h"
#include "cli/commands.h"
#include "cli/live_flight_recorder.h"
#include "cli/record_checks.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"
#include "live/live_source.h"

namespace trowel::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;

void on_signal(int) { g_stop = 1; }

struct RecordOpts {
  std::string out;
  double duration = 0;
  uint64_t limit = 0;
  uint32_t snaplen = 80;
  std::string buffer = "16M";
  std::vector<std::string> syscalls;
  std::vector<std::string> filter;
  bool quiet = false;
};

// "16M", "512K", "1G", "4194304" -> bytes; 0 on a malformed value.
double now_s() {
  timespec t{};
  ::clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

int run_record(const RecordOpts& o) {
  uint64_t buffer = 0;
  if (!check_live_limits(o.buffer, o.snaplen, buffer)) return 2;
  std::unique_ptr<engine::filter::Filter> filter;
  if (!compile_record_filter(o.filter, filter)) return 2;

  // Signals first: a Ctrl-C while the programs load or /proc is scanned
  // still ends with a complete (possibly empty) capture.
  struct sigaction sa{};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  ::sigaction(SIGHUP, &sa, nullptr);

  live::LiveOptions lo;
  lo.snaplen = o.snaplen;
  lo.buffer_bytes = buffer;
  // The event-type mask: --syscalls, else what the filter can match (capture_mask.h).
  std::string mask_note;
  lo.syscalls = record_syscalls(o.syscalls, filter.get(), mask_note);
  std::unique_ptr<live::LiveSource> src;
  try {
    src = live::LiveSource::open(lo);
  } catch (const live::LiveError& e) {
    std::fprintf(stderr, "trowel: record: %s\n", e.what());
    return 1;
  }
  for (const std::string& w : src->warnings()) std::fprintf(stderr, "trowel: record: warning: %s\n", w.c_str());
  if (!o.quiet && !mask_note.empty()) std::fprintf(stderr, "trowel: record: %s\n", mask_note.c_str());

  capture::CaptureWriter writer(o.out);
  writer.write_section(src->tables());

  engine::State state;
  engine::EventContext ctx;
  if (filter) state.load_tables(src->tables());

  uint64_t written = 0;
  auto handle = [&](const capture::EventView& ev) {
    if (filter) {
      state.process(ev, ctx);
      if (ctx.state_only || !filter->matches(engine::filter::EventRef{&ctx})) return;
    }
    writer.write_event(ev);
    ++written;
  };

  if (!o.quiet)
    std::fprintf(stderr, "trowel: recording to %s (Ctrl-C to stop)\n", writer.name().c_str());
  double start = now_s();
  capture::EventView ev;
  bool limit_hit = false;
  while (!g_stop) {
    if (o.duration > 0 && now_s() - start >= o.duration) break;
    if (src->next(ev, 100)) {
      handle(ev);
      if (o.limit && written >= o.limit) {
        limit_hit = true;
        break;
      }
    }
  }
  src->stop_capture();
  // Drain what the kernel produced before the programs were detached.
  while (!limit_hit && src->next(ev, 0)) {
    handle(ev);
    if (o.limit && written >= o.limit) break;
  }
  live::LiveStats st = src->stats();
  writer.close();
  double secs = now_s() - start;
  std::fprintf(stderr,
               "trowel: %llu events written, %llu dropped, %llu bytes (%s, %.1f s, %llu events seen)\n",
               static_cast<unsigned long long>(written), static_cast<unsigned long long>(st.drops),
               static_cast<unsigned long long>(writer.stats().bytes), writer.name().c_str(), secs,
               static_cast<unsigned long long>(st.delivered));
  if (st.drops) {
    std::string per;
    for (size_t c = 0; c < st.drops_per_cpu.size(); ++c)
      per += (per.empty() ? "" : ", ") + std::string("cpu") + std::to_string(c) + "=" +
             std::to_string(st.drops_per_cpu[c]);
    std::fprintf(stderr, "trowel: drops per CPU: %s (a larger --buffer-size helps)\n", per.c_str());
  }
  return 0;
}

}  // namespace

void register_record_command(CLI::App& app, CommandRunner& run) {
  auto* cmd = app.add_subcommand("record", "Capture the live machine into a .scap file (needs root)");
  auto o = std::make_shared<RecordOpts>();
  cmd->add_option("-w,--write", o->out, "output file (.gz / .zst compress; - for stdout)");
  cmd->add_option("--duration", o->duration, "stop after S seconds")->check(CLI::NonNegativeNumber);
  cmd->add_option("-n,--numevents", o->limit, "stop after writing N events");
  cmd->add_option("-s,--snaplen", o->snaplen, "bytes of I/O data kept per event (default 80)");
  cmd->add_option("--buffer-size", o->buffer, "kernel ring buffer size (default 16M)");
  cmd->add_option("--syscalls", o->syscalls, "capture only these syscalls (comma-separated native names; 'all': no mask).\nDefault: those the FILTER can match plus those the state needs")
      ->delimiter(',');
  cmd->add_flag("-q,--quiet", o->quiet, "no start message");
  cmd->add_option("filter", o->filter, "filter (sysdig syntax): only matching events are written");
  // --ring / --trigger: the flight recorder instead of -w (live_flight_recorder.cpp).
  auto ring = std::make_shared<LiveRingArgs>();
  add_flight_recorder_options(cmd, ring->fr);
  cmd->callback([o, ring, cmd, &run] {
    if (cmd->count("--ring") || cmd->count("--trigger")) {
      if (!o->out.empty() || o->limit)
        throw CLI::ValidationError("record --ring writes captures to --out-dir; -w and -n do not apply");
      ring->duration = o->duration, ring->snaplen = o->snaplen, ring->buffer = o->buffer;
      ring->syscalls = o->syscalls, ring->filter = o->filter, ring->quiet = o->quiet;
      run = [ring] { return run_live_flight_recorder(*ring); };
      return;
    }
    if (o->out.empty()) throw CLI::RequiredError("-w,--write (or --ring ... --trigger ... for the flight recorder)");
    run = [o] { return run_record(*o); };
  });
}

}  // namespace trowel::cli
