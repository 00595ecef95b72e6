// Replays a capture through State and one ViewTable (the whole file is
// aggregated once, as csysdig does for files), then finishes the table.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "capture/capture_reader.h"
#include "engine/state.h"
#include "views/view_table.h"

namespace trowel::views {

// Feeds every event of `reader` to `table` and calls table.finish(state).
// State-only events, internal events other than procinfo and the leading
// container events of a section are not fed. procinfo events are, as in
// csysdig (thread.cpu and evt.count see them), with no latency, and without
// a thread when the tid is known only from procinfo events (kernel threads:
// sysdig has no thread for them).
void run_view(capture::CaptureReader& reader, engine::State& state, ViewTable& table);

// How run_view_file() may split the work.
struct SplitOptions {
  // Split at all (else: run_view()): 0 never, 1 always (tests: any input);
  // -1: a mapped (plain) file, where TROWEL_VIEW_SPLIT=0/1 decides if set,
  // else a size of at least min_bytes and a spare CPU
  // (EventPipeline::worthwhile()).
  int allow = -1;
  uint64_t min_bytes = 32ull << 20;
  // Events per batch, as a power of two: the hand-over happens at a batch
  // boundary.
  unsigned batch_shift = 10;
  // Tests: hand over at exactly this batch (0: when both threads would end
  // together); the first thread waits for nothing, it stops there.
  uint64_t cut_batch = 0;
  // Tests: the first thread starts reading only once the second one has
  // taken over or ended (so the second one passes whatever lies before the
  // cut first).
  bool first_waits = false;
  // Name fds even when the table reads no names (ViewTable::reads_fd_names():
  // else the States skip naming them); the result is the same.
  bool fd_names = false;
};

// What run_view_file() leaves: the reader that read the end of the capture
// (its status() tells how reading ended) and the State there.
struct ViewFileRun {
  std::unique_ptr<capture::CaptureReader> reader;
  std::unique_ptr<engine::State> state;
  bool split = false;  // a second thread took the later events
};

// run_view() over the capture `reader` reads (opened from `path`), on two
// threads when that pays: this thread aggregates the events from the start
// into `table` while a second reader of `path` runs State alone over the
// same events, and, at a batch boundary chosen so that both end at about
// the same time (the remaining bytes equal the lead it has), takes over:
// this thread stops before that batch and the second one aggregates the
// rest into a table of its own (make_part(): same view and options), which
// `table` absorbs (ViewTable::append) before finish() with the final State.
// The result equals run_view()'s. The States name fds only when the table
// reads names (or opts.fd_names).
ViewFileRun run_view_file(std::unique_ptr<capture::CaptureReader> reader, const std::string& path, ViewTable& table,
                          const std::function<std::unique_ptr<ViewTable>()>& make_part,
                          const SplitOptions& opts = {});

}  // namespace trowel::views
