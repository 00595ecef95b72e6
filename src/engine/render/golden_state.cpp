// golden_state.cpp: see golden_state.h. Test helper only.
#include "engine/render/golden_state.h"

#include <cstring>

#include "capture/event_schema.h"
#include "capture/param_decode.h"
#include "engine/path_util.h"
#include "engine/render/sockaddr_render.h"

namespace trowel::engine::render::testing {
namespace {

using capture::EventView;
using capture::FdType;

int index_of(const EventView& ev, const char* name) {
  const capture::EventInfo* e = capture::legacy_event_info(ev.type);
  if (!e) e = capture::event_info(ev.type);
  if (!e) return -1;
  for (uint32_t i = 0; i < e->nparams && i < ev.nparams; ++i)
    if (std::strcmp(e->params[i].name, name) == 0) return static_cast<int>(i);
  return -1;
}

bool get_int(const EventView& ev, const char* name, int64_t& out) {
  int i = index_of(ev, name);
  if (i < 0) return false;
  auto b = ev.param(static_cast<uint32_t>(i));
  if (b.size() >= 8) { std::memcpy(&out, b.data(), 8); return true; }
  if (b.size() >= 4) { int32_t v; std::memcpy(&v, b.data(), 4); out = v; return true; }
  if (b.size() >= 2) { uint16_t v; std::memcpy(&v, b.data(), 2); out = v; return true; }
  if (b.size() >= 1) { out = b[0]; return true; }
  return false;
}

bool get_str(const EventView& ev, const char* name, std::string_view& out) {
  int i = index_of(ev, name);
  if (i < 0) return false;
  auto s = capture::decode_charbuf(ev.param(static_cast<uint32_t>(i)));
  if (!s) return false;
  out = *s;
  return true;
}

char type_char(FdType t) {
  switch (t) {
    case FdType::File: case FdType::FileV2: return 'f';
    case FdType::Directory: return 'd';
    case FdType::Ipv4Sock: case FdType::Ipv4ServSock: return '4';
    case FdType::Ipv6Sock: case FdType::Ipv6ServSock: return '6';
    case FdType::Fifo: return 'p';
    case FdType::UnixSock: return 'u';
    case FdType::Event: return 'e';
    case FdType::SignalFd: return 's';
    case FdType::EventPoll: return 'l';
    case FdType::Inotify: return 'i';
    case FdType::TimerFd: return 't';
    case FdType::Netlink: return 'n';
    default: return 'o';
  }
}

char l4_char(uint8_t l4) {
  switch (l4) {
    case 2: return 't';
    case 3: return 'u';
    case 4: return 'i';
    case 5: return 'r';
    default: return 0;
  }
}

bool is_open_exit(uint16_t t) { return t == 3 || t == 59 || t == 307 || t == 327; }
bool is_clone_exit(uint16_t t) {
  return t == 15 || t == 157 || t == 217 || t == 223 || t == 225 || t == 227 || t == 335 ||
         t == 183;
}
bool is_execve_exit(uint16_t t) {
  return t == 13 || t == 155 || t == 173 || t == 215 || t == 231 || t == 283 || t == 289 ||
         t == 293 || t == 331;
}

}  // namespace

void GoldenState::load(const capture::SectionTables& t) {
  threads_.clear();
  enters_.clear();
  users_.clear();
  groups_.clear();
  for (const auto& th : t.threads) {
    Thread& x = threads_[th.tid];
    x.pid = th.pid;
    x.comm = th.comm;
    x.cwd = th.cwd;
    if (x.cwd.size() > 1 && x.cwd.back() == '/') x.cwd.pop_back();
  }
  for (auto& [tid, th] : threads_) {
    if (th.pid == tid || !threads_.count(th.pid)) th.fds = std::make_shared<FdTable>();
  }
  for (auto& [tid, th] : threads_) {
    if (!th.fds) th.fds = threads_[th.pid].fds;
  }
  for (const auto& f : t.fds) {
    Thread& th = thread(f.tid);
    Fd& d = (*th.fds)[f.fd];
    d.type = type_char(f.type);
    d.l4 = 0;
    if (f.type == FdType::Ipv4Sock || f.type == FdType::Ipv6Sock) {
      d.l4 = l4_char(f.l4proto);
      // The socktuple parameter: family, source address and port, dest
      // address and port (4- or 16-byte addresses).
      const bool v4 = f.type == FdType::Ipv4Sock;
      const size_t a = v4 ? 4 : 16;
      uint8_t buf[37];
      buf[0] = v4 ? 2 : 10;
      std::memcpy(buf + 1, f.sip.data(), a);
      std::memcpy(buf + 1 + a, &f.sport, 2);
      std::memcpy(buf + 3 + a, f.dip.data(), a);
      std::memcpy(buf + 3 + 2 * a, &f.dport, 2);
      d.name.clear();
      append_socktuple(d.name, {buf, 5 + 2 * a});
    } else {
      d.name = f.name;
    }
  }
  for (const auto& u : t.users) users_[u.uid] = u.name;
  for (const auto& g : t.groups) groups_[g.gid] = g.name;
}

GoldenState::Thread& GoldenState::thread(int64_t tid) {
  auto it = threads_.find(tid);
  if (it != threads_.end()) return it->second;
  Thread& t = threads_[tid];
  t.pid = tid;
  t.comm = "<NA>";
  t.fds = std::make_shared<FdTable>();
  return t;
}

const GoldenState::Thread* GoldenState::find(int64_t tid) const {
  auto it = threads_.find(tid);
  return it == threads_.end() ? nullptr : &it->second;
}

GoldenState::Fd* GoldenState::find_fd(int64_t tid, int64_t fd) {
  auto it = threads_.find(tid);
  if (it == threads_.end()) return nullptr;
  auto f = it->second.fds->find(fd);
  return f == it->second.fds->end() ? nullptr : &f->second;
}

void GoldenState::process(const EventView& ev) {
  Thread& th = thread(ev.tid);
  FdTable& fds = *th.fds;
  const uint16_t t = ev.type;
  if (capture::is_enter_type(t)) {
    Enter& e = enters_[ev.tid];
    e = Enter{};
    e.type = t;
    int64_t v;
    if (get_int(ev, "fd", v)) e.fd = v;
    if (get_int(ev, "domain", v)) e.domain = static_cast<uint32_t>(v);
    if (get_int(ev, "type", v)) e.sock_type = static_cast<uint32_t>(v);
    return;
  }
  const Enter* en = nullptr;
  if (auto it = enters_.find(ev.tid); it != enters_.end() && it->second.type + 1 == t)
    en = &it->second;
  int64_t res = 0;
  if (!get_int(ev, "res", res)) get_int(ev, "fd", res);

  if (is_open_exit(t)) {
    int64_t fd;
    std::string_view name;
    if (!get_int(ev, "fd", fd) || fd < 0 || !get_str(ev, "name", name)) return;
    std::string base = th.cwd;
    int64_t dirfd;
    if (t != 3 && t != 59 && get_int(ev, "dirfd", dirfd) && dirfd != -100) {
      if (Fd* d = find_fd(ev.tid, dirfd)) base = d->name;
    }
    Fd& f = fds[fd];
    f = Fd{};
    int64_t flags = 0;
    get_int(ev, "flags", flags);
    f.type = (flags & 0x400) ? 'd' : 'f';
    std::string path;
    resolve_path(base, name, path);
    for (char& c : path)
      if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '.';
    f.name = path;
  } else if (t == 19 && res >= 0 && en) {  // socket
    Fd& f = fds[res];
    f = Fd{};
    f.type = en->domain == 2 ? '4' : en->domain == 10 ? '6' : en->domain == 1 ? 'u' : 'o';
    f.sock_type = static_cast<int>(en->sock_type & 0xf);
  } else if (t == 23 && en) {  // connect
    Fd* f = find_fd(ev.tid, en->fd);
    int i = index_of(ev, "tuple");
    if (f && i >= 0) {
      auto b = ev.param(static_cast<uint32_t>(i));
      if (!b.empty() && (b[0] == 2 || b[0] == 10)) {
        f->name.clear();
        append_socktuple(f->name, b);
        f->l4 = f->sock_type == 1 ? 't' : f->sock_type == 2 ? 'u' : 0;
      }
    }
  } else if (t == 27 || t == 57 || t == 247 || t == 249) {  // accept
    int64_t fd;
    int i = index_of(ev, "tuple");
    if (get_int(ev, "fd", fd) && fd >= 0 && i >= 0) {
      auto b = ev.param(static_cast<uint32_t>(i));
      Fd& f = fds[fd];
      f = Fd{};
      f.type = (!b.empty() && b[0] == 10) ? '6' : (!b.empty() && b[0] == 1) ? 'u' : '4';
      f.l4 = f.type == 'u' ? 0 : 't';
      append_socktuple(f.name, b);
    }
  } else if (t == 21 && res >= 0 && en) {  // bind
    Fd* f = find_fd(ev.tid, en->fd);
    int i = index_of(ev, "addr");
    if (f && i >= 0) {
      f->name.clear();
      append_sockaddr(f->name, ev.param(static_cast<uint32_t>(i)));
      f->l4 = f->sock_type == 1 ? 't' : f->sock_type == 2 ? 'u' : 0;
    }
  } else if (t == 61) {  // pipe
    int64_t a, b;
    if (res >= 0 && get_int(ev, "fd1", a) && get_int(ev, "fd2", b)) {
      fds[a] = Fd{'p', 0, {}, 0};
      fds[b] = Fd{'p', 0, {}, 0};
    }
  } else if (t == 63) {
    if (res >= 0) fds[res] = Fd{'e', 0, {}, 0};
  } else if (t == 125) {  // dup
    if (res >= 0 && en)
      if (Fd* f = find_fd(ev.tid, en->fd)) { Fd copy = *f; fds[res] = copy; }
  } else if (t == 5) {  // close
    if (res >= 0 && en) fds.erase(en->fd);
  } else if (is_clone_exit(t)) {
    if (res == 0) {
      int64_t pid = ev.tid, ptid = 0, flags = 0;
      get_int(ev, "pid", pid);
      get_int(ev, "ptid", ptid);
      get_int(ev, "flags", flags);
      std::string_view comm, exe, cwd;
      Thread nt;
      nt.pid = pid;
      if (get_str(ev, "comm", comm)) nt.comm = comm;
      else if (get_str(ev, "exe", exe)) nt.comm = base_name(exe);
      if (get_str(ev, "cwd", cwd) && !cwd.empty()) nt.cwd = cwd;
      const Thread* parent = find(ptid);
      if (nt.cwd.empty() && parent) nt.cwd = parent->cwd;
      if (parent && (flags & 0x1))  // PPM_CL_CLONE_FILES
        nt.fds = parent->fds;
      else
        nt.fds = std::make_shared<FdTable>(parent ? *parent->fds : FdTable{});
      threads_[ev.tid] = std::move(nt);
    } else if (res > 0 && !find(res)) {  // parent side: sysdig adds the child now
      Thread nt;
      nt.pid = res;
      nt.comm = th.comm;
      nt.cwd = th.cwd;
      nt.fds = std::make_shared<FdTable>(fds);
      threads_[res] = std::move(nt);
    }
  } else if (is_execve_exit(t)) {
    if (res == 0) {
      std::string_view comm, exe;
      if (get_str(ev, "comm", comm)) th.comm = comm;
      else if (get_str(ev, "exe", exe)) th.comm = base_name(exe);
    }
  } else if (t == 95) {  // chdir
    std::string_view p;
    if (res == 0 && get_str(ev, "path", p)) {
      std::string out;
      resolve_path(th.cwd, p, out);
      th.cwd = out;
    }
  }
}

bool GoldenState::fd(int64_t tid, int64_t fd, FdDesc& out) const {
  const Thread* t = find(tid);
  if (!t) return false;
  auto it = t->fds->find(fd);
  if (it == t->fds->end()) return false;
  out.type = it->second.type;
  out.l4 = it->second.l4;
  out.name = it->second.name;
  return true;
}

bool GoldenState::thread_comm(int64_t tid, std::string_view& out) const {
  const Thread* t = find(tid);
  if (!t) return false;
  out = t->comm;
  return true;
}

bool GoldenState::thread_cwd(int64_t tid, std::string_view& out) const {
  const Thread* t = find(tid);
  if (!t) return false;
  out = t->cwd;
  return true;
}

bool GoldenState::user_name(uint32_t uid, std::string_view& out) const {
  auto it = users_.find(uid);
  if (it == users_.end()) return false;
  out = it->second;
  return true;
}

bool GoldenState::group_name(uint32_t gid, std::string_view& out) const {
  auto it = groups_.find(gid);
  if (it == groups_.end()) return false;
  out = it->second;
  return true;
}

}  // namespace trowel::engine::render::testing
