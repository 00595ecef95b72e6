#include "cli/capture_mask.h"

#include <set>

#include "engine/fields/field_event_types.h"
#include "engine/filter/filter.h"
#include "engine/state_events.h"
#include "live/event_mask.h"

namespace trowel::cli {

CaptureMask capture_mask_of(const engine::filter::EventTypeSet& types) {
  CaptureMask m;
  m.filter_types = engine::filter::describe(types);
  if (types.all) return m;
  std::set<std::string> events = types.names;
  for (std::string_view n : engine::state_event_names()) events.emplace(n);
  // Thread exits come from sched_process_exit (procexit); the exit syscalls
  // are kept anyway so the last syscall of a thread shows as in a full capture.
  events.insert("exit");
  events.insert("exit_group");
  m.all = false;
  m.syscalls = live::native_syscalls_of_events(events);
  return m;
}

std::string describe(const CaptureMask& m) {
  if (m.all) return "capturing all syscalls";
  return "capturing " + std::to_string(m.syscalls.size()) + " syscalls (the filter's " + m.filter_types +
         " and what the state needs)";
}

std::vector<std::string> record_syscalls(const std::vector<std::string>& given,
                                         const engine::filter::Filter* filter, std::string& note) {
  note.clear();
  if (given.size() == 1 && given[0] == "all") return {};
  if (!given.empty()) return given;
  if (!filter) return {};
  CaptureMask m = capture_mask_of(engine::fields::engine_event_types_of(*filter));
  note = describe(m);
  return m.syscalls;
}

}  // namespace trowel::cli
