#include "engine/state.h"

#include <algorithm>

#include <cstring>

#include "capture/event_schema.h"
#include "capture/param_decode.h"
#include "engine/fd_naming.h"

namespace trowel::engine {

using capture::EventView;

namespace {

FdKind kind_of(capture::FdType t) {
  using T = capture::FdType;
  switch (t) {
    case T::File: case T::FileV2: return FdKind::File;
    case T::Directory: return FdKind::Directory;
    case T::Ipv4Sock: case T::Ipv4ServSock: return FdKind::Ipv4;
    case T::Ipv6Sock: case T::Ipv6ServSock: return FdKind::Ipv6;
    case T::Fifo: return FdKind::Pipe;
    case T::UnixSock: return FdKind::Unix;
    case T::Event: return FdKind::Event;
    case T::SignalFd: return FdKind::SignalFd;
    case T::EventPoll: return FdKind::EventPoll;
    case T::Inotify: return FdKind::Inotify;
    case T::TimerFd: return FdKind::TimerFd;
    case T::Netlink: return FdKind::Netlink;
    case T::Bpf: return FdKind::Bpf;
    case T::UserFaultFd: return FdKind::UserFaultFd;
    case T::IoUring: return FdKind::IoUring;
    case T::Memfd: return FdKind::Memfd;
    case T::PidFd: return FdKind::PidFd;
    default: return FdKind::Unknown;
  }
}

// The child's side of a clone/fork/vfork/clone3 (res == 0).
bool is_clone_child_event(const EventView& ev, const detail::TypeFacts& facts) {
  if (!facts.clone || ev.nparams == 0) return false;
  auto p = ev.param(0);
  return p.size() == 8 && capture::load_u64(p.data()) == 0;
}

}  // namespace

State::State() : facts_(detail::type_facts_table()) {}

void State::load_tables(const capture::SectionTables& t) {
  ++thread_epoch_;
  threads_.clear();
  cpu_switch_.clear();
  forget_cached_thread();
  users_.clear();
  groups_.clear();
  containers_.clear();
  pending_closes_.clear();
  pending_exits_.clear();
  exited_.clear();
  leading_ = true;
  machine_ = t.machine;
  interfaces_ = t.interfaces;
  for (const capture::ThreadEntry& e : t.threads) {
    ThreadInfo& th = add_thread(e.tid);
    th.pid = e.pid;
    th.ptid = e.ptid;
    th.sid = e.sid;
    th.vpgid = e.vpgid;
    th.vtid = e.vtid;
    th.vpid = e.vpid;
    th.comm = e.comm;
    th.exe = e.exe;
    th.exepath = e.exepath;
    th.args = e.args;
    th.env = e.env;
    th.cwd = e.cwd;
    th.cgroups = e.cgroups;
    th.root = e.root;
    th.uid = e.uid;
    th.gid = e.gid;
    th.loginuid = e.loginuid;
    th.fdlimit = e.fdlimit;
    th.vmsize_kb = e.vmsize_kb;
    th.vmrss_kb = e.vmrss_kb;
    th.vmswap_kb = e.vmswap_kb;
    th.pfmajor = e.pfmajor;
    th.pfminor = e.pfminor;
    th.clone_flags = e.flags;
    th.tty = e.tty;
    th.from_table = true;
    set_container_from_cgroups(th);
  }
  // Link threads to their main thread and share its fd table.
  for (auto& [tid, th] : threads_) {
    ThreadInfo* main = thread(th->pid);
    if (main && main != th.get()) {
      th->process = main;
      th->fds = main->fds;
      main->live_threads++;
    }
  }
  for (const capture::FdEntry& e : t.fds) {
    ThreadInfo* th = thread(e.tid);
    if (!th) continue;  // as libscap: fds of unknown threads are dropped
    FdInfo fd;
    fd.num = e.fd;
    fd.kind = kind_of(e.type);
    fd.ino = e.ino;
    fd.dev = e.dev;
    fd.open_flags = e.open_flags;
    fd.cloexec = e.open_flags & (1u << 12);  // PPM_O_CLOEXEC: closed by an exec, as an open's
    fd.l4proto = e.l4proto;
    fd.unix_source = e.unix_source;
    fd.unix_dest = e.unix_dest;
    fd.name = e.name;
    // /proc/net/unix paths reach some captures with their line's newline;
    // sysdig shows the path without it.
    if (fd.kind == FdKind::Unix)
      while (!fd.name.empty() && fd.name.back() == '\n') fd.name.pop_back();
    if (e.type == capture::FdType::Ipv4ServSock || e.type == capture::FdType::Ipv6ServSock) {
      fd.is_listening = true;
      fd.sip = e.sip;
      fd.sport = e.sport;
      // Bound to port 0 (written by a state export): shown like a bind of
      // the capture, without a port (open_ts 0 would mean "from the table").
      if (e.sport == 0) fd.open_ts = 1;
    } else if (e.type == capture::FdType::Ipv4Sock || e.type == capture::FdType::Ipv6Sock) {
      // The table stores local -> remote; the role is decided below.
      fd.cip = e.sip;
      fd.cport = e.sport;
      fd.sip = e.dip;
      fd.sport = e.dport;
      // An all-zero tuple is a socket not yet bound or connected (written by
      // a state export; /proc lists no such socket): it stays unnamed.
      fd.connected = e.sport != 0 || e.dport != 0 || e.sip != decltype(e.sip){} || e.dip != decltype(e.dip){};
      // Shown like a socket() of the capture (no address yet), not like a
      // table socket: open_ts 0 would mean "from the table".
      if (!fd.connected) fd.open_ts = 1;
    }
    th->fds->insert(e.fd) = std::move(fd);
  }
  // A connection whose local port is a listening port of the machine (of
  // any process in the table: scap compares with the system's listening
  // ports, so an sshd child's connection on port 22 is a server one) is the
  // server side: flip it to client -> server (as libsinsp does).
  std::vector<std::pair<FdKind, uint16_t>> listening;
  for (auto& [tid, th] : threads_) {
    if (th->process) continue;
    th->fds->for_each([&](const FdInfo& l) {
      if (l.is_listening) listening.emplace_back(l.kind, l.sport);
    });
  }
  std::sort(listening.begin(), listening.end());
  for (auto& [tid, th] : threads_) {
    if (th->process) continue;
    FdTable& table = *th->fds;
    table.for_each([&](FdInfo& fd) {
      if (!fd.connected) return;
      bool server = std::binary_search(listening.begin(), listening.end(), std::make_pair(fd.kind, fd.cport));
      if (server) {
        std::swap(fd.cip, fd.sip);
        std::swap(fd.cport, fd.sport);
        fd.is_server_role = true;
      }
    });
  }
  for (auto& [tid, th] : threads_)
    if (!th->process)
      th->fds->for_each([](FdInfo& fd) {
        if ((fd.kind == FdKind::Ipv4 || fd.kind == FdKind::Ipv6) && (fd.connected || fd.is_listening))
          name_socket(fd);
      });
  for (const capture::UserEntry& u : t.users) users_[u.uid] = UserInfo{u.uid, u.gid, u.name, u.home, u.shell};
  for (const capture::GroupEntry& g : t.groups) groups_[g.gid] = GroupInfo{g.gid, g.name};
}

ThreadInfo& State::add_thread(int64_t tid) {
  ++thread_epoch_;
  auto& slot = threads_[tid];
  if (!slot) {
    slot = std::make_unique<ThreadInfo>();
    stats_.threads_created++;
  }
  slot->tid = tid;
  if (!slot->fds) slot->fds = std::make_shared<FdTable>();
  return *slot;
}

ThreadInfo& State::fresh_thread(int64_t tid) {
  auto it = threads_.find(tid);
  if (it != threads_.end()) {
    if (it->second->process) it->second->process->live_threads--;
    threads_.erase(it);
    forget_cached_thread();
  }
  return add_thread(tid);
}

ThreadInfo* State::thread(int64_t tid) {
  // Consecutive events mostly come from the same thread: remember the last
  // lookup (forgotten whenever a thread is erased).
  if (tid == cached_tid_) return cached_thread_;
  return thread_slow(tid);
}

ThreadInfo* State::thread_slow(int64_t tid) {
  RecentThread& r = recent_threads_[static_cast<uint64_t>(tid) % recent_threads_.size()];
  if (r.tid != tid) {
    auto it = threads_.find(tid);
    if (it == threads_.end()) return nullptr;
    r = RecentThread{tid, it->second.get()};
  }
  cached_tid_ = tid;
  cached_thread_ = r.thread;
  return cached_thread_;
}

const ThreadInfo* State::thread(int64_t tid) const {
  if (tid == cached_tid_) return cached_thread_;
  auto it = threads_.find(tid);
  return it == threads_.end() ? nullptr : it->second.get();
}

const UserInfo* State::user(uint32_t uid) const {
  auto it = users_.find(uid);
  return it == users_.end() ? nullptr : &it->second;
}

const GroupInfo* State::group(uint32_t gid) const {
  auto it = groups_.find(gid);
  return it == groups_.end() ? nullptr : &it->second;
}

const ContainerInfo* State::container(const std::string& id) const {
  auto it = containers_.find(id);
  return it == containers_.end() ? nullptr : &it->second;
}

// thread.cpu/.user/.system, as sysdig 0.29.3 computes them: procinfo comes
// once a second with the thread's total user and system time in clock ticks
// (1/100 s), so the growth since the previous procinfo of the thread is the
// CPU percentage of that second (at most 100). Each of the three counters
// keeps its own previous value and, as in sysdig, a previous value of 0
// counts as "none yet" and gives 0.
void State::on_procinfo(const capture::EventView& ev, ThreadInfo& th) {
  auto u64 = [&](uint32_t i) -> uint64_t {
    auto p = ev.param(i);
    return p.size() == 8 ? capture::load_u64(p.data()) : 0;
  };
  uint64_t usr = u64(0), sys = u64(1), tot = usr + sys;
  auto pct = [](uint64_t cur, uint64_t prev) -> double {
    if (prev == 0) return 0;
    uint64_t d = cur >= prev ? cur - prev : 0;
    return static_cast<double>(d > 100 ? 100 : d);
  };
  th.cpu_tot_pct = pct(tot, th.cpu_prev_tot);
  th.cpu_usr_pct = pct(usr, th.cpu_prev_usr);
  th.cpu_sys_pct = pct(sys, th.cpu_prev_sys);
  th.cpu_prev_tot = tot;
  th.cpu_prev_usr = usr;
  th.cpu_prev_sys = sys;
}

ThreadInfo& State::get_or_create_thread(int64_t tid, uint64_t ts) {
  if (ThreadInfo* th = thread(tid)) return *th;
  // A thread we have never heard of: sysdig shows it with what it can learn
  // from its events; its process is assumed to be itself until an event says
  // otherwise.
  ThreadInfo& th = add_thread(tid);
  th.pid = tid;
  th.incomplete = true;
  th.fdlimit = -1;  // sysdig: unknown until an execve/clone/prlimit says
  // Its creation time is unknown (sysdig: no proc.duration) until a clone.
  th.clone_ts = 0;
  (void)ts;
  stats_.unknown_threads++;
  return th;
}

void State::remove_thread(int64_t tid) {
  // Called (deferred) after a procexit. Other threads are erased; a main
  // thread stays as an exited process (see kMaxExitedProcesses).
  auto it = threads_.find(tid);
  if (it == threads_.end()) return;
  ++thread_epoch_;
  ThreadInfo* th = it->second.get();
  if (th->process) {
    th->process->live_threads--;
    threads_.erase(it);
    forget_cached_thread();
    stats_.threads_removed++;
    return;
  }
  // A tid that exited before (and came back) is listed once, at its latest
  // exit: an older entry must not evict the newer record of the same tid.
  exited_.erase(std::remove(exited_.begin(), exited_.end(), tid), exited_.end());
  exited_.push_back(tid);
  while (exited_.size() > kMaxExitedProcesses) {
    int64_t old = exited_.front();
    exited_.pop_front();
    auto o = threads_.find(old);
    if (o != threads_.end() && o->second->exited && o->second->live_threads <= 0) {
      threads_.erase(o);
      forget_cached_thread();
      stats_.threads_removed++;
    }
  }
}

void State::apply_deferred() {
  for (PendingClose& c : pending_closes_) {
    if (c.table->erase(c.fd)) stats_.fds_closed++;
  }
  pending_closes_.clear();
  for (int64_t tid : pending_exits_) remove_thread(tid);
  pending_exits_.clear();
}

void State::close_fd_later(ThreadInfo& th, int64_t fd) {
  pending_closes_.push_back(PendingClose{th.fds, fd});
}

FdInfo* State::add_fd(ThreadInfo& th, int64_t fd, FdKind kind, uint64_t ts) {
  // A pending close of the same number in the same table must not remove
  // the new fd.
  for (auto it = pending_closes_.begin(); it != pending_closes_.end();)
    if (it->table == th.fds && it->fd == fd) it = pending_closes_.erase(it);
    else ++it;
  FdInfo& f = th.fds->insert(fd);
  f.kind = kind;
  f.open_ts = ts;
  stats_.fds_opened++;
  return &f;
}

void State::remember_enter(ThreadInfo& th, const EventView& ev) {
  th.enter.assign(ev.data, ev.data + ev.len);
  th.enter_type = ev.type;
  th.enter_ts = ev.ts;
  th.enter_nparams = ev.nparams;
  th.enter_len_width = ev.len_width;
  th.enter_v2 = ev.v2;
}

void State::process(const EventView& ev, EventContext& ctx, bool resolve) {
  if (!pending_closes_.empty() || !pending_exits_.empty()) apply_deferred();
  // Field by field: assigning a fresh EventContext{} costs a stack copy
  // (store-forwarding stalls) on every event.
  ctx.enter = nullptr;
  ctx.thread = nullptr;
  ctx.fd = nullptr;
  ctx.fd_num = -1;
  ctx.fd_pending = false;
  ctx.fd_name_changed = false;
  ctx.path = {};
  ctx.latency_ns = 0;
  ctx.ev = &ev;
  ctx.state = this;
  ctx.state_only = ev.flags & 1u;
  const detail::TypeFacts& facts = detail::type_facts(facts_, ev.type);
  ctx.internal = facts.internal;

  if (leading_ && !facts.container) leading_ = false;
  if (!leading_ && ev.ts != 0) {
    if (first_ts_ == 0) first_ts_ = ev.ts;
    if (ev.ts > last_ts_) last_ts_ = ev.ts;
  }
  ctx.first_ts = first_ts_;
  ctx.prev_ts = prev_ts_;
  prev_ts_ = ev.ts;

  if (facts.container) {
    on_container_event(ev);
    return;
  }
  ThreadInfo* th = nullptr;
  if (!facts.threadless && ev.tid > 0) {
    // The last thread looked up (consecutive events mostly share it).
    th = ev.tid == cached_tid_ ? cached_thread_ : thread(ev.tid);
    if (!th) {
      th = &get_or_create_thread(ev.tid, ev.ts);
      // sysdig 0.29.3 makes no thread for the procinfo of an unknown tid
      // (kernel threads): thread.cpu stays <NA> until another event of it.
      th->procinfo_only = ev.type == kProcInfo;
    } else if (ev.type != kProcInfo) {
      th->procinfo_only = false;
    }
    if (th->exited && is_clone_child_event(ev, facts)) th = &fresh_thread(ev.tid);  // tid reused
    th->last_event_ts = ev.ts;
  }
  ctx.thread = th;
  if (th && ev.type == kProcInfo && !th->procinfo_only) on_procinfo(ev, *th);

  const EventView* enter = nullptr;
  if (th) {
    if (facts.syscall_enter) {
      remember_enter(*th, ev);
    } else if ((ev.type & 1) && th->enter_type == ev.type - 1) {
      enter_view_ = EventView{};
      enter_view_.data = th->enter.data();
      enter_view_.len = static_cast<uint32_t>(th->enter.size());
      enter_view_.type = static_cast<uint16_t>(th->enter_type);
      enter_view_.ts = th->enter_ts;
      enter_view_.tid = th->tid;
      enter_view_.nparams = th->enter_nparams;
      enter_view_.len_width = th->enter_len_width;
      enter_view_.v2 = th->enter_v2;
      uint32_t hdr = th->enter_v2 ? 26 : 22;
      enter_view_.lens = enter_view_.data + hdr;
      enter_view_.values = enter_view_.lens + th->enter_nparams * th->enter_len_width;
      enter = &enter_view_;
      ctx.enter = enter;
      ctx.latency_ns = ev.ts >= th->enter_ts ? ev.ts - th->enter_ts : 0;
      th->enter_type = -1;
    }
  }
  if (th) {
    // Events sysdig does not reset its per-event state for (switch ...)
    // show the thread's previous latency, as sysdig 0.29.3 does.
    if (facts.internal)
      ctx.latency_ns = 0;  // procinfo ...: sysdig shows no latency
    else if (facts.skip_parse_reset)
      ctx.latency_ns = th->last_latency_ns;
    else th->last_latency_ns = ctx.latency_ns;
  }
  // update() changes nothing for an event without an op (it only looks
  // its fd up for ctx).
  if (facts.op) update(ev, enter, th, ctx, facts, resolve);
  else if (resolve && th && (facts.uses_fd || facts.creates_fd)) resolve_fd(ev, enter, *th, ctx, facts);
  if (th && (ev.type == kSwitchOld || ev.type == kSwitch)) on_switch(ev, *th);
}

const bool* State::passable_types() {
  struct Table {
    bool rows[capture::kEventTypeCount];
    Table() {
      const detail::TypeFacts* facts = detail::type_facts_table();
      for (uint32_t t = 0; t < capture::kEventTypeCount; ++t) {
        const detail::TypeFacts& f = facts[t];
        rows[t] = !f.op && !f.syscall_enter && !f.container && !f.clone && t != kSwitchOld && t != kSwitch &&
                  t != kProcInfo;
      }
    }
  };
  static const Table table;
  return table.rows;
}

void State::pass(const EventView& ev) {
  // process() with resolve = false, step by step, for what a passable type
  // leaves: no op (update() is not called), no enter copy, no clone check.
  if (!pending_closes_.empty() || !pending_exits_.empty()) apply_deferred();
  const detail::TypeFacts& facts = detail::type_facts(facts_, ev.type);
  leading_ = false;  // not a container event
  if (ev.ts != 0) {
    if (first_ts_ == 0) first_ts_ = ev.ts;
    if (ev.ts > last_ts_) last_ts_ = ev.ts;
  }
  prev_ts_ = ev.ts;
  if (facts.threadless || ev.tid <= 0) return;
  ThreadInfo* th = ev.tid == cached_tid_ ? cached_thread_ : thread(ev.tid);
  if (!th) th = &get_or_create_thread(ev.tid, ev.ts);
  th->procinfo_only = false;
  th->last_event_ts = ev.ts;
  uint64_t latency = 0;
  if ((ev.type & 1) && th->enter_type == ev.type - 1) {
    latency = ev.ts >= th->enter_ts ? ev.ts - th->enter_ts : 0;
    th->enter_type = -1;
  }
  if (!facts.internal && !facts.skip_parse_reset) th->last_latency_ns = latency;
}

void State::on_switch(const EventView& ev, ThreadInfo& th) {
  if (ev.cpuid >= cpu_switch_.size()) cpu_switch_.resize(size_t{ev.cpuid} + 1);
  CpuSwitch& c = cpu_switch_[ev.cpuid];
  // The thread leaving the CPU ran since the switch that brought it in.
  th.exectime_ns = (c.next == th.tid && ev.ts >= c.ts) ? ev.ts - c.ts : 0;
  th.totexectime_ns += th.exectime_ns;
  auto next = capture::decode_signed(ev.param(0), capture::ParamType::Pid);
  c.ts = ev.ts;
  c.next = next ? *next : -1;
}

}  // namespace trowel::engine
