// State: threads, processes, fd tables, users, groups and containers of the
// capture at the current event — the engine's model of the machine.
//
// load_tables() imports a section's tables (the state at capture start);
// process() applies one event and fills an EventContext for it. Removals are
// deferred by one event (a closed fd or an exited thread is still visible
// while its close/procexit event is inspected), as sysdig does.
//
// Exited processes are kept, marked `exited`, with their last fd table (so
// "what did it hold when it died" stays answerable at the end of a capture),
// but only the kMaxExitedProcesses most recent ones: memory stays bounded by
// what is alive plus that many. Exited non-main threads and closed fds are
// erased; per-thread enter-event copies reuse their buffers.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "capture/event_view.h"
#include "capture/tables.h"
#include "engine/event_context.h"
#include "engine/thread_info.h"

namespace trowel::engine {

namespace detail {
struct OpEntry;
// What State needs to know about an event type, derived once from the schema
// (state_syscalls.cpp) instead of on every event.
struct TypeFacts {
  const OpEntry* op = nullptr;     // the state update it triggers (null: none)
  bool internal = false;           // EC_INTERNAL in the schema sysdig 0.29.3 shows
  bool skip_parse_reset = false;   // evt.latency shows the thread's previous one
  bool syscall_enter = false;      // an enter event an exit pairs with
  bool threadless = false;         // meta event without a (real) thread
  bool container = false;          // container event
  bool clone = false;              // clone/fork/vfork/clone3 exit
  bool creates_fd = false;         // EF_CREATES_FD (display schema)
  bool uses_fd = false;            // EF_USES_FD or EF_CREATES_FD (display schema)
};
// kEventTypeCount + 1 rows; the last one is for types beyond the schema.
const TypeFacts* type_facts_table();
inline const TypeFacts& type_facts(const TypeFacts* table, uint16_t type) {
  return table[type < capture::kEventTypeCount ? type : capture::kEventTypeCount];
}
}  // namespace detail

struct UserInfo {
  uint32_t uid = 0, gid = 0;
  std::string name, home, shell;
};

struct GroupInfo {
  uint32_t gid = 0;
  std::string name;
};

// One mount of a container (the "Mounts" of its JSON event).
struct ContainerMount {
  std::string source, dest, mode, propagation;
  bool rdwr = false;
};

struct ContainerInfo {
  std::string id, name, image, type;
  bool privileged = false;
  // From JSON container events (empty otherwise).
  std::string imageid, imagedigest, imagerepo, imagetag;
  std::vector<ContainerMount> mounts;
};

struct StateStats {
  uint64_t threads_created = 0, threads_removed = 0;
  uint64_t fds_opened = 0, fds_closed = 0;
  uint64_t unknown_threads = 0;  // events of threads not in any table
};

// The context-switch event types (old and current layout).
inline constexpr uint16_t kSwitchOld = 146, kSwitch = 152;

class State {
 public:
  static constexpr size_t kMaxExitedProcesses = 256;

  State();
  // A deep copy: replaying the same events from the copy gives what
  // replaying them from this state gives (threads, fd tables shared between
  // threads, pending removals, enter copies, timestamps). The copy shares
  // nothing mutable with this state, so the two may be used on different
  // threads. Defined in state_clone.cpp.
  std::unique_ptr<State> clone() const;

  // Resets everything and imports the tables of a (new) section.
  void load_tables(const capture::SectionTables& t);

  // Applies one event and describes it in ctx. resolve = false: the caller
  // will not look at this event (a filter that reads the event alone has
  // dropped it), so an event that changes no fd or thread data skips the
  // fd look-up (ctx.fd stays null); the state afterwards is the same.
  void process(const capture::EventView& ev, EventContext& ctx, bool resolve = true);
  // Event types whose events change only the bookkeeping every event does
  // (timestamps, the thread's last event, enter/exit pairing and latency):
  // no state op, not an enter event, not clone, switch, procinfo or a
  // container event. kEventTypeCount entries.
  static const bool* passable_types();
  // process(ev, ctx, false) for an event of a passable type, without a
  // context and without reading its parameters (a header-only view from
  // CaptureReader::next_skim() will do): the state afterwards is the same.
  void pass(const capture::EventView& ev);

  // Whether fds get names: file paths (and the open's ctx.path), socket
  // tuples as text, unix socket and bind paths, the names eventfd-like
  // calls give. Off (set before the first event), everything else about an
  // fd is kept as with names (kind, addresses, ports, flags, role), but
  // fd.name and the fields built on it or on ctx.path are empty, and so is
  // a cwd set by fchdir (and what is resolved from it: later relative
  // chdirs, proc.exepath of a relative execve). For runs whose fields
  // never read those (fields::names_free_field()): ~10 % less work.
  void set_fd_names(bool on) { fd_names_ = on; }
  bool fd_names() const { return fd_names_; }

  ThreadInfo* thread(int64_t tid);
  const ThreadInfo* thread(int64_t tid) const;
  const std::unordered_map<int64_t, std::unique_ptr<ThreadInfo>>& threads() const { return threads_; }
  const UserInfo* user(uint32_t uid) const;
  const GroupInfo* group(uint32_t gid) const;
  const ContainerInfo* container(const std::string& id) const;
  const std::map<std::string, ContainerInfo>& containers() const { return containers_; }
  const capture::MachineInfo& machine() const { return machine_; }
  const std::unordered_map<uint32_t, UserInfo>& users() const { return users_; }
  const std::unordered_map<uint32_t, GroupInfo>& groups() const { return groups_; }
  // Applies now the removals deferred from the last event (fds it closed,
  // threads that exited), which process() would apply at the next event:
  // the state then is the one the next event starts from (what an exporter
  // writes). Any EventContext of the last event is invalid afterwards.
  void apply_pending_removals() { apply_deferred(); }
  const StateStats& stats() const { return stats_; }
  uint64_t first_ts() const { return first_ts_; }
  uint64_t last_ts() const { return last_ts_; }
  // Bumped whenever thread identity data may change: tables loaded, a thread
  // created or removed, a clone/execve/exit/set*id/user or group event, a container
  // event. While it is unchanged, a given ThreadInfo* still exists and its
  // pid, tid, parent, comm, exe, args, uid, gid, user and group names,
  // container and thread count are what they were (views cache by it; cwd,
  // fd limit, memory and CPU figures are not covered).
  uint64_t thread_epoch() const { return thread_epoch_; }
  // Bumped whenever an event may change a process's memory figures
  // (vmsize, vmrss, vmswap) without moving thread_epoch() (brk, mmap,
  // munmap): while both are unchanged, every thread's memory figures are.
  uint64_t memory_epoch() const { return memory_epoch_; }

 private:
  ThreadInfo& get_or_create_thread(int64_t tid, uint64_t ts);
  void on_procinfo(const capture::EventView& ev, ThreadInfo& th);
  ThreadInfo& add_thread(int64_t tid);    // finds or inserts
  ThreadInfo& fresh_thread(int64_t tid);  // replaces any existing entry
  void remove_thread(int64_t tid);
  void apply_deferred();
  void remember_enter(ThreadInfo& th, const capture::EventView& ev);
  // Per-syscall state updates (state_syscalls.cpp); resolve: as process()'s
  // (false: an op that leaves the fd alone does not look it up for ctx).
  void update(const capture::EventView& ev, const capture::EventView* enter, ThreadInfo* th,
              EventContext& ctx, const detail::TypeFacts& facts, bool resolve);
  // update()'s last step, all it does for an event without an op: the fd
  // the event names, for ctx (only types that use or create one).
  static void resolve_fd(const capture::EventView& ev, const capture::EventView* enter, ThreadInfo& th,
                         EventContext& ctx, const detail::TypeFacts& facts);
  void on_clone(const capture::EventView& ev, const capture::EventView* enter, ThreadInfo& th);
  void on_execve(const capture::EventView& ev, const capture::EventView* enter, ThreadInfo& th);
  void on_container_event(const capture::EventView& ev);
  FdInfo* add_fd(ThreadInfo& th, int64_t fd, FdKind kind, uint64_t ts);
  void close_fd_later(ThreadInfo& th, int64_t fd);
  void set_container_from_cgroups(ThreadInfo& th);
  void on_switch(const capture::EventView& ev, ThreadInfo& th);

  // Called whenever a thread is erased (the caches would point at it).
  void forget_cached_thread() {
    cached_tid_ = INT64_MIN;
    cached_thread_ = nullptr;
    recent_threads_.fill(RecentThread{});
  }
  // A thread() miss of the one-entry cache: the recent-threads table, then the map.
  ThreadInfo* thread_slow(int64_t tid);

  const detail::TypeFacts* facts_;
  std::unordered_map<int64_t, std::unique_ptr<ThreadInfo>> threads_;
  int64_t cached_tid_ = INT64_MIN;       // last thread() hit
  uint64_t thread_epoch_ = 0;            // see thread_epoch()
  uint64_t memory_epoch_ = 0;            // see memory_epoch()
  ThreadInfo* cached_thread_ = nullptr;
  // Threads looked up lately, by tid modulo the size (a capture switches
  // among a few busy threads): a hit saves a hash-map look-up. An entry
  // is either empty or names a live thread of threads_.
  struct RecentThread {
    int64_t tid = INT64_MIN;
    ThreadInfo* thread = nullptr;
  };
  std::array<RecentThread, 64> recent_threads_{};
  std::unordered_map<uint32_t, UserInfo> users_;
  std::unordered_map<uint32_t, GroupInfo> groups_;
  std::map<std::string, ContainerInfo> containers_;
  capture::MachineInfo machine_;
  std::vector<capture::InterfaceEntry> interfaces_;  // of the current section (local_addr.h)
  StateStats stats_;

  // Deferred removals, applied at the start of the next event.
  struct PendingClose {
    std::shared_ptr<FdTable> table;
    int64_t fd;
  };
  std::vector<PendingClose> pending_closes_;
  std::vector<int64_t> pending_exits_;
  std::deque<int64_t> exited_;  // exited main threads kept, oldest first

  // Per CPU: the time of its last context switch and the thread it
  // switched to (thread.exectime).
  struct CpuSwitch {
    uint64_t ts = 0;
    int64_t next = -1;
  };
  std::vector<CpuSwitch> cpu_switch_;

  capture::EventView enter_view_;  // view over the paired enter event copy
  std::string path_scratch_;
  uint64_t first_ts_ = 0, last_ts_ = 0, prev_ts_ = 0;
  uint32_t section_ = 0;
  bool leading_ = true;  // still in the leading container events
  bool fd_names_ = true;  // see set_fd_names()
};

}  // namespace trowel::engine
