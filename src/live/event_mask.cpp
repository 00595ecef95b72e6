#include "live/event_mask.h"

#include "live/syscall_table.h"

namespace trowel::live {

namespace {

// Event names (2022 tables and current libs) whose x86_64 syscall has another name.
struct EventRename {
  std::string_view event;
  const char* native;
};
constexpr EventRename kEventRenames[] = {
    {"pread", "pread64"},     {"pwrite", "pwrite64"}, {"prlimit", "prlimit64"},
    {"umount", "umount2"},    {"sigreturn", "rt_sigreturn"},
};

}  // namespace

std::string native_syscall_of_event(std::string_view event_name) {
  for (const EventRename& r : kEventRenames)
    if (r.event == event_name) return r.native;
  if (native_syscall_number(event_name) >= 0) return std::string(event_name);
  return {};
}

std::vector<std::string> native_syscalls_of_events(const std::set<std::string>& event_names) {
  std::set<std::string> out;
  for (const std::string& e : event_names) {
    std::string n = native_syscall_of_event(e);
    if (!n.empty()) out.insert(std::move(n));
  }
  return {out.begin(), out.end()};
}

}  // namespace trowel::live
