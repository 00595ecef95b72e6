#include "capture/block_reader.h"

#include <algorithm>
#include <cstring>

#include "capture/event_view.h"
#include "capture/mapped_file.h"

namespace trowel::capture {

BlockReader::BlockReader(std::unique_ptr<ByteSource> src) : src_(std::move(src)) {
  ByteSource::Mapping m = src_->mapping();
  if (m.data) {
    map_ = m.data;
    fault_ = m.fault;
    map_limit_ = src_->mapped_advance(0);
    next_check_ = MappedFile::kCheckEvery;
    return;
  }
  buf_.reset(new uint8_t[kInitialBuffer]);
  cap_ = kInitialBuffer;
}

BlockReader::Status BlockReader::impossible_length(uint32_t total) {
  error_ = "impossible block length " + std::to_string(total);
  return Status::Corrupt;
}

BlockReader::Status BlockReader::next_mapped(Block& out) {
  if (offset_ >= next_check_) {
    map_limit_ = src_->mapped_advance(offset_);
    next_check_ = offset_ + MappedFile::kCheckEvery;
  }
  uint64_t limit = map_limit_;
  uint64_t fault = fault_->load(std::memory_order_relaxed);
  if (fault < limit) limit = map_limit_ = fault;
  if (offset_ >= limit) return offset_ == limit && fault == UINT64_MAX ? Status::End : Status::Truncated;
  if (limit - offset_ < 8) return Status::Truncated;
  const uint8_t* p = map_ + offset_;
  uint32_t type = load_u32(p);
  uint32_t total = load_u32(p + 4);
  // The header may have been read as zeros after a SIGBUS just now.
  if (fault_->load(std::memory_order_acquire) <= offset_ + 8) return Status::Truncated;
  if (!possible_length(total)) return impossible_length(total);
  if (total > limit - offset_) {
    // The block may reach past the last check: check again before giving up.
    map_limit_ = src_->mapped_advance(offset_);
    next_check_ = offset_ + MappedFile::kCheckEvery;
    if (total > map_limit_ - std::min(map_limit_, offset_)) return Status::Truncated;
  }
  set_block(out, p, type, total, offset_);
  if (fault_->load(std::memory_order_acquire) < offset_ + total) return Status::Truncated;
  offset_ += total;
  fast_end_ = std::min(map_limit_, next_check_);
  return Status::Ok;
}

void BlockReader::grow(size_t min_cap) {
  size_t cap = std::max(min_cap, cap_ * 2);
  std::unique_ptr<uint8_t[]> bigger(new uint8_t[cap]);
  std::memcpy(bigger.get(), buf_.get() + pos_, avail());
  end_ -= pos_;
  pos_ = 0;
  buf_ = std::move(bigger);
  cap_ = cap;
}

bool BlockReader::fill(size_t need) {
  if (avail() >= need) return true;
  // Move the unread tail to the front, grow if the block is larger than the
  // buffer, then read until `need` bytes are there or the input ends.
  if (need > cap_) grow(need);
  else if (cap_ < kReadChunk && end_ == cap_) grow(cap_ * 2);  // a large input: read more at once
  if (pos_ > 0) {
    std::memmove(buf_.get(), buf_.get() + pos_, avail());
    end_ -= pos_;
    pos_ = 0;
  }
  while (end_ < need && !eof_) {
    size_t r = src_->read(buf_.get() + end_, cap_ - end_);
    if (r == 0) eof_ = true;
    end_ += r;
  }
  return avail() >= need;
}

BlockReader::Status BlockReader::next(Block& out) {
  if (!error_.empty()) error_.clear();
  if (map_) return next_mapped(out);
  if (!fill(8)) return avail() == 0 ? Status::End : Status::Truncated;
  const uint8_t* p = buf_.get() + pos_;
  uint32_t type = load_u32(p);
  uint32_t total = load_u32(p + 4);
  if (!possible_length(total)) return impossible_length(total);
  if (!fill(total)) return Status::Truncated;
  p = buf_.get() + pos_;
  set_block(out, p, type, total, offset_);
  pos_ += total;
  offset_ += total;
  return Status::Ok;
}

}  // namespace trowel::capture
