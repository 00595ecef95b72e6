// ChiselSession: runs one or more chisels over a capture in sysdig's order
// (chisel-api.md §1.4):
//
//   load each chisel, bind its arguments (on_set_arg)
//   compile the global filter
//   on_init for every chisel (chisel.exec chains resolved here)
//   open the capture
//   on_capture_start for every chisel
//   for each event: every chisel's interval callbacks (event time, before
//     any filter), then, if the global filter passes, the chisel filter
//     and on_event; sysdig.end_capture() stops after the current on_event
//   on_capture_end for every chisel (also after an error)
//
// Chisels see every event sysdig 0.29.3 gives them: internal events
// (procinfo ...) included; state-only events and the container events at
// the start of a section are not delivered (sysdig consumes them itself).
//
// Errors are one line each (naming the chisel, and for Lua errors the file
// and line) in errors(); run() returns the exit status (0, or 1 after a
// chisel error).
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "engine/filter/filter.h"
#include "engine/state.h"
#include "lua/chisel.h"
#include "lua/chisel_host.h"

namespace trowel::lua {

struct SessionOptions {
  std::string capture_path;
  std::vector<std::filesystem::path> dirs;  // chisel search path
  std::string filter;                       // global filter text ("" = none)
  uint64_t limit = 0;                       // stop after this many events (0 = all)
  // Only events in [from_ts, to_ts] are delivered (0 = unbounded): the
  // window of a TUI selection.
  uint64_t from_ts = 0, to_ts = 0;
  bool json = false;
  bool print_container = false;
  bool buffer_mode_forced = false;
  BufferMode buffer_mode = BufferMode::Normal;
  bool is_tty = false;
  int term_width = -1, term_height = -1;
  // Checked between events: when it becomes non-zero the capture ends as at
  // EOF (on_capture_end runs), as sysdig does on Ctrl-C. May be null.
  const volatile int* interrupted = nullptr;
};

class ChiselSession {
 public:
  ChiselSession(SessionOptions options, ChiselOutput& out);
  ~ChiselSession();
  ChiselSession(const ChiselSession&) = delete;
  ChiselSession& operator=(const ChiselSession&) = delete;

  // Loads chisel `name` from the search path; null with an error recorded.
  Chisel* load(const std::string& name);

  // The global filter (replaces SessionOptions::filter; before run()).
  void set_filter(std::string text) { opt_.filter = std::move(text); }

  // Runs the loaded chisels over the capture. Throws capture::CaptureError
  // if the capture cannot be opened.
  int run();

  const std::vector<std::string>& errors() const { return errors_; }
  // The reader after run() (for its end status), or null.
  capture::CaptureReader* reader() { return reader_.get(); }
  // sysdig.run_app() requests (the last one), or empty.
  const std::vector<std::string>& run_app() const { return host_.run_app; }

 private:
  void apply_buffer_mode(BufferMode m);
  std::string set_global_filter(const std::string& text);

  SessionOptions opt_;
  ChiselOutput& out_;
  ChiselHost host_;
  engine::State state_;
  std::vector<std::unique_ptr<Chisel>> chisels_;
  std::unique_ptr<engine::filter::Filter> global_filter_;
  std::unique_ptr<capture::CaptureReader> reader_;
  std::vector<std::string> errors_;
};

// Maps a buffer mode to the engine's render options (chisels never cut
// buffers to 80 characters).
void apply_chisel_render_options(BufferMode m);

}  // namespace trowel::lua
