// Lookups into the schema tables (event_table.cpp, event_table_legacy.cpp,
// syscall_names.cpp). All lookups read static constant data and never
// allocate.
#include "capture/event_schema.h"

#include <iterator>

#include "capture/schema_builders.h"

namespace trowel::capture {

const EventInfo* event_info(uint16_t type) {
  return type < kEventTypeCount ? &detail::kEventTable[type] : nullptr;
}

const EventInfo* legacy_event_info(uint16_t type) {
  return type < kLegacyEventTypeCount ? &detail::kLegacyEventTable[type] : nullptr;
}

const char* syscall_name(uint16_t ppm_sc) {
  return ppm_sc < detail::kSyscallNameCount ? detail::kSyscallNames[ppm_sc] : nullptr;
}

uint16_t syscall_code_count() { return detail::kSyscallNameCount; }

int find_event_type(std::string_view name) {
  if (name.empty()) return -1;
  // Current names first, then the 2022 ones that were renamed since
  // ("sysdigevent"). Enter types are even.
  for (uint16_t t = 0; t < kEventTypeCount; t += 2) {
    if (name == detail::kEventTable[t].name) return t;
  }
  for (uint16_t t = 0; t < kLegacyEventTypeCount; t += 2) {
    if (name == detail::kLegacyEventTable[t].name) return t;
  }
  return -1;
}

const char* param_type_name(ParamType t) {
  // Index = PT_* code. The names are libsinsp's (what sysdig -L prints); the
  // four types libsinsp leaves unnamed ("<NA>") get their PT_* name.
  static constexpr const char* kNames[kParamTypeCount] = {
      "NONE",      "INT8",         "INT16",        "INT32",
      "INT64",     "UINT8",        "UINT16",       "UINT32",
      "UINT64",    "CHARBUF",      "BYTEBUF",      "ERRNO",
      "SOCKADDR",  "SOCKTUPLE",    "FD",           "PID",
      "FDLIST",    "FSPATH",       "SYSCALLID",    "SIGTYPE",
      "RELTIME",   "ABSTIME",      "PORT",         "L4PROTO",
      "SOCKFAMILY", "BOOL",        "IPV4ADDR",     "DYNAMIC",
      "FLAGS8",    "FLAGS16",      "FLAGS32",      "UID",
      "GID",       "DOUBLE",       "SIGSET",       "CHARBUFARRAY",
      "CHARBUF_PAIR_ARRAY", "IPV4NET", "IPV6ADDR", "IPV6NET",
      "IPADDR",    "IPNET",        "MODE",         "FSRELPATH",
      "ENUMFLAGS8", "ENUMFLAGS16", "ENUMFLAGS32",  "FD32",
      "PID32",
  };
  static_assert(std::size(kNames) == kParamTypeCount);
  auto i = static_cast<unsigned>(t);
  return i < kParamTypeCount ? kNames[i] : "<NA>";
}

}  // namespace trowel::capture
