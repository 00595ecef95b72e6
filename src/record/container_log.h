// ContainerLog: copies of the container events seen so far (they describe
// containers the way the tables describe processes), so that a capture
// written from the middle of a stream can open with them, as sysdig writes
// its known containers right after the tables. Bounded: at most kMaxBytes of
// copies, the oldest dropped first. Container events are rare; each copy is
// its own allocation.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "capture/capture_writer.h"
#include "capture/event_view.h"

namespace trowel::record {

class ContainerLog {
 public:
  static constexpr size_t kMaxBytes = 8u << 20;

  // Whether an event type is a container event (228, 272, 324).
  static bool is_container_type(uint16_t type) { return type == 228 || type == 272 || type == 324; }

  void add(const capture::EventView& ev);
  void clear() {
    events_.clear();
    bytes_ = 0;
  }
  size_t size() const { return events_.size(); }
  // Writes every copy, oldest first.
  void write_to(capture::CaptureWriter& w) const;

 private:
  struct Copy {
    std::vector<uint8_t> bytes;
    uint16_t cpuid;
    uint32_t flags;
  };
  std::deque<Copy> events_;
  size_t bytes_ = 0;
};

}  // namespace trowel::record
