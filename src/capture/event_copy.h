// Owned copies of events in the v2 event encoding (26-byte header with
// nparams, 16-bit parameter lengths, 32-bit for the large-payload types),
// whatever block the event was read from. Used by whoever keeps events after
// the reader moved on (the flight recorder's ring, stored container events).
//
//   std::vector<uint8_t> buf(v2_size(ev));
//   encode_v2(ev, buf.data());
//   EventView again = view_v2(buf.data(), ev.cpuid, ev.flags);
//
// view_v2() trusts bytes produced by encode_v2() (it checks only that the
// length array and values lie inside the event).
#pragma once
#include <cstdint>

#include "capture/event_view.h"

namespace trowel::capture {

inline constexpr uint32_t kV2HeaderSize = 26;

// Bytes encode_v2() writes for this event.
uint32_t v2_size(const EventView& ev);
// Writes the event at out (v2_size(ev) bytes).
void encode_v2(const EventView& ev, uint8_t* out);
// A view over an event encode_v2() wrote; num, section and block fields are 0.
EventView view_v2(const uint8_t* data, uint16_t cpuid, uint32_t flags);

}  // namespace trowel::capture
