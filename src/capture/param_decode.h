// Typed decoding of one event parameter's raw bytes (scap-format.md §9.1).
//
// Input is the span EventView::param(i) returns. Every decoder:
//   * never allocates and never throws;
//   * never reads outside the span (truncated or garbage input is safe);
//   * treats length 0 as "not available" (std::nullopt / Absent).
// Integers are little-endian and may start at any address (read with memcpy).
// Fixed-size types need at least their size; extra trailing bytes are ignored
// (only the first sizeof(T) bytes are read).
//
// Strings (CHARBUF, FSPATH, FSRELPATH) are returned as a string_view of the
// bytes before the first NUL (without the terminator); a string with no NUL
// at all (truncated) is returned whole. The views point into the event and
// are valid as long as the EventView is.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

#include "capture/event_schema.h"

namespace trowel::capture {

using ParamBytes = std::span<const uint8_t>;
using Ipv4Addr = std::array<uint8_t, 4>;   // network order, as on disk
using Ipv6Addr = std::array<uint8_t, 16>;  // network order, as on disk

// PPM_AF_* socket families that have a specific encoding (§9.1).
namespace ppm_af {
inline constexpr uint8_t kUnspec = 0, kUnix = 1, kInet = 2, kInet6 = 10, kNetlink = 16;
}

// ---------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------

// Reads the first sizeof(T) bytes as a little-endian T; nullopt if shorter.
template <class T>
inline std::optional<T> decode_le(ParamBytes b) {
  static_assert(std::is_integral_v<T>);
  if (b.size() < sizeof(T)) return std::nullopt;
  T v;
  std::memcpy(&v, b.data(), sizeof(T));
  return v;
}

inline std::optional<int8_t> decode_int8(ParamBytes b) { return decode_le<int8_t>(b); }
inline std::optional<int16_t> decode_int16(ParamBytes b) { return decode_le<int16_t>(b); }
inline std::optional<int32_t> decode_int32(ParamBytes b) { return decode_le<int32_t>(b); }
inline std::optional<int64_t> decode_int64(ParamBytes b) { return decode_le<int64_t>(b); }
inline std::optional<uint8_t> decode_uint8(ParamBytes b) { return decode_le<uint8_t>(b); }
inline std::optional<uint16_t> decode_uint16(ParamBytes b) { return decode_le<uint16_t>(b); }
inline std::optional<uint32_t> decode_uint32(ParamBytes b) { return decode_le<uint32_t>(b); }
inline std::optional<uint64_t> decode_uint64(ParamBytes b) { return decode_le<uint64_t>(b); }

// ERRNO: < 0 is -errno (Linux numbers), >= 0 the return value.
inline std::optional<int64_t> decode_errno(ParamBytes b) { return decode_le<int64_t>(b); }
inline std::optional<int64_t> decode_fd(ParamBytes b) { return decode_le<int64_t>(b); }
inline std::optional<int64_t> decode_pid(ParamBytes b) { return decode_le<int64_t>(b); }
inline std::optional<int32_t> decode_fd32(ParamBytes b) { return decode_le<int32_t>(b); }
inline std::optional<int32_t> decode_pid32(ParamBytes b) { return decode_le<int32_t>(b); }
// SYSCALLID: a PPM_SC_* code (see syscall_name()).
inline std::optional<uint16_t> decode_syscall_id(ParamBytes b) { return decode_le<uint16_t>(b); }
// SIGTYPE: a Linux signal number.
inline std::optional<uint8_t> decode_sigtype(ParamBytes b) { return decode_le<uint8_t>(b); }
inline std::optional<uint64_t> decode_reltime(ParamBytes b) { return decode_le<uint64_t>(b); }
inline std::optional<uint64_t> decode_abstime(ParamBytes b) { return decode_le<uint64_t>(b); }
inline std::optional<uint16_t> decode_port(ParamBytes b) { return decode_le<uint16_t>(b); }
inline std::optional<uint8_t> decode_flags8(ParamBytes b) { return decode_le<uint8_t>(b); }
inline std::optional<uint16_t> decode_flags16(ParamBytes b) { return decode_le<uint16_t>(b); }
inline std::optional<uint32_t> decode_flags32(ParamBytes b) { return decode_le<uint32_t>(b); }
inline std::optional<uint8_t> decode_enumflags8(ParamBytes b) { return decode_le<uint8_t>(b); }
inline std::optional<uint16_t> decode_enumflags16(ParamBytes b) { return decode_le<uint16_t>(b); }
inline std::optional<uint32_t> decode_enumflags32(ParamBytes b) { return decode_le<uint32_t>(b); }
// UID/GID: 0xFFFFFFFF means "none".
inline constexpr uint32_t kNoUid = 0xFFFFFFFFu;
inline std::optional<uint32_t> decode_uid(ParamBytes b) { return decode_le<uint32_t>(b); }
inline std::optional<uint32_t> decode_gid(ParamBytes b) { return decode_le<uint32_t>(b); }
// MODE: PPM_S_* file-mode bits.
inline std::optional<uint32_t> decode_mode(ParamBytes b) { return decode_le<uint32_t>(b); }
// SIGSET: low 32 bits of the signal mask.
inline std::optional<uint32_t> decode_sigset(ParamBytes b) { return decode_le<uint32_t>(b); }

// IPV4ADDR (4 raw bytes) and IPV6ADDR (16 raw bytes), network order.
std::optional<Ipv4Addr> decode_ipv4addr(ParamBytes b);
std::optional<Ipv6Addr> decode_ipv6addr(ParamBytes b);

// Integer-typed parameters of any width by schema type: the value widened to
// 64 bits (sign-extended for INT*, ERRNO, FD, PID, FD32, PID32). nullopt for
// length 0, a too-short buffer, or a type that is not an integer type.
bool is_integer_param_type(ParamType t);
bool is_signed_param_type(ParamType t);
// Size in bytes of a fixed-size type (0 for variable-size or unknown types).
size_t fixed_param_size(ParamType t);
std::optional<int64_t> decode_signed(ParamBytes b, ParamType t);
std::optional<uint64_t> decode_unsigned(ParamBytes b, ParamType t);

// ---------------------------------------------------------------------------
// Strings and buffers
// ---------------------------------------------------------------------------

// CHARBUF / FSPATH / FSRELPATH: text before the first NUL. nullopt only for
// length 0 (an empty string "\0" gives an empty view).
std::optional<std::string_view> decode_charbuf(ParamBytes b);
inline std::optional<std::string_view> decode_fspath(ParamBytes b) { return decode_charbuf(b); }
inline std::optional<std::string_view> decode_fsrelpath(ParamBytes b) { return decode_charbuf(b); }

// BYTEBUF: the raw bytes (snaplen-truncated by the writer). nullopt for length 0.
inline std::optional<ParamBytes> decode_bytebuf(ParamBytes b) {
  if (b.empty()) return std::nullopt;
  return b;
}

// A NUL-separated list of strings (execve args/env, clone cgroups), iterated
// without allocating. "a\0b\0" -> "a", "b"; a last element without its NUL
// (truncated by snaplen) is still produced; "a\0\0b\0" -> "a", "", "b".
// An empty buffer has no elements.
class NulSeparatedList {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    iterator() = default;
    iterator(const uint8_t* p, const uint8_t* end) : p_(p), end_(end) { find_end(); }
    std::string_view operator*() const {
      return {reinterpret_cast<const char*>(p_), static_cast<size_t>(elem_end_ - p_)};
    }
    iterator& operator++() {
      p_ = elem_end_ < end_ ? elem_end_ + 1 : end_;
      find_end();
      return *this;
    }
    iterator operator++(int) {
      iterator t = *this;
      ++*this;
      return t;
    }
    bool operator==(const iterator& o) const { return p_ == o.p_; }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }

   private:
    void find_end() {
      if (p_ == end_) {
        elem_end_ = end_;
        return;
      }
      const void* nul = std::memchr(p_, 0, static_cast<size_t>(end_ - p_));
      elem_end_ = nul ? static_cast<const uint8_t*>(nul) : end_;
    }
    const uint8_t* p_ = nullptr;
    const uint8_t* end_ = nullptr;
    const uint8_t* elem_end_ = nullptr;
  };

  NulSeparatedList() = default;
  explicit NulSeparatedList(ParamBytes b) : b_(b) {}
  iterator begin() const { return {b_.data(), b_.data() + b_.size()}; }
  iterator end() const { return {b_.data() + b_.size(), b_.data() + b_.size()}; }
  bool empty() const { return b_.empty(); }
  size_t count() const;
  ParamBytes bytes() const { return b_; }

 private:
  ParamBytes b_{};
};

inline NulSeparatedList decode_nul_list(ParamBytes b) { return NulSeparatedList(b); }

// ---------------------------------------------------------------------------
// Socket addresses
// ---------------------------------------------------------------------------

enum class AddrKind : uint8_t { Other, Ipv4, Ipv6, Unix };

// SOCKADDR. Ports are in host order. For Ipv4 only addr[0..4) is used.
// Unix paths: the text up to the first NUL. Abstract sockets: drivers drop
// the leading NUL of the name, so the path reads like a normal one; if a
// writer kept it (first path byte NUL followed by a non-empty name), the NUL
// is skipped, the name returned and `abstract_ns` set.
struct SockAddr {
  uint8_t family = 0;  // PPM_AF_*
  AddrKind kind = AddrKind::Other;
  uint16_t port = 0;
  bool abstract_ns = false;
  std::array<uint8_t, 16> addr{};
  std::string_view path;  // Unix only

  Ipv4Addr ipv4() const { return {addr[0], addr[1], addr[2], addr[3]}; }
  const Ipv6Addr& ipv6() const { return addr; }
};

// nullopt for length 0 or a known family (INET/INET6) whose address is cut
// short. Unknown families decode as kind Other with just the family byte.
std::optional<SockAddr> decode_sockaddr(ParamBytes b);

// SOCKTUPLE: the on-disk order is source ip, source port, dest ip, dest port.
// Unix: source/destination kernel socket pointers and the path.
struct SockTuple {
  uint8_t family = 0;  // PPM_AF_*
  AddrKind kind = AddrKind::Other;
  uint16_t sport = 0, dport = 0;
  bool abstract_ns = false;
  std::array<uint8_t, 16> saddr{}, daddr{};
  uint64_t unix_src = 0, unix_dst = 0;
  std::string_view path;  // Unix only

  Ipv4Addr sipv4() const { return {saddr[0], saddr[1], saddr[2], saddr[3]}; }
  Ipv4Addr dipv4() const { return {daddr[0], daddr[1], daddr[2], daddr[3]}; }
};

// nullopt for length 0 or a known family (INET/INET6/UNIX) whose fixed part
// is cut short. Unknown families decode as kind Other.
std::optional<SockTuple> decode_socktuple(ParamBytes b);

// ---------------------------------------------------------------------------
// FDLIST: u16 count, then count x (i64 fd, u16 flags) = 10 bytes each.
// ---------------------------------------------------------------------------

struct FdListEntry {
  int64_t fd;
  uint16_t flags;  // PPM_POLL* bits
};

class FdListView {
 public:
  static constexpr size_t kEntrySize = 10;

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = FdListEntry;
    using difference_type = std::ptrdiff_t;
    using pointer = const FdListEntry*;
    using reference = FdListEntry;

    iterator() = default;
    explicit iterator(const uint8_t* p) : p_(p) {}
    FdListEntry operator*() const {
      FdListEntry e;
      std::memcpy(&e.fd, p_, 8);
      std::memcpy(&e.flags, p_ + 8, 2);
      return e;
    }
    iterator& operator++() {
      p_ += kEntrySize;
      return *this;
    }
    iterator operator++(int) {
      iterator t = *this;
      p_ += kEntrySize;
      return t;
    }
    bool operator==(const iterator& o) const { return p_ == o.p_; }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }

   private:
    const uint8_t* p_ = nullptr;
  };

  FdListView() = default;
  FdListView(uint16_t declared, const uint8_t* entries, uint16_t available)
      : declared_(declared), available_(available), entries_(entries) {}

  // The count stored in the parameter.
  uint16_t declared_count() const { return declared_; }
  // Entries actually present (<= declared_count; less if truncated).
  uint16_t size() const { return available_; }
  bool complete() const { return available_ == declared_; }
  FdListEntry operator[](size_t i) const { return *iterator(entries_ + i * kEntrySize); }
  iterator begin() const { return iterator(entries_); }
  iterator end() const { return iterator(entries_ + size_t{available_} * kEntrySize); }

 private:
  uint16_t declared_ = 0;
  uint16_t available_ = 0;
  const uint8_t* entries_ = nullptr;
};

// nullopt for length 0 or 1 (no count). A count larger than the data yields
// only the complete entries present (complete() == false).
std::optional<FdListView> decode_fdlist(ParamBytes b);

// ---------------------------------------------------------------------------
// DYN: u8 index, then the value encoded as param.dyn_types[index].
// ---------------------------------------------------------------------------

struct DynParam {
  uint8_t index = 0;
  ParamType type = ParamType::None;  // None if the index is out of the table
  ParamBytes value;                  // the bytes after the index byte
};

// nullopt for length 0. With no table (dyn_types null) or an index out of
// range, type is None and value still holds the bytes after the index.
std::optional<DynParam> decode_dyn(ParamBytes b, const ParamInfo& info);
std::optional<DynParam> decode_dyn(ParamBytes b, const ParamType* dyn_types, uint8_t dyn_count);

// ---------------------------------------------------------------------------
// Generic decoding driven by the schema
// ---------------------------------------------------------------------------

struct ParamValue {
  enum class Kind : uint8_t {
    Absent,     // length 0
    Invalid,    // too short / malformed for its type
    Signed,     // i
    Unsigned,   // u
    String,     // str (CHARBUF, FSPATH, FSRELPATH)
    Bytes,      // bytes (BYTEBUF and types with no known decoding)
    Ipv4,       // addr[0..4)
    Ipv6,       // addr
    SockAddr,   // sockaddr
    SockTuple,  // socktuple
    FdList,     // fdlist
  };
  Kind kind = Kind::Absent;
  ParamType type = ParamType::None;  // the effective type (DYN: the selected one)
  bool is_dyn = false;
  uint8_t dyn_index = 0;
  int64_t i = 0;
  uint64_t u = 0;
  std::string_view str;
  ParamBytes bytes;  // always the raw value bytes (DYN: after the index byte)
  std::array<uint8_t, 16> addr{};
  SockAddr sockaddr;
  SockTuple socktuple;
  FdListView fdlist;
};

// Decodes b as type t. DYN needs the table: use the ParamInfo overload
// (without it, DYN decodes as Bytes after the index byte).
ParamValue decode_param(ParamBytes b, ParamType t);
ParamValue decode_param(ParamBytes b, const ParamInfo& info);

// ---------------------------------------------------------------------------
// Address formatting (sysdig-compatible; matches glibc inet_ntop)
// ---------------------------------------------------------------------------

inline constexpr size_t kIpv4TextSize = 16;  // "255.255.255.255" + NUL
inline constexpr size_t kIpv6TextSize = 46;  // INET6_ADDRSTRLEN

// Writes a.b.c.d plus a NUL into buf; returns the text (without the NUL), or
// an empty view (and buf[0] = NUL if cap > 0) if cap is too small.
std::string_view format_ipv4(const uint8_t* addr4, char* buf, size_t cap);
inline std::string_view format_ipv4(const Ipv4Addr& a, char* buf, size_t cap) {
  return format_ipv4(a.data(), buf, cap);
}

// RFC 5952 text: lowercase hex without leading zeros, the longest run (first
// one on a tie) of two or more zero groups compressed to "::". Like glibc's
// inet_ntop, IPv4-mapped addresses print as ::ffff:a.b.c.d and IPv4-compatible
// ones (::/96 except :: and ::1) as ::a.b.c.d. Same buffer rules as above.
std::string_view format_ipv6(const uint8_t* addr16, char* buf, size_t cap);
inline std::string_view format_ipv6(const Ipv6Addr& a, char* buf, size_t cap) {
  return format_ipv6(a.data(), buf, cap);
}

}  // namespace trowel::capture
