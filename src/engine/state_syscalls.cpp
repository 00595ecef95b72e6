// Per-syscall state updates: how each event changes threads and fd tables.
// Parameters are read by meaning through Args (exit event first, then the
// paired enter event), so 2022-style enter/exit captures and current
// exit-only captures go through the same code.
#include <array>
#include <cstdio>
#include <cstring>

#include "capture/event_schema.h"
#include "capture/param_decode.h"
#include "engine/fd_naming.h"
#include "engine/local_addr.h"
#include "engine/param_lookup.h"
#include "engine/path_util.h"
#include "engine/state.h"
#include "engine/state_events.h"

namespace trowel::engine {

using capture::EventView;

namespace {

// What an event type does to the state, derived once from its name.
enum class Op : uint8_t {
  None, Open, Close, Socket, Socketpair, Bind, Connect, Listen, Accept, Dup, Fcntl, Pipe,
  NewFd, Clone, Execve, ProcExit, Chdir, Fchdir, SetUid, SetGid, SetResUid, SetResGid,
  Prlimit, Memory, UserAdded, GroupAdded, SendTo,
};

}  // namespace

// Ops that may change what a thread-identity field shows (process, parent,
// name, arguments, thread count, user, group, container): State::update
// moves thread_epoch() on them. (sendto, for one, names only an fd.)
constexpr bool changes_identity(Op op) {
  switch (op) {
    case Op::Clone: case Op::Execve: case Op::ProcExit: case Op::SetUid: case Op::SetGid:
    case Op::SetResUid: case Op::SetResGid: case Op::UserAdded: case Op::GroupAdded:
      return true;
    default:
      return false;
  }
}

struct detail::OpEntry {
  const char* name;
  Op op;
  FdKind kind;  // for NewFd
};

namespace {
using detail::OpEntry;

constexpr OpEntry kOps[] = {
    {"open", Op::Open, FdKind::File}, {"openat", Op::Open, FdKind::File},
    {"openat2", Op::Open, FdKind::File}, {"creat", Op::Open, FdKind::File},
    {"open_by_handle_at", Op::Open, FdKind::File}, {"close", Op::Close, FdKind::Unknown},
    {"socket", Op::Socket, FdKind::Unknown}, {"socketpair", Op::Socketpair, FdKind::Unix},
    {"bind", Op::Bind, FdKind::Unknown}, {"connect", Op::Connect, FdKind::Unknown},
    {"listen", Op::Listen, FdKind::Unknown}, {"accept", Op::Accept, FdKind::Unknown},
    {"accept4", Op::Accept, FdKind::Unknown}, {"dup", Op::Dup, FdKind::Unknown},
    {"dup2", Op::Dup, FdKind::Unknown}, {"dup3", Op::Dup, FdKind::Unknown},
    {"fcntl", Op::Fcntl, FdKind::Unknown}, {"pipe", Op::Pipe, FdKind::Pipe},
    {"pipe2", Op::Pipe, FdKind::Pipe}, {"eventfd", Op::NewFd, FdKind::Event},
    {"eventfd2", Op::NewFd, FdKind::Event}, {"signalfd", Op::NewFd, FdKind::SignalFd},
    {"signalfd4", Op::NewFd, FdKind::SignalFd}, {"timerfd_create", Op::NewFd, FdKind::TimerFd},
    {"inotify_init", Op::NewFd, FdKind::Inotify}, {"inotify_init1", Op::NewFd, FdKind::Inotify},
    {"epoll_create", Op::NewFd, FdKind::EventPoll}, {"epoll_create1", Op::NewFd, FdKind::EventPoll},
    {"memfd_create", Op::NewFd, FdKind::Memfd}, {"userfaultfd", Op::NewFd, FdKind::UserFaultFd},
    {"pidfd_open", Op::NewFd, FdKind::PidFd}, {"pidfd_getfd", Op::NewFd, FdKind::PidFd},
    {"io_uring_setup", Op::NewFd, FdKind::IoUring}, {"clone", Op::Clone, FdKind::Unknown},
    {"fork", Op::Clone, FdKind::Unknown}, {"vfork", Op::Clone, FdKind::Unknown},
    {"clone3", Op::Clone, FdKind::Unknown}, {"execve", Op::Execve, FdKind::Unknown},
    {"execveat", Op::Execve, FdKind::Unknown}, {"procexit", Op::ProcExit, FdKind::Unknown},
    {"chdir", Op::Chdir, FdKind::Unknown}, {"fchdir", Op::Fchdir, FdKind::Unknown},
    {"setuid", Op::SetUid, FdKind::Unknown}, {"setgid", Op::SetGid, FdKind::Unknown},
    {"setresuid", Op::SetResUid, FdKind::Unknown}, {"setresgid", Op::SetResGid, FdKind::Unknown},
    {"prlimit", Op::Prlimit, FdKind::Unknown}, {"setrlimit", Op::Prlimit, FdKind::Unknown},
    {"brk", Op::Memory, FdKind::Unknown}, {"mmap", Op::Memory, FdKind::Unknown},
    {"mmap2", Op::Memory, FdKind::Unknown}, {"munmap", Op::Memory, FdKind::Unknown},
    {"useradded", Op::UserAdded, FdKind::Unknown}, {"groupadded", Op::GroupAdded, FdKind::Unknown},
    {"sendto", Op::SendTo, FdKind::Unknown}, {"sendmsg", Op::SendTo, FdKind::Unknown},
};

struct OpTable {
  std::array<const OpEntry*, capture::kEventTypeCount> by_type{};
  OpTable() {
    for (uint16_t t = 0; t < capture::kEventTypeCount; ++t) {
      const capture::EventInfo* info = capture::event_info(t);
      if (!info) continue;
      for (const OpEntry& e : kOps)  // (the first letter first: this runs at every start)
        if (info->name[0] == e.name[0] && std::strcmp(info->name, e.name) == 0) by_type[t] = &e;
    }
  }
};

const OpEntry* op_of(uint16_t type) {
  static const OpTable table;
  return type < capture::kEventTypeCount ? table.by_type[type] : nullptr;
}

struct FactsTable {
  std::array<detail::TypeFacts, capture::kEventTypeCount + 1> rows{};
  FactsTable() {
    for (uint16_t t = 0; t < capture::kEventTypeCount; ++t) {
      detail::TypeFacts& f = rows[t];
      const capture::EventInfo* legacy =
          t < capture::kLegacyEventTypeCount ? capture::legacy_event_info(t) : nullptr;
      const capture::EventInfo* cur = capture::event_info(t);
      const capture::EventInfo* display = legacy ? legacy : cur;
      f.op = op_of(t);
      f.internal = display && (display->category & capture::category::kInternal);
      f.skip_parse_reset = (legacy && (legacy->flags & capture::event_flag::kSkipParseReset)) || t == 146 || t == 152;
      f.syscall_enter = !(t & 1) && cur && (cur->category & capture::category::kSyscall);
      switch (t) {
        case 228: case 272: case 324:            // container
          f.container = true;
          f.threadless = true;
          break;
        case 322: case 402:                      // plugin, async
        case 354: case 356: case 358: case 360:  // user/group added/deleted
        case 148: case 149:                      // drop
          f.threadless = true;
          break;
        default:
          break;
      }
      if (cur && (t & 1)) {
        std::string_view n = cur->name;
        f.clone = n == "clone" || n == "fork" || n == "vfork" || n == "clone3";
      }
      f.creates_fd = display && (display->flags & capture::event_flag::kCreatesFd);
      f.uses_fd = display && (display->flags & (capture::event_flag::kUsesFd | capture::event_flag::kCreatesFd));
    }
  }
};

constexpr uint32_t kPpmODirectory = 1u << 10;
constexpr uint32_t kPpmOCloexec = 1u << 12;
constexpr uint32_t kClFiles = 1u << 0;
constexpr uint32_t kClThread = 1u << 13;
constexpr int64_t kAtFdcwd = -100;
constexpr uint32_t kFcntlDupfd = 1, kFcntlDupfdCloexec = 26;
constexpr uint64_t kRlimitNofile = 7;

void assign_list(std::string& dst, std::span<const uint8_t> raw) {
  dst.assign(reinterpret_cast<const char*>(raw.data()), raw.size());
}

void set_str(std::string& dst, const Args& a, Arg which) {
  if (auto s = a.str(which)) dst.assign(*s);
}

// names: State::fd_names().
void set_socket_from_tuple(FdInfo& fd, const capture::SockTuple& t, bool server_side, bool names) {
  if (t.kind == capture::AddrKind::Unix) {
    fd.kind = FdKind::Unix;
    fd.unix_source = t.unix_src;
    fd.unix_dest = t.unix_dst;
    fd.connected = true;
    if (!names) return;
    // sysdig's name for a connected unix socket: "src->dst path" (hex).
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%llx->%llx ", static_cast<unsigned long long>(t.unix_src),
                          static_cast<unsigned long long>(t.unix_dst));
    fd.name.assign(buf, static_cast<size_t>(n));
    fd.name.append(t.path);
    return;
  }
  if (t.kind != capture::AddrKind::Ipv4 && t.kind != capture::AddrKind::Ipv6) return;
  fd.kind = t.kind == capture::AddrKind::Ipv4 ? FdKind::Ipv4 : FdKind::Ipv6;
  // connect: local -> remote (we are the client); accept: peer -> local.
  fd.cip = t.saddr;
  fd.cport = t.sport;
  fd.sip = t.daddr;
  fd.sport = t.dport;
  fd.is_server_role = server_side;
  fd.connected = true;
  if (names) name_socket(fd);
}

// See Op::SendTo in State::update.
void name_from_sendto(const Args& a, ThreadInfo& th, EventContext& ctx,
                      const std::vector<capture::InterfaceEntry>& interfaces, bool names) {
  auto fd = a.i64(Arg::Fd);
  if (!fd) return;
  FdInfo* f = th.fds->find(*fd);
  if (!f || (f->kind != FdKind::Ipv4 && f->kind != FdKind::Ipv6) || f->connected || f->is_listening) return;
  auto t = capture::decode_socktuple(a.raw(Arg::Tuple));
  if (!t || (t->kind != capture::AddrKind::Ipv4 && t->kind != capture::AddrKind::Ipv6)) return;
  capture::SockTuple guessed = *t;
  const bool v6 = t->kind == capture::AddrKind::Ipv6;
  bool unspecified = true;
  for (size_t k = 0; k < (v6 ? 16u : 4u); ++k) unspecified &= guessed.saddr[k] == 0;
  if (unspecified) infer_local_address(interfaces, v6, guessed.daddr, guessed.saddr);
  set_socket_from_tuple(*f, guessed, false, names);
  ctx.fd_name_changed = true;
}

}  // namespace

const detail::TypeFacts* detail::type_facts_table() {
  static const FactsTable table;
  return table.rows.data();
}

void State::update(const EventView& ev, const EventView* enter, ThreadInfo* th, EventContext& ctx,
                   const detail::TypeFacts& facts, bool resolve) {
  const OpEntry* entry = facts.op;
  if (entry && changes_identity(entry->op)) ++thread_epoch_;  // see thread_epoch()
  Args a(ev, enter);
  const bool is_exit = ev.type & 1;
  if (entry && th && (is_exit || entry->op == Op::ProcExit)) {
    ThreadInfo& p = th->proc();
    auto res = a.i64(Arg::Res);
    switch (entry->op) {
      case Op::Open: {
        auto fd = a.i64(Arg::Fd);
        path_scratch_.clear();
        if (fd_names_) {
          std::string_view base = p.cwd;
          if (auto dirfd = a.i64(Arg::DirFd); dirfd && *dirfd != kAtFdcwd)
            if (FdInfo* d = th->fds->find(*dirfd)) base = d->name;
          auto name = a.str(Arg::Name);
          if (!name) name = a.str(Arg::Path);
          if (name) resolve_path(base, *name, path_scratch_);
        }
        ctx.path = path_scratch_;
        if (fd && *fd >= 0) {
          uint32_t flags = static_cast<uint32_t>(a.u64(Arg::Flags).value_or(0));
          FdInfo* f = add_fd(*th, *fd, (flags & kPpmODirectory) ? FdKind::Directory : FdKind::File, ev.ts);
          f->name = path_scratch_;
          f->open_flags = flags;
          f->cloexec = flags & kPpmOCloexec;
          f->dev = static_cast<uint32_t>(a.u64(Arg::Dev).value_or(0));
          f->ino = a.u64(Arg::Ino).value_or(0);
          ctx.fd_name_changed = true;
          ctx.fd = f;
          ctx.fd_num = *fd;
        } else if (fd) {
          ctx.fd_num = *fd;  // failed open: no fd, but fd.name shows the path
        }
        return;
      }
      case Op::Close: {
        if (auto fd = a.i64(Arg::Fd)) {
          ctx.fd_num = *fd;
          ctx.fd = th->fds->find(*fd);
          if (ctx.fd && (!res || *res >= 0)) close_fd_later(*th, *fd);
        }
        return;
      }
      case Op::Socket: {
        auto fd = a.i64(Arg::Fd);
        if (!fd || *fd < 0) return;
        uint64_t domain = a.u64(Arg::Domain).value_or(0);
        FdKind kind = domain == 2 ? FdKind::Ipv4 : domain == 10 ? FdKind::Ipv6
                    : domain == 1 ? FdKind::Unix : domain == 16 ? FdKind::Netlink : FdKind::Unknown;
        FdInfo* f = add_fd(*th, *fd, kind, ev.ts);
        uint64_t type = a.u64(Arg::Type).value_or(0) & 0xf;
        uint64_t proto = a.u64(Arg::Proto).value_or(0);
        f->l4proto = proto == 1 || proto == 58 ? 4 : type == 1 ? 2 : type == 2 ? 3 : type == 3 ? 5 : 0;
        ctx.fd = f;
        ctx.fd_num = *fd;
        return;
      }
      case Op::Socketpair: {
        if (res && *res < 0) return;
        for (Arg which : {Arg::Fd1, Arg::Fd2}) {
          auto fd = a.i64(which);
          if (!fd || *fd < 0) continue;
          FdInfo* f = add_fd(*th, *fd, FdKind::Unix, ev.ts);
          f->connected = true;
        }
        return;
      }
      case Op::Bind: {
        auto fd = a.i64(Arg::Fd);
        if (!fd) return;
        ctx.fd_num = *fd;
        ctx.fd = th->fds->find(*fd);
        if (!ctx.fd || (res && *res < 0)) return;
        if (auto addr = capture::decode_sockaddr(a.raw(Arg::Addr))) {
          if (addr->kind == capture::AddrKind::Ipv4 || addr->kind == capture::AddrKind::Ipv6) {
            ctx.fd->sip = addr->addr;
            ctx.fd->sport = addr->port;
            ctx.fd->is_listening = true;  // bound: a server endpoint
            if (!ctx.fd->connected && fd_names_) name_socket(*ctx.fd);
            ctx.fd_name_changed = true;
          } else if (addr->kind == capture::AddrKind::Unix && fd_names_) {
            ctx.fd->name.assign(addr->path);
          }
        }
        return;
      }
      case Op::Listen: {
        if (auto fd = a.i64(Arg::Fd)) {
          ctx.fd_num = *fd;
          ctx.fd = th->fds->find(*fd);
          if (ctx.fd && (!res || *res >= 0)) ctx.fd->is_listening = true;
        }
        return;
      }
      case Op::Connect: {
        auto fd = a.i64(Arg::Fd);
        if (!fd) return;
        ctx.fd_num = *fd;
        ctx.fd = th->fds->find(*fd);
        if (!ctx.fd) ctx.fd = add_fd(*th, *fd, FdKind::Unknown, ev.ts);
        if (auto t = capture::decode_socktuple(a.raw(Arg::Tuple))) {
          // A failed connect still names a unix socket (sysdig does); an IP
          // one only when it is in progress.
          if (res && *res < 0 && *res != -115 && t->kind != capture::AddrKind::Unix) return;
          set_socket_from_tuple(*ctx.fd, *t, false, fd_names_);
          if (t->kind != capture::AddrKind::Unix) ctx.fd_name_changed = true;
        }
        return;
      }
      case Op::SendTo:
        // sysdig 0.29.3 names an IP socket that has no tuple yet (an
        // unconnected UDP socket, or TCP before connect) from the tuple of a
        // successful sendto/sendmsg, as a client, guessing an unspecified
        // source address from the interface table. Connected, accepted or
        // bound sockets keep their name (sysdig's rewrites of those are not
        // reproduced: they garble the name). The fd fields are then resolved
        // as for any I/O event, below.
        if (res && *res >= 0) name_from_sendto(a, *th, ctx, interfaces_, fd_names_);
        break;
      case Op::Accept: {
        auto fd = a.i64(Arg::Fd);
        if (!fd || *fd < 0) {
          if (fd) ctx.fd_num = *fd;
          return;
        }
        FdInfo* f = add_fd(*th, *fd, FdKind::Unknown, ev.ts);
        if (auto t = capture::decode_socktuple(a.raw(Arg::Tuple))) {
          set_socket_from_tuple(*f, *t, true, fd_names_);
          if (f->kind != FdKind::Unix && f->l4proto == 0) f->l4proto = 2;  // accept: TCP
          ctx.fd_name_changed = true;
        }
        ctx.fd = f;
        ctx.fd_num = *fd;
        return;
      }
      case Op::Dup:
      case Op::Fcntl: {
        int64_t oldfd = -1;
        bool cloexec = false;
        if (entry->op == Op::Fcntl) {
          uint64_t cmd = a.u64(Arg::Cmd).value_or(0);
          oldfd = a.i64(Arg::Fd).value_or(-1);
          ctx.fd_num = oldfd;
          ctx.fd = th->fds->find(oldfd);
          if (cmd != kFcntlDupfd && cmd != kFcntlDupfdCloexec) return;
          cloexec = cmd == kFcntlDupfdCloexec;
        } else {
          oldfd = a.i64(Arg::OldFd).value_or(a.i64(Arg::Fd).value_or(-1));
          cloexec = a.u64(Arg::Flags).value_or(0) & kPpmOCloexec;
        }
        if (!res || *res < 0) return;
        FdInfo* src = th->fds->find(oldfd);
        if (!src || *res == oldfd) return;
        FdInfo* f = add_fd(*th, *res, src->kind, ev.ts);
        src = th->fds->find(oldfd);  // insert() may have moved the table's slots
        *f = *src;                   // copy-assignment reuses f's name buffer
        f->num = *res;
        f->cloexec = cloexec;
        ctx.fd = f;
        ctx.fd_num = *res;
        return;
      }
      case Op::Pipe: {
        if (res && *res < 0) return;
        uint64_t ino = a.u64(Arg::Ino).value_or(0);
        for (Arg which : {Arg::Fd1, Arg::Fd2}) {
          auto fd = a.i64(which);
          if (!fd || *fd < 0) continue;
          FdInfo* f = add_fd(*th, *fd, FdKind::Pipe, ev.ts);
          f->ino = ino;
        }
        return;
      }
      case Op::NewFd: {
        auto fd = res ? res : a.i64(Arg::Fd);
        if (!fd || *fd < 0) return;
        FdInfo* f = add_fd(*th, *fd, entry->kind, ev.ts);
        if (fd_names_)
          if (auto name = a.str(Arg::Name)) f->name.assign(*name);
        ctx.fd = f;
        ctx.fd_num = *fd;
        return;
      }
      case Op::Clone:
        on_clone(ev, enter, *th);
        return;
      case Op::Execve:
        on_execve(ev, enter, *th);
        return;
      case Op::ProcExit:
        th->exited = true;
        pending_exits_.push_back(th->tid);
        return;
      case Op::Chdir:
        if (res && *res == 0)
          if (auto path = a.str(Arg::Path)) {
            resolve_path(p.cwd, *path, path_scratch_);
            p.cwd = path_scratch_;
          }
        return;
      case Op::Fchdir:
        if (res && *res == 0)
          if (auto fd = a.i64(Arg::Fd))
            if (FdInfo* d = th->fds->find(*fd)) p.cwd = d->name;
        return;
      case Op::SetUid:
        if (res && *res == 0)
          if (auto uid = a.u64(Arg::Uid)) th->uid = static_cast<uint32_t>(*uid);
        return;
      case Op::SetGid:
        if (res && *res == 0)
          if (auto gid = a.u64(Arg::Gid)) th->gid = static_cast<uint32_t>(*gid);
        return;
      case Op::SetResUid:
        if (res && *res == 0)
          if (auto uid = a.u64(Arg::Euid); uid && *uid != 0xFFFFFFFFu) th->uid = static_cast<uint32_t>(*uid);
        return;
      case Op::SetResGid:
        if (res && *res == 0)
          if (auto gid = a.u64(Arg::Egid); gid && *gid != 0xFFFFFFFFu) th->gid = static_cast<uint32_t>(*gid);
        return;
      case Op::Prlimit:
        if (res && *res == 0 && a.u64(Arg::Resource).value_or(~0ull) == kRlimitNofile)
          if (auto cur = a.i64(Arg::NewCur); cur && *cur > 0) p.fdlimit = *cur;
        return;
      case Op::Memory:
        ++memory_epoch_;
        if (auto v = a.u64(Arg::VmSize)) p.vmsize_kb = static_cast<uint32_t>(*v);
        if (auto v = a.u64(Arg::VmRss)) p.vmrss_kb = static_cast<uint32_t>(*v);
        if (auto v = a.u64(Arg::VmSwap)) p.vmswap_kb = static_cast<uint32_t>(*v);
        return;
      default:
        break;
    }
  }
  if (entry && (entry->op == Op::UserAdded || entry->op == Op::GroupAdded)) {
    if (entry->op == Op::UserAdded) {
      UserInfo u;
      u.uid = static_cast<uint32_t>(a.u64(Arg::Uid).value_or(0));
      u.gid = static_cast<uint32_t>(a.u64(Arg::Gid).value_or(0));
      set_str(u.name, a, Arg::Name);
      users_[u.uid] = std::move(u);
    } else {
      GroupInfo g;
      g.gid = static_cast<uint32_t>(a.u64(Arg::Gid).value_or(0));
      set_str(g.name, a, Arg::Name);
      groups_[g.gid] = std::move(g);
    }
    return;
  }
  // Any other event that names an fd: resolve it for fd.* fields.
  if (th && resolve) resolve_fd(ev, enter, *th, ctx, facts);
}

void State::resolve_fd(const EventView& ev, const EventView* enter, ThreadInfo& th, EventContext& ctx,
                       const detail::TypeFacts& facts) {
  // The 2022 schema's flags for the types sysdig 0.29.3 knows (it does not
  // flag mmap as using an fd, for example).
  if (!(ev.type & 1) && facts.creates_fd) {
    ctx.fd_pending = true;
    return;
  }
  if (facts.uses_fd) {
    if (auto fd = Args(ev, enter).i64(Arg::Fd)) {
      ctx.fd_num = *fd;
      ctx.fd = th.fds->find(*fd);
    }
  }
}

void State::on_clone(const EventView& ev, const EventView* enter, ThreadInfo& caller) {
  Args a(ev, enter);
  auto res = a.i64(Arg::Res);
  if (!res || *res < 0) return;
  uint32_t flags = static_cast<uint32_t>(a.u64(Arg::Flags).value_or(0));
  int64_t child_tid;
  ThreadInfo* parent;
  if (*res == 0) {
    // The child's own event: its identity is in the parameters.
    child_tid = caller.tid;
    parent = thread(a.i64(Arg::Ptid).value_or(-1));
  } else {
    child_tid = *res;
    parent = &caller;
    if (ThreadInfo* existing = thread(child_tid); existing && !existing->incomplete && !existing->exited) return;
  }
  const ThreadInfo* before = thread(child_tid);
  // The child's own clone exit after the parent's: sysdig keeps the
  // creation time of the parent's event (proc.duration counts from it).
  bool known_child = *res == 0 && before && !before->incomplete && !before->exited && before->clone_ts != 0 &&
                     !before->from_table;
  // Page-fault counters: sysdig sets them from the clone exit that creates
  // the child (the parent's, carrying the parent's counts, when it comes
  // first) and leaves them alone on the child's own clone exit then.
  bool set_faults = !(*res == 0 && before && !before->incomplete && !before->exited);
  ThreadInfo& child = (*res != 0 && thread(child_tid) && thread(child_tid)->exited) ? fresh_thread(child_tid)
                                                                                 : add_thread(child_tid);
  bool fresh = child.incomplete || child.clone_ts == 0 || !child.from_table;
  child.incomplete = false;
  if (!known_child) child.clone_ts = ev.ts;
  child.clone_flags = flags;
  if (*res == 0) {
    child.pid = a.i64(Arg::Pid).value_or(child_tid);
    child.ptid = a.i64(Arg::Ptid).value_or(-1);
  } else {
    child.pid = (flags & kClThread) ? a.i64(Arg::Pid).value_or(caller.pid) : child_tid;
    child.ptid = (flags & kClThread) ? caller.ptid : caller.tid;
  }
  set_str(child.exe, a, Arg::Exe);
  assign_list(child.args, a.raw(Arg::Args));
  set_str(child.cwd, a, Arg::Cwd);
  if (child.cwd.empty() && parent) child.cwd = parent->proc().cwd;  // newer drivers send cwd=""
  set_str(child.comm, a, Arg::Comm);
  if (child.comm.empty()) {
    std::string_view exe = child.exe;
    child.comm.assign(base_name(exe));
  }
  if (auto raw = a.raw(Arg::Cgroups); !raw.empty()) assign_list(child.cgroups, raw);
  if (auto v = a.i64(Arg::FdLimit)) child.fdlimit = *v;
  if (auto v = a.u64(Arg::Uid)) child.uid = static_cast<uint32_t>(*v);
  if (auto v = a.u64(Arg::Gid)) child.gid = static_cast<uint32_t>(*v);
  if (auto v = a.i64(Arg::Vtid)) child.vtid = *v;
  if (auto v = a.i64(Arg::Vpid)) child.vpid = *v;
  if (auto v = a.u64(Arg::VmSize)) child.vmsize_kb = static_cast<uint32_t>(*v);
  if (auto v = a.u64(Arg::VmRss)) child.vmrss_kb = static_cast<uint32_t>(*v);
  if (auto v = a.u64(Arg::VmSwap)) child.vmswap_kb = static_cast<uint32_t>(*v);
  if (set_faults) {
    if (auto v = a.u64(Arg::PgftMaj)) child.pfmajor = *v;
    if (auto v = a.u64(Arg::PgftMin)) child.pfminor = *v;
  }
  if (parent) {
    ThreadInfo& pp = parent->proc();
    if (child.env.empty()) child.env = pp.env;
    child.exepath = pp.exepath;
    child.loginuid = parent->loginuid;
    child.sid = parent->sid;
    child.vpgid = parent->vpgid;
    child.tty = parent->tty;
    if (child.container_id.empty()) child.container_id = parent->container_id;
  }
  set_container_from_cgroups(child);
  if (!fresh) return;
  // Link to the process and choose the fd table.
  if (child.process) child.process->live_threads--;
  child.process = nullptr;
  if (child.pid != child.tid) {
    if (ThreadInfo* main = thread(child.pid); main && main != &child) {
      child.process = main;
      main->live_threads++;
      child.fds = main->fds;
      return;
    }
  }
  if (parent && (flags & kClFiles)) child.fds = parent->fds;
  else if (parent) child.fds = std::make_shared<FdTable>(*parent->fds);
}

void State::on_execve(const EventView& ev, const EventView* enter, ThreadInfo& th) {
  Args a(ev, enter);
  auto res = a.i64(Arg::Res);
  if (!res || *res != 0) return;
  ThreadInfo& p = th.proc();
  set_str(p.exe, a, Arg::Exe);
  assign_list(p.args, a.raw(Arg::Args));
  if (auto raw = a.raw(Arg::Env); !raw.empty()) assign_list(p.env, raw);
  if (auto raw = a.raw(Arg::Cgroups); !raw.empty()) assign_list(p.cgroups, raw);
  if (auto v = a.str(Arg::Cwd); v && !v->empty()) p.cwd.assign(*v);
  if (auto v = a.i64(Arg::FdLimit)) p.fdlimit = *v;
  if (auto v = a.u64(Arg::VmSize)) p.vmsize_kb = static_cast<uint32_t>(*v);
  if (auto v = a.u64(Arg::VmRss)) p.vmrss_kb = static_cast<uint32_t>(*v);
  if (auto v = a.u64(Arg::VmSwap)) p.vmswap_kb = static_cast<uint32_t>(*v);
  // The thread's page-fault counters, as sysdig takes them from execve.
  if (auto v = a.u64(Arg::PgftMaj)) th.pfmajor = *v;
  if (auto v = a.u64(Arg::PgftMin)) th.pfminor = *v;
  if (auto v = a.i64(Arg::Ptid); v && th.is_main_thread()) th.ptid = *v;
  if (auto v = a.u64(Arg::LoginUid)) p.loginuid = static_cast<uint32_t>(*v);
  if (auto v = a.u64(Arg::Uid)) p.uid = static_cast<uint32_t>(*v);
  if (auto v = a.u64(Arg::Gid)) p.gid = static_cast<uint32_t>(*v);
  if (auto v = a.str(Arg::Comm); v && !v->empty()) th.comm.assign(*v);
  else th.comm.assign(base_name(p.exe));
  if (&p != &th) p.comm = th.comm;
  // The executable's full path: what the kernel resolved, else the file
  // name the caller passed, made absolute.
  if (auto v = a.str(Arg::TrustedExepath); v && !v->empty()) p.exepath.assign(*v);
  else if (auto f = a.str(Arg::Filename); f && !f->empty()) {
    resolve_path(p.cwd, *f, path_scratch_);
    p.exepath = path_scratch_;
  } else if (auto f2 = a.str(Arg::Pathname); f2 && !f2->empty()) {
    resolve_path(p.cwd, *f2, path_scratch_);
    p.exepath = path_scratch_;
  } else {
    p.exepath = p.exe;
  }
  set_container_from_cgroups(p);
  // Descriptors opened with O_CLOEXEC are closed by the exec.
  p.fds->for_each([&](const FdInfo& fd) {
    if (fd.cloexec) close_fd_later(p, fd.num);
  });
}

}  // namespace trowel::engine

namespace trowel::engine {

std::vector<std::string_view> state_event_names() {
  std::vector<std::string_view> out;
  for (const detail::OpEntry& e : kOps) out.push_back(e.name);
  return out;
}

}  // namespace trowel::engine
