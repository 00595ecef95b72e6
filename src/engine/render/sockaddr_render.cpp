// sockaddr_render.cpp: see sockaddr_render.h.
#include "engine/render/sockaddr_render.h"

#include <charconv>
#include <cstring>

#include "capture/param_decode.h"

namespace trowel::engine::render {
namespace {

using capture::ppm_af::kInet;
using capture::ppm_af::kInet6;
using capture::ppm_af::kUnix;

template <class T>
void append_num(std::string& out, T v, int base = 10) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v, base);
  out.append(buf, r.ptr);
}

uint16_t load_port(const uint8_t* p) {
  uint16_t v;
  std::memcpy(&v, p, 2);
  return v;
}

void append_ip4_port(std::string& out, const uint8_t* addr, uint16_t port) {
  char buf[capture::kIpv4TextSize];
  out += capture::format_ipv4(addr, buf, sizeof buf);
  out.push_back(':');
  append_num(out, port);
}

void append_ip6_port(std::string& out, const uint8_t* addr, uint16_t port) {
  char buf[capture::kIpv6TextSize];
  out += capture::format_ipv6(addr, buf, sizeof buf);
  out.push_back(':');
  append_num(out, port);
}

// sysdig treats ::ffff:a.b.c.d and :: as IPv4 in socket tuples.
bool ipv4_like(const uint8_t* a) {
  for (int i = 0; i < 10; ++i)
    if (a[i]) return false;
  if (a[10] == 0xff && a[11] == 0xff) return true;
  for (int i = 10; i < 16; ++i)
    if (a[i]) return false;
  return true;
}

void append_family(std::string& out, uint8_t family) {
  out += "family ";
  append_num(out, unsigned{family});
}

// Text up to the first NUL (or the end) of b[from..).
void append_cstr(std::string& out, std::span<const uint8_t> b, size_t from) {
  if (from >= b.size()) return;
  const char* p = reinterpret_cast<const char*>(b.data() + from);
  size_t n = b.size() - from;
  const void* nul = std::memchr(p, 0, n);
  out.append(p, nul ? static_cast<size_t>(static_cast<const char*>(nul) - p) : n);
}

}  // namespace

void append_sockaddr(std::string& out, std::span<const uint8_t> b) {
  if (b.empty()) {
    out += "NULL";
    return;
  }
  uint8_t family = b[0];
  if (family == kInet) {
    if (b.size() < 7) { out += "NULL"; return; }
    append_ip4_port(out, b.data() + 1, load_port(b.data() + 5));
  } else if (family == kInet6) {
    if (b.size() < 19) { out += "NULL"; return; }
    append_ip6_port(out, b.data() + 1, load_port(b.data() + 17));
  } else if (family == kUnix) {
    append_cstr(out, b, 1);
  } else {
    append_family(out, family);
  }
}

void append_socktuple(std::string& out, std::span<const uint8_t> b) {
  if (b.empty()) {
    out += "NULL";
    return;
  }
  uint8_t family = b[0];
  const uint8_t* p = b.data();
  if (family == kInet) {
    if (b.size() < 13) { out += "NULL"; return; }
    append_ip4_port(out, p + 1, load_port(p + 5));
    out += "->";
    append_ip4_port(out, p + 7, load_port(p + 11));
  } else if (family == kInet6) {
    if (b.size() < 37) { out += "NULL"; return; }
    const uint8_t* s = p + 1;
    const uint8_t* d = p + 19;
    if (ipv4_like(s) && ipv4_like(d)) {
      append_ip4_port(out, s + 12, load_port(p + 17));
      out += "->";
      append_ip4_port(out, d + 12, load_port(p + 35));
    } else {
      append_ip6_port(out, s, load_port(p + 17));
      out += "->";
      append_ip6_port(out, d, load_port(p + 35));
    }
  } else if (family == kUnix) {
    if (b.size() < 17) { out += "NULL"; return; }
    uint64_t src, dst;
    std::memcpy(&src, p + 1, 8);
    std::memcpy(&dst, p + 9, 8);
    append_num(out, src, 16);
    out += "->";
    append_num(out, dst, 16);
    out.push_back(' ');
    append_cstr(out, b, 17);
  } else {
    append_family(out, family);
  }
}

}  // namespace trowel::engine::render
