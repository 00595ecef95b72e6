// The live event-type mask of a filter: the native syscalls to enable in the
// kernel so that every event the filter can match is still produced, and the
// engine's state (threads, fds, cwd, ids, limits) stays as complete as
// without a mask — so a matching event looks exactly the same either way.
//
//   mask = native(types the filter can match)            (engine/fields/field_event_types.h)
//        ∪ native(types State reacts to)                 (engine/state_events.h)
//        ∪ {exit, exit_group}
// A filter whose types cannot be told (or no filter) gives "all": an empty
// syscall list, which LiveOptions::syscalls / set_syscalls read as everything.
#pragma once
#include <string>
#include <vector>

#include "engine/filter/event_types.h"

namespace trowel::cli {

struct CaptureMask {
  bool all = true;                    // capture every syscall
  std::vector<std::string> syscalls;  // sorted native names; empty when `all`
  std::string filter_types;           // describe() of the filter's types
  bool operator==(const CaptureMask&) const = default;
};

CaptureMask capture_mask_of(const engine::filter::EventTypeSet& types);

// "capturing all syscalls" / "capturing 52 syscalls (the filter's 2 types (close, openat) and what the state needs)".
std::string describe(const CaptureMask& m);

}  // namespace trowel::cli

namespace trowel::engine::filter {
class Filter;
}

namespace trowel::cli {

// LiveOptions::syscalls for `trowel record`: the --syscalls names as given
// ("all" alone: every syscall, no mask), else the mask of `filter` (null: no
// filter, everything). `note` gets describe() of a filter's mask, or "" when
// --syscalls decided.
std::vector<std::string> record_syscalls(const std::vector<std::string>& given,
                                         const engine::filter::Filter* filter, std::string& note);

}  // namespace trowel::cli
