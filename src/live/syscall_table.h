// The x86_64 syscalls trowel's eBPF programs know: native number -> name,
// the PPM_SC code that sysdig 0.29.3 shows for a generic event, and the
// syscalls that have a dedicated enter/exit program pair in trowel.bpf.c.
//
// Invariants: tables are static constant data; native_syscall_name() and
// ppm_sc_code() accept any int and never allocate.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace trowel::live {

inline constexpr int kNativeSyscallCount = 451;

// "openat" for 257; nullptr for unassigned or out-of-range numbers.
const char* native_syscall_name(int nr);
// The native number of a syscall name, -1 if unknown.
int native_syscall_number(std::string_view name);

// PPM_SC code of a native syscall (matched by name, with the few renames of
// the 2022 tables), 0 if the 2022 tables have none.
uint16_t ppm_sc_code(int nr);

// A syscall with its own programs: e_<prog> (enter) and x_<prog> (exit).
struct DedicatedSyscall {
  int nr;
  const char* prog;
};
std::span<const DedicatedSyscall> dedicated_syscalls();

namespace detail {
extern const char* const kNativeSyscallNames[kNativeSyscallCount];
}

}  // namespace trowel::live
