#include "record/container_log.h"

#include "capture/event_copy.h"

namespace trowel::record {

void ContainerLog::add(const capture::EventView& ev) {
  Copy c;
  c.bytes.resize(capture::v2_size(ev));
  capture::encode_v2(ev, c.bytes.data());
  c.cpuid = ev.cpuid;
  c.flags = ev.flags;
  bytes_ += c.bytes.size();
  events_.push_back(std::move(c));
  while (bytes_ > kMaxBytes && events_.size() > 1) {
    bytes_ -= events_.front().bytes.size();
    events_.pop_front();
  }
}

void ContainerLog::write_to(capture::CaptureWriter& w) const {
  for (const Copy& c : events_) w.write_event(capture::view_v2(c.bytes.data(), c.cpuid, c.flags));
}

}  // namespace trowel::record
