// The opening of a capture written from the middle of a stream: a section
// whose tables are the state (engine/state_export.h), then the known
// container events, then the enter events of the calls in progress flagged
// state-only. Shared by slices and the flight recorder.
#pragma once
#include <cstddef>

#include "capture/capture_writer.h"
#include "capture/tables.h"
#include "engine/state.h"
#include "record/container_log.h"

namespace trowel::record {

struct PrologueCounts {
  size_t threads = 0, fds = 0, enters = 0;
};

// Applies the state's pending removals first (the state the next event
// starts from); `base` supplies what State does not track (interfaces).
PrologueCounts write_state_prologue(capture::CaptureWriter& w, engine::State& state,
                                    const capture::SectionTables& base, const ContainerLog& containers);

}  // namespace trowel::record
