// The machine's state at the start of a live capture, read from /proc,
// /etc and the interfaces, in the same SectionTables a capture file's
// metadata blocks produce (so the writer emits MI/IL/UL/PL/FDL blocks and
// the engine loads them like a file's).
//
// Invariants: never throws for a process or fd that vanishes or cannot be
// read while scanning (it is skipped, or its unreadable fields left at the
// defaults of §6.1); only fd types 1..16 are produced (sysdig 0.29.3 rejects
// a file with others); strings are raw bytes, lists NUL-separated.
#pragma once
#include <cstdint>
#include <string>

#include "capture/tables.h"

namespace trowel::live {

struct ProcScanStats {
  uint64_t processes = 0, threads = 0, fds = 0;
  uint64_t vanished = 0;  // processes that exited while being read
};

struct ProcScanOptions {
  std::string proc_root = "/proc";
  std::string etc_root = "/etc";
  bool fds = true;  // also list every process's fds
};

capture::SectionTables scan_machine(const ProcScanOptions& opt = {}, ProcScanStats* stats = nullptr);

// Nanoseconds to add to CLOCK_BOOTTIME to get the time since the epoch.
uint64_t boot_to_epoch_ns();

}  // namespace trowel::live
