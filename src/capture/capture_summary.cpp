#include "capture/capture_summary.h"

#include <algorithm>

namespace trowel::capture {

namespace {
void keep_section(void* ctx, const SectionTables& t) {
  static_cast<CaptureSummary*>(ctx)->sections.push_back(t);
}
}  // namespace

CaptureSummary summarize_capture(CaptureReader& reader) {
  CaptureSummary s;
  s.name = reader.name();
  s.compression = reader.compression();
  s.file_bytes = reader.raw_size();
  // The first section's tables are complete once open() returned; the reader
  // reports each later section through the callback when its tables are read.
  s.sections.push_back(reader.tables());
  bool first_seen = false;
  reader.set_section_callback(keep_section, &s);
  bool leading = true;  // still inside the leading container events?
  uint32_t section = 0;
  uint32_t counted_type = 0;      // block type that `counter` counts
  uint64_t* counter = nullptr;
  s.event_blocks.resize(1);
  EventView ev;
  while (reader.next(ev)) {
    if (ev.section != section) {
      section = ev.section;
      leading = true;
      counted_type = 0;
      if (s.event_blocks.size() <= section) s.event_blocks.resize(section + 1);
    }
    if (ev.block_type != counted_type) {  // a map lookup only when the kind changes
      counted_type = ev.block_type;
      counter = &s.event_blocks[section][counted_type];
    }
    ++*counter;
    if (ev.type < kEventTypeCount) ++s.per_type[ev.type];
    else ++s.unknown_types[ev.type];
    if (ev.flags & 1u) ++s.state_only_events;
    if (leading && is_container_event(ev.type)) {
      ++s.leading_container_events;
      continue;  // their timestamps are dump times, not capture times
    }
    leading = false;
    if (ev.ts == 0) continue;
    if (!first_seen || ev.ts < s.first_ts) s.first_ts = ev.ts;
    if (ev.ts > s.last_ts) s.last_ts = ev.ts;
    first_seen = true;
  }
  s.event_blocks.resize(std::max(s.event_blocks.size(), s.sections.size()));
  s.events = reader.stats().events;
  s.stats = reader.stats();
  s.status = reader.status();
  s.message = reader.message();
  s.stop_offset = reader.stop_offset();
  return s;
}

}  // namespace trowel::capture
