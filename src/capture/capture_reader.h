// CaptureReader: reads a whole .scap capture (any version, plain/gzip/zstd)
// and hands out its events one by one, decoded in place.
//
// Life cycle: open() parses the first section header and its metadata blocks
// (tables()); next() then returns events in file order. When a new section
// starts, next() parses its header and tables first, tables() switches to the
// new section and EventView::section is incremented; consumers reset their
// state when they see that change.
//
// Errors never throw out of next(): it returns false and status() tells why
// (End, Truncated with the byte offset, or Corrupt with a one-line message).
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>

#include "capture/block_reader.h"
#include "capture/event_view.h"
#include "capture/tables.h"

namespace trowel::capture {

struct ReaderStats {
  uint64_t events = 0;            // every event record read
  uint64_t unknown_type_events = 0;  // type >= kEventTypeCount (no schema)
  uint64_t unknown_blocks = 0;    // unknown metadata blocks skipped (all sections)
  uint64_t ignored_trailing_bytes = 0;  // bytes after events in event blocks
  uint64_t sections = 0;
  uint32_t largest_block = 0;     // bytes; blocks above BlockReader::kReadChunk
  uint64_t oversized_blocks = 0;  // made the buffer grow past the read chunk
};

class CaptureReader {
 public:
  enum class Status { Ok, End, Truncated, Corrupt };

  // Opens path ("-" = stdin). Throws CaptureError with a one-line message if
  // the file cannot be opened or its first section header is invalid.
  static std::unique_ptr<CaptureReader> open(const std::string& path);
  static std::unique_ptr<CaptureReader> open(std::unique_ptr<ByteSource> src,
                                             const std::string& display_name);

  // Next event; false at the end or on error (see status()).
  bool next(EventView& ev);
  // next() for a caller that reads only the header of some events (a state
  // pass that skips what it does not need): an event of a type t with
  // skim[t] set, in a well-formed v2 block, whose number has a bit of
  // `full_mask` set, comes without its parameters (nparams 0, lens and
  // values null) and its parameter lengths are not checked: its header
  // fields (ts, tid, type, cpuid, flags, len, num, offsets) are those next()
  // gives. Any other event is next()'s. The framing of every block is
  // checked as next() checks it, so the stream of events is the same.
  bool next_skim(EventView& ev, const bool* skim, uint64_t full_mask);

  Status status() const { return status_; }
  // One line for the user, e.g. "f.scap: truncated at byte 123 after 45 events"
  // or "f.scap: corrupt EV_V2 block at byte 99: ... (12 events read)".
  const std::string& message() const { return message_; }
  // Byte offset where reading stopped (Truncated/Corrupt).
  uint64_t stop_offset() const { return stop_offset_; }

  const SectionTables& tables() const { return tables_; }
  const ReaderStats& stats() const { return stats_; }
  const std::string& name() const { return name_; }
  const char* compression() const { return blocks_.source().compression(); }
  // Progress: compressed bytes consumed and total (0 if unknown).
  uint64_t raw_offset() const { return blocks_.source().raw_offset(); }
  uint64_t raw_size() const { return blocks_.source().raw_size(); }
  // True when an EventView stays valid after the following next() (the file
  // is mapped): events can then be handed to another thread (EventPipeline).
  bool events_stay_valid() const { return blocks_.mapped(); }

  // Called with the finished tables of each section (the first one during
  // open(), later ones from next()). Optional.
  void set_section_callback(void (*cb)(void* ctx, const SectionTables&), void* ctx) {
    section_cb_ = cb;
    section_ctx_ = ctx;
  }

 private:
  CaptureReader(std::unique_ptr<ByteSource> src, std::string name);
  void read_first_section();
  // Parses an SHB body into a fresh tables_ (throws CaptureError).
  void begin_section(const Block& b);
  // Parses metadata blocks until the first event block (kept in pending_).
  // Returns false if the input ended (status_ set).
  bool read_metadata();
  // Reads the next block on the checked path. On a read error or a truncated
  // or corrupt block records the failure (status_) and returns false; else
  // `st` is Ok or End.
  bool read_block(Block& b, BlockReader::Status& st);
  // Starts the section whose SHB is `b` (section_ advanced); false and status_
  // set if the SHB is bad.
  bool next_section(const Block& b);
  // next() and next_skim(); the per-event steps below are inlined into
  // them (no calls on the common path), all but decode_event_general().
  template <bool kSkim>
  [[gnu::noinline]] bool next_events(EventView& ev, const bool* skim, uint64_t full_mask);
  // The common case of next_events(), straight from the mapping (see the
  // definition); false: nothing consumed.
  template <bool kSkim>
  [[gnu::always_inline]] bool fast_event(EventView& ev, const bool* skim, uint64_t full_mask);
  template <bool kSkim, bool kFlags>
  [[gnu::always_inline]] bool fast_v2(EventView& ev, const uint8_t* p, uint32_t total, const bool* skim,
                                      uint64_t full_mask);
  template <bool kFlags>
  [[gnu::always_inline]] void take_v2(EventView& ev, const uint8_t* p, uint32_t total, uint32_t len, uint16_t type,
                                      const uint8_t* lens, uint32_t nparams);
  // next_skim()'s header-only view of event block `b`, if it is one to skim.
  [[gnu::always_inline]] bool skim_event(const Block& b, EventView& ev, const bool* skim, uint64_t full_mask);
  [[gnu::always_inline]] bool decode_event(const Block& b, EventView& ev);
  bool decode_event_general(const Block& b, EventView& ev);
  [[gnu::always_inline]] void count_block(const Block& b, uint32_t pre, uint32_t len);
  [[gnu::always_inline]] void fill_event(const Block& b, const uint8_t* e, const uint8_t* lens, uint32_t len,
                                         uint16_t type, uint32_t nparams, uint8_t width, bool has_flags, bool v2,
                                         EventView& ev);
  void fail(Status s, const std::string& msg, uint64_t offset);
  // fail(Corrupt) with "WHY (N events read)"; returns false.
  bool fail_corrupt(const std::string& why, uint64_t offset);

  BlockReader blocks_;
  std::string name_;
  SectionTables tables_;
  ReaderStats stats_;
  Block pending_{};
  bool have_pending_ = false;
  uint32_t section_ = 0;
  Status status_ = Status::Ok;
  std::string message_;
  uint64_t stop_offset_ = 0;
  void (*section_cb_)(void*, const SectionTables&) = nullptr;
  void* section_ctx_ = nullptr;
};

}  // namespace trowel::capture
