#include "engine/fields/event_only.h"

namespace trowel::engine::fields {

bool is_event_only_field(std::string_view token) {
  // Each reads only EventContext::ev (thread.tid falls back to the event's
  // tid when there is no thread record).
  static constexpr std::string_view kFields[] = {
      "evt.num", "evt.type", "evt.dir", "evt.cpu", "evt.res", "evt.rawres", "evt.failed", "thread.tid",
  };
  for (std::string_view f : kFields)
    if (token == f) return true;
  return false;
}

filter::ResolveResult EventOnlyResolver::resolve(std::string_view token) {
  if (!is_event_only_field(token)) event_only_ = false;
  return inner_.resolve(token);
}

}  // namespace trowel::engine::fields
