// BlockReader: splits a byte stream into .scap blocks (scap-format.md §2).
//
// Invariants: the Block handed out by next() points into an internal buffer
// that stays valid until the following next() call; offsets are positions in
// the uncompressed stream. The buffer starts small (cheap to open many small
// captures), doubles while the input keeps filling it, up to kReadChunk, and
// beyond that only for a block larger than it, never beyond kMaxBlockSize.
//
// Mapped mode (a source whose mapping() has data): no buffer and no copy;
// blocks point into the mapping and stay valid as long as the reader lives.
// The readable end is refreshed through mapped_advance() every
// MappedFile::kCheckEvery bytes, and a caught SIGBUS (mapping().fault) ends
// the input there as truncated.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "capture/byte_source.h"
#include "capture/event_view.h"

namespace trowel::capture {

struct Block {
  uint32_t type = 0;
  uint32_t total_len = 0;   // header + body + padding + trailer
  uint64_t offset = 0;      // uncompressed offset of the block start
  const uint8_t* body = nullptr;
  uint32_t body_len = 0;    // total_len - 12 (body + padding)
  uint32_t trailer = 0;     // the trailing copy of total_len
};

class BlockReader {
 public:
  // Largest block accepted (256 MiB); a larger declared length is corrupt.
  static constexpr uint32_t kMaxBlockSize = 256u << 20;
  static constexpr size_t kInitialBuffer = 64u << 10;
  static constexpr size_t kReadChunk = 4u << 20;

  explicit BlockReader(std::unique_ptr<ByteSource> src);

  enum class Status { Ok, End, Truncated, Corrupt };
  // Reads the next block. End: clean end of input at a block boundary.
  // Truncated: the input ended inside a block (offset() says where).
  // Corrupt: impossible length; error() has the reason.
  Status next(Block& out);

  // Mapped mode's common case, inline: a well-formed block that lies wholly
  // below the readable end of the last size check (and below the next
  // check), in pages no SIGBUS touched. Returns false, consuming nothing,
  // whenever next() must decide.
  bool next_fast(Block& out) {
    const uint64_t off = offset_;
    if (off + 8 > fast_end_) return false;
    const uint8_t* p = map_ + off;
    const uint32_t type = load_u32(p);
    const uint32_t total = load_u32(p + 4);
    if (total < 12 || (total & 3) != 0 || total > fast_end_ - off) return false;
    set_block(out, p, type, total, off);
    if (fault_->load(std::memory_order_acquire) < off + total) return false;
    offset_ = off + total;
    return true;
  }

  // next_fast()'s checks without consuming: the next block's start and
  // length when next_fast() would return it; then advance_fast(total) takes it.
  bool peek_fast(const uint8_t*& p, uint32_t& total) const {
    const uint64_t off = offset_;
    if (off + 8 > fast_end_) return false;
    p = map_ + off;
    total = load_u32(p + 4);
    if (total < 12 || (total & 3) != 0 || total > fast_end_ - off) return false;
    return fault_->load(std::memory_order_acquire) >= off + total;
  }
  void advance_fast(uint32_t total) { offset_ += total; }

  uint64_t offset() const { return offset_; }  // where the next block starts
  const std::string& error() const { return error_; }
  const ByteSource& source() const { return *src_; }
  size_t buffer_capacity() const { return cap_; }
  // True when blocks point into a mapping of the whole file (they then stay
  // valid after the following next()).
  bool mapped() const { return map_ != nullptr; }

 private:
  // Points `out` at the block of `total` bytes (checked: >= 12, a multiple of
  // 4, all readable) starting at `p`, stream offset `off`.
  static void set_block(Block& out, const uint8_t* p, uint32_t type, uint32_t total, uint64_t off) {
    out.type = type;
    out.total_len = total;
    out.offset = off;
    out.body = p + 8;
    out.body_len = total - 12;
    out.trailer = load_u32(p + total - 4);
  }
  // A block length next() accepts: the 12 header/trailer bytes, a multiple
  // of 4, at most kMaxBlockSize.
  static bool possible_length(uint32_t total) {
    return total >= 12 && (total & 3) == 0 && total <= kMaxBlockSize;
  }
  Status impossible_length(uint32_t total);  // Corrupt, with error() set
  bool fill(size_t need);  // ensures avail() >= need; false at end of input
  size_t avail() const { return end_ - pos_; }

  std::unique_ptr<ByteSource> src_;
  void grow(size_t min_cap);
  std::unique_ptr<uint8_t[]> buf_;  // uninitialized storage of cap_ bytes
  size_t cap_ = 0;
  size_t pos_ = 0, end_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false;
  std::string error_;
  Status next_mapped(Block& out);
  const uint8_t* map_ = nullptr;              // mapped mode: the file
  const std::atomic<uint64_t>* fault_ = nullptr;
  uint64_t map_limit_ = 0;                    // readable bytes at the last check
  uint64_t next_check_ = 0;                   // offset of the next size check
  uint64_t fast_end_ = 0;                     // min(map_limit_, next_check_): next_fast's bound
};

}  // namespace trowel::capture
