#include "live/event_mask.h"

#include <doctest/doctest.h>

#include "live/syscall_table.h"

using namespace trowel::live;

TEST_CASE("event mask: event names to native syscalls") {
  CHECK(native_syscall_of_event("openat") == "openat");
  CHECK(native_syscall_of_event("pread") == "pread64");
  CHECK(native_syscall_of_event("prlimit") == "prlimit64");
  CHECK(native_syscall_of_event("sigreturn") == "rt_sigreturn");
  CHECK(native_syscall_of_event("procexit") == "");
  CHECK(native_syscall_of_event("switch") == "");
  CHECK(native_syscall_of_event("nosuchthing") == "");
  CHECK(native_syscalls_of_events({"close", "openat", "procexit", "pwrite"}) ==
        std::vector<std::string>{"close", "openat", "pwrite64"});
  CHECK(native_syscalls_of_events({}).empty());
}

TEST_CASE("event mask: every rename names a real syscall") {
  for (const char* e : {"pread", "pwrite", "prlimit", "umount", "sigreturn"})
    CHECK(native_syscall_number(native_syscall_of_event(e)) >= 0);
}
