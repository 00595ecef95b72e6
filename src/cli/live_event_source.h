// LiveEventSource: the running machine (live::LiveSource) as a
// views::EventSource, so the TUI's Session browses it as it does a file
// (in its live mode: per-interval samples). Optionally records every event
// it delivers to a capture file (`trowel -w FILE` while browsing), the way
// `trowel record` does: the /proc snapshot's tables first, then the kernel's
// records unchanged; the file is drained and closed when the run stops.
//
// Lives in src/cli because it links both layers (views must not depend on
// live). run() is called once, on the session's loader thread, and so is
// set_event_types() (from inside run()); drops() may be called from any
// thread.
#pragma once
#include <atomic>
#include <memory>
#include <string>

#include "capture/capture_writer.h"
#include "cli/capture_mask.h"
#include "live/live_source.h"
#include "views/session_source.h"

namespace trowel::cli {

// What a run wrote, filled when run() returns (the Session owns the source,
// so the caller keeps this to print the summary).
struct LiveRunSummary {
  std::string file;          // the -w file ("" when not recording)
  uint64_t written = 0;      // events written to it
  uint64_t bytes = 0;        // its size
  uint64_t delivered = 0;    // events the views saw
  uint64_t drops = 0;        // events the kernel dropped
  std::string error;         // a write error ("" if none)
};

class LiveEventSource : public views::EventSource {
 public:
  // Takes an opened source; `writer` may be null (no recording).
  LiveEventSource(std::unique_ptr<live::LiveSource> src, std::unique_ptr<capture::CaptureWriter> writer,
                  std::shared_ptr<LiveRunSummary> summary);
  void run(views::EventSink& sink, const std::atomic<bool>& stop) override;
  std::string name() const override { return "Live System"; }
  bool live() const override { return true; }
  uint64_t drops() const override { return drops_.load(std::memory_order_relaxed); }
  // The kernel's event-type mask follows the views (capture_mask.h), except
  // while recording (-w): the file gets every event.
  void set_event_types(const engine::filter::EventTypeSet& types) override;
  const CaptureMask& mask() const { return mask_; }

 private:
  std::unique_ptr<live::LiveSource> src_;
  std::unique_ptr<capture::CaptureWriter> writer_;
  std::atomic<uint64_t> drops_{0};
  std::shared_ptr<LiveRunSummary> sum_;
  CaptureMask mask_;  // what src_ captures now (all at start, as LiveOptions{})
};

}  // namespace trowel::cli
