// EventView: one event decoded in place. It points into the reader's block
// buffer and is valid only until the next call to CaptureReader::next().
//
// Invariants (checked by the reader before it hands the view out):
//   * data[0 .. len) lies inside the block;
//   * the length array (nparams entries of len_width bytes) and every
//     parameter value lie inside data[0 .. len);
//   * param(i) for i >= nparams returns an empty span.
// Nothing here allocates; copying the view copies a few pointers.
#pragma once
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

#include "capture/event_schema.h"

namespace trowel::capture {

inline uint16_t load_u16(const uint8_t* p) { uint16_t v; std::memcpy(&v, p, 2); return v; }
inline uint32_t load_u32(const uint8_t* p) { uint32_t v; std::memcpy(&v, p, 4); return v; }
inline uint64_t load_u64(const uint8_t* p) { uint64_t v; std::memcpy(&v, p, 8); return v; }

struct EventView {
  const uint8_t* data = nullptr;    // start of the event header
  const uint8_t* lens = nullptr;    // parameter length array
  const uint8_t* values = nullptr;  // first parameter value
  uint64_t num = 0;                 // 1-based event number in the file
  uint64_t ts = 0;                  // ns since the epoch
  int64_t tid = 0;
  uint64_t block_offset = 0;        // uncompressed byte offset of its block
  uint32_t len = 0;                 // whole event incl. header
  uint32_t flags = 0;               // EVF flags (0 for EV blocks)
  uint32_t nparams = 0;
  uint32_t section = 0;             // 0-based section index
  uint32_t block_type = 0;          // EV/EVF block type it came in
  uint16_t type = 0;
  uint16_t cpuid = 0;
  uint8_t len_width = 2;            // 2 or 4
  bool v2 = false;                  // v2 (26-byte) header

  const EventInfo* info() const { return event_info(type); }
  bool is_enter() const { return is_enter_type(type); }
  bool state_only() const { return flags & 1u; }

  uint32_t param_len(uint32_t i) const {
    if (i >= nparams) return 0;
    return len_width == 2 ? load_u16(lens + 2 * i) : load_u32(lens + 4 * i);
  }
  // Raw bytes of parameter i (empty if absent or length 0). O(i).
  std::span<const uint8_t> param(uint32_t i) const {
    if (i >= nparams) return {};
    const uint8_t* p = values;
    for (uint32_t k = 0; k < i; ++k) p += param_len(k);
    return {p, param_len(i)};
  }
  // The bytes of the whole event (header included).
  std::span<const uint8_t> bytes() const { return {data, len}; }
};

}  // namespace trowel::capture
