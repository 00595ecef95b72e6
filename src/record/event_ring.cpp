#include "record/event_ring.h"

#include <cstring>

#include "capture/event_copy.h"

namespace trowel::record {

using capture::EventView;

namespace {
size_t round8(size_t n) { return (n + 7) & ~size_t{7}; }
}  // namespace

EventRing::EventRing(size_t capacity_bytes)
    : buf_(new uint8_t[capacity_bytes & ~size_t{7}]), capacity_(capacity_bytes & ~size_t{7}) {}

size_t EventRing::used() const {
  if (count_ == 0) return 0;
  return wrapped_ ? capacity_ - head_ + tail_ : tail_ - head_;
}

size_t EventRing::record_size(const EventView& ev) {
  return kRecordHeader + round8(capture::v2_size(ev));
}

bool EventRing::has_room(size_t bytes) const {
  if (count_ == 0) return bytes <= capacity_;
  if (wrapped_) return head_ - tail_ >= bytes;
  return capacity_ - tail_ >= bytes || head_ >= bytes;
}

bool EventRing::push(const EventView& ev) {
  size_t bytes = record_size(ev);
  if (!has_room(bytes)) return false;
  if (!wrapped_ && count_ > 0 && capacity_ - tail_ < bytes) {
    // Skip to the start; mark the skip unless the buffer ends here.
    if (tail_ < capacity_) std::memset(buf_.get() + tail_, 0, 4);
    tail_ = 0;
    wrapped_ = true;
  }
  uint8_t* p = buf_.get() + tail_;
  uint32_t size = static_cast<uint32_t>(bytes);
  std::memcpy(p, &size, 4);
  std::memcpy(p + 4, &ev.cpuid, 2);
  std::memset(p + 6, 0, 2);
  std::memcpy(p + 8, &ev.flags, 4);
  std::memset(p + 12, 0, 4);
  capture::encode_v2(ev, p + kRecordHeader);
  tail_ += bytes;
  ++count_;
  size_t u = used();
  if (u > peak_used_) peak_used_ = u;
  return true;
}

uint32_t EventRing::size_at(size_t offset) const {
  uint32_t s;
  std::memcpy(&s, buf_.get() + offset, 4);
  return s;
}

size_t EventRing::normalize(size_t offset) const {
  if (offset >= capacity_ || size_at(offset) == 0) return 0;
  return offset;
}

EventView EventRing::view_at(size_t offset) const {
  const uint8_t* p = buf_.get() + offset;
  uint16_t cpuid;
  uint32_t flags;
  std::memcpy(&cpuid, p + 4, 2);
  std::memcpy(&flags, p + 8, 4);
  return capture::view_v2(p + kRecordHeader, cpuid, flags);
}

void EventRing::pop_front() {
  if (count_ == 0) return;
  head_ += size_at(head_);
  --count_;
  if (count_ == 0) {
    head_ = tail_ = 0;
    wrapped_ = false;
    return;
  }
  if (wrapped_) {
    size_t n = normalize(head_);
    if (n != head_) {
      head_ = n;
      wrapped_ = false;
    }
  }
}

void EventRing::advance(Cursor& c) const {
  if (c.remaining == 0) return;
  c.offset += size_at(c.offset);
  --c.remaining;
  if (c.remaining) c.offset = normalize(c.offset);
}

}  // namespace trowel::record
