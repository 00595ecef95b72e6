// EventStore: the capture held in memory once, so that every navigation
// step replays events from RAM and never re-reads the file.
//
// Layout: chunks of at least kChunkBytes, each a sequence of records
//   [Record header, 16 bytes][the event's raw bytes (header included)][pad to 8]
// The raw bytes are exactly what the file held; the record header keeps what
// the reader inferred (parameter count and width, EVF flags, cpu, section).
// Section tables are kept in arrival order; record.section indexes them.
//
// Concurrency: one writer (the loader thread) appends; any number of readers
// take a Snapshot. Invariants: chunks never move or shrink once allocated and
// a chunk's bytes below its published size are never written again, so a
// Snapshot stays valid (and immutable) for the store's lifetime. publish()
// makes everything appended so far visible to later snapshots.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

#include "capture/event_view.h"
#include "capture/tables.h"

namespace trowel::views {

struct StoreSnapshot {
  struct Chunk {
    const uint8_t* data;
    size_t size;    // published bytes
    uint64_t first; // 0-based index of its first event
  };
  std::vector<Chunk> chunks;
  std::vector<std::shared_ptr<const capture::SectionTables>> sections;
  uint64_t events = 0;
  uint64_t first_ts = 0, last_ts = 0;

  // Calls f(const EventView&) for each event in order; stops early when f
  // returns false. Returns false if stopped early.
  template <class F>
  bool for_each(F&& f) const {
    return for_each_in(0, chunks.size(), f);
  }
  // The same over chunks [from, to) only.
  template <class F>
  bool for_each_in(size_t from, size_t to, F&& f) const;
};

class EventStore {
 public:
  static constexpr size_t kChunkBytes = size_t(8) << 20;

  // `chunk_bytes`: the least size of a chunk (tests make many small ones).
  explicit EventStore(size_t chunk_bytes = kChunkBytes) : chunk_bytes_(chunk_bytes) {}
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Writer side.
  void add_section(const capture::SectionTables& t);
  // True when the event started a new chunk (the previous one is complete).
  bool append(const capture::EventView& ev);
  void publish();

  // Reader side.
  StoreSnapshot snapshot() const;
  uint64_t published_events() const;
  // Bytes held (chunk capacity), for reports.
  uint64_t memory_bytes() const;

 private:
  struct Chunk {
    std::unique_ptr<uint8_t[]> data;
    size_t cap = 0;
    size_t used = 0;       // written by the loader
    size_t published = 0;  // visible to snapshots (guarded by mu_)
    uint64_t first = 0;
  };
  const size_t chunk_bytes_;
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<Chunk>> chunks_;  // guarded by mu_ (the vector)
  std::vector<std::shared_ptr<const capture::SectionTables>> sections_;
  uint64_t appended_ = 0;   // writer only
  uint64_t published_ = 0;  // guarded by mu_
  uint64_t first_ts_ = 0, last_ts_ = 0;  // writer
  uint64_t pub_first_ts_ = 0, pub_last_ts_ = 0;
  uint32_t section_count_ = 0;  // writer
};

// ---- inline replay ----

namespace store_detail {
struct RecordHeader {
  uint32_t len;
  uint32_t flags;
  uint16_t nparams;
  uint16_t cpuid;
  uint16_t section;
  uint8_t len_width;
  uint8_t v2;
};
static_assert(sizeof(RecordHeader) == 16);
inline size_t record_size(uint32_t len) { return (sizeof(RecordHeader) + len + 7) & ~size_t(7); }
}  // namespace store_detail

template <class F>
bool StoreSnapshot::for_each_in(size_t from, size_t to, F&& f) const {
  capture::EventView ev;
  for (size_t ci = from; ci < to && ci < chunks.size(); ++ci) {
    const Chunk& c = chunks[ci];
    const uint8_t* p = c.data;
    const uint8_t* end = c.data + c.size;
    uint64_t num = c.first;
    while (p < end) {
      store_detail::RecordHeader h;
      std::memcpy(&h, p, sizeof h);
      const uint8_t* e = p + sizeof h;
      ev.data = e;
      ev.lens = e + (h.v2 ? 26 : 22);
      ev.values = ev.lens + size_t(h.nparams) * h.len_width;
      ev.num = ++num;
      ev.ts = capture::load_u64(e);
      ev.tid = static_cast<int64_t>(capture::load_u64(e + 8));
      ev.block_offset = 0;
      ev.len = h.len;
      ev.flags = h.flags;
      ev.nparams = h.nparams;
      ev.section = h.section;
      ev.block_type = 0;
      ev.type = capture::load_u16(e + 20);
      ev.cpuid = h.cpuid;
      ev.len_width = h.len_width;
      ev.v2 = h.v2 != 0;
      if (!f(static_cast<const capture::EventView&>(ev))) return false;
      p += store_detail::record_size(h.len);
    }
  }
  return true;
}

}  // namespace trowel::views
