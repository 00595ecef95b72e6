// CaptureSummary: what `trowel info` reports, gathered in one pass over a
// capture: every section's tables, event counts per type, the time range and
// how reading ended.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "capture/capture_reader.h"

namespace trowel::capture {

struct CaptureSummary {
  std::string name;
  std::string compression;
  uint64_t file_bytes = 0;            // compressed size on disk (0 if unknown)
  std::vector<SectionTables> sections;
  // Event blocks per section: block type -> count (index = section).
  std::vector<std::map<uint32_t, uint64_t>> event_blocks;
  uint64_t events = 0;
  std::array<uint64_t, kEventTypeCount> per_type{};  // index = event type
  std::map<uint16_t, uint64_t> unknown_types;        // type >= kEventTypeCount
  uint64_t leading_container_events = 0;  // consumed as metadata by libsinsp
  uint64_t state_only_events = 0;
  uint64_t first_ts = 0, last_ts = 0;     // 0 if no timestamped event
  ReaderStats stats;
  CaptureReader::Status status = CaptureReader::Status::End;
  std::string message;                    // the reader's line if not End
  uint64_t stop_offset = 0;
};

// Reads the whole capture. Never throws for content errors: they end up in
// status/message. (Opening errors are thrown by CaptureReader::open.)
CaptureSummary summarize_capture(CaptureReader& reader);

// True for the container meta events (228, 272, 324).
constexpr bool is_container_event(uint16_t type) {
  return type == 228 || type == 272 || type == 324;
}

}  // namespace trowel::capture
