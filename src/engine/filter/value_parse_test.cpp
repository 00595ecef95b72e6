#include <doctest/doctest.h>

#include <limits>

#include "engine/filter/value_parse.h"

using namespace trowel::engine::filter;

namespace {
std::string error_of(auto fn) {
  try {
    fn();
    return "OK";
  } catch (const ValueError& e) {
    return e.what();
  }
}
}  // namespace

TEST_CASE("numbers") {
  CHECK(parse_int("-5") == -5);
  CHECK(parse_int("+5") == 5);
  CHECK(parse_int("99999999999999999999") == std::numeric_limits<int64_t>::max());
  CHECK(parse_int("-99999999999999999999") == std::numeric_limits<int64_t>::min());
  CHECK(parse_uint("-1") == std::numeric_limits<uint64_t>::max());
  CHECK(parse_uint("18446744073709551615") == std::numeric_limits<uint64_t>::max());
  for (const char* bad : {"", "-", "+", "abc", "12x", "0x10", "1.5", " 5", "5 "}) {
    CAPTURE(bad);
    CHECK(error_of([&] { parse_int(bad); }) == std::string(bad) + " is not a valid number");
    CHECK(error_of([&] { parse_uint(bad); }) == std::string(bad) + " is not a valid number");
  }
  CHECK(parse_double("0.25") == 0.25);
  CHECK(parse_double("-1e3") == -1000);
  CHECK(error_of([] { parse_double("1.5x"); }) == "1.5x is not a valid number");
  CHECK(error_of([] { parse_double(""); }) == " is not a valid number");
}

TEST_CASE("bools and ports") {
  CHECK(parse_bool("true"));
  CHECK_FALSE(parse_bool("false"));
  CHECK(error_of([] { parse_bool("True"); }) == "filter error: unrecognized boolean value True");
  CHECK(parse_port("8080") == 8080);
  CHECK(parse_port("70000") == 70000);  // accepted by sysdig; matches no port
  CHECK(parse_port("http") == 80);
  CHECK(parse_port("https") == 443);
  CHECK(error_of([] { parse_port("-1"); }) == "unrecognized protocol -1");
  CHECK(parse_port("") == 0);
}

TEST_CASE("addresses and networks") {
  IpAddress a = parse_ip("192.168.1.2");
  CHECK(a.family == 4);
  CHECK(a.bytes[0] == 192);
  CHECK(a.bytes[3] == 2);
  IpAddress b = parse_ip("::1");
  CHECK(b.family == 6);
  CHECK(b.bytes[15] == 1);
  CHECK(parse_ip("::ffff:1.2.3.4").family == 6);  // sysdig 0.29.3 rejects this one
  CHECK(error_of([] { parse_ip("1.2.3"); }) == "unrecognized IPv4 address 1.2.3");
  CHECK(error_of([] { parse_ip("zz"); }) == "unrecognized IPv6 address zz");
  IpNetwork n = parse_ipnet("10.1.2.3/8");
  CHECK(n.prefix == 8);
  CHECK(n.addr.bytes[1] == 0);
  CHECK(n.contains(parse_ip("10.200.0.1")));
  CHECK_FALSE(n.contains(parse_ip("11.0.0.1")));
  CHECK_FALSE(n.contains(parse_ip("::a01:203")));
  IpNetwork m = parse_ipnet("2001:db8::/33");
  CHECK(m.contains(parse_ip("2001:db8:7fff::1")));
  CHECK_FALSE(m.contains(parse_ip("2001:db8:8000::1")));
  CHECK(parse_ipnet("::/0").contains(parse_ip("::1")));
  CHECK(error_of([] { parse_ipnet("10.0.0.0"); }) == "unrecognized IP network 10.0.0.0");
  CHECK(error_of([] { parse_ipnet("10.0.0.0/33"); }) == "invalid netmask 33");
  CHECK(error_of([] { parse_ipnet("10.0.0.0/x"); }) == "invalid netmask x");
  CHECK(error_of([] { parse_ipnet("::/129"); }) == "invalid netmask 129");
  CHECK(error_of([] { parse_ipnet("foo/8"); }) == "unrecognized IPv6 address foo/8");
  CHECK(error_of([] { parse_ipnet("1.2.3/8"); }) == "unrecognized IP network 1.2.3/8");
  CHECK(error_of([] { parse_ipnet("http"); }) == "unrecognized IPv6 address http");
  CHECK(parse_ipnet("::1").prefix == 128);  // sysdig 0.29.3 accepts "fd.net=::1"
}
