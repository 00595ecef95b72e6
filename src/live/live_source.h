// LiveSource: the running machine as an event source, producing what a
// capture file gives — a SectionTables snapshot (threads, fds, users,
// groups, interfaces, machine) taken at start, then events in the scap
// layout (2022 enter/exit numbering) decoded in place as EventViews — so
// the engine, the views and the writer treat it exactly like a CaptureReader.
//
// Usage (one consumer thread):
//   auto src = LiveSource::open(opts);          // throws LiveError
//   state.load_tables(src->tables());
//   EventView ev;
//   while (!stop) if (src->next(ev, 100)) state.process(ev, ctx);
//   src->stop_capture();                        // detach the programs
//   while (src->next(ev, 0)) ...                // drain what is left
//
// Invariants: an EventView from next() stays valid until the next call to
// next(); events come in ring-buffer order (per thread: enter before exit);
// ev.num counts from 1; next() allocates nothing per event (records are
// copied into one reusable batch buffer). stats() may be called any time.
#pragma once
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "capture/event_view.h"
#include "capture/tables.h"

namespace trowel::live {

class LiveError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LiveOptions {
  uint32_t snaplen = 80;                 // I/O data bytes kept per event (max 16000)
  uint64_t buffer_bytes = 16ull << 20;   // ring buffer; rounded up to a power of two
  // The event-type mask: native syscall names to capture. Empty = all.
  // Syscalls not listed produce no event at all (not even in the kernel).
  std::vector<std::string> syscalls;
  bool procexit = true;                  // sched_process_exit -> procexit events
  bool scan_fds = true;                  // include every process's fds in tables()
};

struct LiveStats {
  uint64_t events = 0;   // records the kernel put in the ring buffer
  uint64_t drops = 0;    // records lost because the ring buffer was full
  uint64_t bytes = 0;    // record bytes the kernel produced
  uint64_t delivered = 0;  // events handed out by next()
  std::vector<uint64_t> drops_per_cpu;
};

class LiveSource {
 public:
  // Whether this build has live capture; if not, *why says why (one line).
  static bool built(std::string* why);

  // Loads and attaches the programs and scans /proc. Throws LiveError with
  // one line naming the cause (not built, no privilege, no BTF, a refused
  // program). Programs for single syscalls that the kernel refuses are
  // skipped (those syscalls become generic events) and listed in warnings().
  static std::unique_ptr<LiveSource> open(const LiveOptions& opt);

  virtual ~LiveSource() = default;

  virtual const capture::SectionTables& tables() const = 0;
  virtual const std::vector<std::string>& warnings() const = 0;

  // The next event, waiting up to timeout_ms (0 = do not wait) when none is
  // buffered; false when none arrived in time.
  virtual bool next(capture::EventView& ev, int timeout_ms) = 0;

  // Changes the event-type mask while running (names as in LiveOptions).
  virtual void set_syscalls(const std::vector<std::string>& names) = 0;

  // Detaches the programs: no new events; next() still drains the buffer.
  virtual void stop_capture() = 0;

  virtual LiveStats stats() const = 0;
};

}  // namespace trowel::live
