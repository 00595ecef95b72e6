// The event types State reacts to (process lifecycle, fd tables, cwd, ids,
// limits, memory, users): whatever a filter selects, a live capture must
// keep these so that thread and fd information stays complete
// (the event-type mask, src/cli/capture_mask.h).
#pragma once
#include <string_view>
#include <vector>

namespace trowel::engine {

// Event names as in the event tables ("openat", "clone", "procexit", ...).
std::vector<std::string_view> state_event_names();

}  // namespace trowel::engine
