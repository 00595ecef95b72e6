#include "capture/event_copy.h"

#include <cstring>

#include "capture/capture_writer.h"

namespace trowel::capture {

namespace {

uint8_t v2_width(const EventView& ev) {
  return CaptureWriter::uses_u32_lengths(ev.type) ? 4 : 2;
}

uint32_t values_size(const EventView& ev) {
  return ev.len - static_cast<uint32_t>(ev.values - ev.data);
}

}  // namespace

uint32_t v2_size(const EventView& ev) {
  return kV2HeaderSize + ev.nparams * v2_width(ev) + values_size(ev);
}

void encode_v2(const EventView& ev, uint8_t* out) {
  const uint8_t w = v2_width(ev);
  const uint32_t len = v2_size(ev);
  std::memcpy(out, &ev.ts, 8);
  std::memcpy(out + 8, &ev.tid, 8);
  std::memcpy(out + 16, &len, 4);
  std::memcpy(out + 20, &ev.type, 2);
  std::memcpy(out + 22, &ev.nparams, 4);
  uint8_t* p = out + kV2HeaderSize;
  if (w == ev.len_width) {
    std::memcpy(p, ev.lens, static_cast<size_t>(ev.nparams) * w);
    p += static_cast<size_t>(ev.nparams) * w;
  } else {
    for (uint32_t i = 0; i < ev.nparams; ++i) {
      uint32_t l = ev.param_len(i);
      if (w == 4) {
        std::memcpy(p, &l, 4);
      } else {
        uint16_t s = static_cast<uint16_t>(l);
        std::memcpy(p, &s, 2);
      }
      p += w;
    }
  }
  std::memcpy(p, ev.values, values_size(ev));
}

EventView view_v2(const uint8_t* data, uint16_t cpuid, uint32_t flags) {
  EventView v;
  v.data = data;
  v.ts = load_u64(data);
  v.tid = static_cast<int64_t>(load_u64(data + 8));
  v.len = load_u32(data + 16);
  v.type = load_u16(data + 20);
  v.nparams = load_u32(data + 22);
  v.len_width = CaptureWriter::uses_u32_lengths(v.type) ? 4 : 2;
  v.v2 = true;
  v.cpuid = cpuid;
  v.flags = flags;
  v.lens = data + kV2HeaderSize;
  v.values = v.lens + static_cast<size_t>(v.nparams) * v.len_width;
  if (v.values > data + v.len) {  // not an encode_v2() event: no parameters
    v.nparams = 0;
    v.values = v.lens;
  }
  return v;
}

}  // namespace trowel::capture
