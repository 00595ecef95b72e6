// `trowel` without -r: the interactive browser on the live machine
// (csysdig's live mode), sampling every -d ms; -w FILE also records.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace trowel::cli {

struct LiveTuiArgs {
  std::string view;                  // first view ("" = Processes)
  std::vector<std::string> filter;   // trailing filter words
  bool no_color = false;
  uint32_t delay_ms = 2000;          // -d / --delay
  std::string write;                 // -w FILE ("" = no recording)
};

// Returns the exit status: 0, 1 (live capture unavailable: one line naming
// the cause), 2 (usage).
int run_live_tui(const LiveTuiArgs& args);

}  // namespace trowel::cli
