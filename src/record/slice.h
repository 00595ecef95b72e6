// Slice export: the events of a window of a capture, written as a capture of
// their own that opens with the state as of the window's start (threads,
// processes with their fd tables, users, groups, interfaces, machine, known
// containers), so names, owners and fd names resolve in trowel and sysdig.
//
// The window is [from, to): it starts at the first event (in file order) at
// or after `from` and ends before the first later event at or after `to`,
// so consecutive slices (--to X, then --from X) partition a capture exactly.
// For a time, "at or after" compares the event's timestamp; for #N, its
// event number. The container events that open a section are not events of
// any window: they are state, and every slice opens with them.
//
// With a filter, only matching events of the window are written (as
// `sysdig -w` with a filter does); the tables at the start carry what came
// before, but what non-matching events change inside the window is lost
// (an fd opened inside it by an event that does not match has no name).
// keep_state writes the non-matching events that change state (opens,
// closes, clones, execs, exits, socket calls ..., and their enter events)
// flagged state-only: readers apply them and never show them (sysdig's
// "fatfile" way).
//
// In captures with enter and exit events, the enter events of the calls in
// progress at the window's start open the slice flagged state-only (with
// their own, earlier timestamps), so the exits inside the window keep their
// fd and latency; they are not window events.
//
// Reusable by any front end (the CLI's convert, the TUI's "write the window").
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>

#include "capture/capture_reader.h"
#include "capture/capture_writer.h"
#include "record/time_spec.h"

namespace trowel::record {

// A window that holds no event: one line naming the bound and the capture's
// extent.
class SliceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SliceOptions {
  TimePoint from, to;       // unset: the capture's start / end
  std::string filter;       // sysdig filter text; empty: every event
  bool keep_state = false;  // with a filter: keep state changes as state-only
};

struct SliceResult {
  uint64_t window_events = 0;       // events of the window read
  uint64_t written = 0;             // of which written (all without a filter)
  uint64_t state_only_written = 0;  // non-matching state changes (keep_state)
  uint64_t first_num = 0, last_num = 0;  // event numbers of the window
  uint64_t first_ts = 0, last_ts = 0;    // timestamps of its first/last event
  uint64_t threads = 0, fds = 0;    // in the tables at the window's start
  uint64_t enters = 0;              // state-only enter events of calls in progress
};

// Throws SliceError when `to` cannot come after `from` whatever the capture
// (both event numbers, both epoch times, or both offsets, in that order).
void check_window(const SliceOptions& o);

// Reads `reader` (just opened) up to the end of the window and writes the
// slice to `writer` (not closed). Throws SliceError for an empty window,
// FilterError for a bad filter, CaptureError for write errors. Reading stops
// at the window's end or at the input's end (check reader.status()).
SliceResult write_slice(capture::CaptureReader& reader, capture::CaptureWriter& writer,
                        const SliceOptions& o);

}  // namespace trowel::record
