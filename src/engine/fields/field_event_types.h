// The engine's knowledge for the event-type analysis of filters
// (engine/filter/event_types.h): besides evt.type / syscall.type, the
// checks whose event types follow from the event tables:
//   evt.is_io = true, evt.is_io_read = true, evt.is_io_write = true,
//   evt.is_syslog = true  -> the read/write-class event types (category);
//   evt.io_dir = read / write (also 'in').
// Everything else: "cannot tell".
#pragma once
#include "engine/filter/event_types.h"
#include "engine/filter/filter.h"

namespace trowel::engine::fields {

class EngineCheckEventTypes : public filter::CheckEventTypes {
 public:
  std::optional<std::set<std::string>> types_of(std::string_view field, std::string_view op,
                                                const std::vector<std::string>& values) const override;
};

// event_types_of(f) with the engine's knowledge.
filter::EventTypeSet engine_event_types_of(const filter::Filter& f);

}  // namespace trowel::engine::fields
