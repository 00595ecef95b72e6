// `trowel record --ring ...`: the flight recorder (record/flight_recorder.h)
// fed by the live eBPF source instead of a file. record_command.cpp adds the
// options and calls run_live_flight_recorder() when --ring or --trigger is
// given; everything else about that mode lives in live_flight_recorder.cpp.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "cli/flight_recorder_options.h"

namespace trowel::cli {

struct LiveRingArgs {
  FlightRecorderArgs fr;
  double duration = 0;                // stop after S seconds (0: until a signal)
  uint32_t snaplen = 80;
  std::string buffer = "16M";         // kernel ring buffer
  std::vector<std::string> syscalls;  // event-type mask (empty: all)
  std::vector<std::string> filter;    // only matching events enter the recorder
  bool quiet = false;
};

// Runs until SIGINT/SIGTERM/SIGHUP or --duration; one line on stdout per
// capture written, a summary on stderr. 2 on bad options, 1 when live
// capture cannot start or a capture failed, else 0.
int run_live_flight_recorder(const LiveRingArgs& a);

}  // namespace trowel::cli
