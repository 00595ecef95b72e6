// Conversion of filter literals to typed values, at compile time. Each
// function returns the value or throws ValueError with sysdig's message (the
// compiler adds the position prefix).
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "engine/filter/field_resolver.h"

namespace trowel::engine::filter {

struct ValueError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// An IP network: `addr` with its host bits cleared, `prefix` in 0..32 or 0..128.
struct IpNetwork {
  IpAddress addr;
  uint8_t prefix = 0;
  bool contains(const IpAddress& a) const;
  bool operator==(const IpNetwork& o) const { return prefix == o.prefix && addr == o.addr; }
};

// [+-]DIGITS, saturating on overflow ("X is not a valid number").
int64_t parse_int(std::string_view s);
// [+-]DIGITS; a negative value wraps as strtoull does.
uint64_t parse_uint(std::string_view s);
// A decimal floating-point number.
double parse_double(std::string_view s);
// "true" or "false" ("filter error: unrecognized boolean value X").
bool parse_bool(std::string_view s);
// DIGITS, or a service name from the services database ("unrecognized protocol X");
// empty text is port 0, as sysdig accepts it.
uint64_t parse_port(std::string_view s);
// A dotted quad or IPv6 text (errors name IPv4 when the text has a '.').
IpAddress parse_ip(std::string_view s);
// IPv4/PREFIX, IPv6/PREFIX or an IPv6 address ("unrecognized IP network X",
// "unrecognized IPv6 address X", "invalid netmask N").
IpNetwork parse_ipnet(std::string_view s);

}  // namespace trowel::engine::filter
