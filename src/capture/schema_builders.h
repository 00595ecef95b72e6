// Internal helpers for writing the schema tables (event_table*.cpp) compactly:
// P(name, type, format [, flag table | DirFd{i} | dyn type list]) builds a
// ParamInfo with the unused members set to their "none" values (null table,
// dirfd -1, no dyn types). Not part of the public API.
#pragma once
#include <cstddef>

#include "capture/event_schema.h"

namespace trowel::capture::detail {

using PT = ParamType;
using PF = PrintFormat;
namespace cat = category;
namespace ef = event_flag;

// Index of the dirfd parameter that an FSRELPATH parameter is relative to.
struct DirFd {
  int8_t index;
};

constexpr ParamInfo P(const char* name, ParamType type, PrintFormat fmt) {
  return {name, type, fmt, nullptr, -1, nullptr, 0};
}
constexpr ParamInfo P(const char* name, ParamType type, PrintFormat fmt, const FlagTable& table) {
  return {name, type, fmt, &table, -1, nullptr, 0};
}
constexpr ParamInfo P(const char* name, ParamType type, PrintFormat fmt, DirFd dirfd) {
  return {name, type, fmt, nullptr, dirfd.index, nullptr, 0};
}
template <std::size_t N>
constexpr ParamInfo P(const char* name, ParamType type, PrintFormat fmt,
                      const ParamType (&dyn_types)[N]) {
  static_assert(N < 256);
  return {name, type, fmt, nullptr, -1, dyn_types, static_cast<uint8_t>(N)};
}

// The tables (event_table.cpp, event_table_legacy.cpp, syscall_names.cpp).
extern const EventInfo kEventTable[kEventTypeCount];
extern const EventInfo kLegacyEventTable[kLegacyEventTypeCount];
extern const char* const kSyscallNames[];
extern const uint16_t kSyscallNameCount;

}  // namespace trowel::capture::detail
