// FlightRecorder: keeps the last moments of an event stream in memory and,
// when an alert fires, writes them (and what follows) as a capture.
//
// Fed event by event from any source (a capture file replayed at full speed,
// the live eBPF source), it keeps:
//   * an EventRing of the recent events, bounded by time (ring_ns: events
//     older than the newest minus ring_ns are dropped) and by bytes
//     (ring_bytes, allocated once);
//   * a base State: the state as of the ring's oldest event (every event
//     dropped from the ring is applied to it);
//   * a head State: the state at the newest event, which the trigger filter
//     is evaluated against;
//   * the times of the last N events matching the trigger filter.
//
// Trigger: N matching events within `threshold.window_ns` (N/s: N within
// one second of event time). The capture then covers from `pre_ns` before
// the first of those N events to `post_ns` after the one that fired: the
// ring's events from there (the state as of that point written as tables:
// the base state, plus the ring's older events replayed into a copy made
// through the tables), then the events that arrive until the post time has
// passed. While a capture is being written no other fires; after it ends,
// none fires for `cooldown_ns` of event time; at most `max_captures` are
// written (0: no limit). Events that the print command hides (internal,
// state-only, section-opening container events) never match.
//
// request_dump() (async-signal-safe: it only sets a flag, for SIGUSR1) makes
// the next feed() write a capture of the whole ring plus post_ns, named
// "manual"; it counts against max_captures but ignores the cooldown.
//
// Memory: ring_bytes + the two states + 8 bytes per threshold event + the
// container log (ContainerLog::kMaxBytes); feed() allocates nothing per event
// except what State itself does.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "capture/capture_writer.h"
#include "capture/event_view.h"
#include "capture/tables.h"
#include "engine/event_context.h"
#include "engine/state.h"
#include "record/container_log.h"
#include "record/event_ring.h"
#include "record/time_spec.h"

namespace trowel::engine::filter {
class Filter;
}

namespace trowel::record {

struct RecorderOptions {
  uint64_t ring_ns = 10'000'000'000ull;
  uint64_t ring_bytes = 64ull << 20;
  std::string trigger;  // filter text; empty: captures only on request_dump()
  Rate threshold{1, 1'000'000'000ull};
  uint64_t pre_ns = 2'000'000'000ull;
  uint64_t post_ns = 2'000'000'000ull;
  uint64_t cooldown_ns = 60'000'000'000ull;
  uint32_t max_captures = 10;  // 0: no limit
  std::string out_dir = ".";
  std::string suffix = ".scap";  // ".scap.gz" / ".scap.zst" compress
};

// One capture written (or failed: error is set and the file removed).
struct CaptureReport {
  std::string path;
  std::string reason;            // the trigger filter, or "manual"
  bool manual = false;
  uint64_t trigger_ts = 0;       // the event that fired (manual: the newest)
  uint64_t burst_ts = 0;         // the first of the N matching events
  uint64_t first_ts = 0, last_ts = 0;  // events written
  uint64_t events = 0;
  uint64_t bytes = 0;            // uncompressed
  uint64_t pre_ns = 0;           // how much before burst_ts it covers
  bool pre_cut = false;          // the ring did not reach back pre_ns
  bool post_cut = false;         // the input ended before post_ns passed
  std::string error;
};

struct RecorderStats {
  uint64_t events = 0;
  uint64_t matches = 0;
  uint64_t fires = 0;             // captures started by the trigger
  uint64_t manual = 0;            // captures started by request_dump()
  uint64_t suppressed = 0;        // thresholds reached but not fired
  uint64_t evicted_by_time = 0, evicted_by_bytes = 0;
  uint64_t too_large = 0;         // events larger than the whole ring
};

class FlightRecorder {
 public:
  // Throws FilterError for a bad trigger, std::invalid_argument for bad
  // options (pre longer than the ring, a ring smaller than 64 KiB, ...).
  explicit FlightRecorder(RecorderOptions o);
  ~FlightRecorder();
  FlightRecorder(const FlightRecorder&) = delete;
  FlightRecorder& operator=(const FlightRecorder&) = delete;

  // Called with each capture when it is complete (or failed).
  void on_capture(std::function<void(const CaptureReport&)> cb) { on_capture_ = std::move(cb); }

  // The tables the source starts with (again for each new section: an open
  // capture is finished and the ring emptied).
  void begin_section(const capture::SectionTables& t);
  void feed(const capture::EventView& ev);
  void request_dump() { dump_requested_.store(true, std::memory_order_relaxed); }
  // For live sources when no event comes: `now_ts` is the current time in
  // event time (ns since the epoch). Finishes a capture whose post time has
  // passed and serves a pending request_dump().
  void tick(uint64_t now_ts);
  // End of input: finishes an open capture (post_cut) and a pending dump.
  void finish();

  const RecorderStats& stats() const { return stats_; }
  const EventRing& ring() const { return ring_; }
  bool capturing() const { return writer_ != nullptr; }

 private:
  void push_to_ring(const capture::EventView& ev);
  void evict_front();
  bool note_match(uint64_t ts, uint64_t& burst_ts);
  void start_capture(uint64_t trigger_ts, uint64_t burst_ts, uint64_t start_ts, bool manual);
  void close_capture(bool post_cut);
  std::string capture_path(uint64_t ts, bool manual) const;

  RecorderOptions opt_;
  std::unique_ptr<engine::filter::Filter> filter_;
  std::function<void(const CaptureReport&)> on_capture_;
  capture::SectionTables section_;  // the source's tables (interfaces)
  EventRing ring_;
  engine::State base_, head_;
  engine::EventContext base_ctx_, head_ctx_;
  ContainerLog containers_;
  std::vector<uint64_t> match_ts_;  // circular: times of the last N matches
  size_t match_next_ = 0;
  uint64_t match_count_ = 0;
  bool leading_ = true;
  bool evicted_any_ = false;
  uint64_t last_evicted_ts_ = 0;
  std::atomic<bool> dump_requested_{false};
  RecorderStats stats_;

  // The capture being written.
  std::unique_ptr<capture::CaptureWriter> writer_;
  CaptureReport report_;
  uint64_t end_ts_ = 0;          // write events up to this time
  uint64_t cooldown_until_ = 0;  // no fire before this time
  uint32_t captures_ = 0;
};

}  // namespace trowel::record
