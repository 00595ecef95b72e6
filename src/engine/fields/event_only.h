// Filters that look at the event record alone.
//
// Some fields are answered from the event itself, whatever the state holds:
// its number, type, direction, CPU, result and thread id. A filter made only
// of such fields can be tested before State::process(), with an EventContext
// that holds nothing but the event; an event it rejects and that changes no
// state (State::skip_if_neutral) need not be processed at all. This is how
// `trowel print evt.res=EMFILE` passes over most of a capture.
#pragma once
#include <string_view>

#include "engine/fields/field.h"

namespace trowel::engine::fields {

// True if the field token is answered from the event record alone.
bool is_event_only_field(std::string_view token);

// The engine's resolver, noting whether every field it resolved is
// event-only (compile a filter with it, then ask event_only()).
class EventOnlyResolver : public filter::FieldResolver {
 public:
  filter::ResolveResult resolve(std::string_view token) override;
  bool event_only() const { return event_only_; }

 private:
  EngineFieldResolver inner_;
  bool event_only_ = true;
};

}  // namespace trowel::engine::fields
