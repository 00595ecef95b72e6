// param_render.cpp: see param_render.h.
#include "engine/render/param_render.h"

#include <charconv>
#include <cstdio>
#include <cstring>

#include "capture/flag_tables.h"
#include "capture/param_decode.h"
#include "engine/path_util.h"
#include "engine/render/errno_names.h"
#include "engine/render/sockaddr_render.h"

namespace trowel::engine::render {
namespace {

using capture::ParamType;
using capture::PrintFormat;
using Bytes = std::span<const uint8_t>;

template <class T>
void append_num(std::string& out, T v, int base = 10) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, base);
  out.append(buf, r.ptr);
}

void append_upper_hex(std::string& out, uint64_t v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, 16);
  for (char* p = buf; p != r.ptr; ++p)
    if (*p >= 'a' && *p <= 'f') *p = static_cast<char>(*p - 'a' + 'A');
  out.append(buf, r.ptr);
}

void append_alt_octal(std::string& out, uint64_t v) {
  if (v != 0) out.push_back('0');
  append_num(out, v, 8);
}

void append_padded_dec(std::string& out, int64_t v, bool is_signed, uint64_t u) {
  char buf[32];
  int n = is_signed ? std::snprintf(buf, sizeof buf, "%09lld", static_cast<long long>(v))
                    : std::snprintf(buf, sizeof buf, "%09llu", static_cast<unsigned long long>(u));
  if (n > 0) out.append(buf, static_cast<size_t>(n));
}

// An integer of `width` bytes per print format.
void append_int(std::string& out, Bytes b, size_t width, bool is_signed, PrintFormat fmt) {
  uint64_t u = 0;
  std::memcpy(&u, b.data(), width);
  int64_t s = 0;
  switch (width) {
    case 1: s = static_cast<int8_t>(u); break;
    case 2: s = static_cast<int16_t>(u); break;
    case 4: s = static_cast<int32_t>(u); break;
    default: s = static_cast<int64_t>(u); break;
  }
  switch (fmt) {
    case PrintFormat::Hex: append_upper_hex(out, u); return;
    case PrintFormat::Oct: append_alt_octal(out, u); return;
    case PrintFormat::PaddedDec10: append_padded_dec(out, s, is_signed, u); return;
    default:
      if (is_signed) append_num(out, s);
      else append_num(out, u);
      return;
  }
}

uint64_t load_uint(Bytes b, size_t width) {
  uint64_t u = 0;
  std::memcpy(&u, b.data(), width);
  return u;
}

int64_t load_sint(Bytes b, size_t width) {
  uint64_t u = load_uint(b, width);
  switch (width) {
    case 1: return static_cast<int8_t>(u);
    case 2: return static_cast<int16_t>(u);
    case 4: return static_cast<int32_t>(u);
    default: return static_cast<int64_t>(u);
  }
}

const char* table_name(const capture::FlagTable& t, uint32_t v) {
  for (uint16_t k = 0; k < t.count; ++k)
    if (t.entries[k].value == v) return t.entries[k].name;
  return nullptr;
}

void append_sanitized(std::string& out, std::string_view s, bool keep_as_dot) {
  for (char c : s) {
    if (is_printable_byte(static_cast<uint8_t>(c))) out.push_back(c);
    else if (keep_as_dot) out.push_back('.');
  }
}

std::string_view cstr(Bytes b) {
  const char* p = reinterpret_cast<const char*>(b.data());
  const void* nul = std::memchr(p, 0, b.size());
  return {p, nul ? static_cast<size_t>(static_cast<const char*>(nul) - p) : b.size()};
}

void append_fd_resolved(std::string& out, const RenderState& st, int64_t tid, int64_t fd) {
  if (fd < 0) {
    if (fd == -100) {
      out += "AT_FDCWD";
    } else if (const char* n = errno_name(-fd)) {
      out += n;
    }
    return;
  }
  FdDesc d;
  if (!st.fd(tid, fd, d)) return;
  out.push_back('<');
  out.push_back(d.type);
  if (d.l4) out.push_back(d.l4);
  out.push_back('>');
  out += d.name;
}

}  // namespace

void ParamRenderer::append_flag_names(std::string& out, const capture::FlagTable& table,
                                      uint32_t value) {
  uint32_t left = value;
  bool first = true;
  for (uint16_t k = 0; k < table.count; ++k) {
    const capture::FlagName& e = table.entries[k];
    bool match = e.value == 0 ? value == 0 : (left != 0 && (left & e.value) == e.value);
    if (!match) continue;
    if (!first) out.push_back('|');
    out += e.name;
    first = false;
    left &= ~e.value;
  }
}

void ParamRenderer::append(std::string& out, const capture::EventView& ev,
                           const capture::EventInfo& info, uint32_t i, ParamPart part) {
  if (i >= info.nparams) return;
  append_bytes(out, ev, info, i, ev.param(i), part);
}

void ParamRenderer::append_bytes(std::string& out, const capture::EventView& ev,
                                 const capture::EventInfo& info, uint32_t i, Bytes b,
                                 ParamPart part) {
  if (i >= info.nparams) return;
  value_.clear();
  resolved_.clear();
  const capture::ParamInfo& p = info.params[i];
  render(ev, info, i, p, p.type, b);
  switch (part) {
    case ParamPart::Both:
      out += value_;
      if (!resolved_.empty()) {
        out.push_back('(');
        out += resolved_;
        out.push_back(')');
      }
      return;
    case ParamPart::Value: out += value_; return;
    case ParamPart::Resolved: out += resolved_; return;
    case ParamPart::Display: out += resolved_.empty() ? value_ : resolved_; return;
  }
}

void ParamRenderer::render_path(const capture::EventView& ev, const capture::EventInfo& info,
                                const capture::ParamInfo& p, Bytes b) {
  std::string_view path = cstr(b);
  append_sanitized(value_, path, false);
  if (!path.empty() && path[0] == '/') return;
  std::string_view base;
  bool have_base = false;
  int64_t dirfd = -100;
  if (p.type == ParamType::FsRelPath && p.dirfd_param >= 0 &&
      static_cast<uint32_t>(p.dirfd_param) < info.nparams) {
    Bytes d = ev.param(static_cast<uint32_t>(p.dirfd_param));
    if (d.size() >= 8) dirfd = load_sint(d, 8);
    else if (d.size() >= 4) dirfd = load_sint(d, 4);
  }
  if (dirfd == -100) {
    have_base = state_->thread_cwd(ev.tid, base);
  } else {
    FdDesc fd;
    if (state_->fd(ev.tid, dirfd, fd)) {
      base = fd.name;
      have_base = true;
    }
  }
  if (!have_base) {
    append_sanitized(resolved_, path, true);
    return;
  }
  resolve_path(base, path, path_);
  append_sanitized(resolved_, path_, true);
}

void ParamRenderer::render(const capture::EventView& ev, const capture::EventInfo& info,
                           uint32_t i, const capture::ParamInfo& p, ParamType type, Bytes b) {
  std::string& v = value_;
  std::string& r = resolved_;
  const size_t fixed = capture::fixed_param_size(type);
  if (b.empty()) {
    switch (type) {
      case ParamType::CharBuf: case ParamType::FsPath: case ParamType::FsRelPath:
      case ParamType::ByteBuf: return;
      case ParamType::Dyn: v += "INVALID DYNAMIC PARAMETER"; return;
      default: v += "NULL"; return;
    }
  }
  if (fixed != 0 && b.size() < fixed) {
    v += "NULL";
    return;
  }
  switch (type) {
    case ParamType::Int8: case ParamType::Int16: case ParamType::Int32: case ParamType::Int64:
      append_int(v, b, fixed, true, p.format);
      return;
    case ParamType::Uint8: case ParamType::Uint16: case ParamType::Uint32:
    case ParamType::Uint64: case ParamType::Port:
      append_int(v, b, fixed, false, p.format);
      return;
    case ParamType::Errno: {
      int64_t e = load_sint(b, 8);
      append_num(v, e);
      if (e < 0)
        if (const char* n = errno_name(-e)) r += n;
      return;
    }
    case ParamType::Fd: case ParamType::Fd32: {
      int64_t fd = load_sint(b, fixed);
      append_num(v, fd);
      append_fd_resolved(r, *state_, ev.tid, fd);
      return;
    }
    case ParamType::Pid: case ParamType::Pid32: {
      int64_t pid = load_sint(b, fixed);
      append_num(v, pid);
      std::string_view comm;
      if (state_->thread_comm(pid, comm)) r += comm;
      return;
    }
    case ParamType::Flags8: case ParamType::Flags16: case ParamType::Flags32: {
      uint32_t f = static_cast<uint32_t>(load_uint(b, fixed));
      append_num(v, f);
      if (p.flags) append_flag_names(r, *p.flags, f);
      return;
    }
    case ParamType::EnumFlags8: case ParamType::EnumFlags16: case ParamType::EnumFlags32: {
      uint32_t f = static_cast<uint32_t>(load_uint(b, fixed));
      append_num(v, f);
      if (p.flags)
        if (const char* n = table_name(*p.flags, f)) r += n;
      return;
    }
    case ParamType::Mode: {
      uint32_t m = static_cast<uint32_t>(load_uint(b, 4));
      append_alt_octal(v, m);
      if (p.flags) append_flag_names(r, *p.flags, m);
      return;
    }
    case ParamType::Uid: case ParamType::Gid: {
      uint32_t id = static_cast<uint32_t>(load_uint(b, 4));
      append_num(v, static_cast<int32_t>(id));
      std::string_view name;
      if (id == capture::kNoUid) r += "<NONE>";
      else if (type == ParamType::Uid ? state_->user_name(id, name) : state_->group_name(id, name))
        r += name;
      else r += "<NA>";
      return;
    }
    case ParamType::SigType: {
      uint8_t s = b[0];
      append_num(v, unsigned{s});
      if (const char* n = table_name(capture::kSignalNames, s)) r += n;
      return;
    }
    case ParamType::SigSet: {
      uint32_t set = static_cast<uint32_t>(load_uint(b, 4));
      bool first = true;
      for (uint32_t bit = 0; bit < 32; ++bit) {
        if (!(set & (1u << bit))) continue;
        const char* n = table_name(capture::kSignalNames, bit + 1);
        if (!n) continue;
        if (!first) v.push_back(' ');
        v += n;
        first = false;
      }
      return;
    }
    case ParamType::RelTime: {
      uint64_t ns = load_uint(b, 8);
      append_num(v, ns);
      char buf[40];
      int n = std::snprintf(buf, sizeof buf, "%gs", static_cast<double>(ns) / 1e9);
      if (n > 0) r.append(buf, static_cast<size_t>(n));
      return;
    }
    case ParamType::AbsTime:
      append_num(v, load_uint(b, 8));
      return;
    case ParamType::SyscallId: {
      uint16_t id = static_cast<uint16_t>(load_uint(b, 2));
      if (const char* n = capture::syscall_name(id)) v += n;
      else append_num(v, id);
      return;
    }
    case ParamType::CharBuf:
      v += cstr(b);
      return;
    case ParamType::FsPath: case ParamType::FsRelPath:
      render_path(ev, info, p, b);
      return;
    case ParamType::ByteBuf:
      append_buffer(v, b, opt_.buffer, opt_.max_buffer_len);
      return;
    case ParamType::SockAddr:
      append_sockaddr(v, b);
      return;
    case ParamType::SockTuple:
      append_socktuple(v, b);
      return;
    case ParamType::FdList: {
      auto list = capture::decode_fdlist(b);
      if (!list) return;
      bool first = true;
      for (capture::FdListEntry e : *list) {
        if (!first) v.push_back(' ');
        first = false;
        append_num(v, e.fd);
        v.push_back(':');
        FdDesc d;
        v.push_back(state_->fd(ev.tid, e.fd, d) ? d.type : '?');
        append_num(v, unsigned{e.flags}, 16);
      }
      return;
    }
    case ParamType::Ipv4Addr: {
      char buf[capture::kIpv4TextSize];
      v += capture::format_ipv4(b.data(), buf, sizeof buf);
      return;
    }
    case ParamType::Ipv6Addr: {
      char buf[capture::kIpv6TextSize];
      v += capture::format_ipv6(b.data(), buf, sizeof buf);
      return;
    }
    case ParamType::Dyn: {
      uint8_t idx = b[0];
      if (!p.dyn_types || idx >= p.dyn_count) {
        v += "INVALID DYNAMIC PARAMETER";
        return;
      }
      render(ev, info, i, p, p.dyn_types[idx], b.subspan(1));
      return;
    }
    default:
      // Types no event parameter uses (filter-only or in-memory ones).
      append_buffer(v, b, BufferFormat::Normal, 0);
      return;
  }
}

}  // namespace trowel::engine::render
