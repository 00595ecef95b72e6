// Facts about an event that several fields share: its display name, result,
// category and I/O direction, computed the way sysdig 0.29.3 shows them.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "capture/event_schema.h"
#include "capture/event_view.h"
#include "engine/event_context.h"
#include "engine/fields/field.h"
#include "engine/filter/field_resolver.h"

namespace trowel::engine::fields {

// Event name as sysdig prints it: the 2022 name for types < 336, the
// syscall's name for generic events (type 0/1).
std::string_view event_type_name(const capture::EventView& ev);

// Per event type: 0 no result, 1 a signed result (ERRNO/FD/PID: negative =
// errno), 2 another parameter named "res" (brk's address ...: a success).
// (Filled during static initialization; read-only after.)
extern uint8_t g_result_kind[capture::kEventTypeCount];

// The result of an exit event (its first parameter when that is an ERRNO,
// FD or PID); false for enter events and events without one. Inline: several
// columns of a view ask it of every event.
inline bool event_result(const capture::EventView& ev, int64_t& out) {
  if (ev.nparams == 0 || ev.type >= capture::kEventTypeCount) return false;
  uint8_t k = g_result_kind[ev.type];
  if (k == 0 || ev.param_len(0) != 8) return false;
  int64_t v = static_cast<int64_t>(capture::load_u64(ev.values));
  out = k == 1 ? v : (v & 0x7fffffffffffffffll);
  return true;
}

// A FastStringEq for "field = literal" on fields whose text is a function of
// a cheap key (evt.res: the raw result), or null.
struct FieldInfo;
std::unique_ptr<filter::FastStringEq> make_fast_string_eq(const FieldInfo& f, std::string_view literal);

// evt.category text; I/O events take the category of their fd (file, net,
// IPC), or "unknown" when the fd is not known.
std::string_view event_category_name(const EventContext& ctx);

// The class evt.count.error.* gives a failed call. sysdig 0.29.3 does not
// use evt.category here: MEMORY is the memory category; otherwise the type
// of the event's fd decides when the event has one (FILE for files and
// directories, NET for sockets, OTHER for the rest); without one, the call
// (the open family is FILE, socket creation is NET, anything else OTHER).
// sysdig knows an exit event's fd only through its enter event, so an exit
// without one (exit-only captures) has no fd here: a failed ioctl/close/
// read there is OTHER, as in sysdig.
enum class ErrorClass : uint8_t { Other, File, Net, Memory };
ErrorClass error_class(const EventContext& ctx);

// 'r' for read-class, 'w' for write-class events, 0 otherwise.
// (Per event type, filled during static initialization.)
extern char g_io_direction[capture::kEventTypeCount];
inline char io_direction(const capture::EventView& ev) {
  return ev.type < capture::kEventTypeCount ? g_io_direction[ev.type] : 0;
}

// Bit (1 << g) for each gate g of `wanted` (a mask of such bits) that is
// open on this event; the Always bit is always set. Inline: views ask it of
// every event.
inline unsigned open_gates(const EventContext& ctx, unsigned wanted) {
  const capture::EventView& ev = *ctx.ev;
  auto bit = [](ValueGate g) { return 1u << static_cast<unsigned>(g); };
  unsigned open = bit(ValueGate::Always);
  if (wanted & bit(ValueGate::FailedExit)) {
    int64_t r;
    if (event_result(ev, r) && r < 0) open |= bit(ValueGate::FailedExit);
  }
  if ((wanted & bit(ValueGate::IoExit)) && !ev.is_enter() && io_direction(ev) != 0) open |= bit(ValueGate::IoExit);
  if ((wanted & bit(ValueGate::ProcInfo)) && ev.type == kProcInfo) open |= bit(ValueGate::ProcInfo);
  return open;
}

// The data buffer of an I/O exit event.
std::optional<std::span<const uint8_t>> io_buffer(const EventContext& ctx);

// The PPM_O_* flags of an open-type event.
bool open_flags(const EventContext& ctx, uint32_t& out);

}  // namespace trowel::engine::fields
