#include "engine/fields/field_event_types.h"

#include "capture/event_schema.h"

namespace trowel::engine::fields {

namespace {

// The names of the event types whose category kind is read (r), write (w)
// or either (b) — the test io_direction() (event_facts.cpp) makes per event.
std::set<std::string> io_types(char which) {
  std::set<std::string> out;
  for (uint16_t t = 0; t < capture::kEventTypeCount; ++t) {
    const capture::EventInfo* info = capture::event_info(t);
    if (!info) continue;
    uint32_t kind = info->category & 0xFF;
    bool r = kind == capture::category::kIoRead, w = kind == capture::category::kIoWrite;
    if ((which == 'r' && r) || (which == 'w' && w) || (which == 'b' && (r || w))) out.insert(info->name);
  }
  return out;
}

}  // namespace

std::optional<std::set<std::string>> EngineCheckEventTypes::types_of(std::string_view field, std::string_view op,
                                                                     const std::vector<std::string>& values) const {
  if (field == "evt.io_dir" && (op == "=" || op == "in")) {
    std::set<std::string> out;
    for (const std::string& v : values) {
      if (v != "read" && v != "write") continue;
      std::set<std::string> part = io_types(v == "read" ? 'r' : 'w');
      out.insert(part.begin(), part.end());
    }
    return out;
  }
  if (op != "=" || values.size() != 1 || values[0] != "true") return std::nullopt;
  if (field == "evt.is_io") return io_types('b');
  if (field == "evt.is_io_read") return io_types('r');
  if (field == "evt.is_io_write" || field == "evt.is_syslog") return io_types('w');
  return std::nullopt;
}

filter::EventTypeSet engine_event_types_of(const filter::Filter& f) {
  static const EngineCheckEventTypes checks;
  return filter::event_types_of(f, &checks);
}

}  // namespace trowel::engine::fields
