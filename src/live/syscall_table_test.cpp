#include <doctest/doctest.h>

#include <string>

#include "capture/event_schema.h"
#include "live/syscall_table.h"

using namespace trowel::live;

TEST_CASE("native syscall names and PPM_SC codes") {
  CHECK(std::string(native_syscall_name(0)) == "read");
  CHECK(std::string(native_syscall_name(257)) == "openat");
  CHECK(native_syscall_name(-1) == nullptr);
  CHECK(native_syscall_name(100000) == nullptr);
  CHECK(native_syscall_number("openat") == 257);
  CHECK(native_syscall_number("no_such_call") == -1);
  // Generic events show the PPM_SC name sysdig 0.29.3 knows.
  CHECK(std::string(trowel::capture::syscall_name(ppm_sc_code(10))) == "mprotect");
  CHECK(std::string(trowel::capture::syscall_name(ppm_sc_code(15))) == "sigreturn");
  for (int nr = 0; nr < kNativeSyscallCount; ++nr) CHECK(ppm_sc_code(nr) < 329);
}

TEST_CASE("every dedicated syscall has a name") {
  for (const DedicatedSyscall& d : dedicated_syscalls()) {
    CAPTURE(d.nr);
    CHECK(native_syscall_name(d.nr) != nullptr);
  }
}
