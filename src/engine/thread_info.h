// ThreadInfo: one thread as the engine knows it at the current event.
//
// Invariants:
//   * process-wide data (exe, args, env, cwd, fd table) is read through the
//     thread but lives in the process's main thread: `process` points to it
//     (for the main thread, to itself), and `fds` is shared by every thread of
//     a process (CLONE_FILES), copied on fork;
//   * `args`, `env` and `cgroups` are NUL-separated lists as in the capture;
//   * `enter` holds a copy of this thread's last syscall enter event (old
//     captures pair enter and exit events), valid while `enter_type` >= 0.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/fd_info.h"

namespace trowel::engine {

// An fd table: fd number -> FdInfo. Shared by the threads of a process.
//
// Small non-negative fd numbers (< kDenseLimit) live in a vector indexed by
// the number (a free slot has num == -1 and keeps its name's capacity, so
// reopening an fd allocates nothing); other numbers go to a fallback map.
// Pointers returned by find()/insert() stay valid until the next insert() or
// erase() on the same table.
struct FdTable {
  static constexpr int64_t kDenseLimit = 1024;

  FdInfo* find(int64_t fd) {
    if (static_cast<uint64_t>(fd) < dense_.size()) {
      FdInfo& f = dense_[static_cast<size_t>(fd)];
      return f.num >= 0 ? &f : nullptr;
    }
    if (sparse_.empty()) return nullptr;
    auto it = sparse_.find(fd);
    return it == sparse_.end() ? nullptr : &it->second;
  }
  const FdInfo* find(int64_t fd) const { return const_cast<FdTable*>(this)->find(fd); }

  // The entry for `fd`, reset to a fresh FdInfo{num = fd} (created if absent).
  FdInfo& insert(int64_t fd) {
    if (fd >= 0 && fd < kDenseLimit) {
      if (static_cast<size_t>(fd) >= dense_.size()) {
        size_t n = dense_.empty() ? 64 : dense_.size();
        while (n <= static_cast<size_t>(fd)) n *= 2;
        dense_.resize(n);
      }
      FdInfo& f = dense_[static_cast<size_t>(fd)];
      if (f.num < 0) ++count_;
      reset(f, fd);
      return f;
    }
    auto [it, added] = sparse_.try_emplace(fd);
    if (added) ++count_;
    reset(it->second, fd);
    return it->second;
  }

  bool erase(int64_t fd) {
    if (static_cast<uint64_t>(fd) < dense_.size()) {
      FdInfo& f = dense_[static_cast<size_t>(fd)];
      if (f.num < 0) return false;
      f.num = -1;
      f.name.clear();
      --count_;
      return true;
    }
    if (sparse_.erase(fd)) {
      --count_;
      return true;
    }
    return false;
  }

  size_t size() const { return count_; }

  // Calls f(FdInfo&) for every open fd: dense ones by number, then the others.
  template <class F>
  void for_each(F&& f) {
    for (FdInfo& d : dense_)
      if (d.num >= 0) f(d);
    for (auto& [num, d] : sparse_) f(d);
  }

 private:
  static void reset(FdInfo& f, int64_t fd) {
    // Copy-assigning a blank entry: the empty name keeps f.name's buffer,
    // and no temporary is built and destroyed.
    static const FdInfo kBlank{};
    f = kBlank;
    f.num = fd;
  }

  std::vector<FdInfo> dense_;
  std::unordered_map<int64_t, FdInfo> sparse_;
  size_t count_ = 0;
};

// The fields every event reads or writes (State::process/pass) come first,
// in the struct's first cache line (it is 64-byte aligned): a capture
// switches threads every few events and the rest of the struct is cold.
struct alignas(64) ThreadInfo {
  int64_t tid = -1;
  uint64_t last_event_ts = 0;
  uint64_t last_latency_ns = 0;  // evt.latency of its last event (see State::process)
  // Enter/exit pairing (2022-style captures); the enter's bytes are below.
  uint64_t enter_ts = 0;
  int32_t enter_type = -1;
  bool procinfo_only = false; // created by a procinfo event, no other event yet
  bool exited = false;        // procexit seen; removed before the next event
  bool from_table = false;    // came from the capture's process list
  bool incomplete = false;    // created from an event of an unknown thread
  ThreadInfo* process = nullptr;     // the main thread (self for the main thread)
  std::shared_ptr<FdTable> fds;      // never null

  int64_t pid = -1, ptid = -1;
  int64_t vtid = -1, vpid = -1, sid = -1, vpgid = -1;
  std::string comm, exe, exepath, args, env, cwd, cgroups, root;
  std::string container_id;   // "" = host
  uint32_t uid = 0xFFFFFFFF, gid = 0xFFFFFFFF, loginuid = 0xFFFFFFFF;
  int64_t fdlimit = 0;
  uint32_t vmsize_kb = 0, vmrss_kb = 0, vmswap_kb = 0;
  uint64_t pfmajor = 0, pfminor = 0;
  uint32_t clone_flags = 0;   // PPM_CL_* of the clone that created it / table flags
  uint32_t tty = 0;
  uint64_t clone_ts = 0;      // creation time, 0 if it existed before the capture
  // Context switches: the CPU time of its last slice (from the switch that
  // scheduled it in to the switch that took it off, on the same CPU) and
  // the total over the capture (thread.exectime / thread.totexectime).
  uint64_t exectime_ns = 0, totexectime_ns = 0;
  // CPU use from procinfo events (cpu_usr, cpu_sys in clock ticks): the
  // counters of the previous procinfo (0 = none yet) and the percentages of
  // the last one (see State::on_procinfo).
  uint64_t cpu_prev_tot = 0, cpu_prev_usr = 0, cpu_prev_sys = 0;
  double cpu_tot_pct = 0, cpu_usr_pct = 0, cpu_sys_pct = 0;
  int32_t live_threads = 0;   // main thread: other threads linked to it

  std::vector<uint8_t> enter;        // bytes of the enter event (header + params)
  uint32_t enter_nparams = 0;
  uint8_t enter_len_width = 2;
  bool enter_v2 = true;

  bool is_main_thread() const { return tid == pid; }
  ThreadInfo& proc() { return process ? *process : *this; }
  const ThreadInfo& proc() const { return process ? *process : *this; }
};

}  // namespace trowel::engine
