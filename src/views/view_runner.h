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
// State-only events, internal events (procinfo ...: sysdig's inspector
// hides them outside debug mode, so csysdig's views never see them) and the
// leading container events of a section are not fed.
void run_view(capture::CaptureReader& reader, engine::State& state, ViewTable& table);

}  // namespace trowel::views
