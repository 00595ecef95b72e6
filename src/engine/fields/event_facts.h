// Facts about an event that several fields share: its display name, result,
// category and I/O direction, computed the way sysdig 0.29.3 shows them.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "capture/event_view.h"
#include "engine/event_context.h"
#include "engine/filter/field_resolver.h"

namespace trowel::engine::fields {

// Event name as sysdig prints it: the 2022 name for types < 336, the
// syscall's name for generic events (type 0/1).
std::string_view event_type_name(const capture::EventView& ev);

// The result of an exit event (its first parameter when that is an ERRNO,
// FD or PID); false for enter events and events without one.
bool event_result(const capture::EventView& ev, int64_t& out);

// A FastStringEq for "field = literal" on fields whose text is a function of
// a cheap key (evt.res: the raw result), or null.
struct FieldInfo;
std::unique_ptr<filter::FastStringEq> make_fast_string_eq(const FieldInfo& f, std::string_view literal);

// evt.category text; I/O events take the category of their fd (file, net,
// IPC), or "unknown" when the fd is not known.
std::string_view event_category_name(const EventContext& ctx);

// 'r' for read-class, 'w' for write-class events, 0 otherwise.
char io_direction(const capture::EventView& ev);

// The data buffer of an I/O exit event.
std::optional<std::span<const uint8_t>> io_buffer(const EventContext& ctx);

// The PPM_O_* flags of an open-type event.
bool open_flags(const EventContext& ctx, uint32_t& out);

}  // namespace trowel::engine::fields
