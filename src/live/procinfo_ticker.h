// ProcInfoTicker: csysdig's CPU columns on the live machine. sysdig's
// drivers emit a procinfo event (type 234: the thread's total user and
// system time in clock ticks) for running threads about once a second;
// thread.cpu is the growth since the previous one. Our eBPF programs do not,
// so the live source makes them here, once a second, for every thread in
// /proc (except our own process, as the programs exclude it): the same
// bytes a capture would hold, so -w files carry them too.
//
// Invariant: an EventView passed to the callback points into this object's
// buffer and is valid only during the call. A scan allocates (directory
// listing), once a second; nothing per event.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "capture/event_view.h"

namespace trowel::live {

class ProcInfoTicker {
 public:
  static constexpr uint64_t kPeriodNs = 1'000'000'000ull;
  explicit ProcInfoTicker(std::string proc_root = "/proc");
  // Emits one procinfo event per thread when a period has passed since the
  // last scan (monotonic `now_ns`); returns the events emitted.
  size_t tick(uint64_t now_ns, const std::function<void(const capture::EventView&)>& emit);
  // One procinfo event, built in place (tests).
  const capture::EventView& make(uint64_t ts, int64_t tid, uint64_t usr, uint64_t sys);

 private:
  std::string root_;
  uint64_t last_ = 0;
  int self_ = 0;
  alignas(8) uint8_t buf_[64] = {};
  capture::EventView ev_;
};

// utime and stime (clock ticks) of a /proc/.../stat line; false if malformed.
bool parse_stat_times(std::string_view stat, uint64_t* utime, uint64_t* stime);

}  // namespace trowel::live
