// CaptureWriter: block encoders for the section tables and for events.
#include "capture/capture_writer.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "capture/block_types.h"
#include "capture/capture_error.h"

namespace trowel::capture {
namespace {

// String limits of the readers (scap-format.md §13 trap 14).
constexpr size_t kMaxPath = 1024;       // comm, exe, exepath, cwd, root
constexpr size_t kMaxList = 4096;       // args, env, cgroups
constexpr size_t kMaxFdName = 1023;     // fd names, interface names (< 1024)
constexpr size_t kMaxUserStr = 255;     // user and group strings (< 256)
constexpr size_t kMaxHostname = 127;    // MI hostname keeps a NUL in 128 bytes

constexpr uint32_t kNonLargeMaxBody = 65536;  // block_total_length - 8 limit
constexpr uint32_t kFlagLarge = 1u << 2;      // SCAP_DF_LARGE: writer hint only

bool fd_type_writable(FdType t) {
  auto v = static_cast<uint8_t>(t);
  return v >= 1 && v <= 16;
}

}  // namespace

CaptureWriter::CaptureWriter(const std::string& path, WriterOptions opt)
    : CaptureWriter(open_byte_sink(path), opt) {}

CaptureWriter::CaptureWriter(std::unique_ptr<ByteSink> sink, WriterOptions opt)
    : sink_(std::move(sink)), opt_(opt) {
  block_.reserve(64 * 1024);
}

CaptureWriter::~CaptureWriter() {
  try {
    close();
  } catch (...) {
  }
}

void CaptureWriter::close() {
  if (closed_) return;
  closed_ = true;
  sink_->close();
}

// ---- block assembly -------------------------------------------------------

template <class T>
void CaptureWriter::patch_le(size_t at, T v) {
  std::memcpy(block_.data() + at, &v, sizeof v);
}

void CaptureWriter::begin_block(uint32_t type) {
  if (closed_) throw CaptureError(sink_->name() + ": write after close");
  block_.clear();
  put_le<uint32_t>(type);
  put_le<uint32_t>(0);  // total length, patched by end_block()
}

void CaptureWriter::end_block() {
  while (block_.size() % 4) block_.push_back(0);
  auto total = static_cast<uint32_t>(block_.size() + 4);
  patch_le<uint32_t>(4, total);
  put_le<uint32_t>(total);
  sink_->write(block_.data(), block_.size());
  stats_.bytes += block_.size();
}

void CaptureWriter::put_str16(const std::string& s, size_t max_len) {
  size_t n = s.size();
  if (n > max_len) {
    n = max_len;
    ++stats_.strings_truncated;
  }
  put_le<uint16_t>(static_cast<uint16_t>(n));
  put(s.data(), n);
}

// ---- section tables ---------------------------------------------------------

void CaptureWriter::write_section(const SectionTables& t) {
  write_shb();
  if (t.has_machine_info) write_machine_info(t.machine);
  write_interfaces(t.interfaces);
  write_users(t.users, t.groups);
  write_threads(t.threads);
  write_fds(t);
  in_section_ = true;
  ++stats_.sections;
}

void CaptureWriter::write_shb() {
  begin_block(block::kShb);
  put_le<uint32_t>(block::kShbMagic);
  put_le<uint16_t>(1);  // major
  put_le<uint16_t>(2);  // minor
  put_le<uint64_t>(~uint64_t{0});  // section length: unknown
  end_block();
}

void CaptureWriter::write_machine_info(const MachineInfo& m) {
  begin_block(block::kMi);
  put_le<uint32_t>(m.num_cpus);
  put_le<uint64_t>(m.memory_bytes);
  put_le<uint64_t>(m.max_pid);
  char host[128] = {};
  size_t n = std::min(m.hostname.size(), kMaxHostname);
  if (n < m.hostname.size()) ++stats_.strings_truncated;
  std::memcpy(host, m.hostname.data(), n);
  put(host, sizeof host);
  put_le<uint64_t>(m.boot_ts);
  put_le<uint64_t>(m.flags);
  put_le<uint64_t>(0);
  put_le<uint64_t>(0);
  end_block();  // body is exactly 180 bytes: no padding needed
}

void CaptureWriter::write_interfaces(const std::vector<InterfaceEntry>& v) {
  begin_block(block::kIlV2);
  for (const auto& e : v) {
    if (e.type < 1 || e.type > 4) continue;  // unknown type: not representable
    bool v6 = e.type == 2 || e.type == 4;
    bool speed = e.type == 1 || e.type == 2;
    size_t alen = v6 ? 16 : 4;
    size_t at = block_.size();
    put_le<uint32_t>(0);  // entry_len: bytes after this field, patched below
    put_le<uint16_t>(e.type);
    size_t n = std::min(e.name.size(), kMaxFdName);
    if (n < e.name.size()) ++stats_.strings_truncated;
    put_le<uint16_t>(static_cast<uint16_t>(n));
    put(e.addr.data(), alen);
    put(e.netmask.data(), alen);
    put(e.bcast.data(), alen);
    if (speed) put_le<uint64_t>(e.linkspeed);
    put(e.name.data(), n);
    patch_le<uint32_t>(at, static_cast<uint32_t>(block_.size() - at - 4));
  }
  end_block();
}

void CaptureWriter::write_users(const std::vector<UserEntry>& users,
                                const std::vector<GroupEntry>& groups) {
  begin_block(block::kUlV2);
  for (const auto& u : users) {
    size_t at = block_.size();
    put_le<uint32_t>(0);  // len incl. itself, patched below
    put_le<uint8_t>(0);   // user
    put_le<uint32_t>(u.uid);
    put_le<uint32_t>(u.gid);
    put_str16(u.name, kMaxUserStr);
    put_str16(u.home, kMaxUserStr);
    put_str16(u.shell, kMaxUserStr);
    patch_le<uint32_t>(at, static_cast<uint32_t>(block_.size() - at));
  }
  for (const auto& g : groups) {
    size_t at = block_.size();
    put_le<uint32_t>(0);
    put_le<uint8_t>(1);  // group
    put_le<uint32_t>(g.gid);
    put_str16(g.name, kMaxUserStr);
    patch_le<uint32_t>(at, static_cast<uint32_t>(block_.size() - at));
  }
  end_block();
}

void CaptureWriter::write_threads(const std::vector<ThreadEntry>& v) {
  begin_block(block::kPlV9);
  for (const auto& t : v) {
    size_t at = block_.size();
    put_le<uint32_t>(0);  // len incl. itself, patched below
    put_le<int64_t>(t.tid);
    put_le<int64_t>(t.pid);
    put_le<int64_t>(t.ptid);
    put_le<int64_t>(t.sid);
    put_le<int64_t>(t.vpgid);
    put_str16(t.comm, kMaxPath);
    put_str16(t.exe, kMaxPath);
    put_str16(t.exepath, kMaxPath);
    put_str16(t.args, kMaxList);
    put_str16(t.cwd, kMaxPath);
    put_le<int64_t>(t.fdlimit);
    put_le<uint32_t>(t.flags);
    put_le<uint32_t>(t.uid);
    put_le<uint32_t>(t.gid);
    put_le<uint32_t>(t.vmsize_kb);
    put_le<uint32_t>(t.vmrss_kb);
    put_le<uint32_t>(t.vmswap_kb);
    put_le<uint64_t>(t.pfmajor);
    put_le<uint64_t>(t.pfminor);
    put_str16(t.env, kMaxList);
    put_le<int64_t>(t.vtid);
    put_le<int64_t>(t.vpid);
    put_str16(t.cgroups, kMaxList);
    put_str16(t.root, kMaxPath);
    // Tail layout A (29 bytes), understood by both reader generations.
    put_le<uint32_t>(t.loginuid);
    put_le<uint8_t>(t.exe_writable);
    put_le<uint64_t>(t.cap_inheritable);
    put_le<uint64_t>(t.cap_permitted);
    put_le<uint64_t>(t.cap_effective);
    patch_le<uint32_t>(at, static_cast<uint32_t>(block_.size() - at));
  }
  end_block();
}

void CaptureWriter::write_fds(const SectionTables& t) {
  // Group the fds by owner tid, keeping their order within a tid.
  std::map<int64_t, std::vector<const FdEntry*>> by_tid;
  std::vector<int64_t> orphan_order;  // tids with fds but no PL entry
  for (const auto& f : t.fds) {
    if (!fd_type_writable(f.type)) {
      ++stats_.fds_dropped;
      continue;
    }
    by_tid[f.tid].push_back(&f);
  }
  static const std::vector<const FdEntry*> kNone;
  std::map<int64_t, bool> written;
  for (const auto& th : t.threads) {
    if (written[th.tid]) continue;
    written[th.tid] = true;
    auto it = by_tid.find(th.tid);
    write_fd_block(th.tid, it == by_tid.end() ? kNone : it->second);
  }
  for (const auto& f : t.fds) {
    if (!fd_type_writable(f.type) || written[f.tid]) continue;
    written[f.tid] = true;
    write_fd_block(f.tid, by_tid[f.tid]);
  }
}

void CaptureWriter::write_fd_block(int64_t tid, const std::vector<const FdEntry*>& fds) {
  begin_block(block::kFdlV2);
  put_le<int64_t>(tid);
  for (const FdEntry* f : fds) {
    size_t at = block_.size();
    put_le<uint32_t>(0);  // len incl. itself, patched below
    put_le<int64_t>(f->fd);
    put_le<uint64_t>(f->ino);
    put_le<uint8_t>(static_cast<uint8_t>(f->type));
    switch (f->type) {
      case FdType::Ipv4Sock:
        put(f->sip.data(), 4);
        put(f->dip.data(), 4);
        put_le<uint16_t>(f->sport);
        put_le<uint16_t>(f->dport);
        put_le<uint8_t>(f->l4proto);
        break;
      case FdType::Ipv6Sock:
        put(f->sip.data(), 16);
        put(f->dip.data(), 16);
        put_le<uint16_t>(f->sport);
        put_le<uint16_t>(f->dport);
        put_le<uint8_t>(f->l4proto);
        break;
      case FdType::Ipv4ServSock:
        put(f->sip.data(), 4);
        put_le<uint16_t>(f->sport);
        put_le<uint8_t>(f->l4proto);
        break;
      case FdType::Ipv6ServSock:
        put(f->sip.data(), 16);
        put_le<uint16_t>(f->sport);
        put_le<uint8_t>(f->l4proto);
        break;
      case FdType::UnixSock:
        put_le<uint64_t>(f->unix_source);
        put_le<uint64_t>(f->unix_dest);
        put_str16(f->name, kMaxFdName);
        break;
      case FdType::FileV2:
        put_le<uint32_t>(f->open_flags);
        put_str16(f->name, kMaxFdName);
        put_le<uint32_t>(f->dev);
        break;
      default:  // every other type 1..16 carries just a name
        put_str16(f->name, kMaxFdName);
        break;
    }
    patch_le<uint32_t>(at, static_cast<uint32_t>(block_.size() - at));
  }
  end_block();
}

// ---- events -------------------------------------------------------------------

size_t CaptureWriter::begin_event_block(uint16_t cpuid, uint32_t flags) {
  if (!in_section_) write_section(SectionTables{});
  begin_block(0);  // type decided by end_event_block()
  put_le<uint16_t>(cpuid);
  if (flags) put_le<uint32_t>(flags);
  return block_.size();
}

void CaptureWriter::end_event_block(size_t event_start, uint32_t flags, uint16_t type) {
  auto ev_len = static_cast<uint32_t>(block_.size() - event_start);
  patch_le<uint32_t>(event_start + 16, ev_len);
  size_t total = (block_.size() + 3) / 4 * 4 + 4;
  uint32_t btype;
  if (opt_.v1_events) {
    if (total - 8 > kNonLargeMaxBody)
      throw CaptureError(sink_->name() + ": event too large for a v1 event block");
    btype = flags ? block::kEvf : block::kEv;
  } else {
    bool large = total - 8 > kNonLargeMaxBody || uses_u32_lengths(type);
    if (large) {
      btype = flags ? block::kEvfV2Large : block::kEvV2Large;
      ++stats_.large_blocks;
    } else {
      btype = flags ? block::kEvfV2 : block::kEvV2;
    }
  }
  if (flags) ++stats_.flagged_blocks;
  patch_le<uint32_t>(0, btype);
  end_block();
  ++stats_.events;
}

void CaptureWriter::write_event(const EventView& ev) {
  uint32_t flags = ev.flags & ~kFlagLarge;
  const uint8_t* end = ev.data + ev.len;
  unsigned out_w = (!opt_.v1_events && uses_u32_lengths(ev.type)) ? 4 : 2;

  size_t start = begin_event_block(ev.cpuid, flags);
  put_le<uint64_t>(ev.ts);
  put_le<int64_t>(ev.tid);
  put_le<uint32_t>(0);  // len, patched by end_event_block()
  put_le<uint16_t>(ev.type);
  if (!opt_.v1_events) put_le<uint32_t>(ev.nparams);
  if (out_w == ev.len_width) {
    // Length array and values are contiguous: copy them as they are.
    put(ev.lens, static_cast<size_t>(end - ev.lens));
  } else {
    for (uint32_t i = 0; i < ev.nparams; ++i) {
      uint32_t l = ev.param_len(i);
      if (out_w == 4) {
        put_le<uint32_t>(l);
      } else {
        if (l > 0xFFFF) throw CaptureError(sink_->name() + ": parameter too long for a v1 event");
        put_le<uint16_t>(static_cast<uint16_t>(l));
      }
    }
    put(ev.values, static_cast<size_t>(end - ev.values));
  }
  end_event_block(start, flags, ev.type);
}

void CaptureWriter::write_event(uint64_t ts, int64_t tid, uint16_t cpuid, uint32_t flags,
                                uint16_t type,
                                std::span<const std::span<const uint8_t>> params) {
  flags &= ~kFlagLarge;
  bool wide = !opt_.v1_events && uses_u32_lengths(type);
  for (const auto& p : params) {
    if (!wide && p.size() > 0xFFFF)
      throw CaptureError(sink_->name() + ": parameter of " + std::to_string(p.size()) +
                         " bytes does not fit a 16-bit length (event type " +
                         std::to_string(type) + ")");
  }
  size_t start = begin_event_block(cpuid, flags);
  put_le<uint64_t>(ts);
  put_le<int64_t>(tid);
  put_le<uint32_t>(0);
  put_le<uint16_t>(type);
  if (!opt_.v1_events) put_le<uint32_t>(static_cast<uint32_t>(params.size()));
  for (const auto& p : params) {
    if (wide) put_le<uint32_t>(static_cast<uint32_t>(p.size()));
    else put_le<uint16_t>(static_cast<uint16_t>(p.size()));
  }
  for (const auto& p : params) put(p.data(), p.size());
  end_event_block(start, flags, type);
}

}  // namespace trowel::capture
