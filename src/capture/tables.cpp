#include "capture/tables.h"

namespace trowel::capture {

const char* fd_type_name(FdType t) {
  static const char* const kNames[kFdTypeCount] = {
      "unknown", "file", "directory", "ipv4", "ipv6", "ipv4_server", "ipv6_server", "fifo",
      "unix", "event", "unsupported", "signalfd", "eventpoll", "inotify", "timerfd",
      "netlink", "file_v2", "bpf", "userfaultfd", "io_uring", "memfd", "pidfd"};
  auto i = static_cast<uint8_t>(t);
  return i < kFdTypeCount ? kNames[i] : "unknown";
}

}  // namespace trowel::capture
