// libFuzzer target: the parameter decoders alone. The first input byte picks
// a parameter type (and, for DYN, the remaining ones act as a dynamic table);
// the rest is the parameter's raw bytes. Every decoded value is touched, and
// addresses are formatted and compared with the C library's inet_ntop.
#include <arpa/inet.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>

#include "capture/param_decode.h"

using namespace trowel::capture;

namespace {
volatile uint64_t g_sink;

void check_format(const uint8_t* a, bool v6) {
  char mine[kIpv6TextSize];
  char libc[INET6_ADDRSTRLEN];
  std::string_view s = v6 ? format_ipv6(a, mine, sizeof mine) : format_ipv4(a, mine, sizeof mine);
  if (!inet_ntop(v6 ? AF_INET6 : AF_INET, a, libc, sizeof libc)) __builtin_trap();
  if (s != std::string_view(libc)) __builtin_trap();
  // Too-small buffers: nothing written beyond cap, empty result.
  char tiny[4] = {1, 1, 1, 1};
  if (!(v6 ? format_ipv6(a, tiny, 3) : format_ipv4(a, tiny, 3)).empty() && s.size() >= 3) __builtin_trap();
  if (tiny[3] != 1) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const auto t = static_cast<ParamType>(data[0] % kParamTypeCount);
  ParamBytes b(data + 1, size - 1);

  static constexpr ParamType kTable[] = {ParamType::ByteBuf, ParamType::Errno, ParamType::Uint32,
                                         ParamType::Uint64, ParamType::RelTime, ParamType::CharBuf,
                                         ParamType::SockAddr, ParamType::FdList, ParamType::Dyn};
  ParamInfo info{"p", t, PrintFormat::Dec, nullptr, -1, nullptr, 0};
  if (t == ParamType::Dyn) {
    info.dyn_types = kTable;
    info.dyn_count = static_cast<uint8_t>(std::size(kTable));
  }
  ParamValue v = decode_param(b, info);
  uint64_t h = v.u + v.str.size() + v.bytes.size();
  if (v.bytes.size() > b.size()) __builtin_trap();
  if (v.str.size() > b.size()) __builtin_trap();
  switch (v.kind) {
    case ParamValue::Kind::Ipv4: check_format(v.addr.data(), false); break;
    case ParamValue::Kind::Ipv6: check_format(v.addr.data(), true); break;
    case ParamValue::Kind::SockAddr:
      h += v.sockaddr.port + v.sockaddr.path.size();
      if (v.sockaddr.kind == AddrKind::Ipv6) check_format(v.sockaddr.addr.data(), true);
      if (v.sockaddr.kind == AddrKind::Ipv4) check_format(v.sockaddr.addr.data(), false);
      break;
    case ParamValue::Kind::SockTuple:
      h += v.socktuple.sport + v.socktuple.unix_dst + v.socktuple.path.size();
      if (v.socktuple.kind == AddrKind::Ipv6) {
        check_format(v.socktuple.saddr.data(), true);
        check_format(v.socktuple.daddr.data(), true);
      }
      break;
    case ParamValue::Kind::FdList: {
      size_t n = 0;
      for (FdListEntry e : v.fdlist) {
        h += static_cast<uint64_t>(e.fd) + e.flags;
        ++n;
      }
      if (n != v.fdlist.size() || (n > 0 && n * FdListView::kEntrySize + 2 > b.size())) __builtin_trap();
      break;
    }
    default: break;
  }
  size_t total = 0, count = 0;
  for (std::string_view s : decode_nul_list(b)) {
    total += s.size();
    ++count;
  }
  if (total + (count ? count - 1 : 0) > b.size()) __builtin_trap();
  g_sink = g_sink + h + total;
  return 0;
}
