#include "capture/metadata_parser.h"

#include <cstring>
#include <string>

#include "capture/block_types.h"
#include "capture/event_view.h"

namespace trowel::capture {
namespace {

// Bounds-checked little-endian cursor over [p, end).
class Cursor {
 public:
  Cursor(const uint8_t* p, const uint8_t* end) : p_(p), end_(end) {}
  size_t left() const { return static_cast<size_t>(end_ - p_); }
  const uint8_t* pos() const { return p_; }
  void need(size_t n, const char* what) const {
    if (left() < n) throw MetadataError(std::string("entry too short for ") + what);
  }
  uint8_t u8(const char* what) { need(1, what); return *p_++; }
  uint16_t u16(const char* what) { need(2, what); uint16_t v = load_u16(p_); p_ += 2; return v; }
  uint32_t u32(const char* what) { need(4, what); uint32_t v = load_u32(p_); p_ += 4; return v; }
  uint64_t u64(const char* what) { need(8, what); uint64_t v = load_u64(p_); p_ += 8; return v; }
  int64_t i64(const char* what) { return static_cast<int64_t>(u64(what)); }
  void bytes(uint8_t* dst, size_t n, const char* what) {
    need(n, what);
    std::memcpy(dst, p_, n);
    p_ += n;
  }
  std::string str16(const char* what) {
    uint16_t n = u16(what);
    need(n, what);
    std::string s(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return s;
  }
  void skip(size_t n, const char* what) { need(n, what); p_ += n; }
  void skip_to(const uint8_t* q) { p_ = q; }
  // Reads a V2 entry's u32 length, which counts its own 4 bytes, and returns
  // where that entry ends; throws if it is below 4 or runs past the end.
  const uint8_t* sized_entry(const char* what) {
    const uint8_t* start = p_;
    uint32_t n = u32("entry length");
    if (n < 4 || n > static_cast<size_t>(end_ - start))
      throw MetadataError(std::string(what) + " entry length " + std::to_string(n) + " exceeds the block");
    return start + n;
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
};

void parse_machine_info(const uint8_t* body, uint32_t len, SectionTables& t) {
  if (len < 180) throw MetadataError("machine info body is " + std::to_string(len) + " bytes, expected 180");
  MachineInfo& m = t.machine;
  m.num_cpus = load_u32(body);
  m.memory_bytes = load_u64(body + 4);
  m.max_pid = load_u64(body + 12);
  m.hostname.assign(reinterpret_cast<const char*>(body + 20), strnlen(reinterpret_cast<const char*>(body + 20), 128));
  m.boot_ts = load_u64(body + 148);
  m.flags = load_u64(body + 156);
  t.has_machine_info = true;
}

// The V9 tail (§6.2): layout A if at most 29 bytes remain, else layout B;
// each field is read only if it fits entirely.
void parse_v9_tail(Cursor& c, ThreadEntry& th) {
  auto fits = [&](size_t n) { return c.left() >= n; };
  if (c.left() <= 29) {
    if (fits(4)) th.loginuid = c.u32("loginuid"); else return;
    if (fits(1)) th.exe_writable = c.u8("exe_writable"); else return;
    if (fits(8)) th.cap_inheritable = c.u64("cap_inheritable"); else return;
    if (fits(8)) th.cap_permitted = c.u64("cap_permitted"); else return;
    if (fits(8)) th.cap_effective = c.u64("cap_effective");
    return;
  }
  th.pidns_init_start_ts = c.u64("pidns_init_start_ts");
  th.tty = c.u32("tty");
  th.loginuid = c.u32("loginuid");
  if (fits(1)) th.exe_writable = c.u8("exe_writable"); else return;
  if (fits(8)) th.cap_inheritable = c.u64("cap"); else return;
  if (fits(8)) th.cap_permitted = c.u64("cap"); else return;
  if (fits(8)) th.cap_effective = c.u64("cap"); else return;
  if (fits(1)) th.exe_upper_layer = c.u8("exe_upper_layer"); else return;
  if (fits(8)) th.exe_ino = c.u64("exe_ino"); else return;
  if (fits(8)) th.exe_ino_ctime = c.u64("exe_ino_ctime"); else return;
  if (fits(8)) th.exe_ino_mtime = c.u64("exe_ino_mtime"); else return;
  if (fits(1)) th.exe_from_memfd = c.u8("exe_from_memfd"); else return;
  if (fits(1)) th.exe_lower_layer = c.u8("exe_lower_layer"); else return;
  if (fits(8)) th.pgid = c.i64("pgid");
}

void parse_process_list(int version, const uint8_t* body, uint32_t len, SectionTables& t) {
  const uint8_t* end = body + len;
  Cursor c(body, end);
  while (c.left() >= 4) {
    ThreadEntry th;
    const uint8_t* entry_end = end;
    if (version == 9) entry_end = c.sized_entry("thread");
    Cursor e(c.pos(), entry_end);
    th.tid = e.i64("tid");
    th.pid = e.i64("pid");
    th.ptid = e.i64("ptid");
    if (version >= 6) th.sid = e.i64("sid");
    if (version >= 8) th.vpgid = e.i64("vpgid");
    th.comm = e.str16("comm");
    th.exe = e.str16("exe");
    if (version >= 7) th.exepath = e.str16("exepath");
    th.args = e.str16("args");
    th.cwd = e.str16("cwd");
    th.fdlimit = e.i64("fdlimit");
    th.flags = e.u32("flags");
    th.uid = e.u32("uid");
    th.gid = e.u32("gid");
    if (version >= 2) {
      th.vmsize_kb = e.u32("vmsize");
      th.vmrss_kb = e.u32("vmrss");
      th.vmswap_kb = e.u32("vmswap");
      th.pfmajor = e.u64("pfmajor");
      th.pfminor = e.u64("pfminor");
    }
    if (version >= 3) th.env = e.str16("env");
    if (version >= 4) {
      th.vtid = e.i64("vtid");
      th.vpid = e.i64("vpid");
      th.cgroups = e.str16("cgroups");
    }
    if (version >= 5) th.root = e.str16("root");
    if (version == 9) {
      parse_v9_tail(e, th);
      c.skip_to(entry_end);  // unknown newer fields are skipped via len
    } else {
      c.skip_to(e.pos());
    }
    t.threads.push_back(std::move(th));
  }
}

void parse_fd_payload(FdType type, Cursor& e, bool v2, FdEntry& fd) {
  switch (type) {
    case FdType::Ipv4Sock:
      e.bytes(fd.sip.data(), 4, "ipv4 source");
      e.bytes(fd.dip.data(), 4, "ipv4 dest");
      fd.sport = e.u16("sport");
      fd.dport = e.u16("dport");
      fd.l4proto = e.u8("l4proto");
      break;
    case FdType::Ipv6Sock:
      e.bytes(fd.sip.data(), 16, "ipv6 source");
      e.bytes(fd.dip.data(), 16, "ipv6 dest");
      fd.sport = e.u16("sport");
      fd.dport = e.u16("dport");
      fd.l4proto = e.u8("l4proto");
      break;
    case FdType::Ipv4ServSock:
      e.bytes(fd.sip.data(), 4, "ipv4 address");
      fd.sport = e.u16("port");
      fd.l4proto = e.u8("l4proto");
      break;
    case FdType::Ipv6ServSock:
      e.bytes(fd.sip.data(), 16, "ipv6 address");
      fd.sport = e.u16("port");
      fd.l4proto = e.u8("l4proto");
      break;
    case FdType::UnixSock:
      fd.unix_source = e.u64("unix source");
      fd.unix_dest = e.u64("unix dest");
      fd.name = e.str16("name");
      break;
    case FdType::FileV2:
      fd.open_flags = e.u32("open flags");
      fd.name = e.str16("name");
      if (v2 && e.left() >= 4) fd.dev = e.u32("dev");
      break;
    default:
      fd.name = e.str16("name");
      break;
  }
}

void parse_fd_list(bool v2, const uint8_t* body, uint32_t len, SectionTables& t) {
  const uint8_t* end = body + len;
  Cursor c(body, end);
  int64_t tid = c.i64("tid");
  while (c.left() >= 4) {
    const uint8_t* entry_end = end;
    if (v2) entry_end = c.sized_entry("fd");
    Cursor e(c.pos(), entry_end);
    FdEntry fd;
    fd.tid = tid;
    fd.fd = e.i64("fd");
    fd.ino = e.u64("ino");
    uint8_t type = e.u8("type");
    bool known = type >= 1 && type < kFdTypeCount;
    if (!known) {
      if (!v2) throw MetadataError("unknown fd type " + std::to_string(type));
      ++t.fds_skipped;
      c.skip_to(entry_end);
      continue;
    }
    fd.type = static_cast<FdType>(type);
    parse_fd_payload(fd.type, e, v2, fd);
    c.skip_to(v2 ? entry_end : e.pos());
    t.fds.push_back(std::move(fd));
  }
}

void parse_interface_list(bool v2, const uint8_t* body, uint32_t len, SectionTables& t) {
  t.interfaces.clear();  // a later IL block replaces an earlier one
  const uint8_t* end = body + len;
  Cursor c(body, end);
  while (c.left() >= 4) {
    const uint8_t* entry_end = end;
    if (v2) {
      uint32_t elen = c.u32("entry length");  // excludes its own 4 bytes
      if (elen > c.left())
        throw MetadataError("interface entry length " + std::to_string(elen) + " exceeds the block");
      entry_end = c.pos() + elen;
    }
    Cursor e(c.pos(), entry_end);
    InterfaceEntry ifc;
    ifc.type = e.u16("type");
    uint16_t namelen = e.u16("name length");
    size_t asize;
    bool linkspeed;
    switch (ifc.type) {
      case 1: asize = 4; linkspeed = true; break;
      case 2: asize = 16; linkspeed = true; break;
      case 3: asize = 4; linkspeed = false; break;
      case 4: asize = 16; linkspeed = false; break;
      default:
        if (!v2) throw MetadataError("unknown interface type " + std::to_string(ifc.type));
        c.skip_to(entry_end);
        continue;
    }
    e.bytes(ifc.addr.data(), asize, "address");
    e.bytes(ifc.netmask.data(), asize, "netmask");
    e.bytes(ifc.bcast.data(), asize, "broadcast");
    if (linkspeed) ifc.linkspeed = e.u64("linkspeed");
    e.need(namelen, "interface name");
    ifc.name.assign(reinterpret_cast<const char*>(e.pos()), namelen);
    e.skip(namelen, "interface name");
    c.skip_to(v2 ? entry_end : e.pos());
    t.interfaces.push_back(std::move(ifc));
  }
}

void parse_user_list(bool v2, const uint8_t* body, uint32_t len, SectionTables& t) {
  t.users.clear();  // a later UL block replaces an earlier one
  t.groups.clear();
  const uint8_t* end = body + len;
  Cursor c(body, end);
  while (c.left() >= 4) {
    const uint8_t* entry_end = end;
    if (v2) entry_end = c.sized_entry("user");
    Cursor e(c.pos(), entry_end);
    uint8_t type = e.u8("type");
    if (type == 0) {
      UserEntry u;
      u.uid = e.u32("uid");
      u.gid = e.u32("gid");
      u.name = e.str16("user name");
      u.home = e.str16("home");
      u.shell = e.str16("shell");
      t.users.push_back(std::move(u));
    } else {
      GroupEntry g;
      g.gid = e.u32("gid");
      g.name = e.str16("group name");
      t.groups.push_back(std::move(g));
    }
    c.skip_to(v2 ? entry_end : e.pos());
  }
}

}  // namespace

bool parse_metadata_block(uint32_t type, const uint8_t* body, uint32_t body_len,
                          SectionTables& t) {
  using namespace block;
  if (int v = pl_version(type)) {
    parse_process_list(v, body, body_len, t);
    return true;
  }
  switch (type) {
    case kMi: case kMiInt: parse_machine_info(body, body_len, t); return true;
    case kFdl: case kFdlInt: parse_fd_list(false, body, body_len, t); return true;
    case kFdlV2: parse_fd_list(true, body, body_len, t); return true;
    case kIl: case kIlInt: parse_interface_list(false, body, body_len, t); return true;
    case kIlV2: parse_interface_list(true, body, body_len, t); return true;
    case kUl: case kUlInt: parse_user_list(false, body, body_len, t); return true;
    case kUlV2: parse_user_list(true, body, body_len, t); return true;
    default: return false;
  }
}

}  // namespace trowel::capture
