// Tests of the per-parameter decoders (param_decode.h).
#include "capture/param_decode.h"

#include <arpa/inet.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace trowel::capture;

namespace {

ParamBytes bytes_of(const std::vector<uint8_t>& v) { return {v.data(), v.size()}; }

void put_le(std::vector<uint8_t>& v, uint64_t x, int n) {
  for (int i = 0; i < n; ++i) v.push_back(static_cast<uint8_t>(x >> (8 * i)));
}

std::vector<uint8_t> str_bytes(std::string_view s) { return {s.begin(), s.end()}; }

std::string ntop6(const uint8_t* a) {
  char buf[INET6_ADDRSTRLEN];
  REQUIRE(inet_ntop(AF_INET6, a, buf, sizeof buf) != nullptr);
  return buf;
}

std::string fmt6(const uint8_t* a) {
  char buf[kIpv6TextSize];
  return std::string(format_ipv6(a, buf, sizeof buf));
}

}  // namespace

TEST_CASE("integers: every width, signedness, short buffers") {
  std::vector<uint8_t> b = {0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa, 0xf9, 0x80};
  ParamBytes all = bytes_of(b);
  CHECK(*decode_int8(all) == -1);
  CHECK(*decode_uint8(all) == 0xff);
  CHECK(*decode_int16(all) == static_cast<int16_t>(0xfeff));
  CHECK(*decode_uint16(all) == 0xfeff);
  CHECK(*decode_int32(all) == static_cast<int32_t>(0xfcfdfeffu));
  CHECK(*decode_uint32(all) == 0xfcfdfeffu);
  CHECK(*decode_int64(all) == static_cast<int64_t>(0x80f9fafbfcfdfeffull));
  CHECK(*decode_uint64(all) == 0x80f9fafbfcfdfeffull);

  // Length 0 = not available; any short buffer is refused, never over-read.
  ParamBytes none{};
  CHECK(!decode_int8(none));
  CHECK(!decode_uint64(none));
  for (size_t n = 0; n < 8; ++n) {
    ParamBytes s = all.first(n);
    CHECK(decode_int8(s).has_value() == (n >= 1));
    CHECK(decode_uint16(s).has_value() == (n >= 2));
    CHECK(decode_int32(s).has_value() == (n >= 4));
    CHECK(!decode_uint64(s));
    CHECK(!decode_errno(s));
    CHECK(!decode_fd(s));
    CHECK(!decode_pid(s));
    CHECK(!decode_reltime(s));
    CHECK(!decode_abstime(s));
  }
  CHECK(!decode_fd32(all.first(3)));
  CHECK(!decode_port(all.first(1)));
  CHECK(!decode_syscall_id(all.first(1)));
  CHECK(!decode_sigtype(none));
}

TEST_CASE("ERRNO/FD/PID are i64, FD32/PID32 i32, others unsigned") {
  std::vector<uint8_t> b;
  put_le(b, static_cast<uint64_t>(-115), 8);
  CHECK(*decode_errno(bytes_of(b)) == -115);
  CHECK(*decode_fd(bytes_of(b)) == -115);
  CHECK(*decode_pid(bytes_of(b)) == -115);
  std::vector<uint8_t> c;
  put_le(c, static_cast<uint32_t>(-24), 4);
  CHECK(*decode_fd32(bytes_of(c)) == -24);
  CHECK(*decode_pid32(bytes_of(c)) == -24);
  CHECK(*decode_uid(bytes_of(c)) == 0xFFFFFFE8u);

  std::vector<uint8_t> u = {0xff, 0xff, 0xff, 0xff};
  CHECK(*decode_uid(bytes_of(u)) == kNoUid);
  CHECK(*decode_gid(bytes_of(u)) == kNoUid);
  std::vector<uint8_t> m = {0xa4, 0x81, 0, 0};  // 0100644
  CHECK(*decode_mode(bytes_of(m)) == 0100644u);
  CHECK(*decode_sigset(bytes_of(m)) == 0100644u);
  CHECK(*decode_flags32(bytes_of(m)) == 0100644u);
  CHECK(*decode_enumflags32(bytes_of(m)) == 0100644u);
  CHECK(*decode_flags16(bytes_of(m)) == 0x81a4);
  CHECK(*decode_enumflags16(bytes_of(m)) == 0x81a4);
  CHECK(*decode_flags8(bytes_of(m)) == 0xa4);
  CHECK(*decode_enumflags8(bytes_of(m)) == 0xa4);
  std::vector<uint8_t> p = {0x50, 0x00};
  CHECK(*decode_port(bytes_of(p)) == 80);
  CHECK(*decode_syscall_id(bytes_of(p)) == 80);
  std::vector<uint8_t> s = {9};
  CHECK(*decode_sigtype(bytes_of(s)) == 9);
  std::vector<uint8_t> t;
  put_le(t, 1700000000123456789ull, 8);
  CHECK(*decode_abstime(bytes_of(t)) == 1700000000123456789ull);
  CHECK(*decode_reltime(bytes_of(t)) == 1700000000123456789ull);
}

TEST_CASE("generic integer decoding by type widens and sign-extends") {
  std::vector<uint8_t> b = {0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
  CHECK(*decode_signed(bytes_of(b), ParamType::Int8) == -2);
  CHECK(*decode_signed(bytes_of(b), ParamType::Uint8) == 0xfe);
  CHECK(*decode_signed(bytes_of(b), ParamType::Fd32) == -2);
  CHECK(*decode_signed(bytes_of(b), ParamType::Errno) == -2);
  CHECK(*decode_unsigned(bytes_of(b), ParamType::Uint16) == 0xfffe);
  CHECK(*decode_unsigned(bytes_of(b), ParamType::Flags32) == 0xfffffffeu);
  CHECK(*decode_unsigned(bytes_of(b), ParamType::Int16) == static_cast<uint64_t>(-2));
  CHECK(!decode_signed(bytes_of(b), ParamType::CharBuf));
  CHECK(!decode_unsigned(bytes_of(b).first(3), ParamType::Uid));
  CHECK(fixed_param_size(ParamType::Ipv6Addr) == 16);
  CHECK(fixed_param_size(ParamType::SockAddr) == 0);
  CHECK(fixed_param_size(ParamType::EnumFlags16) == 2);
  CHECK(fixed_param_size(ParamType::Pid32) == 4);
}

TEST_CASE("CHARBUF/FSPATH/FSRELPATH drop the NUL; truncated text is kept") {
  auto b = str_bytes(std::string_view("/etc/passwd\0", 12));
  CHECK(*decode_charbuf(bytes_of(b)) == "/etc/passwd");
  CHECK(*decode_fspath(bytes_of(b)) == "/etc/passwd");
  CHECK(*decode_fsrelpath(bytes_of(b)) == "/etc/passwd");
  auto nonul = str_bytes("abc");
  CHECK(*decode_charbuf(bytes_of(nonul)) == "abc");
  auto empty = str_bytes(std::string_view("\0", 1));
  REQUIRE(decode_charbuf(bytes_of(empty)));
  CHECK(decode_charbuf(bytes_of(empty))->empty());
  auto inner = str_bytes(std::string_view("ab\0cd\0", 6));
  CHECK(*decode_charbuf(bytes_of(inner)) == "ab");
  CHECK(!decode_charbuf({}));
}

TEST_CASE("BYTEBUF and NUL-separated lists") {
  auto b = str_bytes(std::string_view("a\x01\0b", 4));
  REQUIRE(decode_bytebuf(bytes_of(b)));
  CHECK(decode_bytebuf(bytes_of(b))->size() == 4);
  CHECK(!decode_bytebuf({}));

  auto collect = [](std::string_view raw) {
    std::vector<std::string> out;
    std::vector<uint8_t> v(raw.begin(), raw.end());
    for (std::string_view s : decode_nul_list(bytes_of(v))) out.emplace_back(s);
    CHECK(decode_nul_list(bytes_of(v)).count() == out.size());
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(collect(std::string_view("localhost/bar\0", 14)) == V{"localhost/bar"});
  CHECK(collect(std::string_view("cpuset=/\0cpu=/user.slice\0", 25)) ==
        V{"cpuset=/", "cpu=/user.slice"});
  CHECK(collect(std::string_view("a\0b", 3)) == V{"a", "b"});  // snaplen cut
  CHECK(collect(std::string_view("a\0\0b\0", 5)) == V{"a", "", "b"});
  CHECK(collect(std::string_view("\0", 1)) == V{""});
  CHECK(collect("") == V{});
  CHECK(decode_nul_list({}).empty());
}

TEST_CASE("SOCKADDR: inet, inet6, unix (incl. abstract), other, truncated") {
  std::vector<uint8_t> v4 = {2, 127, 0, 0, 1, 0x58, 0xb8};
  auto sa = decode_sockaddr(bytes_of(v4));
  REQUIRE(sa);
  CHECK(sa->kind == AddrKind::Ipv4);
  CHECK(sa->family == ppm_af::kInet);
  CHECK(sa->ipv4() == Ipv4Addr{127, 0, 0, 1});
  CHECK(sa->port == 47192);
  for (size_t n = 1; n < v4.size(); ++n) CHECK(!decode_sockaddr(bytes_of(v4).first(n)));

  std::vector<uint8_t> v6 = {10, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0xd2, 0x04};
  sa = decode_sockaddr(bytes_of(v6));
  REQUIRE(sa);
  CHECK(sa->kind == AddrKind::Ipv6);
  CHECK(sa->port == 1234);
  CHECK(fmt6(sa->ipv6().data()) == "2001:db8::3");
  for (size_t n = 1; n < v6.size(); ++n) CHECK(!decode_sockaddr(bytes_of(v6).first(n)));

  std::vector<uint8_t> un = {1};
  for (char c : std::string_view("/var/run/nscd/socket")) un.push_back(static_cast<uint8_t>(c));
  un.push_back(0);
  sa = decode_sockaddr(bytes_of(un));
  REQUIRE(sa);
  CHECK(sa->kind == AddrKind::Unix);
  CHECK(sa->path == "/var/run/nscd/socket");
  CHECK(!sa->abstract_ns);
  // Truncated unix path (no NUL) and an empty one.
  CHECK(decode_sockaddr(bytes_of(un).first(5))->path == "/var");
  CHECK(decode_sockaddr(bytes_of(un).first(1))->path.empty());

  // Abstract socket whose leading NUL was kept by the writer.
  std::vector<uint8_t> ab = {1, 0, 'x', '1', 0};
  sa = decode_sockaddr(bytes_of(ab));
  CHECK(sa->path == "x1");
  CHECK(sa->abstract_ns);
  std::vector<uint8_t> ab2 = {1, 0, 0};
  CHECK(decode_sockaddr(bytes_of(ab2))->path.empty());
  CHECK(!decode_sockaddr(bytes_of(ab2))->abstract_ns);

  std::vector<uint8_t> nl = {16};
  sa = decode_sockaddr(bytes_of(nl));
  REQUIRE(sa);
  CHECK(sa->kind == AddrKind::Other);
  CHECK(sa->family == 16);
  CHECK(!decode_sockaddr({}));
}

TEST_CASE("SOCKTUPLE: on-disk order sip,sport,dip,dport; unix pointers and path") {
  // From scap-format.md §9.3 (connect exit in falco_connect_localhost.scap).
  std::vector<uint8_t> t4 = {0x02, 0x7f, 0, 0, 1, 0x58, 0xb8, 0x7f, 0, 0, 1, 0x50, 0x00};
  auto st = decode_socktuple(bytes_of(t4));
  REQUIRE(st);
  CHECK(st->kind == AddrKind::Ipv4);
  CHECK(st->sipv4() == Ipv4Addr{127, 0, 0, 1});
  CHECK(st->sport == 47192);
  CHECK(st->dipv4() == Ipv4Addr{127, 0, 0, 1});
  CHECK(st->dport == 80);
  for (size_t n = 1; n < t4.size(); ++n) CHECK(!decode_socktuple(bytes_of(t4).first(n)));

  std::vector<uint8_t> t6 = {10};
  const uint8_t s6[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4};
  const uint8_t d6[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3};
  t6.insert(t6.end(), s6, s6 + 16);
  put_le(t6, 54405, 2);
  t6.insert(t6.end(), d6, d6 + 16);
  put_le(t6, 1234, 2);
  REQUIRE(t6.size() == 37);
  st = decode_socktuple(bytes_of(t6));
  REQUIRE(st);
  CHECK(st->kind == AddrKind::Ipv6);
  CHECK(fmt6(st->saddr.data()) == "2001:db8::4");
  CHECK(st->sport == 54405);
  CHECK(fmt6(st->daddr.data()) == "2001:db8::3");
  CHECK(st->dport == 1234);
  for (size_t n = 1; n < t6.size(); ++n) CHECK(!decode_socktuple(bytes_of(t6).first(n)));

  std::vector<uint8_t> tu = {1};
  put_le(tu, 0, 8);
  put_le(tu, 0xffff94dc817b9400ull, 8);
  for (char c : std::string_view("/var/run/nscd/socket")) tu.push_back(static_cast<uint8_t>(c));
  tu.push_back(0);
  st = decode_socktuple(bytes_of(tu));
  REQUIRE(st);
  CHECK(st->kind == AddrKind::Unix);
  CHECK(st->unix_src == 0);
  CHECK(st->unix_dst == 0xffff94dc817b9400ull);
  CHECK(st->path == "/var/run/nscd/socket");
  for (size_t n = 1; n < 17; ++n) CHECK(!decode_socktuple(bytes_of(tu).first(n)));
  CHECK(decode_socktuple(bytes_of(tu).first(17))->path.empty());

  std::vector<uint8_t> other = {16, 1, 2, 3};
  CHECK(decode_socktuple(bytes_of(other))->kind == AddrKind::Other);
  CHECK(!decode_socktuple({}));
}

TEST_CASE("FDLIST: iterate pairs, truncated lists, garbage counts") {
  std::vector<uint8_t> b;
  put_le(b, 3, 2);
  put_le(b, 5, 8);
  put_le(b, 0x1, 2);
  put_le(b, static_cast<uint64_t>(-1), 8);
  put_le(b, 0x4, 2);
  put_le(b, 1023, 8);
  put_le(b, 0x41, 2);
  auto fl = decode_fdlist(bytes_of(b));
  REQUIRE(fl);
  CHECK(fl->declared_count() == 3);
  CHECK(fl->size() == 3);
  CHECK(fl->complete());
  std::vector<std::pair<int64_t, uint16_t>> got;
  for (FdListEntry e : *fl) got.emplace_back(e.fd, e.flags);
  CHECK(got == std::vector<std::pair<int64_t, uint16_t>>{{5, 1}, {-1, 4}, {1023, 0x41}});
  CHECK((*fl)[2].fd == 1023);

  for (size_t n = 2; n < b.size(); ++n) {
    auto t = decode_fdlist(bytes_of(b).first(n));
    REQUIRE(t);
    CHECK(t->size() == (n - 2) / 10);
    CHECK(t->complete() == (n == 32));
    size_t k = 0;
    for (auto it = t->begin(); it != t->end(); ++it) ++k;
    CHECK(k == t->size());
  }
  CHECK(!decode_fdlist(bytes_of(b).first(1)));
  CHECK(!decode_fdlist({}));
  std::vector<uint8_t> huge = {0xff, 0xff, 1, 2, 3};
  CHECK(decode_fdlist(bytes_of(huge))->size() == 0);
  CHECK(decode_fdlist(bytes_of(huge))->declared_count() == 0xffff);
  std::vector<uint8_t> zero = {0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  CHECK(decode_fdlist(bytes_of(zero))->size() == 0);
  CHECK(decode_fdlist(bytes_of(zero))->complete());
}

TEST_CASE("DYN: index selects the type from the schema table") {
  static constexpr ParamType kSockopt[] = {ParamType::ByteBuf, ParamType::Errno,
                                           ParamType::Uint32, ParamType::Uint64,
                                           ParamType::RelTime};
  ParamInfo info{"val", ParamType::Dyn, PrintFormat::Dec, nullptr, -1, kSockopt, 5};

  std::vector<uint8_t> b = {2, 0x10, 0, 0, 0};
  auto d = decode_dyn(bytes_of(b), info);
  REQUIRE(d);
  CHECK(d->index == 2);
  CHECK(d->type == ParamType::Uint32);
  CHECK(*decode_uint32(d->value) == 16);
  ParamValue v = decode_param(bytes_of(b), info);
  CHECK(v.kind == ParamValue::Kind::Unsigned);
  CHECK(v.is_dyn);
  CHECK(v.dyn_index == 2);
  CHECK(v.type == ParamType::Uint32);
  CHECK(v.u == 16);

  std::vector<uint8_t> e = {1, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
  v = decode_param(bytes_of(e), info);
  CHECK(v.kind == ParamValue::Kind::Signed);
  CHECK(v.i == -2);

  std::vector<uint8_t> shortv = {3, 1, 2};  // UINT64 cut short
  CHECK(decode_param(bytes_of(shortv), info).kind == ParamValue::Kind::Invalid);
  std::vector<uint8_t> only_index = {0};
  CHECK(decode_param(bytes_of(only_index), info).kind == ParamValue::Kind::Absent);
  std::vector<uint8_t> bad = {9, 1, 2};
  d = decode_dyn(bytes_of(bad), info);
  REQUIRE(d);
  CHECK(d->type == ParamType::None);
  CHECK(d->value.size() == 2);
  CHECK(decode_param(bytes_of(bad), info).kind == ParamValue::Kind::Bytes);
  CHECK(!decode_dyn({}, info));
  CHECK(decode_param({}, info).kind == ParamValue::Kind::Absent);
  // No table at all.
  ParamInfo notab{"x", ParamType::Dyn, PrintFormat::Dec, nullptr, -1, nullptr, 0};
  CHECK(decode_dyn(bytes_of(b), notab)->type == ParamType::None);
  // A table that selects DYN again must not recurse.
  static constexpr ParamType kSelf[] = {ParamType::Dyn};
  ParamInfo self{"x", ParamType::Dyn, PrintFormat::Dec, nullptr, -1, kSelf, 1};
  std::vector<uint8_t> s = {0, 0, 0};
  CHECK(decode_param(bytes_of(s), self).kind == ParamValue::Kind::Bytes);
}

TEST_CASE("decode_param: generic decoding of every type never over-reads") {
  CHECK(decode_param({}, ParamType::Uint32).kind == ParamValue::Kind::Absent);
  std::vector<uint8_t> b = {1, 2, 3};
  CHECK(decode_param(bytes_of(b), ParamType::Uint32).kind == ParamValue::Kind::Invalid);
  CHECK(decode_param(bytes_of(b), ParamType::Uint16).u == 0x0201);
  CHECK(decode_param(bytes_of(b), ParamType::ByteBuf).kind == ParamValue::Kind::Bytes);
  CHECK(decode_param(bytes_of(b), ParamType::CharBuf).str == "\x01\x02\x03");
  CHECK(decode_param(bytes_of(b), ParamType::Ipv4Addr).kind == ParamValue::Kind::Invalid);
  std::vector<uint8_t> a4 = {10, 0, 0, 1};
  auto v = decode_param(bytes_of(a4), ParamType::Ipv4Addr);
  CHECK(v.kind == ParamValue::Kind::Ipv4);
  CHECK(*decode_ipv4addr(bytes_of(a4)) == Ipv4Addr{10, 0, 0, 1});
  CHECK(!decode_ipv6addr(bytes_of(a4)));
  std::vector<uint8_t> a6(16, 0);
  a6[15] = 1;
  CHECK(decode_param(bytes_of(a6), ParamType::Ipv6Addr).kind == ParamValue::Kind::Ipv6);
  CHECK((*decode_ipv6addr(bytes_of(a6)))[15] == 1);

  // Random garbage of every length through every type: must not crash (ASan
  // catches over-reads: each buffer is its own heap allocation).
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    size_t n = rng() % 48;
    std::vector<uint8_t> g(n);
    for (auto& x : g) x = static_cast<uint8_t>(rng());
    if (n && round % 3 == 0) g[0] = static_cast<uint8_t>(std::array<int, 4>{1, 2, 10, 16}[rng() % 4]);
    for (int t = 0; t < kParamTypeCount; ++t) {
      ParamValue pv = decode_param(bytes_of(g), static_cast<ParamType>(t));
      CHECK(pv.bytes.size() <= n);
      if (pv.kind == ParamValue::Kind::FdList)
        for (FdListEntry e : pv.fdlist) (void)e;
      if (pv.kind == ParamValue::Kind::String) CHECK(pv.str.size() <= n);
    }
    for (auto s : decode_nul_list(bytes_of(g))) CHECK(s.size() <= n);
  }
}

TEST_CASE("format_ipv4") {
  char buf[kIpv4TextSize];
  CHECK(format_ipv4(Ipv4Addr{127, 0, 0, 1}, buf, sizeof buf) == "127.0.0.1");
  CHECK(format_ipv4(Ipv4Addr{255, 255, 255, 255}, buf, sizeof buf) == "255.255.255.255");
  CHECK(format_ipv4(Ipv4Addr{0, 10, 100, 9}, buf, sizeof buf) == "0.10.100.9");
  CHECK(std::string_view(buf) == "0.10.100.9");
  char small[9];
  CHECK(format_ipv4(Ipv4Addr{127, 0, 0, 1}, small, sizeof small).empty());
  CHECK(small[0] == '\0');
  CHECK(format_ipv4(Ipv4Addr{127, 0, 0, 1}, small, 0).empty());
  char exact[10];
  CHECK(format_ipv4(Ipv4Addr{127, 0, 0, 1}, exact, sizeof exact) == "127.0.0.1");
}

TEST_CASE("format_ipv6: RFC 5952 and glibc inet_ntop compatibility") {
  auto parse = [](const char* s) {
    Ipv6Addr a{};
    REQUIRE(inet_pton(AF_INET6, s, a.data()) == 1);
    return a;
  };
  struct Case { const char* in; const char* out; };
  const Case cases[] = {
      {"::", "::"},
      {"::1", "::1"},
      {"2001:db8::4", "2001:db8::4"},
      {"2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"},
      {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"},  // single 0 not compressed
      {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},      // first run on a tie
      {"2001:0:0:1:0:0:0:1", "2001:0:0:1::1"},            // longest run wins
      {"fe80::ceb:feff:fe7d:6f7e", "fe80::ceb:feff:fe7d:6f7e"},
      {"::ffff:192.168.0.2", "::ffff:192.168.0.2"},
      {"::ffff:0:0", "::ffff:0.0.0.0"},
      {"1::", "1::"},
      {"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"},
      {"ABCD:EF01::", "abcd:ef01::"},
  };
  for (const auto& c : cases) {
    Ipv6Addr a = parse(c.in);
    CAPTURE(c.in);
    CHECK(fmt6(a.data()) == c.out);
    CHECK(fmt6(a.data()) == ntop6(a.data()));
  }
  // Many addresses rich in zero groups: identical to the C library.
  std::mt19937 rng(5952);
  for (int i = 0; i < 20000; ++i) {
    Ipv6Addr a{};
    for (int w = 0; w < 8; ++w) {
      uint32_t r = rng();
      uint16_t val = (r & 3) ? 0 : static_cast<uint16_t>(r >> 16);
      if ((r & 0x70) == 0x10) val = 0xffff;
      a[2 * w] = static_cast<uint8_t>(val >> 8);
      a[2 * w + 1] = static_cast<uint8_t>(val);
    }
    std::string want = ntop6(a.data());
    std::string got = fmt6(a.data());
    if (got != want) {
      CAPTURE(want);
      CHECK(got == want);
      break;
    }
  }
  // Buffer too small.
  char small[5];
  Ipv6Addr a = parse("2001:db8::4");
  CHECK(format_ipv6(a, small, sizeof small).empty());
  CHECK(small[0] == '\0');
  char exact[12];
  CHECK(format_ipv6(a, exact, sizeof exact) == "2001:db8::4");
}
