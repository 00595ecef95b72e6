// `trowel record-ring --replay FILE --ring 10s --trigger FILTER --threshold
// N/s [--pre S] [--post S] [--cooldown S] [--max-captures K] --out-dir DIR`:
// the flight recorder (record/flight_recorder.h) driven by a capture file at
// full speed, in event time — what `trowel record --ring` does with live
// events. Also the option handling both share (flight_recorder_options.h).
#include <signal.h>

#include <cinttypes>
#include <csignal>
#include <cstdio>
#include <memory>

#include "capture/capture_reader.h"
#include "cli/commands.h"
#include "cli/flight_recorder_options.h"
#include "cli/record_checks.h"
#include "cli/read_status.h"
#include "engine/filter/filter.h"
#include "record/time_spec.h"

namespace trowel::cli {

namespace {

record::FlightRecorder* g_recorder = nullptr;

void on_sigusr1(int) {
  if (g_recorder) g_recorder->request_dump();
}

std::string mib(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

struct ReplayArgs {
  std::string file;
  FlightRecorderArgs fr;
};

int run_replay(const ReplayArgs& a) {
  uint64_t failed = 0;
  std::unique_ptr<record::FlightRecorder> rec = make_reporting_flight_recorder(a.fr, failed);
  if (!rec) return 2;
  auto reader = capture::CaptureReader::open(a.file);
  rec->begin_section(reader->tables());
  install_dump_signal(rec.get());
  capture::EventView ev;
  uint32_t section = 0;
  while (reader->next(ev)) {
    if (ev.section != section) {
      section = ev.section;
      rec->begin_section(reader->tables());
    }
    rec->feed(ev);
  }
  rec->finish();
  install_dump_signal(nullptr);
  std::fflush(stdout);
  const record::RecorderStats& s = rec->stats();
  std::fprintf(stderr,
               "trowel: record: %" PRIu64 " events replayed, %" PRIu64 " matching, %" PRIu64
               " capture%s written; ring peak %s of %s\n",
               s.events, s.matches, s.fires + s.manual - failed, s.fires + s.manual - failed == 1 ? "" : "s",
               mib(rec->ring().peak_used()).c_str(), mib(rec->ring().capacity()).c_str());
  int rc = finish_reading(*reader);
  return rc != 0 ? rc : failed ? 1 : 0;
}

}  // namespace

void add_flight_recorder_options(CLI::App* cmd, FlightRecorderArgs& a) {
  cmd->add_option("--ring", a.ring, "keep the last DURATION of events in memory (default 10s)");
  cmd->add_option("--ring-bytes", a.ring_bytes, "and at most this many bytes of them (default 64M)");
  cmd->add_option("--trigger", a.trigger, "filter (sysdig syntax) of the events the alert counts");
  cmd->add_option("--threshold", a.threshold,
                  "fire when N matching events fall within a window: N/s, N/500ms (default 1/s)");
  cmd->add_option("--pre", a.pre, "capture from this long before the first counted event (default 2s)");
  cmd->add_option("--post", a.post, "and until this long after the firing event (default 2s)");
  cmd->add_option("--cooldown", a.cooldown, "after a capture ends, do not fire for this long (default 60s)");
  cmd->add_option("--max-captures", a.max_captures, "write at most K captures, 0 = no limit (default 10)");
  cmd->add_option("--out-dir", a.out_dir, "directory for the captures (default .)");
  cmd->add_option("--compress", a.compress, "compress the captures: gz or zst");
}

bool make_recorder_options(const FlightRecorderArgs& a, record::RecorderOptions& o) {
  const char* which = "";
  try {
    which = "--ring";
    o.ring_ns = record::parse_duration_ns(a.ring);
    which = "--ring-bytes";
    o.ring_bytes = record::parse_bytes(a.ring_bytes);
    which = "--threshold";
    o.threshold = record::parse_rate(a.threshold);
    which = "--pre";
    o.pre_ns = record::parse_duration_ns(a.pre);
    which = "--post";
    o.post_ns = record::parse_duration_ns(a.post);
    which = "--cooldown";
    o.cooldown_ns = record::parse_duration_ns(a.cooldown);
  } catch (const record::TimeSpecError& e) {
    std::fprintf(stderr, "trowel: record: %s: %s\n", which, e.what());
    return false;
  }
  if (a.compress.empty()) o.suffix = ".scap";
  else if (a.compress == "gz" || a.compress == "gzip") o.suffix = ".scap.gz";
  else if (a.compress == "zst" || a.compress == "zstd") o.suffix = ".scap.zst";
  else {
    std::fprintf(stderr, "trowel: record: --compress '%s': expected gz or zst\n", a.compress.c_str());
    return false;
  }
  o.trigger = a.trigger;
  o.max_captures = a.max_captures;
  o.out_dir = a.out_dir.empty() ? "." : a.out_dir;
  return true;
}

void print_capture_report(const record::CaptureReport& r) {
  if (!r.error.empty()) {
    std::fprintf(stderr, "trowel: record: %s: not written: %s\n", r.path.c_str(), r.error.c_str());
    return;
  }
  double span = r.last_ts > r.first_ts ? static_cast<double>(r.last_ts - r.first_ts) / 1e9 : 0.0;
  std::printf("%s: %" PRIu64 " events, %.3f s from %s; ", r.path.c_str(), r.events, span,
              record::format_utc(r.first_ts).c_str());
  if (r.manual)
    std::printf("on request at %s", record::format_utc(r.trigger_ts).c_str());
  else
    std::printf("fired by '%s' at %s, %.3f s before its first match", r.reason.c_str(),
                record::format_utc(r.trigger_ts).c_str(), static_cast<double>(r.pre_ns) / 1e9);
  if (r.pre_cut) std::printf(" (pre time cut by --ring-bytes)");
  if (r.post_cut) std::printf(" (input ended before the post time)");
  std::printf("\n");
  std::fflush(stdout);
}

void install_dump_signal(record::FlightRecorder* rec) {
  g_recorder = rec;
  struct sigaction sa {};
  sa.sa_handler = rec ? on_sigusr1 : SIG_DFL;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGUSR1, &sa, nullptr);
}

void register_flight_recorder_command(CLI::App& app, CommandRunner& run) {
  auto* cmd = app.add_subcommand(
      "record-ring",
      "Flight recorder on a capture file replayed in event time: write a capture when an alert fires");
  auto a = std::make_shared<ReplayArgs>();
  cmd->add_option("--replay", a->file, "capture to replay at full speed, in event time")->required();
  add_flight_recorder_options(cmd, a->fr);
  cmd->callback([a, &run] { run = [a] { return run_replay(*a); }; });
}

}  // namespace trowel::cli
