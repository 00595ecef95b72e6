// The flight recorder's command-line options, shared by `trowel record-ring`
// (flight_recorder_command.cpp: drives it from a capture file, --replay) and
// `trowel record --ring ...` (the live source feeds it):
//
//   FlightRecorderArgs fr;
//   add_flight_recorder_options(cmd, fr);          // --ring, --trigger, ...
//   ...
//   record::RecorderOptions ro;
//   if (!make_recorder_options(fr, ro)) return 2;   // message printed
//   record::FlightRecorder rec(ro);                 // may throw (bad filter)
//   rec.on_capture(print_capture_report);
//   install_dump_signal(&rec);                      // SIGUSR1 -> request_dump()
//   rec.begin_section(tables); for each event: rec.feed(ev); rec.finish();
#pragma once
#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "record/flight_recorder.h"

namespace trowel::cli {

struct FlightRecorderArgs {
  std::string ring = "10s", ring_bytes = "64M";
  std::string trigger, threshold = "1/s";
  std::string pre = "2s", post = "2s", cooldown = "60s";
  uint32_t max_captures = 10;
  std::string out_dir = ".";
  std::string compress;  // "", "gz" or "zst"
};

// Adds --ring, --ring-bytes, --trigger, --threshold, --pre, --post,
// --cooldown, --max-captures, --out-dir and --compress to `cmd`.
void add_flight_recorder_options(CLI::App* cmd, FlightRecorderArgs& a);
// Parses the option texts; prints "trowel: record: ..." and returns false
// on a bad one.
bool make_recorder_options(const FlightRecorderArgs& a, record::RecorderOptions& o);
// One line on stdout per capture written (an error line on stderr).
void print_capture_report(const record::CaptureReport& r);
// SIGUSR1 makes `rec` write a capture at its next event (null: uninstall).
void install_dump_signal(record::FlightRecorder* rec);

}  // namespace trowel::cli
