// Replays a capture through State and one ViewTable (the whole file is
// aggregated once, as csysdig does for files), then finishes the table.
#pragma once
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

}  // namespace trowel::views
