// Parameter decoders: see param_decode.h. Nothing here allocates.
#include "capture/param_decode.h"

namespace trowel::capture {

namespace {

// Text before the first NUL of [p, p+n) (all of it if there is none).
std::string_view text_until_nul(const uint8_t* p, size_t n) {
  if (n == 0) return {};
  const void* nul = std::memchr(p, 0, n);
  size_t len = nul ? static_cast<size_t>(static_cast<const uint8_t*>(nul) - p) : n;
  return {reinterpret_cast<const char*>(p), len};
}

// A unix socket path; applies the abstract-namespace rule of SockAddr.
std::string_view unix_path(const uint8_t* p, size_t n, bool& abstract_ns) {
  abstract_ns = false;
  if (n >= 2 && p[0] == 0 && p[1] != 0) {
    abstract_ns = true;
    return text_until_nul(p + 1, n - 1);
  }
  return text_until_nul(p, n);
}

}  // namespace

std::optional<Ipv4Addr> decode_ipv4addr(ParamBytes b) {
  if (b.size() < 4) return std::nullopt;
  Ipv4Addr a;
  std::memcpy(a.data(), b.data(), 4);
  return a;
}

std::optional<Ipv6Addr> decode_ipv6addr(ParamBytes b) {
  if (b.size() < 16) return std::nullopt;
  Ipv6Addr a;
  std::memcpy(a.data(), b.data(), 16);
  return a;
}

bool is_integer_param_type(ParamType t) {
  switch (t) {
    case ParamType::Int8: case ParamType::Int16: case ParamType::Int32: case ParamType::Int64:
    case ParamType::Uint8: case ParamType::Uint16: case ParamType::Uint32:
    case ParamType::Uint64: case ParamType::Errno: case ParamType::Fd: case ParamType::Pid:
    case ParamType::SyscallId: case ParamType::SigType: case ParamType::RelTime:
    case ParamType::AbsTime: case ParamType::Port: case ParamType::L4Proto:
    case ParamType::SockFamily: case ParamType::Bool: case ParamType::Flags8:
    case ParamType::Flags16: case ParamType::Flags32: case ParamType::Uid:
    case ParamType::Gid: case ParamType::SigSet: case ParamType::Mode:
    case ParamType::EnumFlags8: case ParamType::EnumFlags16: case ParamType::EnumFlags32:
    case ParamType::Fd32: case ParamType::Pid32:
      return true;
    default:
      return false;
  }
}

bool is_signed_param_type(ParamType t) {
  switch (t) {
    case ParamType::Int8: case ParamType::Int16: case ParamType::Int32: case ParamType::Int64:
    case ParamType::Errno: case ParamType::Fd: case ParamType::Pid: case ParamType::Fd32:
    case ParamType::Pid32:
      return true;
    default:
      return false;
  }
}

size_t fixed_param_size(ParamType t) {
  switch (t) {
    case ParamType::Int8: case ParamType::Uint8: case ParamType::SigType:
    case ParamType::L4Proto: case ParamType::SockFamily: case ParamType::Flags8:
    case ParamType::EnumFlags8:
      return 1;
    case ParamType::Int16: case ParamType::Uint16: case ParamType::SyscallId:
    case ParamType::Port: case ParamType::Flags16: case ParamType::EnumFlags16:
      return 2;
    case ParamType::Int32: case ParamType::Uint32: case ParamType::Bool:
    case ParamType::Flags32: case ParamType::Uid: case ParamType::Gid:
    case ParamType::SigSet: case ParamType::Mode: case ParamType::EnumFlags32:
    case ParamType::Fd32: case ParamType::Pid32: case ParamType::Ipv4Addr:
      return 4;
    case ParamType::Int64: case ParamType::Uint64: case ParamType::Errno:
    case ParamType::Fd: case ParamType::Pid: case ParamType::RelTime:
    case ParamType::AbsTime: case ParamType::Double:
      return 8;
    case ParamType::Ipv6Addr:
      return 16;
    default:
      return 0;
  }
}

std::optional<int64_t> decode_signed(ParamBytes b, ParamType t) {
  if (!is_integer_param_type(t)) return std::nullopt;
  switch (fixed_param_size(t)) {
    case 1:
      if (is_signed_param_type(t)) return decode_le<int8_t>(b);
      return decode_le<uint8_t>(b);
    case 2:
      if (is_signed_param_type(t)) return decode_le<int16_t>(b);
      return decode_le<uint16_t>(b);
    case 4:
      if (is_signed_param_type(t)) return decode_le<int32_t>(b);
      return decode_le<uint32_t>(b);
    case 8:
      return decode_le<int64_t>(b);
    default:
      return std::nullopt;
  }
}

std::optional<uint64_t> decode_unsigned(ParamBytes b, ParamType t) {
  if (!is_integer_param_type(t)) return std::nullopt;
  if (is_signed_param_type(t)) {
    auto v = decode_signed(b, t);
    if (!v) return std::nullopt;
    return static_cast<uint64_t>(*v);
  }
  switch (fixed_param_size(t)) {
    case 1: return decode_le<uint8_t>(b);
    case 2: return decode_le<uint16_t>(b);
    case 4: return decode_le<uint32_t>(b);
    case 8: return decode_le<uint64_t>(b);
    default: return std::nullopt;
  }
}

std::optional<std::string_view> decode_charbuf(ParamBytes b) {
  if (b.empty()) return std::nullopt;
  return text_until_nul(b.data(), b.size());
}

size_t NulSeparatedList::count() const {
  size_t n = 0;
  for (auto it = begin(), e = end(); it != e; ++it) ++n;
  return n;
}

std::optional<SockAddr> decode_sockaddr(ParamBytes b) {
  if (b.empty()) return std::nullopt;
  SockAddr sa;
  sa.family = b[0];
  const uint8_t* p = b.data() + 1;
  size_t n = b.size() - 1;
  switch (sa.family) {
    case ppm_af::kInet:
      if (n < 6) return std::nullopt;
      sa.kind = AddrKind::Ipv4;
      std::memcpy(sa.addr.data(), p, 4);
      std::memcpy(&sa.port, p + 4, 2);
      break;
    case ppm_af::kInet6:
      if (n < 18) return std::nullopt;
      sa.kind = AddrKind::Ipv6;
      std::memcpy(sa.addr.data(), p, 16);
      std::memcpy(&sa.port, p + 16, 2);
      break;
    case ppm_af::kUnix:
      sa.kind = AddrKind::Unix;
      sa.path = unix_path(p, n, sa.abstract_ns);
      break;
    default:
      sa.kind = AddrKind::Other;
      break;
  }
  return sa;
}

std::optional<SockTuple> decode_socktuple(ParamBytes b) {
  if (b.empty()) return std::nullopt;
  SockTuple st;
  st.family = b[0];
  const uint8_t* p = b.data() + 1;
  size_t n = b.size() - 1;
  switch (st.family) {
    case ppm_af::kInet:
      if (n < 12) return std::nullopt;
      st.kind = AddrKind::Ipv4;
      std::memcpy(st.saddr.data(), p, 4);
      std::memcpy(&st.sport, p + 4, 2);
      std::memcpy(st.daddr.data(), p + 6, 4);
      std::memcpy(&st.dport, p + 10, 2);
      break;
    case ppm_af::kInet6:
      if (n < 36) return std::nullopt;
      st.kind = AddrKind::Ipv6;
      std::memcpy(st.saddr.data(), p, 16);
      std::memcpy(&st.sport, p + 16, 2);
      std::memcpy(st.daddr.data(), p + 18, 16);
      std::memcpy(&st.dport, p + 34, 2);
      break;
    case ppm_af::kUnix:
      if (n < 16) return std::nullopt;
      st.kind = AddrKind::Unix;
      std::memcpy(&st.unix_src, p, 8);
      std::memcpy(&st.unix_dst, p + 8, 8);
      st.path = unix_path(p + 16, n - 16, st.abstract_ns);
      break;
    default:
      st.kind = AddrKind::Other;
      break;
  }
  return st;
}

std::optional<FdListView> decode_fdlist(ParamBytes b) {
  if (b.size() < 2) return std::nullopt;
  uint16_t declared;
  std::memcpy(&declared, b.data(), 2);
  size_t fit = (b.size() - 2) / FdListView::kEntrySize;
  uint16_t available = fit < declared ? static_cast<uint16_t>(fit) : declared;
  return FdListView(declared, b.data() + 2, available);
}

std::optional<DynParam> decode_dyn(ParamBytes b, const ParamType* dyn_types,
                                   uint8_t dyn_count) {
  if (b.empty()) return std::nullopt;
  DynParam d;
  d.index = b[0];
  d.value = b.subspan(1);
  if (dyn_types && d.index < dyn_count) d.type = dyn_types[d.index];
  return d;
}

std::optional<DynParam> decode_dyn(ParamBytes b, const ParamInfo& info) {
  return decode_dyn(b, info.dyn_types, info.dyn_count);
}

namespace {

ParamValue decode_typed(ParamBytes b, ParamType t) {
  using K = ParamValue::Kind;
  ParamValue v;
  v.type = t;
  v.bytes = b;
  if (b.empty()) {
    v.kind = K::Absent;
    return v;
  }
  v.kind = K::Invalid;
  if (is_integer_param_type(t)) {
    if (is_signed_param_type(t)) {
      if (auto x = decode_signed(b, t)) {
        v.kind = K::Signed;
        v.i = *x;
        v.u = static_cast<uint64_t>(*x);
      }
    } else if (auto x = decode_unsigned(b, t)) {
      v.kind = K::Unsigned;
      v.u = *x;
      v.i = static_cast<int64_t>(*x);
    }
    return v;
  }
  switch (t) {
    case ParamType::CharBuf:
    case ParamType::FsPath:
    case ParamType::FsRelPath:
      v.kind = K::String;
      v.str = *decode_charbuf(b);
      break;
    case ParamType::Ipv4Addr:
      if (b.size() >= 4) {
        v.kind = K::Ipv4;
        std::memcpy(v.addr.data(), b.data(), 4);
      }
      break;
    case ParamType::Ipv6Addr:
      if (b.size() >= 16) {
        v.kind = K::Ipv6;
        std::memcpy(v.addr.data(), b.data(), 16);
      }
      break;
    case ParamType::SockAddr:
      if (auto sa = decode_sockaddr(b)) {
        v.kind = K::SockAddr;
        v.sockaddr = *sa;
      }
      break;
    case ParamType::SockTuple:
      if (auto st = decode_socktuple(b)) {
        v.kind = K::SockTuple;
        v.socktuple = *st;
      }
      break;
    case ParamType::FdList:
      if (auto fl = decode_fdlist(b)) {
        v.kind = K::FdList;
        v.fdlist = *fl;
      }
      break;
    case ParamType::Dyn:
      // Without the table: expose the bytes after the index.
      v.kind = K::Bytes;
      v.is_dyn = true;
      v.dyn_index = b[0];
      v.bytes = b.subspan(1);
      break;
    default:
      // BYTEBUF, and types with no on-disk decoding of their own.
      v.kind = K::Bytes;
      break;
  }
  return v;
}

}  // namespace

ParamValue decode_param(ParamBytes b, ParamType t) { return decode_typed(b, t); }

ParamValue decode_param(ParamBytes b, const ParamInfo& info) {
  if (info.type != ParamType::Dyn) return decode_typed(b, info.type);
  auto d = decode_dyn(b, info);
  if (!d) return decode_typed(b, ParamType::Dyn);  // Absent
  ParamValue v;
  if (d->type == ParamType::None || d->type == ParamType::Dyn) {
    v.type = d->type == ParamType::Dyn ? ParamType::Dyn : ParamType::None;
    v.kind = d->value.empty() ? ParamValue::Kind::Absent : ParamValue::Kind::Bytes;
    v.bytes = d->value;
  } else {
    v = decode_typed(d->value, d->type);
  }
  v.is_dyn = true;
  v.dyn_index = d->index;
  return v;
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

namespace {

// Appends decimal 0..255; returns the new end.
char* put_u8(char* p, unsigned v) {
  if (v >= 100) *p++ = static_cast<char>('0' + v / 100);
  if (v >= 10) *p++ = static_cast<char>('0' + (v / 10) % 10);
  *p++ = static_cast<char>('0' + v % 10);
  return p;
}

char* put_ipv4(char* p, const uint8_t* a) {
  for (int i = 0; i < 4; ++i) {
    if (i) *p++ = '.';
    p = put_u8(p, a[i]);
  }
  return p;
}

std::string_view finish(const char* tmp, size_t n, char* buf, size_t cap) {
  if (cap == 0) return {};
  if (n + 1 > cap) {
    buf[0] = '\0';
    return {};
  }
  std::memcpy(buf, tmp, n);
  buf[n] = '\0';
  return {buf, n};
}

}  // namespace

std::string_view format_ipv4(const uint8_t* addr4, char* buf, size_t cap) {
  char tmp[kIpv4TextSize];
  char* e = put_ipv4(tmp, addr4);
  return finish(tmp, static_cast<size_t>(e - tmp), buf, cap);
}

std::string_view format_ipv6(const uint8_t* a, char* buf, size_t cap) {
  uint16_t w[8];
  for (int i = 0; i < 8; ++i) w[i] = static_cast<uint16_t>((a[2 * i] << 8) | a[2 * i + 1]);

  // Longest run of zero groups (first one on a tie); only runs >= 2 compress.
  int best_base = -1, best_len = 0;
  for (int i = 0; i < 8;) {
    if (w[i] != 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < 8 && w[j] == 0) ++j;
    if (j - i > best_len) {
      best_base = i;
      best_len = j - i;
    }
    i = j;
  }
  if (best_len < 2) best_base = -1;

  static constexpr char kHex[] = "0123456789abcdef";
  char tmp[kIpv6TextSize];
  char* p = tmp;
  for (int i = 0; i < 8; ++i) {
    if (best_base >= 0 && i >= best_base && i < best_base + best_len) {
      if (i == best_base) *p++ = ':';
      continue;
    }
    if (i != 0) *p++ = ':';
    // Embedded IPv4: ::a.b.c.d (compatible) and ::ffff:a.b.c.d (mapped).
    if (i == 6 && best_base == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) {
      p = put_ipv4(p, a + 12);
      break;
    }
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      unsigned nib = (w[i] >> shift) & 0xf;
      if (nib || started || shift == 0) {
        *p++ = kHex[nib];
        started = true;
      }
    }
  }
  if (best_base >= 0 && best_base + best_len == 8) *p++ = ':';
  return finish(tmp, static_cast<size_t>(p - tmp), buf, cap);
}

}  // namespace trowel::capture
