// /proc, /etc and getifaddrs() -> SectionTables (see proc_scan.h).
#include "live/proc_scan.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace trowel::live {

using capture::FdEntry;
using capture::FdType;
using capture::SectionTables;
using capture::ThreadEntry;

namespace {

// Whole small file (/proc files report size 0, so read until EOF).
bool read_file(const std::string& path, std::string& out, size_t max = 1 << 20) {
  out.clear();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buf[8192];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
    if (out.size() >= max) break;
  }
  ::close(fd);
  return true;
}

bool read_link(const std::string& path, std::string& out) {
  char buf[4096];
  ssize_t n = ::readlink(path.c_str(), buf, sizeof buf);
  if (n < 0) return false;
  out.assign(buf, static_cast<size_t>(n));
  return true;
}

std::vector<long> numeric_entries(const std::string& dir) {
  std::vector<long> v;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return v;
  while (dirent* e = ::readdir(d)) {
    char* end = nullptr;
    long n = std::strtol(e->d_name, &end, 10);
    if (end != e->d_name && *end == 0) v.push_back(n);
  }
  ::closedir(d);
  return v;
}

// "Key:\tvalue..." line of a status file; empty if absent.
std::string status_field(const std::string& status, const char* key) {
  size_t klen = std::strlen(key);
  size_t pos = 0;
  while (pos < status.size()) {
    size_t eol = status.find('\n', pos);
    if (eol == std::string::npos) eol = status.size();
    if (status.compare(pos, klen, key) == 0 && pos + klen < status.size() && status[pos + klen] == ':')
      return status.substr(pos + klen + 1, eol - pos - klen - 1);
    pos = eol + 1;
  }
  return {};
}

std::vector<int64_t> numbers(const std::string& s) {
  std::vector<int64_t> v;
  std::istringstream in(s);
  int64_t x;
  while (in >> x) v.push_back(x);
  return v;
}

// Kernel open flags (fdinfo "flags:", octal) -> PPM_O_* (§9.2).
uint32_t ppm_open_flags(uint64_t f) {
  uint32_t r = 0;
  switch (f & 3) {
    case 0: r |= 1; break;
    case 1: r |= 2; break;
    case 2: r |= 3; break;
  }
  if (f & 0100) r |= 1u << 2;
  if (f & 02000) r |= 1u << 3;
  if (f & 010000) r |= 1u << 4;
  if (f & 0200) r |= 1u << 5;
  if (f & 04000) r |= 1u << 6;
  if (f & 04000000) r |= 1u << 7;
  if (f & 01000) r |= 1u << 8;
  if (f & 040000) r |= 1u << 9;
  if (f & 0200000) r |= 1u << 10;
  if (f & 0100000) r |= 1u << 11;
  if (f & 02000000) r |= 1u << 12;
  return r;
}

uint32_t encode_dev(dev_t d) {
  uint32_t major = ::major(d), minor = ::minor(d);
  return (minor & 0xff) | (major << 8) | ((minor & ~0xffu) << 12);
}

// Socket inodes of one network namespace -> their table entry (type,
// addresses, ports, protocol, unix address/path).
using SocketMap = std::unordered_map<uint64_t, FdEntry>;

void hex_addr(const std::string& hex, std::array<uint8_t, 16>& out) {
  // Each 8 hex digits are one u32 printed in host order: its bytes in
  // memory are the address bytes in network order.
  out.fill(0);
  for (size_t w = 0; w * 8 + 8 <= hex.size() && w < 4; ++w) {
    uint32_t v = static_cast<uint32_t>(std::strtoul(hex.substr(w * 8, 8).c_str(), nullptr, 16));
    std::memcpy(out.data() + 4 * w, &v, 4);
  }
}

// Calls row(words) for each line after the header of the /proc/net table
// at `path` (nothing if it cannot be read).
template <typename Row>
void for_each_row(const std::string& path, size_t limit, Row row) {
  std::string text;
  if (!read_file(path, text, limit)) return;
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    row(ls);
  }
}

void parse_inet(const std::string& path, bool v6, uint8_t l4proto, SocketMap& m) {
  for_each_row(path, 64 << 20, [&](std::istringstream& ls) {
    std::string sl, local, remote, st, txrx, trtm, retr, uid, timeout, inode;
    if (!(ls >> sl >> local >> remote >> st >> txrx >> trtm >> retr >> uid >> timeout >> inode)) return;
    size_t lc = local.find(':'), rc = remote.find(':');
    if (lc == std::string::npos || rc == std::string::npos) return;
    FdEntry e;
    e.ino = std::strtoull(inode.c_str(), nullptr, 10);
    if (e.ino == 0) return;
    hex_addr(local.substr(0, lc), e.sip);
    hex_addr(remote.substr(0, rc), e.dip);
    e.sport = static_cast<uint16_t>(std::strtoul(local.c_str() + lc + 1, nullptr, 16));
    e.dport = static_cast<uint16_t>(std::strtoul(remote.c_str() + rc + 1, nullptr, 16));
    e.l4proto = l4proto;
    bool listening = l4proto == 2 && st == "0A";
    if (listening) e.type = v6 ? FdType::Ipv6ServSock : FdType::Ipv4ServSock;
    else e.type = v6 ? FdType::Ipv6Sock : FdType::Ipv4Sock;
    m[e.ino] = e;
  });
}

void parse_unix(const std::string& path, SocketMap& m) {
  for_each_row(path, 64 << 20, [&](std::istringstream& ls) {
    std::string num, ref, proto, flags, type, st, inode, name;
    if (!(ls >> num >> ref >> proto >> flags >> type >> st >> inode)) return;
    ls >> name;
    FdEntry e;
    e.type = FdType::UnixSock;
    e.ino = std::strtoull(inode.c_str(), nullptr, 10);
    e.unix_source = std::strtoull(num.c_str(), nullptr, 16);
    e.name = name;
    if (!e.name.empty() && e.name[0] == '@') e.name.erase(0, 1);
    m[e.ino] = e;
  });
}

void parse_netlink(const std::string& path, SocketMap& m) {
  for_each_row(path, 16 << 20, [&](std::istringstream& ls) {
    std::vector<std::string> w;
    std::string x;
    while (ls >> x) w.push_back(x);
    if (w.size() < 10) return;
    FdEntry e;
    e.type = FdType::Netlink;
    e.ino = std::strtoull(w[9].c_str(), nullptr, 10);
    m[e.ino] = e;
  });
}

const SocketMap& sockets_of(const std::string& proc, long pid, std::map<std::string, SocketMap>& cache) {
  std::string ns;
  if (!read_link(proc + "/" + std::to_string(pid) + "/ns/net", ns)) ns = "?";
  auto it = cache.find(ns);
  if (it != cache.end()) return it->second;
  SocketMap& m = cache[ns];
  std::string base = proc + "/" + std::to_string(pid) + "/net/";
  parse_inet(base + "tcp", false, 2, m);
  parse_inet(base + "tcp6", true, 2, m);
  parse_inet(base + "udp", false, 3, m);
  parse_inet(base + "udp6", true, 3, m);
  parse_inet(base + "raw", false, 5, m);
  parse_inet(base + "raw6", true, 5, m);
  parse_unix(base + "unix", m);
  parse_netlink(base + "netlink", m);
  return m;
}

// The fds of one process (owned by its main thread pid).
void scan_fds(const std::string& proc, long pid, std::map<std::string, SocketMap>& socks,
              std::vector<FdEntry>& out, ProcScanStats& st) {
  std::string dir = proc + "/" + std::to_string(pid) + "/fd";
  std::string info, link;
  for (long fd : numeric_entries(dir)) {
    std::string p = dir + "/" + std::to_string(fd);
    if (!read_link(p, link)) continue;
    FdEntry e;
    e.tid = pid;
    e.fd = fd;
    auto bracket_ino = [&](size_t from) {
      return std::strtoull(link.c_str() + from, nullptr, 10);
    };
    if (link.rfind("socket:[", 0) == 0) {
      uint64_t ino = bracket_ino(8);
      const SocketMap& m = sockets_of(proc, pid, socks);
      auto it = m.find(ino);
      if (it == m.end()) continue;  // a socket family we cannot describe
      e = it->second;
      e.tid = pid;
      e.fd = fd;
    } else if (link.rfind("pipe:[", 0) == 0) {
      e.type = FdType::Fifo;
      e.ino = bracket_ino(6);
      e.name = link;
    } else if (link.rfind("anon_inode:", 0) == 0) {
      std::string kind = link.substr(11);
      if (kind == "[eventfd]") e.type = FdType::Event;
      else if (kind == "[eventpoll]") e.type = FdType::EventPoll;
      else if (kind == "inotify") e.type = FdType::Inotify;
      else if (kind == "[timerfd]") e.type = FdType::TimerFd;
      else if (kind == "[signalfd]") e.type = FdType::SignalFd;
      else {
        e.type = FdType::Unsupported;
        e.name = link;
      }
    } else if (!link.empty() && link[0] == '/') {
      struct stat sb;
      if (::stat(p.c_str(), &sb) == 0 && S_ISDIR(sb.st_mode)) {
        e.type = FdType::Directory;
        e.name = link;
        e.ino = sb.st_ino;
      } else {
        e.type = FdType::FileV2;
        e.name = link;
        if (::stat(p.c_str(), &sb) == 0) {
          e.ino = sb.st_ino;
          e.dev = encode_dev(sb.st_dev);
        }
        if (read_file(proc + "/" + std::to_string(pid) + "/fdinfo/" + std::to_string(fd), info)) {
          std::string f = status_field(info, "flags");
          e.open_flags = ppm_open_flags(std::strtoull(f.c_str(), nullptr, 8));
        }
      }
    } else {
      e.type = FdType::Unsupported;
      e.name = link;
    }
    out.push_back(std::move(e));
    ++st.fds;
  }
}

std::string cgroup_list(const std::string& text, const std::vector<std::string>& v2_controllers) {
  std::string out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    size_t a = line.find(':');
    size_t b = a == std::string::npos ? a : line.find(':', a + 1);
    if (b == std::string::npos) continue;
    std::string subs = line.substr(a + 1, b - a - 1), path = line.substr(b + 1);
    if (subs.empty()) {  // cgroup v2: every enabled controller has this path
      for (const std::string& c : v2_controllers) {
        out += c + "=" + path;
        out.push_back('\0');
      }
      continue;
    }
    std::istringstream ss(subs);
    std::string s;
    while (std::getline(ss, s, ',')) {
      if (s.rfind("name=", 0) == 0) s = s.substr(5);
      out += s + "=" + path;
      out.push_back('\0');
    }
  }
  return out;
}

bool fill_thread(const std::string& proc, long pid, long tid, const std::vector<std::string>& ctrls,
                 ThreadEntry& t) {
  std::string tdir = proc + "/" + std::to_string(pid) + "/task/" + std::to_string(tid);
  std::string pdir = proc + "/" + std::to_string(pid);
  std::string s;
  if (!read_file(tdir + "/status", s)) return false;
  t.tid = tid;
  t.pid = pid;
  auto ppid = numbers(status_field(s, "PPid"));
  t.ptid = ppid.empty() ? 0 : ppid[0];
  auto uids = numbers(status_field(s, "Uid"));
  auto gids = numbers(status_field(s, "Gid"));
  if (uids.size() >= 2) t.uid = static_cast<uint32_t>(uids[1]);
  if (gids.size() >= 2) t.gid = static_cast<uint32_t>(gids[1]);
  auto kb = [&](const char* k) {
    auto v = numbers(status_field(s, k));
    return v.empty() ? 0u : static_cast<uint32_t>(v[0]);
  };
  t.vmsize_kb = kb("VmSize");
  t.vmrss_kb = kb("VmRSS");
  t.vmswap_kb = kb("VmSwap");
  auto nstid = numbers(status_field(s, "NSpid"));
  auto nspid = numbers(status_field(s, "NStgid"));
  t.vtid = nstid.empty() ? tid : nstid.back();
  t.vpid = nspid.empty() ? pid : nspid.back();

  if (read_file(tdir + "/comm", s)) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    t.comm = s;
  }
  if (read_file(tdir + "/stat", s)) {
    // Fields after the ")" that ends comm: state ppid pgrp session tty_nr
    // tpgid flags minflt cminflt majflt ...
    size_t rp = s.rfind(')');
    if (rp != std::string::npos) {
      std::istringstream in(s.substr(rp + 2));
      std::string state;
      int64_t ppid2, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt;
      if (in >> state >> ppid2 >> pgrp >> session >> tty >> tpgid >> flags >> minflt >> cminflt >> majflt) {
        t.vpgid = pgrp;
        t.pgid = pgrp;
        t.sid = session;
        t.tty = static_cast<uint32_t>(tty);
        t.pfminor = static_cast<uint64_t>(minflt);
        t.pfmajor = static_cast<uint64_t>(majflt);
      }
    }
  }
  if (read_file(pdir + "/cmdline", s, 65536) && !s.empty()) {
    size_t z = s.find('\0');
    t.exe = s.substr(0, z);
    if (z != std::string::npos) t.args = s.substr(z + 1);
  } else {
    t.exe = t.comm;
  }
  read_link(pdir + "/exe", t.exepath);
  const char kDeleted[] = " (deleted)";
  if (t.exepath.size() > sizeof kDeleted - 1 &&
      t.exepath.compare(t.exepath.size() - (sizeof kDeleted - 1), std::string::npos, kDeleted) == 0)
    t.exepath.resize(t.exepath.size() - (sizeof kDeleted - 1));
  if (read_link(tdir + "/cwd", t.cwd) && (t.cwd.empty() || t.cwd.back() != '/')) t.cwd.push_back('/');
  read_link(pdir + "/root", t.root);
  read_file(pdir + "/environ", t.env, 65536);
  if (read_file(pdir + "/cgroup", s)) t.cgroups = cgroup_list(s, ctrls);
  if (read_file(pdir + "/limits", s)) {
    size_t at = s.find("Max open files");
    if (at != std::string::npos) {
      std::istringstream in(s.substr(at + 14));
      std::string soft;
      in >> soft;
      t.fdlimit = soft == "unlimited" ? -1 : std::strtoll(soft.c_str(), nullptr, 10);
    }
  }
  if (read_file(pdir + "/loginuid", s)) t.loginuid = static_cast<uint32_t>(std::strtoul(s.c_str(), nullptr, 10));
  return true;
}

// Calls rec(fields) for each line of a colon-separated file (passwd,
// group) that has at least `min_fields` fields.
template <typename Rec>
void for_each_colon_record(const std::string& path, size_t min_fields, Rec rec) {
  std::string text;
  if (!read_file(path, text)) return;
  std::istringstream in(text);
  std::string line;
  std::vector<std::string> f;
  while (std::getline(in, line)) {
    f.clear();
    std::istringstream ls(line);
    std::string x;
    while (std::getline(ls, x, ':')) f.push_back(x);
    if (f.size() >= min_fields) rec(f);
  }
}

void scan_users(const std::string& etc, SectionTables& t) {
  for_each_colon_record(etc + "/passwd", 7, [&](const std::vector<std::string>& f) {
    capture::UserEntry u;
    u.name = f[0];
    u.uid = static_cast<uint32_t>(std::strtoul(f[2].c_str(), nullptr, 10));
    u.gid = static_cast<uint32_t>(std::strtoul(f[3].c_str(), nullptr, 10));
    u.home = f[5];
    u.shell = f[6];
    t.users.push_back(std::move(u));
  });
  for_each_colon_record(etc + "/group", 3, [&](const std::vector<std::string>& f) {
    capture::GroupEntry g;
    g.name = f[0];
    g.gid = static_cast<uint32_t>(std::strtoul(f[2].c_str(), nullptr, 10));
    t.groups.push_back(std::move(g));
  });
}

void scan_interfaces(SectionTables& t) {
  ifaddrs* list = nullptr;
  if (::getifaddrs(&list) != 0) return;
  std::vector<capture::InterfaceEntry> v4, v6;
  for (ifaddrs* a = list; a; a = a->ifa_next) {
    if (!a->ifa_addr) continue;
    capture::InterfaceEntry e;
    e.name = a->ifa_name;
    if (a->ifa_addr->sa_family == AF_INET) {
      e.type = 1;
      std::memcpy(e.addr.data(), &reinterpret_cast<sockaddr_in*>(a->ifa_addr)->sin_addr, 4);
      if (a->ifa_netmask)
        std::memcpy(e.netmask.data(), &reinterpret_cast<sockaddr_in*>(a->ifa_netmask)->sin_addr, 4);
      if ((a->ifa_flags & IFF_BROADCAST) && a->ifa_broadaddr)
        std::memcpy(e.bcast.data(), &reinterpret_cast<sockaddr_in*>(a->ifa_broadaddr)->sin_addr, 4);
      v4.push_back(std::move(e));
    } else if (a->ifa_addr->sa_family == AF_INET6) {
      e.type = 2;
      std::memcpy(e.addr.data(), &reinterpret_cast<sockaddr_in6*>(a->ifa_addr)->sin6_addr, 16);
      if (a->ifa_netmask)
        std::memcpy(e.netmask.data(), &reinterpret_cast<sockaddr_in6*>(a->ifa_netmask)->sin6_addr, 16);
      v6.push_back(std::move(e));
    }
  }
  ::freeifaddrs(list);
  for (auto& e : v4) t.interfaces.push_back(std::move(e));
  for (auto& e : v6) t.interfaces.push_back(std::move(e));
}

}  // namespace

uint64_t boot_to_epoch_ns() {
  timespec rt{}, bt{};
  ::clock_gettime(CLOCK_REALTIME, &rt);
  ::clock_gettime(CLOCK_BOOTTIME, &bt);
  auto ns = [](const timespec& t) {
    return static_cast<uint64_t>(t.tv_sec) * 1000000000ull + static_cast<uint64_t>(t.tv_nsec);
  };
  return ns(rt) - ns(bt);
}

SectionTables scan_machine(const ProcScanOptions& opt, ProcScanStats* stats) {
  ProcScanStats st;
  SectionTables t;
  t.major = 1;
  t.minor = 2;
  t.has_machine_info = true;
  long cpus = ::sysconf(_SC_NPROCESSORS_ONLN);
  t.machine.num_cpus = cpus > 0 ? static_cast<uint32_t>(cpus) : 1;
  struct sysinfo si{};
  if (::sysinfo(&si) == 0) t.machine.memory_bytes = static_cast<uint64_t>(si.totalram) * si.mem_unit;
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  t.machine.hostname = host;
  t.machine.boot_ts = boot_to_epoch_ns();
  std::string pidmax;
  if (read_file(opt.proc_root + "/sys/kernel/pid_max", pidmax))
    t.machine.max_pid = std::strtoull(pidmax.c_str(), nullptr, 10);

  std::vector<std::string> ctrls;
  std::string c;
  if (read_file("/sys/fs/cgroup/cgroup.controllers", c)) {
    std::istringstream in(c);
    std::string w;
    while (in >> w) ctrls.push_back(w);
  }

  std::map<std::string, SocketMap> socks;
  for (long pid : numeric_entries(opt.proc_root)) {
    std::vector<long> tids = numeric_entries(opt.proc_root + "/" + std::to_string(pid) + "/task");
    if (tids.empty()) {
      ++st.vanished;
      continue;
    }
    std::sort(tids.begin(), tids.end());
    bool any = false;
    for (long tid : tids) {
      ThreadEntry th;
      if (!fill_thread(opt.proc_root, pid, tid, ctrls, th)) continue;
      t.threads.push_back(std::move(th));
      ++st.threads;
      any = true;
    }
    if (!any) {
      ++st.vanished;
      continue;
    }
    ++st.processes;
    if (opt.fds) scan_fds(opt.proc_root, pid, socks, t.fds, st);
  }
  scan_users(opt.etc_root, t);
  scan_interfaces(t);
  if (stats) *stats = st;
  return t;
}

}  // namespace trowel::live
