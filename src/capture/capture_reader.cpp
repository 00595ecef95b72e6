#include "capture/capture_reader.h"

#include "capture/block_types.h"
#include "capture/capture_error.h"
#include "capture/metadata_parser.h"

namespace trowel::capture {

namespace {
constexpr uint32_t kV1HeaderLen = 22;
constexpr uint32_t kV2HeaderLen = 26;

std::string hex32(uint32_t v) {
  char buf[16];
  snprintf(buf, sizeof buf, "0x%X", v);
  return buf;
}

// The reason part of an error thrown by a byte source ("<name>: reason").
std::string source_reason(const ByteSource& src, const CaptureError& e) {
  std::string msg = e.what();
  std::string prefix = src.name() + ": ";
  return msg.rfind(prefix, 0) == 0 ? msg.substr(prefix.size()) : msg;
}

std::string block_label(uint32_t type) {
  const char* n = block::name(type);
  return std::string(n) == "unknown" ? "block of unknown type " + hex32(type)
                                     : std::string(n) + " block";
}

// v1 events carry no parameter count: try the schema's count and fewer until
// the lengths add up exactly to `len` (scap-format.md §8.4). Returns -1 if no
// count fits.
int infer_nparams(const uint8_t* ev, uint32_t len, uint32_t max_params) {
  for (int n = static_cast<int>(max_params); n >= 0; --n) {
    uint64_t end = kV1HeaderLen + 2ull * static_cast<uint32_t>(n);
    if (end > len) continue;
    for (int i = 0; i < n; ++i) end += load_u16(ev + kV1HeaderLen + 2 * i);
    if (end == len) return n;
    if (end < len) return -1;
  }
  return -1;
}
// `sum` plus the n 2-byte lengths at `lens`, four at a time, the rest one by
// one (the caller has checked that the n entries lie inside the event).
[[gnu::always_inline]] inline uint64_t sum_lens16(const uint8_t* lens, uint32_t n, uint64_t sum) {
  uint32_t i = 0;
  for (; i + 4 <= n; i += 4) {
    uint64_t x = load_u64(lens + 2 * i);
    x = (x & 0x0000FFFF0000FFFFull) + ((x >> 16) & 0x0000FFFF0000FFFFull);
    sum += (x & 0xFFFFFFFFull) + (x >> 32);
  }
  for (; i < n; ++i) sum += load_u16(lens + 2 * i);
  return sum;
}

// Per event type: the width of a v2 length-array entry (4 for
// EF_LARGE_PAYLOAD types, else 2); the last entry is for unknown types.
// Filled at start-up from the constant-initialized schema.
struct WidthTable {
  uint8_t width[kEventTypeCount + 1];
  WidthTable() {
    for (uint16_t t = 0; t < kEventTypeCount; ++t) {
      const EventInfo* info = event_info(t);
      width[t] = info && (info->flags & event_flag::kLargePayload) ? 4 : 2;
    }
    width[kEventTypeCount] = 2;
  }
};
const WidthTable g_widths;

// The checks of a v2 event that every path makes, `pre` bytes into a block
// body of `body_len` bytes: its header fits, its length covers the header
// and lies inside the body, its type is known.
[[gnu::always_inline]] inline bool v2_header_ok(const uint8_t* body, uint32_t body_len, uint32_t pre, uint32_t& len,
                                                uint16_t& type) {
  if (body_len < pre + kV2HeaderLen) return false;
  const uint8_t* e = body + pre;
  len = load_u32(e + 16);
  type = load_u16(e + 20);
  return len >= kV2HeaderLen && len <= body_len - pre && type < kEventTypeCount;
}

// And for its parameters (the common case only): a type with 2-byte
// lengths, at most 64 of them, all inside the event. Sets `nparams`.
[[gnu::always_inline]] inline bool v2_params_ok(const uint8_t* e, uint32_t len, uint16_t type, uint32_t& nparams) {
  nparams = load_u32(e + 22);
  if (g_widths.width[type] != 2 || nparams > 64 || nparams > (len - kV2HeaderLen) / 2) return false;
  return sum_lens16(e + kV2HeaderLen, nparams, kV2HeaderLen + 2ull * nparams) <= len;
}
}  // namespace

CaptureReader::CaptureReader(std::unique_ptr<ByteSource> src, std::string name)
    : blocks_(std::move(src)), name_(std::move(name)) {}

std::unique_ptr<CaptureReader> CaptureReader::open(const std::string& path) {
  return open(open_byte_source(path), path == "-" ? "<stdin>" : path);
}

std::unique_ptr<CaptureReader> CaptureReader::open(std::unique_ptr<ByteSource> src,
                                                   const std::string& display_name) {
  std::unique_ptr<CaptureReader> r(new CaptureReader(std::move(src), display_name));
  r->read_first_section();
  return r;
}

void CaptureReader::fail(Status s, const std::string& msg, uint64_t offset) {
  status_ = s;
  stop_offset_ = offset;
  message_ = name_ + ": " + msg;
}

bool CaptureReader::fail_corrupt(const std::string& why, uint64_t offset) {
  fail(Status::Corrupt, why + " (" + std::to_string(stats_.events) + " events read)", offset);
  return false;
}

void CaptureReader::read_first_section() {
  Block b;
  BlockReader::Status st;
  try {
    st = blocks_.next(b);
  } catch (const CaptureError& e) {
    throw CaptureError(name_ + ": " + source_reason(blocks_.source(), e));
  }
  if (st == BlockReader::Status::End) throw CaptureError(name_ + ": empty file, not a capture");
  if (st != BlockReader::Status::Ok || b.type != block::kShb)
    throw CaptureError(name_ + ": not a .scap capture (no section header block at byte 0)");
  begin_section(b);
  read_metadata();
}

void CaptureReader::begin_section(const Block& b) {
  if (b.body_len < 16)
    throw CaptureError(name_ + ": corrupt SHB at byte " + std::to_string(b.offset) + ": too short");
  uint32_t magic = load_u32(b.body);
  if (magic != block::kShbMagic)
    throw CaptureError(name_ + ": corrupt SHB at byte " + std::to_string(b.offset) +
                       ": bad byte-order magic " + hex32(magic) +
                       (magic == 0x4D3C2B1A ? " (big-endian captures are not supported)" : ""));
  uint16_t major = load_u16(b.body + 4);
  if (major > 1)
    throw CaptureError(name_ + ": SHB at byte " + std::to_string(b.offset) +
                       ": unsupported format version " + std::to_string(major) + "." +
                       std::to_string(load_u16(b.body + 6)));
  tables_ = SectionTables{};
  tables_.offset = b.offset;
  tables_.major = major;
  tables_.minor = load_u16(b.body + 6);
  tables_.shb_options_bytes = b.body_len - 16;
  tables_.blocks[block::kShb] = 1;
  stats_.sections++;
}

bool CaptureReader::read_block(Block& b, BlockReader::Status& st) {
  try {
    st = blocks_.next(b);
  } catch (const CaptureError& e) {
    return fail_corrupt(source_reason(blocks_.source(), e), blocks_.offset());
  }
  if (st == BlockReader::Status::Truncated) {
    fail(Status::Truncated, "truncated at byte " + std::to_string(blocks_.offset()) +
                                " after " + std::to_string(stats_.events) + " events",
         blocks_.offset());
    return false;
  }
  if (st == BlockReader::Status::Corrupt)
    return fail_corrupt("corrupt block at byte " + std::to_string(blocks_.offset()) + ": " + blocks_.error(),
                        blocks_.offset());
  return true;
}

bool CaptureReader::next_section(const Block& b) {
  try {
    begin_section(b);
  } catch (const CaptureError& e) {
    fail(Status::Corrupt, std::string(e.what()).substr(name_.size() + 2), b.offset);
    return false;
  }
  ++section_;
  return true;
}

bool CaptureReader::read_metadata() {
  for (;;) {
    Block b;
    BlockReader::Status st;
    if (!read_block(b, st)) return false;
    if (st == BlockReader::Status::End) {
      status_ = Status::End;
      if (section_cb_) section_cb_(section_ctx_, tables_);
      return false;
    }
    if (block::is_event_block(b.type)) {
      pending_ = b;
      have_pending_ = true;
      if (section_cb_) section_cb_(section_ctx_, tables_);
      return true;
    }
    if (b.type == block::kShb) {
      // A section without events: finish it and start the next one.
      if (section_cb_) section_cb_(section_ctx_, tables_);
      if (!next_section(b)) return false;
      continue;
    }
    if (b.trailer != b.total_len)
      return fail_corrupt("corrupt " + block_label(b.type) + " at byte " + std::to_string(b.offset) +
                              ": trailer " + std::to_string(b.trailer) + " does not match length " +
                              std::to_string(b.total_len),
                          b.offset);
    tables_.blocks[b.type]++;
    try {
      if (!parse_metadata_block(b.type, b.body, b.body_len, tables_)) {
        tables_.unknown_blocks++;
        stats_.unknown_blocks++;
      }
    } catch (const MetadataError& e) {
      return fail_corrupt("corrupt " + block_label(b.type) + " at byte " + std::to_string(b.offset) + ": " +
                              e.what(),
                          b.offset);
    }
  }
}

// A v2 event block (EV or EVF, not a large-payload kind) of a mapped file,
// lying below the last size check, holding one event of a known type: when
// skimming, an event of a `skim` type off the batch boundaries gets its
// header only (as skim_event()); else its 2-byte lengths must add up inside
// it (decode_event()'s v2 path). The same view, statistics and checks as
// the general path, without building a Block; anything else is left to it.
// (One instance per block type, so that the prefix length is a constant.)
template <bool kSkim>
inline bool CaptureReader::fast_event(EventView& ev, const bool* skim, uint64_t full_mask) {
  const uint8_t* p;
  uint32_t total;
  if (!blocks_.peek_fast(p, total) || total > BlockReader::kReadChunk) return false;
  const uint32_t btype = load_u32(p);
  if (btype == block::kEvV2) return fast_v2<kSkim, false>(ev, p, total, skim, full_mask);
  if (btype == block::kEvfV2) return fast_v2<kSkim, true>(ev, p, total, skim, full_mask);
  return false;
}

template <bool kSkim, bool kFlags>
inline bool CaptureReader::fast_v2(EventView& ev, const uint8_t* p, uint32_t total, const bool* skim,
                                   uint64_t full_mask) {
  constexpr uint32_t pre = kFlags ? 6 : 2;  // cpuid (+ flags)
  uint32_t len, nparams;
  uint16_t type;
  if (!v2_header_ok(p + 8, total - 12, pre, len, type)) return false;
  const uint8_t* e = p + 8 + pre;
  if constexpr (kSkim) {
    if (skim[type] && ((stats_.events + 1) & full_mask) != 0) {
      take_v2<kFlags>(ev, p, total, len, type, nullptr, 0);
      return true;
    }
  }
  if (!v2_params_ok(e, len, type, nparams)) return false;
  take_v2<kFlags>(ev, p, total, len, type, e + kV2HeaderLen, nparams);
  return true;
}

// fast_v2()'s event: consumes the block, counts it, points `ev` at it.
template <bool kFlags>
inline void CaptureReader::take_v2(EventView& ev, const uint8_t* p, uint32_t total, uint32_t len, uint16_t type,
                                   const uint8_t* lens, uint32_t nparams) {
  constexpr uint32_t pre = kFlags ? 6 : 2;
  Block b;  // (scalars only: the compiler keeps them in registers)
  b.type = kFlags ? block::kEvfV2 : block::kEvV2;
  b.total_len = total;
  b.offset = blocks_.offset();
  b.body = p + 8;
  b.body_len = total - 12;
  blocks_.advance_fast(total);
  count_block(b, pre, len);
  fill_event(b, b.body + pre, lens, len, type, nparams, 2, kFlags, true, ev);
}

template <bool kSkim>
bool CaptureReader::next_events(EventView& ev, const bool* skim, uint64_t full_mask) {
  if (status_ != Status::Ok) return false;
  for (;;) {
    if (have_pending_) {
      have_pending_ = false;
      return decode_event(pending_, ev);
    }
    Block b;
    BlockReader::Status st = BlockReader::Status::Ok;
    if (!blocks_.next_fast(b) && !read_block(b, st)) return false;
    if (st == BlockReader::Status::End) {
      status_ = Status::End;
      return false;
    }
    if (block::is_event_block(b.type)) {
      if constexpr (kSkim) {
        if (skim_event(b, ev, skim, full_mask)) return true;
      }
      return decode_event(b, ev);
    }
    if (b.type == block::kShb) {
      if (!next_section(b)) return false;
      if (!read_metadata()) return false;
      continue;
    }
    return fail_corrupt("unexpected " + block_label(b.type) + " at byte " + std::to_string(b.offset) +
                            " after the first event",
                        b.offset);
  }
}

// The common case first, in a function of its own (small, so compiled
// tight); everything else in next_events().
bool CaptureReader::next(EventView& ev) {
  if (status_ == Status::Ok && !have_pending_ && fast_event<false>(ev, nullptr, 0)) return true;
  return next_events<false>(ev, nullptr, 0);
}

bool CaptureReader::next_skim(EventView& ev, const bool* skim, uint64_t full_mask) {
  if (status_ == Status::Ok && !have_pending_ && fast_event<true>(ev, skim, full_mask)) return true;
  return next_events<true>(ev, skim, full_mask);
}

// Points `ev` at the validated event `e` of block `b` (its header fields,
// length array `lens` of `nparams` entries of `width` bytes, the values).
inline void CaptureReader::fill_event(const Block& b, const uint8_t* e, const uint8_t* lens, uint32_t len,
                                      uint16_t type, uint32_t nparams, uint8_t width, bool has_flags, bool v2,
                                      EventView& ev) {
  ev.data = e;
  ev.lens = lens;
  ev.values = lens + nparams * width;
  ev.num = ++stats_.events;
  ev.ts = load_u64(e);
  ev.tid = static_cast<int64_t>(load_u64(e + 8));
  ev.block_offset = b.offset;
  ev.len = len;
  ev.flags = has_flags ? load_u32(b.body + 2) : 0;
  ev.nparams = nparams;
  ev.section = section_;
  ev.type = type;
  ev.cpuid = load_u16(b.body);
  ev.len_width = width;
  ev.v2 = v2;
  ev.block_type = b.type;
}

// The statistics of an event's block: the largest block, and the bytes after
// the event that the writer's padding does not explain.
inline void CaptureReader::count_block(const Block& b, uint32_t pre, uint32_t len) {
  if (b.total_len > stats_.largest_block) stats_.largest_block = b.total_len;
  const uint32_t used = pre + ((len + 2 + 3) & ~3u) - 2;  // the writer pads (cpuid + len)
  if (b.body_len > used) stats_.ignored_trailing_bytes += b.body_len - used;
}

inline bool CaptureReader::skim_event(const Block& b, EventView& ev, const bool* skim, uint64_t full_mask) {
  if (((stats_.events + 1) & full_mask) == 0) return false;
  if ((b.type != block::kEvV2 && b.type != block::kEvfV2) || b.total_len > BlockReader::kReadChunk) return false;
  const bool has_flags = b.type == block::kEvfV2;
  const uint32_t pre = has_flags ? 6 : 2;
  uint32_t len;
  uint16_t type;
  if (!v2_header_ok(b.body, b.body_len, pre, len, type) || !skim[type]) return false;
  count_block(b, pre, len);
  fill_event(b, b.body + pre, nullptr, len, type, 0, 2, has_flags, true, ev);
  return true;
}

inline bool CaptureReader::decode_event(const Block& b, EventView& ev) {
  // The common cases first: a v2 event that fits its block, with a 2-byte
  // length array, of a known type; or a v1 event of a known type whose
  // lengths add up with the schema's full parameter count (what
  // infer_nparams tries first). Every check of the general path below is
  // made; anything unusual takes that path.
  if (!block::event_block_is_v2(b.type) && b.total_len <= BlockReader::kReadChunk) {
    const bool has_flags = block::event_block_has_flags(b.type);
    const uint32_t pre = has_flags ? 6 : 2;
    if (b.body_len >= pre + kV1HeaderLen) {
      const uint8_t* e = b.body + pre;
      const uint32_t len = load_u32(e + 16);
      const uint16_t type = load_u16(e + 20);
      const EventInfo* info = type < kEventTypeCount ? event_info(type) : nullptr;
      if (info && len <= b.body_len - pre) {
        const uint32_t nparams = info->nparams;
        uint64_t end = kV1HeaderLen + 2ull * nparams;
        if (end <= len) {
          const uint8_t* lens = e + kV1HeaderLen;
          for (uint32_t i = 0; i < nparams; ++i) end += load_u16(lens + 2 * i);
          if (end == len) {
            count_block(b, pre, len);
            fill_event(b, e, lens, len, type, nparams, 2, has_flags, false, ev);
            return true;
          }
        }
      }
    }
  }
  if (block::event_block_is_v2(b.type) && b.total_len <= BlockReader::kReadChunk) {
    const bool has_flags = block::event_block_has_flags(b.type);
    const uint32_t pre = has_flags ? 6 : 2;
    uint32_t len, nparams;
    uint16_t type;
    if (v2_header_ok(b.body, b.body_len, pre, len, type) && v2_params_ok(b.body + pre, len, type, nparams)) {
      const uint8_t* e = b.body + pre;
      count_block(b, pre, len);
      fill_event(b, e, e + kV2HeaderLen, len, type, nparams, 2, has_flags, true, ev);
      return true;
    }
  }
  return decode_event_general(b, ev);
}

bool CaptureReader::decode_event_general(const Block& b, EventView& ev) {
  if (b.total_len > stats_.largest_block) stats_.largest_block = b.total_len;
  if (b.total_len > BlockReader::kReadChunk) stats_.oversized_blocks++;
  auto corrupt = [&](const std::string& why) {
    return fail_corrupt("corrupt " + block_label(b.type) + " at byte " + std::to_string(b.offset) + ": " + why,
                        b.offset);
  };
  const bool has_flags = block::event_block_has_flags(b.type);
  const bool v2 = block::event_block_is_v2(b.type);
  const uint32_t hdr = v2 ? kV2HeaderLen : kV1HeaderLen;
  const uint32_t pre = has_flags ? 6 : 2;
  if (b.body_len < pre + hdr) return corrupt("block too short for an event header");
  const uint8_t* e = b.body + pre;
  const uint32_t avail = b.body_len - pre;
  const uint32_t len = load_u32(e + 16);
  if (len < hdr) return corrupt("event length " + std::to_string(len) + " is below the header size");
  if (len > avail)
    return corrupt("event length " + std::to_string(len) + " exceeds the block (" +
                   std::to_string(avail) + " bytes)");
  const uint16_t type = load_u16(e + 20);
  const EventInfo* info = event_info(type);
  uint32_t width = 2;
  uint32_t nparams;
  if (v2) {
    if (info && (info->flags & event_flag::kLargePayload)) width = 4;
    nparams = load_u32(e + 22);
    if (static_cast<uint64_t>(nparams) * width > len - hdr)
      return corrupt("parameter count " + std::to_string(nparams) + " does not fit event length " +
                     std::to_string(len));
  } else if (!info) {
    nparams = 0;  // unknown type in a v1 block: its parameters cannot be inferred
  } else {
    int n = infer_nparams(e, len, info->nparams);
    // Old notification/infra events declare 3 bytes too many (§8.4).
    if (n < 0 && (type == 280 || type == 286) && len >= hdr + 3) n = infer_nparams(e, len - 3, info->nparams);
    if (n < 0) return corrupt("cannot infer the parameter count of a '" + std::string(info->name) + "' event");
    nparams = static_cast<uint32_t>(n);
  }
  const uint8_t* lens = e + hdr;
  uint64_t sum = 0;
  for (uint32_t i = 0; i < nparams; ++i) sum += width == 2 ? load_u16(lens + 2 * i) : load_u32(lens + 4 * i);
  if (hdr + nparams * width + sum > len)
    return corrupt("parameters overrun the event length " + std::to_string(len));
  count_block(b, pre, len);
  if (!info) stats_.unknown_type_events++;

  fill_event(b, e, lens, len, type, nparams, static_cast<uint8_t>(width), has_flags, v2, ev);
  return true;
}

}  // namespace trowel::capture
