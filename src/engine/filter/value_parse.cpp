#include "engine/filter/value_parse.h"

#include <arpa/inet.h>
#include <netdb.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <utility>

namespace trowel::engine::filter {

namespace {

[[noreturn]] void not_a_number(std::string_view s) {
  throw ValueError(std::string(s) + " is not a valid number");
}

// Splits an optional sign off `s`; true if the digits that remain are valid.
bool split_sign(std::string_view s, bool& negative, std::string_view& digits) {
  negative = false;
  digits = s;
  if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) {
    negative = digits[0] == '-';
    digits.remove_prefix(1);
  }
  if (digits.empty()) return false;
  for (char c : digits)
    if (c < '0' || c > '9') return false;
  return true;
}

// DIGITS as an unsigned magnitude, saturating at UINT64_MAX.
uint64_t magnitude(std::string_view digits) {
  uint64_t v = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  (void)p;
  if (ec == std::errc::result_out_of_range) return std::numeric_limits<uint64_t>::max();
  return v;
}

}  // namespace

int64_t parse_int(std::string_view s) {
  bool neg;
  std::string_view digits;
  if (!split_sign(s, neg, digits)) not_a_number(s);
  uint64_t m = magnitude(digits);
  if (neg) {
    if (m > uint64_t(std::numeric_limits<int64_t>::max()) + 1) return std::numeric_limits<int64_t>::min();
    return int64_t(0 - m);
  }
  if (m > uint64_t(std::numeric_limits<int64_t>::max())) return std::numeric_limits<int64_t>::max();
  return int64_t(m);
}

uint64_t parse_uint(std::string_view s) {
  bool neg;
  std::string_view digits;
  if (!split_sign(s, neg, digits)) not_a_number(s);
  uint64_t m = magnitude(digits);
  return neg ? 0 - m : m;
}

double parse_double(std::string_view s) {
  std::string buf(s);
  if (buf.empty() || std::isspace(static_cast<unsigned char>(buf[0]))) not_a_number(s);
  char* end = nullptr;
  errno = 0;
  double d = std::strtod(buf.c_str(), &end);
  if (end != buf.c_str() + buf.size()) not_a_number(s);
  return d;
}

bool parse_bool(std::string_view s) {
  if (s == "true") return true;
  if (s == "false") return false;
  throw ValueError("filter error: unrecognized boolean value " + std::string(s));
}

uint64_t parse_port(std::string_view s) {
  if (s.empty()) return 0;  // sysdig 0.29.3 accepts "fd.port="
  bool all_digits = true;
  for (char c : s)
    if (c < '0' || c > '9') all_digits = false;
  if (all_digits) return magnitude(s);
  std::string name(s);
  if (!name.empty() && name.find('\0') == std::string::npos) {
    struct servent ent, *res = nullptr;
    char buf[4096];
    for (const char* proto : {"tcp", "udp"}) {
      if (getservbyname_r(name.c_str(), proto, &ent, buf, sizeof buf, &res) == 0 && res)
        return ntohs(static_cast<uint16_t>(res->s_port));
    }
  }
  // Common names, for systems without a services database.
  static constexpr std::pair<std::string_view, uint16_t> kKnown[] = {
      {"ftp", 21}, {"ssh", 22}, {"telnet", 23}, {"smtp", 25}, {"domain", 53}, {"http", 80},
      {"pop3", 110}, {"imap", 143}, {"https", 443}, {"mysql", 3306}, {"postgresql", 5432},
  };
  for (const auto& [n, p] : kKnown)
    if (n == s) return p;
  throw ValueError("unrecognized protocol " + name);
}

IpAddress parse_ip(std::string_view s) {
  std::string text(s);
  IpAddress a;
  // sysdig: text with a '.' is IPv4 (its error names IPv4), else IPv6. We
  // also accept IPv6 text with a '.' ("::ffff:1.2.3.4").
  bool dotted = text.find('.') != std::string::npos;
  if (text.find('\0') == std::string::npos) {
    if (dotted && inet_pton(AF_INET, text.c_str(), a.bytes.data()) == 1) {
      a.family = 4;
      return a;
    }
    if (inet_pton(AF_INET6, text.c_str(), a.bytes.data()) == 1) {
      a.family = 6;
      return a;
    }
  }
  throw ValueError(std::string(dotted ? "unrecognized IPv4 address " : "unrecognized IPv6 address ") + text);
}

IpNetwork parse_ipnet(std::string_view s) {
  // As sysdig: dotted text is an IPv4 network and needs a '/'; other text is
  // IPv6, where (unlike sysdig 0.29.3) a '/' prefix is accepted too, and a
  // plain address is a /128.
  const bool dotted = s.find('.') != std::string_view::npos;
  const size_t slash = s.find('/');
  const std::string bad = std::string(dotted ? "unrecognized IP network " : "unrecognized IPv6 address ") + std::string(s);
  IpNetwork n;
  if (slash == std::string_view::npos) {
    try {
      n.addr = parse_ip(s);
    } catch (const ValueError&) {
      throw ValueError(bad);
    }
    if (n.addr.family == 4) throw ValueError(bad);
    n.prefix = 128;
    return n;
  }
  try {
    n.addr = parse_ip(s.substr(0, slash));
  } catch (const ValueError&) {
    throw ValueError(bad);
  }
  std::string_view mask = s.substr(slash + 1);
  unsigned bits = n.addr.family == 4 ? 32 : 128;
  bool ok = !mask.empty() && mask.size() <= 3;
  for (char c : mask)
    if (c < '0' || c > '9') ok = false;
  unsigned prefix = ok ? unsigned(magnitude(mask)) : 0;
  if (!ok || prefix > bits) throw ValueError("invalid netmask " + std::string(mask));
  n.prefix = uint8_t(prefix);
  for (unsigned i = 0; i < 16; ++i) {
    unsigned keep = prefix > i * 8 ? std::min(8u, prefix - i * 8) : 0;
    n.addr.bytes[i] &= uint8_t(keep == 0 ? 0 : 0xFF << (8 - keep));
  }
  return n;
}

bool IpNetwork::contains(const IpAddress& a) const {
  if (a.family != addr.family) return false;
  unsigned full = prefix / 8, rest = prefix % 8;
  for (unsigned i = 0; i < full; ++i)
    if (a.bytes[i] != addr.bytes[i]) return false;
  if (rest == 0) return true;
  uint8_t mask = uint8_t(0xFF << (8 - rest));
  return (a.bytes[full] & mask) == addr.bytes[full];
}

}  // namespace trowel::engine::filter
