#include "engine/state_export.h"

#include <algorithm>
#include <vector>

namespace trowel::engine {

namespace {

using capture::FdEntry;
using capture::FdType;

FdType scap_type(const FdInfo& fd) {
  switch (fd.kind) {
    case FdKind::File: return FdType::FileV2;
    case FdKind::Directory: return FdType::Directory;
    case FdKind::Ipv4: return fd.is_listening && !fd.connected ? FdType::Ipv4ServSock : FdType::Ipv4Sock;
    case FdKind::Ipv6: return fd.is_listening && !fd.connected ? FdType::Ipv6ServSock : FdType::Ipv6Sock;
    case FdKind::Unix: return FdType::UnixSock;
    case FdKind::Pipe: return FdType::Fifo;
    case FdKind::Event: return FdType::Event;
    case FdKind::SignalFd: return FdType::SignalFd;
    case FdKind::EventPoll: return FdType::EventPoll;
    case FdKind::Inotify: return FdType::Inotify;
    case FdKind::TimerFd: return FdType::TimerFd;
    case FdKind::Netlink: return FdType::Netlink;
    // Types 17..21 make sysdig 0.29.3 refuse the whole file (scap-format.md
    // §13 trap 5): keep the fd and its name as "unsupported".
    case FdKind::Bpf: case FdKind::UserFaultFd: case FdKind::IoUring: case FdKind::Memfd:
    case FdKind::PidFd: case FdKind::Unknown: return FdType::Unsupported;
  }
  return FdType::Unsupported;
}

// Whether `table` has a listening socket on `port` of the same family.
bool has_listener(FdTable& table, FdKind kind, uint16_t port) {
  bool found = false;
  table.for_each([&](const FdInfo& l) {
    if (l.is_listening && !l.connected && l.kind == kind && l.sport == port) found = true;
  });
  return found;
}

FdEntry fd_entry(int64_t owner, const FdInfo& fd, FdTable& table) {
  FdEntry e;
  e.tid = owner;
  e.fd = fd.num;
  e.ino = fd.ino;
  e.type = scap_type(fd);
  e.l4proto = fd.l4proto;
  switch (e.type) {
    case FdType::FileV2:
      e.name = fd.name;
      e.open_flags = fd.open_flags;
      e.dev = fd.dev;
      break;
    case FdType::Ipv4ServSock:
    case FdType::Ipv6ServSock:
      e.sip = fd.sip;
      e.sport = fd.sport;
      break;
    case FdType::Ipv4Sock:
    case FdType::Ipv6Sock:
      // Tables store local -> remote and readers flip an IPv4 connection
      // whose local port is a listening port (trowel: of the same table;
      // sysdig 0.29.3: of any table, and never an IPv6 one). So the server
      // side goes first only where both readers flip it back.
      if (fd.is_server_role && fd.kind == FdKind::Ipv4 && has_listener(table, fd.kind, fd.sport)) {
        e.sip = fd.sip;
        e.sport = fd.sport;
        e.dip = fd.cip;
        e.dport = fd.cport;
      } else {
        e.sip = fd.cip;
        e.sport = fd.cport;
        e.dip = fd.sip;
        e.dport = fd.sport;
      }
      break;
    case FdType::UnixSock:
      e.unix_source = fd.unix_source;
      e.unix_dest = fd.unix_dest;
      e.name = fd.name;
      break;
    default:
      e.name = fd.name;
      break;
  }
  return e;
}

// Whether an exported thread list should hold this thread.
bool exported(const ThreadInfo& th) {
  if (th.tid <= 0) return false;
  // Known only from procinfo events (kernel threads): sysdig 0.29.3 makes no
  // thread for them, and neither does a reader of the slice.
  if (th.procinfo_only) return false;
  if (!th.exited) return true;
  return th.is_main_thread() && th.live_threads > 0;  // its threads need it
}

capture::ThreadEntry thread_entry(const ThreadInfo& th) {
  const ThreadInfo& p = th.proc();
  capture::ThreadEntry e;
  e.tid = th.tid;
  e.pid = th.pid;
  e.ptid = th.ptid;
  e.sid = th.sid;
  e.vpgid = th.vpgid;
  e.comm = th.comm;
  e.exe = p.exe;
  if (th.incomplete && e.comm.empty()) e.comm = "<NA>";
  if (p.incomplete && e.exe.empty()) e.exe = "<NA>";
  e.exepath = p.exepath;
  e.args = p.args;
  e.cwd = p.cwd;
  e.fdlimit = p.fdlimit;
  e.flags = th.clone_flags;
  e.uid = th.uid;
  e.gid = th.gid;
  e.vmsize_kb = p.vmsize_kb;
  e.vmrss_kb = p.vmrss_kb;
  e.vmswap_kb = p.vmswap_kb;
  e.pfmajor = p.pfmajor;
  e.pfminor = p.pfminor;
  e.env = p.env;
  e.vtid = th.vtid;
  e.vpid = th.vpid;
  e.cgroups = th.cgroups.empty() ? p.cgroups : th.cgroups;
  e.root = p.root;
  e.tty = th.tty;
  e.loginuid = th.loginuid;
  return e;
}

}  // namespace

capture::SectionTables export_tables(const State& state, const capture::SectionTables& base) {
  capture::SectionTables t;
  t.major = 1;
  t.minor = 2;
  t.has_machine_info = base.has_machine_info || state.machine().num_cpus != 0 ||
                       !state.machine().hostname.empty();
  t.machine = state.machine();
  t.interfaces = base.interfaces;

  std::vector<const ThreadInfo*> threads;
  threads.reserve(state.threads().size());
  for (const auto& [tid, th] : state.threads())
    if (exported(*th)) threads.push_back(th.get());
  std::sort(threads.begin(), threads.end(),
            [](const ThreadInfo* a, const ThreadInfo* b) { return a->tid < b->tid; });
  t.threads.reserve(threads.size());
  for (const ThreadInfo* th : threads) t.threads.push_back(thread_entry(*th));

  // One table per process: the thread that owns it is the one that is not
  // linked to a main thread (the main thread, or a thread whose main thread
  // is unknown). Readers share it with the other threads of the process.
  for (const ThreadInfo* th : threads) {
    if (th->process && th->process != th) continue;
    FdTable& table = *th->fds;
    std::vector<const FdInfo*> fds;
    table.for_each([&](const FdInfo& fd) { fds.push_back(&fd); });
    std::sort(fds.begin(), fds.end(), [](const FdInfo* a, const FdInfo* b) { return a->num < b->num; });
    for (const FdInfo* fd : fds) t.fds.push_back(fd_entry(th->tid, *fd, table));
  }

  std::vector<uint32_t> ids;
  for (const auto& [uid, u] : state.users()) ids.push_back(uid);
  std::sort(ids.begin(), ids.end());
  for (uint32_t uid : ids) {
    const UserInfo& u = state.users().at(uid);
    t.users.push_back(capture::UserEntry{u.uid, u.gid, u.name, u.home, u.shell});
  }
  ids.clear();
  for (const auto& [gid, g] : state.groups()) ids.push_back(gid);
  std::sort(ids.begin(), ids.end());
  for (uint32_t gid : ids) {
    const GroupInfo& g = state.groups().at(gid);
    t.groups.push_back(capture::GroupEntry{g.gid, g.name});
  }
  return t;
}

std::vector<capture::EventView> pending_enter_events(const State& state) {
  std::vector<capture::EventView> out;
  for (const auto& [tid, th] : state.threads()) {
    if (!exported(*th) || th->enter_type < 0 || th->enter.empty()) continue;
    capture::EventView v;
    v.data = th->enter.data();
    v.len = static_cast<uint32_t>(th->enter.size());
    v.type = static_cast<uint16_t>(th->enter_type);
    v.ts = th->enter_ts;
    v.tid = th->tid;
    v.nparams = th->enter_nparams;
    v.len_width = th->enter_len_width;
    v.v2 = th->enter_v2;
    v.lens = v.data + (th->enter_v2 ? 26 : 22);
    v.values = v.lens + static_cast<size_t>(th->enter_nparams) * th->enter_len_width;
    if (v.values > v.data + v.len) continue;
    v.flags = 1;  // SCAP_DF_STATE_ONLY
    out.push_back(v);
  }
  std::sort(out.begin(), out.end(), [](const capture::EventView& a, const capture::EventView& b) {
    return a.ts != b.ts ? a.ts < b.ts : a.tid < b.tid;
  });
  return out;
}

}  // namespace trowel::engine
