// Text of SOCKADDR and SOCKTUPLE parameters as sysdig 0.29.3 prints them
// (scap-format.md §9.1 encodings):
//
//   SOCKADDR   AF_INET  1.2.3.4:80        AF_INET6 2001:db8::1:443 (no brackets)
//              AF_UNIX  the path           other    "family N"
//   SOCKTUPLE  AF_INET  sip:sport->dip:dport
//              AF_INET6 the same with IPv6 text; when both addresses are
//                       IPv4-mapped (::ffff:a.b.c.d) or all-zero they print as
//                       IPv4 (0.0.0.0 for ::)
//              AF_UNIX  "%lx->%lx %s" (kernel pointers in lowercase hex, then
//                       the raw path up to its first NUL; an abstract name's
//                       leading NUL gives an empty path)
//              other    "family N"
// Empty (length 0) parameters print "NULL"; an address cut short prints what
// sysdig would not see either: "NULL".
#pragma once
#include <span>
#include <string>

namespace trowel::engine::render {

void append_sockaddr(std::string& out, std::span<const uint8_t> b);
void append_socktuple(std::string& out, std::span<const uint8_t> b);

}  // namespace trowel::engine::render
