#include "capture/block_reader.h"

#include <cstring>

#include "capture/event_view.h"

namespace trowel::capture {

namespace {
constexpr size_t kInitialBuffer = 4u << 20;  // 4 MiB: many blocks per refill
}

BlockReader::BlockReader(std::unique_ptr<ByteSource> src)
    : src_(std::move(src)), buf_(kInitialBuffer) {}

bool BlockReader::fill(size_t need) {
  if (avail() >= need) return true;
  // Move the unread tail to the front, grow if the block is larger than the
  // buffer, then read until `need` bytes are there or the input ends.
  if (pos_ > 0) {
    std::memmove(buf_.data(), buf_.data() + pos_, avail());
    end_ -= pos_;
    pos_ = 0;
  }
  if (need > buf_.size()) buf_.resize(std::max(need, buf_.size() * 2));
  while (end_ < need && !eof_) {
    size_t r = src_->read(buf_.data() + end_, buf_.size() - end_);
    if (r == 0) eof_ = true;
    end_ += r;
  }
  return avail() >= need;
}

BlockReader::Status BlockReader::next(Block& out) {
  error_.clear();
  if (!fill(8)) return avail() == 0 ? Status::End : Status::Truncated;
  const uint8_t* p = buf_.data() + pos_;
  uint32_t type = load_u32(p);
  uint32_t total = load_u32(p + 4);
  if (total < 12 || (total & 3) != 0 || total > kMaxBlockSize) {
    error_ = "impossible block length " + std::to_string(total);
    return Status::Corrupt;
  }
  if (!fill(total)) return Status::Truncated;
  p = buf_.data() + pos_;
  out.type = type;
  out.total_len = total;
  out.offset = offset_;
  out.body = p + 8;
  out.body_len = total - 12;
  out.trailer = load_u32(p + total - 4);
  pos_ += total;
  offset_ += total;
  return Status::Ok;
}

}  // namespace trowel::capture
