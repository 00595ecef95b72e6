// CaptureWriter: write -> read back with CaptureReader -> same tables and
// events; LARGE and EVF blocks, dropped fd types, compressed sinks, and the
// re-encoding of every shared sample capture.
#include "capture/capture_writer.h"

#include <doctest/doctest.h>

#include <array>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "capture/block_types.h"
#include "capture/byte_source.h"
#include "capture/capture_error.h"
#include "capture/capture_reader.h"

using namespace trowel::capture;

namespace {

using Bytes = std::vector<uint8_t>;

Bytes bytes_of(std::string_view s) { return Bytes(s.begin(), s.end()); }
template <class T>
Bytes le(T v) {
  Bytes b(sizeof v);
  std::memcpy(b.data(), &v, sizeof v);
  return b;
}

// A decoded event, owning its bytes, for comparisons.
struct Ev {
  uint64_t ts;
  int64_t tid;
  uint16_t cpuid, type;
  uint32_t flags, nparams;
  std::vector<Bytes> params;
  bool operator==(const Ev&) const = default;
};

Ev copy_event(const EventView& v) {
  Ev e{v.ts, v.tid, v.cpuid, v.type, v.flags, v.nparams, {}};
  for (uint32_t i = 0; i < v.nparams; ++i) {
    auto p = v.param(i);
    e.params.emplace_back(p.begin(), p.end());
  }
  return e;
}

struct Readback {
  std::vector<SectionTables> sections;
  std::vector<Ev> events;
  CaptureReader::Status status;
};

void on_section(void* ctx, const SectionTables& t) {
  static_cast<Readback*>(ctx)->sections.push_back(t);
}

Readback read_back(const Bytes& file) {
  Readback r;
  auto reader = CaptureReader::open(open_memory_source(file.data(), file.size()), "<mem>");
  r.sections.push_back(reader->tables());
  reader->set_section_callback(on_section, &r);
  EventView ev;
  while (reader->next(ev)) {
    r.events.push_back(copy_event(ev));
  }
  r.status = reader->status();
  return r;
}

// Block types of every block of a plain capture, in order.
std::vector<uint32_t> block_types(const Bytes& f) {
  std::vector<uint32_t> out;
  size_t off = 0;
  while (off + 12 <= f.size()) {
    uint32_t type = load_u32(&f[off]), len = load_u32(&f[off + 4]);
    REQUIRE(len % 4 == 0);
    REQUIRE(len >= 12);
    REQUIRE(off + len <= f.size());
    REQUIRE(load_u32(&f[off + len - 4]) == len);  // trailer = header
    out.push_back(type);
    off += len;
  }
  CHECK(off == f.size());
  return out;
}

ThreadEntry make_thread(int64_t tid, int64_t pid, const char* comm) {
  ThreadEntry t;
  t.tid = tid;
  t.pid = pid;
  t.ptid = 1;
  t.sid = 10;
  t.vpgid = 11;
  t.comm = comm;
  t.exe = comm;
  t.exepath = std::string("/usr/bin/") + comm;
  t.args = std::string("-c\0x\0", 5);
  t.cwd = "/root";
  t.fdlimit = 1024;
  t.flags = 0;
  t.uid = 1000;
  t.gid = 1000;
  t.vmsize_kb = 100;
  t.vmrss_kb = 50;
  t.vmswap_kb = 1;
  t.pfmajor = 7;
  t.pfminor = 8;
  t.env = std::string("HOME=/root\0", 11);
  t.vtid = tid;
  t.vpid = pid;
  t.cgroups = std::string("cpu=/\0", 6);
  t.root.assign(1, '/');  // (assign: avoids a GCC 12 -Wrestrict false positive)
  t.loginuid = 1000;
  t.exe_writable = 1;
  t.cap_inheritable = 1;
  t.cap_permitted = 2;
  t.cap_effective = 3;
  return t;
}

FdEntry make_fd(int64_t tid, int64_t fd, FdType type, const char* name = "") {
  FdEntry f;
  f.tid = tid;
  f.fd = fd;
  f.ino = 1000 + fd;
  f.type = type;
  f.name = name;
  return f;
}

SectionTables sample_tables() {
  SectionTables t;
  t.has_machine_info = true;
  t.machine.num_cpus = 4;
  t.machine.memory_bytes = 8ull << 30;
  t.machine.hostname = "testhost";
  t.machine.boot_ts = 1700000000000000000ull;
  t.threads = {make_thread(100, 100, "bash"), make_thread(101, 100, "bash"),
               make_thread(200, 200, "python3")};
  t.fds.push_back(make_fd(100, 0, FdType::File, "/dev/pts/0"));
  t.fds.push_back(make_fd(100, 1, FdType::Directory, "/tmp"));
  auto s4 = make_fd(100, 3, FdType::Ipv4Sock);
  s4.sip = {127, 0, 0, 1};
  s4.dip = {10, 0, 0, 2};
  s4.sport = 8080;
  s4.dport = 40000;
  s4.l4proto = 2;
  t.fds.push_back(s4);
  auto s6 = make_fd(100, 4, FdType::Ipv6Sock);
  s6.sip[15] = 1;
  s6.dip[15] = 2;
  s6.sport = 1;
  s6.dport = 2;
  s6.l4proto = 3;
  t.fds.push_back(s6);
  auto l4 = make_fd(100, 5, FdType::Ipv4ServSock);
  l4.sip = {0, 0, 0, 0};
  l4.sport = 8080;
  l4.l4proto = 2;
  t.fds.push_back(l4);
  auto l6 = make_fd(100, 6, FdType::Ipv6ServSock);
  l6.sport = 22;
  l6.l4proto = 2;
  t.fds.push_back(l6);
  t.fds.push_back(make_fd(100, 7, FdType::Fifo, "pipe:[1]"));
  auto u = make_fd(100, 8, FdType::UnixSock, "/run/x.sock");
  u.unix_source = 0xffff1;
  u.unix_dest = 0xffff2;
  t.fds.push_back(u);
  t.fds.push_back(make_fd(100, 9, FdType::Memfd, "memfd:x"));  // dropped (20)
  for (uint8_t ty = 9; ty <= 15; ++ty)
    t.fds.push_back(make_fd(100, 10 + ty, static_cast<FdType>(ty), "anon"));
  auto f2 = make_fd(200, 3, FdType::FileV2, "/srv/webapp/log.txt");
  f2.open_flags = 2 | 4 | 8;
  f2.dev = 0x801;
  t.fds.push_back(f2);
  t.fds.push_back(make_fd(200, 4, FdType::Bpf, "bpf"));  // dropped (17)
  t.fds.push_back(make_fd(999, 0, FdType::File, "/orphan"));  // no PL entry
  InterfaceEntry lo;
  lo.type = 1;
  lo.name = "lo";
  lo.addr = {127, 0, 0, 1};
  lo.netmask = {255, 0, 0, 0};
  lo.bcast = {127, 255, 255, 255};
  lo.linkspeed = 1000;
  InterfaceEntry lo6;
  lo6.type = 4;
  lo6.name = "lo";
  lo6.addr[15] = 1;
  t.interfaces = {lo, lo6};
  t.users = {{0, 0, "root", "/root", "/bin/bash"}, {1000, 1000, "alice", "/home/alice", "/bin/sh"}};
  t.groups = {{0, "root"}, {1000, "alice"}};
  return t;
}

void check_thread(const ThreadEntry& a, const ThreadEntry& b) {
  CHECK(a.tid == b.tid);
  CHECK(a.pid == b.pid);
  CHECK(a.ptid == b.ptid);
  CHECK(a.sid == b.sid);
  CHECK(a.vpgid == b.vpgid);
  CHECK(a.comm == b.comm);
  CHECK(a.exe == b.exe);
  CHECK(a.exepath == b.exepath);
  CHECK(a.args == b.args);
  CHECK(a.cwd == b.cwd);
  CHECK(a.fdlimit == b.fdlimit);
  CHECK(a.flags == b.flags);
  CHECK(a.uid == b.uid);
  CHECK(a.gid == b.gid);
  CHECK(a.vmsize_kb == b.vmsize_kb);
  CHECK(a.vmrss_kb == b.vmrss_kb);
  CHECK(a.vmswap_kb == b.vmswap_kb);
  CHECK(a.pfmajor == b.pfmajor);
  CHECK(a.pfminor == b.pfminor);
  CHECK(a.env == b.env);
  CHECK(a.vtid == b.vtid);
  CHECK(a.vpid == b.vpid);
  CHECK(a.cgroups == b.cgroups);
  CHECK(a.root == b.root);
}

// Tail layout A fields (layout-B-only fields are not written).
void check_thread_tail(const ThreadEntry& a, const ThreadEntry& b) {
  CHECK(a.loginuid == b.loginuid);
  CHECK(a.exe_writable == b.exe_writable);
  CHECK(a.cap_inheritable == b.cap_inheritable);
  CHECK(a.cap_permitted == b.cap_permitted);
  CHECK(a.cap_effective == b.cap_effective);
}

void check_fd(const FdEntry& a, const FdEntry& b) {
  CHECK(a.tid == b.tid);
  CHECK(a.fd == b.fd);
  CHECK(a.ino == b.ino);
  CHECK(a.type == b.type);
  CHECK(a.name == b.name);
  CHECK(a.open_flags == b.open_flags);
  CHECK(a.dev == b.dev);
  CHECK(a.sip == b.sip);
  CHECK(a.dip == b.dip);
  CHECK(a.sport == b.sport);
  CHECK(a.dport == b.dport);
  CHECK(a.l4proto == b.l4proto);
  CHECK(a.unix_source == b.unix_source);
  CHECK(a.unix_dest == b.unix_dest);
}

bool writable(const FdEntry& f) {
  auto v = static_cast<uint8_t>(f.type);
  return v >= 1 && v <= 16;
}

// Tables written from `in` must read back equal (fds of types 1..16 only).
void check_tables(const SectionTables& in, const SectionTables& out, bool tail_a = true) {
  CHECK(out.major == 1);
  CHECK(out.minor == 2);
  CHECK(out.shb_options_bytes == 0);
  CHECK(out.has_machine_info == in.has_machine_info);
  if (in.has_machine_info) {
    CHECK(out.machine.num_cpus == in.machine.num_cpus);
    CHECK(out.machine.memory_bytes == in.machine.memory_bytes);
    CHECK(out.machine.max_pid == in.machine.max_pid);
    CHECK(out.machine.hostname == in.machine.hostname);
    CHECK(out.machine.boot_ts == in.machine.boot_ts);
  }
  REQUIRE(out.threads.size() == in.threads.size());
  for (size_t i = 0; i < in.threads.size(); ++i) {
    check_thread(in.threads[i], out.threads[i]);
    if (tail_a) check_thread_tail(in.threads[i], out.threads[i]);
  }
  std::vector<const FdEntry*> kept;
  for (const auto& f : in.fds)
    if (writable(f)) kept.push_back(&f);
  REQUIRE(out.fds.size() == kept.size());
  for (size_t i = 0; i < kept.size(); ++i) check_fd(*kept[i], out.fds[i]);
  REQUIRE(out.interfaces.size() == in.interfaces.size());
  for (size_t i = 0; i < in.interfaces.size(); ++i) {
    const auto &a = in.interfaces[i], &b = out.interfaces[i];
    CHECK(a.type == b.type);
    CHECK(a.name == b.name);
    CHECK(a.addr == b.addr);
    CHECK(a.netmask == b.netmask);
    CHECK(a.bcast == b.bcast);
    CHECK(a.linkspeed == b.linkspeed);
  }
  REQUIRE(out.users.size() == in.users.size());
  for (size_t i = 0; i < in.users.size(); ++i) {
    CHECK(out.users[i].uid == in.users[i].uid);
    CHECK(out.users[i].gid == in.users[i].gid);
    CHECK(out.users[i].name == in.users[i].name);
    CHECK(out.users[i].home == in.users[i].home);
    CHECK(out.users[i].shell == in.users[i].shell);
  }
  REQUIRE(out.groups.size() == in.groups.size());
  for (size_t i = 0; i < in.groups.size(); ++i) {
    CHECK(out.groups[i].gid == in.groups[i].gid);
    CHECK(out.groups[i].name == in.groups[i].name);
  }
}

using Param = std::span<const uint8_t>;

}  // namespace

TEST_CASE("writer: tables and events read back identically") {
  Bytes file;
  SectionTables tables = sample_tables();
  Bytes path = bytes_of(std::string_view("/srv/webapp/log.txt\0", 20));
  Bytes fd = le<int64_t>(3), res = le<int64_t>(-24), flags = le<uint32_t>(2 | 4 | 8),
        mode = le<uint32_t>(0644), dev = le<uint32_t>(0x801);
  {
    CaptureWriter w(open_memory_sink(file));
    w.write_section(tables);
    Bytes dirfd = le<int64_t>(-100);
    std::array<Param, 4> enter{Param(dirfd), Param(path), Param(flags), Param(mode)};
    w.write_event(1000, 200, 1, 0, 306, enter);
    std::array<Param, 6> exitp{Param(res), Param(dirfd), Param(path), Param(flags), Param(mode),
                               Param(dev)};
    w.write_event(1001, 200, 1, 0, 307, exitp);
    std::array<Param, 1> close_e{Param(fd)};
    w.write_event(1002, 200, 0, 0, 4, close_e);
    w.write_event(1003, 200, 0, 0, 5, std::span<const Param>{});  // nparams 0
    CHECK(w.stats().events == 4);
    CHECK(w.stats().fds_dropped == 2);
    w.close();
  }
  auto types = block_types(file);
  REQUIRE(types.size() >= 6);
  CHECK(types[0] == block::kShb);
  CHECK(load_u32(&file[4]) == 28);  // SHB without options
  CHECK(types[1] == block::kMi);
  CHECK(load_u32(&file[28 + 4]) == 192);  // MI body exactly 180 bytes
  CHECK(types[2] == block::kIlV2);
  CHECK(types[3] == block::kUlV2);
  CHECK(types[4] == block::kPlV9);
  // One FDL_V2 per thread (3) plus one for the orphan tid 999, then 4 events.
  REQUIRE(types.size() == 5 + 4 + 4);
  for (int i = 5; i < 9; ++i) CHECK(types[i] == block::kFdlV2);
  for (int i = 9; i < 13; ++i) CHECK(types[i] == block::kEvV2);

  Readback r = read_back(file);
  CHECK(r.status == CaptureReader::Status::End);
  REQUIRE(r.sections.size() == 1);
  check_tables(tables, r.sections[0]);
  REQUIRE(r.events.size() == 4);
  CHECK(r.events[0].ts == 1000);
  CHECK(r.events[0].tid == 200);
  CHECK(r.events[0].cpuid == 1);
  CHECK(r.events[0].type == 306);
  CHECK(r.events[0].nparams == 4);
  CHECK(r.events[0].params[1] == path);
  CHECK(r.events[1].params[0] == res);
  CHECK(r.events[1].params[5] == dev);
  CHECK(r.events[2].params[0] == fd);
  CHECK(r.events[3].nparams == 0);
}

TEST_CASE("writer: IL_V2 entry_len excludes itself, list lengths include themselves") {
  Bytes file;
  {
    CaptureWriter w(open_memory_sink(file));
    w.write_section(sample_tables());
  }
  size_t off = 28 + 192;  // after SHB and MI
  REQUIRE(load_u32(&file[off]) == block::kIlV2);
  // First entry: IPv4 "lo": 2 type + 2 namelen + 12 addresses + 8 speed + 2 name.
  CHECK(load_u32(&file[off + 8]) == 26);
  off += load_u32(&file[off + 4]);
  REQUIRE(load_u32(&file[off]) == block::kUlV2);
  // root: 4 len + 1 type + 8 ids + (2+4) + (2+5) + (2+9) = 37 (scap-format.md §7.3)
  CHECK(load_u32(&file[off + 8]) == 37);
  off += load_u32(&file[off + 4]);
  REQUIRE(load_u32(&file[off]) == block::kPlV9);
  uint32_t entry_len = load_u32(&file[off + 8]);
  // Fixed part: 4 len + 5*8 ids + 8 str16 prefixes (16) + 8 fdlimit + 6*4 + 2*8 + 2*8
  // + strings + 29-byte tail.
  size_t strings = 4 + 4 + 13 + 5 + 5 + 11 + 6 + 1;  // comm exe exepath args cwd env cgroups root
  CHECK(entry_len == 4 + 40 + 16 + 8 + 24 + 16 + 16 + strings + 29);
}

TEST_CASE("writer: large events use _LARGE blocks, 322/324/402 use 32-bit lengths") {
  Bytes file;
  Bytes big(65000, 'x'), big2(2000, 'y');
  std::string json = "{\"container\":{\"id\":\"host\"}}\n";
  Bytes jsonb(json.begin(), json.end());
  jsonb.push_back(0);
  Bytes res = le<int64_t>(65000);
  {
    CaptureWriter w(open_memory_sink(file));
    w.write_section(sample_tables());
    std::array<Param, 1> c{Param(jsonb)};
    w.write_event(0, -1, 0, 0, 324, c);  // container event: u32 lengths, LARGE
    std::array<Param, 2> r{Param(res), Param(big)};
    w.write_event(10, 100, 0, 0, 7, r);  // body < 64 KiB: EV_V2
    std::array<Param, 3> r2{Param(res), Param(big), Param(big2)};
    w.write_event(11, 100, 0, 0, 7, r2);  // body > 64 KiB: EV_V2_LARGE
    Bytes huge(70000, 'z');
    std::array<Param, 1> h{Param(huge)};
    CHECK_THROWS_AS(w.write_event(12, 100, 0, 0, 7, h), CaptureError);  // > u16
    Bytes pid = le<uint32_t>(999);
    std::array<Param, 2> plug{Param(pid), Param(huge)};
    w.write_event(13, 100, 0, 0, 322, plug);  // plugin event: u32 lengths
    CHECK(w.stats().large_blocks == 3);
  }
  auto types = block_types(file);
  std::vector<uint32_t> ev(types.end() - 4, types.end());
  CHECK(ev == std::vector<uint32_t>{block::kEvV2Large, block::kEvV2, block::kEvV2Large,
                                    block::kEvV2Large});
  Readback r = read_back(file);
  CHECK(r.status == CaptureReader::Status::End);
  REQUIRE(r.events.size() == 4);
  CHECK(r.events[0].params[0] == jsonb);
  CHECK(r.events[1].params[1] == big);
  CHECK(r.events[2].params[2] == big2);
  CHECK(r.events[3].params[1].size() == 70000);
}

TEST_CASE("writer: EVF only for flags other than SCAP_DF_LARGE") {
  Bytes file;
  Bytes fd = le<int64_t>(3);
  std::array<Param, 1> p{Param(fd)};
  {
    CaptureWriter w(open_memory_sink(file));
    w.write_section(sample_tables());
    w.write_event(1, 100, 0, 1, 4, p);      // STATE_ONLY: EVF_V2
    w.write_event(2, 100, 0, 4, 4, p);      // only DF_LARGE: cleared, EV_V2
    w.write_event(3, 100, 0, 1 | 4, 4, p);  // STATE_ONLY kept, DF_LARGE cleared
    CHECK(w.stats().flagged_blocks == 2);
  }
  auto types = block_types(file);
  std::vector<uint32_t> ev(types.end() - 3, types.end());
  CHECK(ev == std::vector<uint32_t>{block::kEvfV2, block::kEvV2, block::kEvfV2});
  Readback r = read_back(file);
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[0].flags == 1);
  CHECK(r.events[1].flags == 0);
  CHECK(r.events[2].flags == 1);
  CHECK(r.events[2].params[0] == fd);
}

TEST_CASE("writer: v1 event blocks (tests only) read back with inferred nparams") {
  Bytes file;
  Bytes fd = le<int64_t>(3), res = le<int64_t>(0);
  {
    WriterOptions o;
    o.v1_events = true;
    CaptureWriter w(open_memory_sink(file), o);
    w.write_section(sample_tables());
    std::array<Param, 1> e{Param(fd)};
    w.write_event(1, 100, 0, 0, 4, e);
    std::array<Param, 1> x{Param(res)};
    w.write_event(2, 100, 0, 1, 5, x);
  }
  auto types = block_types(file);
  std::vector<uint32_t> ev(types.end() - 2, types.end());
  CHECK(ev == std::vector<uint32_t>{block::kEv, block::kEvf});
  Readback r = read_back(file);
  REQUIRE(r.events.size() == 2);
  CHECK(r.events[0].nparams == 1);
  CHECK(r.events[0].params[0] == fd);
  CHECK(r.events[1].flags == 1);

  // Re-encoding the v1 events gives v2 blocks with the same content.
  Bytes file2;
  {
    CaptureWriter w(open_memory_sink(file2));
    auto reader = CaptureReader::open(open_memory_source(file.data(), file.size()), "<mem>");
    w.write_section(reader->tables());
    EventView v;
    while (reader->next(v)) w.write_event(v);
  }
  auto types2 = block_types(file2);
  std::vector<uint32_t> ev2(types2.end() - 2, types2.end());
  CHECK(ev2 == std::vector<uint32_t>{block::kEvV2, block::kEvfV2});
  CHECK(read_back(file2).events == r.events);
}

TEST_CASE("writer: string limits are enforced by truncation") {
  SectionTables t = sample_tables();
  t.threads[0].comm = std::string(2000, 'c');
  t.threads[0].args = std::string(5000, 'a');
  t.fds[0].name = std::string(1500, 'n');
  t.users[0].home = std::string(300, 'h');
  Bytes file;
  {
    CaptureWriter w(open_memory_sink(file));
    w.write_section(t);
    CHECK(w.stats().strings_truncated == 4);
  }
  Readback r = read_back(file);
  REQUIRE(r.sections.size() == 1);
  CHECK(r.sections[0].threads[0].comm.size() == 1024);
  CHECK(r.sections[0].threads[0].args.size() == 4096);
  CHECK(r.sections[0].fds[0].name.size() == 1023);
  CHECK(r.sections[0].users[0].home.size() == 255);
}

TEST_CASE("writer: two sections") {
  Bytes file;
  Bytes fd = le<int64_t>(3);
  std::array<Param, 1> p{Param(fd)};
  SectionTables a = sample_tables(), b = sample_tables();
  b.machine.hostname = "second";
  b.threads.resize(1);
  {
    CaptureWriter w(open_memory_sink(file));
    w.write_section(a);
    w.write_event(1, 100, 0, 0, 4, p);
    w.write_section(b);
    w.write_event(2, 100, 0, 0, 4, p);
    w.write_event(3, 100, 0, 0, 4, p);
    CHECK(w.stats().sections == 2);
  }
  Readback r = read_back(file);
  CHECK(r.status == CaptureReader::Status::End);
  REQUIRE(r.sections.size() == 2);
  CHECK(r.sections[1].machine.hostname == "second");
  CHECK(r.sections[1].threads.size() == 1);
  CHECK(r.events.size() == 3);
}

TEST_CASE("writer: gzip and zstd sinks") {
  for (auto c : {SinkCompression::Gzip, SinkCompression::Zstd}) {
    Bytes file;
    Bytes data(3000, 'd'), res = le<int64_t>(3000);
    std::array<Param, 2> p{Param(res), Param(data)};
    {
      CaptureWriter w(open_memory_sink(file, c));
      w.write_section(sample_tables());
      for (int i = 0; i < 500; ++i) w.write_event(i, 100, 0, 0, 7, p);
      w.close();
      CHECK(w.stats().bytes > file.size());  // it compressed
    }
    CHECK(file[0] == (c == SinkCompression::Gzip ? 0x1f : 0x28));
    Readback r = read_back(file);
    CHECK(r.status == CaptureReader::Status::End);
    CHECK(r.events.size() == 500);
    CHECK(r.events[499].params[1] == data);
  }
  CHECK(compression_for_name("a.scap.gz") == SinkCompression::Gzip);
  CHECK(compression_for_name("a.zst") == SinkCompression::Zstd);
  CHECK(compression_for_name("a.scap") == SinkCompression::None);
  CHECK(compression_for_name("-") == SinkCompression::None);
}

TEST_CASE("writer: errors name the file") {
  try {
    CaptureWriter w("/nonexistent-dir/x.scap");
    FAIL("no exception");
  } catch (const CaptureError& e) {
    CHECK(std::string(e.what()).find("/nonexistent-dir/x.scap: ") == 0);
  }
}

// Re-encodes every shared sample capture and compares events and tables.
TEST_CASE("writer: every shared capture survives a re-encoding") {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(TROWEL_SHARED_DIR) / "captures";
  if (!fs::exists(dir)) {
    MESSAGE("no shared captures at " << dir.string());
    return;
  }
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.find(".scap") == std::string::npos) continue;
    if (name.find("leaky-logtxt.scap.") == 0) continue;  // same events as leaky-logtxt.scap
    CAPTURE(name);
    ++files;
    auto reader = CaptureReader::open(entry.path().string());
    Readback in;
    in.sections.push_back(reader->tables());
    reader->set_section_callback(on_section, &in);
    Bytes out;
    CaptureWriter w(open_memory_sink(out));
    w.write_section(reader->tables());
    struct Ctx {
      CaptureWriter* w;
      Readback* r;
    } ctx{&w, &in};
    reader->set_section_callback(
        [](void* c, const SectionTables& t) {
          auto* x = static_cast<Ctx*>(c);
          x->w->write_section(t);
          x->r->sections.push_back(t);
        },
        &ctx);
    EventView ev;
    while (reader->next(ev)) {
      in.events.push_back(copy_event(ev));
      w.write_event(ev);
    }
    CHECK(reader->status() == CaptureReader::Status::End);
    w.close();
    Readback back = read_back(out);
    CHECK(back.status == CaptureReader::Status::End);
    REQUIRE(back.events.size() == in.events.size());
    size_t mismatches = 0;
    for (size_t i = 0; i < in.events.size(); ++i)
      if (!(back.events[i] == in.events[i])) ++mismatches;
    CHECK(mismatches == 0);
    REQUIRE(back.sections.size() == in.sections.size());
    for (size_t s = 0; s < in.sections.size(); ++s) {
      // Layout-B tails (leaky-logtxt) keep only the layout-A fields.
      check_tables(in.sections[s], back.sections[s], true);
    }
  }
  CHECK(files >= 12);
}

TEST_CASE("writer: 32-bit length types agree with the schema") {
  for (uint16_t t = 0; t < kEventTypeCount; ++t) {
    CAPTURE(t);
    CHECK(CaptureWriter::uses_u32_lengths(t) == has_large_payload(t));
  }
}

TEST_CASE("writer: a large-payload event from a v1 block gets 32-bit lengths in v2") {
  Bytes v1file;
  std::string json = "{\"container\":{\"id\":\"abc\"}}\n";
  Bytes jsonb(json.begin(), json.end());
  jsonb.push_back(0);
  {
    WriterOptions o;
    o.v1_events = true;
    CaptureWriter w(open_memory_sink(v1file), o);
    w.write_section(sample_tables());
    std::array<Param, 1> c{Param(jsonb)};
    w.write_event(5, -1, 0, 0, 324, c);  // v1 block: 16-bit lengths
  }
  Readback in = read_back(v1file);
  REQUIRE(in.events.size() == 1);
  CHECK(in.events[0].params[0] == jsonb);
  Bytes v2file;
  {
    CaptureWriter w(open_memory_sink(v2file));
    auto reader = CaptureReader::open(open_memory_source(v1file.data(), v1file.size()), "<mem>");
    w.write_section(reader->tables());
    EventView v;
    while (reader->next(v)) w.write_event(v);
  }
  auto types = block_types(v2file);
  CHECK(types.back() == block::kEvV2Large);
  Readback out = read_back(v2file);
  REQUIRE(out.events.size() == 1);
  CHECK(out.events[0] == in.events[0]);
}
