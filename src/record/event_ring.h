// EventRing: the most recent events, oldest first, in one byte buffer of a
// fixed capacity allocated once (pages are touched only as they fill), so a
// rolling buffer's memory is exactly its stated bound and pushing an event
// allocates nothing.
//
// Layout: records one after the other, each
//   [u32 size][u16 cpuid][u16 0][u32 flags][u32 0][event, v2 encoding][pad to 8]
// `size` counts the whole record (a multiple of 8). A record never wraps:
// when it does not fit before the end of the buffer, the rest of the buffer
// is skipped (a size of 0 marks the skip when there is room for it) and the
// record goes to the start.
//
// Invariants: count_ == 0 implies head_ == tail_ == 0 and !wrapped_; when
// count_ > 0, head_ is the offset of the oldest record (never a skip mark);
// the live bytes are [head_, tail_) when !wrapped_, else [head_, end) and
// [0, tail_); used() counts skipped bytes too, and used() <= capacity().
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>

#include "capture/event_view.h"

namespace trowel::record {

class EventRing {
 public:
  static constexpr size_t kRecordHeader = 16;

  explicit EventRing(size_t capacity_bytes);

  size_t capacity() const { return capacity_; }
  size_t used() const;
  size_t peak_used() const { return peak_used_; }
  size_t count() const { return count_; }
  bool empty() const { return count_ == 0; }

  // Bytes a record of this event takes.
  static size_t record_size(const capture::EventView& ev);
  // Whether a record of `bytes` can be pushed now without evicting.
  bool has_room(size_t bytes) const;
  // Appends the event; false (nothing stored) without room (see has_room).
  bool push(const capture::EventView& ev);

  // The oldest event (valid until the next push/pop); ring not empty.
  capture::EventView front() const { return view_at(head_); }
  void pop_front();

  // Walks the events oldest first: `Cursor c = ring.begin(); while
  // (c.remaining) { EventView v = ring.at(c); ...; ring.advance(c); }`.
  // A cursor is invalidated by push/pop.
  struct Cursor {
    size_t offset = 0;
    size_t remaining = 0;
  };
  Cursor begin() const { return Cursor{head_, count_}; }
  capture::EventView at(const Cursor& c) const { return view_at(c.offset); }
  void advance(Cursor& c) const;

 private:
  capture::EventView view_at(size_t offset) const;
  uint32_t size_at(size_t offset) const;
  // The offset of the record at `offset`, past a skip to the start.
  size_t normalize(size_t offset) const;

  std::unique_ptr<uint8_t[]> buf_;
  size_t capacity_;
  size_t head_ = 0, tail_ = 0, count_ = 0, peak_used_ = 0;
  bool wrapped_ = false;
};

}  // namespace trowel::record
