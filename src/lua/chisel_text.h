// Running a chisel for a caller that wants its output as text (the TUI's
// chisel pane, tests): the output of print/io.write/the event formatter is
// collected instead of written to stdout, and the chisel believes it writes
// to a terminal of the given size (or to no terminal).
//
//   ChiselTextRequest r;
//   r.capture_path = "x.scap"; r.chisel = "topprocs_errors";
//   r.filter = "proc.name=curl";          // the current selection
//   ChiselTextResult res = run_chisel_to_text(r);
//   // res.text: the output; res.status 0 or 1; res.errors: one line each
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace trowel::lua {

struct ChiselTextRequest {
  std::string capture_path;
  std::string chisel;                    // name on the search path
  std::string args;                      // the argument word, sysdig-style ("" = none)
  std::string filter;                    // the events the chisel sees ("" = all)
  uint64_t from_ts = 0, to_ts = 0;       // time window (0 = unbounded)
  std::vector<std::string> chisel_dirs;  // searched first (like --chisels-dir)
  bool is_tty = false;                   // what sysdig.is_tty() answers
  int width = -1, height = -1;           // what sysdig.get_terminal_info() answers
  size_t max_output = size_t{16} << 20;  // output beyond this is cut (with a note)
};

struct ChiselTextResult {
  std::string text;                  // everything the chisel printed
  std::vector<std::string> errors;   // one line each (chisel, file:line, message)
  int status = 0;                    // 0 ok, 1 chisel or capture error
};

// The engine's render options (buffer format) are restored when it returns.
// One run per thread at a time (the engine's render options are per thread).
// Never throws: a missing chisel, a bad filter or an unreadable capture is
// reported in `errors` with status 1.
ChiselTextResult run_chisel_to_text(const ChiselTextRequest& request);

}  // namespace trowel::lua
