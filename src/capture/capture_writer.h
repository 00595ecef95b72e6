// CaptureWriter: writes .scap captures that both sysdig 0.29.3 and current
// falcosecurity/libs read (scap-format.md §13 and §15.2).
//
// A file is a sequence of sections: write_section() starts one (SHB 1.2 with
// no options, MI if the tables have one, IL_V2, UL_V2, PL_V9 with tail
// layout A, one FDL_V2 per thread, then one per fd owner without a PL entry);
// fds of types outside 1..16 are dropped and counted, table strings longer
// than the reader limits truncated and counted; write_event() appends events to the current section as EV_V2 (or
// EVF_V2 when a flag other than SCAP_DF_LARGE is set, and the _LARGE variant
// when the block exceeds 64 KiB or the type has 32-bit parameter lengths).
//
// Invariants:
//   * every block is assembled completely in block_ and then handed to the
//     sink in one write, so the output is a sequence of whole blocks;
//   * block_ only ever grows (clear() keeps its capacity): writing an event
//     allocates nothing once it is as large as the largest block seen;
//   * an event is written only after a section was started (the first
//     write_event() without one starts an empty section);
//   * close() finishes the compressed stream; the file is valid after it.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "capture/byte_sink.h"
#include "capture/event_view.h"
#include "capture/tables.h"

namespace trowel::capture {

struct WriterStats {
  uint64_t sections = 0;
  uint64_t events = 0;           // event blocks written
  uint64_t large_blocks = 0;     // of which EV(F)_V2_LARGE
  uint64_t flagged_blocks = 0;   // of which EVF
  uint64_t fds_dropped = 0;      // fd entries of types outside 1..16
  uint64_t strings_truncated = 0;  // table strings cut to the reader limits
  uint64_t bytes = 0;            // uncompressed bytes written
};

struct WriterOptions {
  // Tests only: write legacy v1 event blocks (EV 0x204 / EVF 0x208, 22-byte
  // header, no nparams, 16-bit lengths) instead of v2 ones.
  bool v1_events = false;
};

class CaptureWriter {
 public:
  // Opens path ("-" = stdout; ".gz"/".zst" compress). Throws CaptureError.
  explicit CaptureWriter(const std::string& path, WriterOptions opt = {});
  explicit CaptureWriter(std::unique_ptr<ByteSink> sink, WriterOptions opt = {});
  ~CaptureWriter();  // closes, ignoring errors
  CaptureWriter(const CaptureWriter&) = delete;
  CaptureWriter& operator=(const CaptureWriter&) = delete;

  // Starts a new section with these tables. PL_V9 layout-B-only fields
  // (pidns_init_start_ts, tty, exe_ino...) are not written (§6.2).
  void write_section(const SectionTables& t);

  // Re-encodes an event read from any capture with a v2 header: the length
  // array and values are copied as they are (widened to 32 bits only for a
  // large-payload type read from a v1 block).
  void write_event(const EventView& ev);

  // Writes an event from its parts. Parameter lengths are 16-bit except for
  // types 322/324/402 (32-bit); a parameter too long for its width throws.
  void write_event(uint64_t ts, int64_t tid, uint16_t cpuid, uint32_t flags, uint16_t type,
                   std::span<const std::span<const uint8_t>> params);

  // Flushes and finishes the output. Idempotent; throws on I/O errors.
  void close();

  const WriterStats& stats() const { return stats_; }
  const std::string& name() const { return sink_->name(); }

  // Whether events of this type carry 32-bit parameter lengths (§8.3).
  static bool uses_u32_lengths(uint16_t type) {
    return type == 322 || type == 324 || type == 402;
  }

 private:
  void write_shb();
  void write_machine_info(const MachineInfo& m);
  void write_interfaces(const std::vector<InterfaceEntry>& v);
  void write_users(const std::vector<UserEntry>& u, const std::vector<GroupEntry>& g);
  void write_threads(const std::vector<ThreadEntry>& v);
  void write_fds(const SectionTables& t);
  void write_fd_block(int64_t tid, const std::vector<const FdEntry*>& fds);

  // Block assembly in block_: begin() writes the 8-byte header placeholder,
  // end() pads, patches the length and appends the trailer, then emits.
  void begin_block(uint32_t type);
  void end_block();
  // Event block: header of the event is written by the caller after
  // begin_event_block(); returns the offset of the event start in block_.
  size_t begin_event_block(uint16_t cpuid, uint32_t flags);
  void end_event_block(size_t event_start, uint32_t flags, uint16_t type);

  void put(const void* p, size_t n) {
    size_t at = block_.size();
    block_.resize(at + n);
    if (n) std::memcpy(block_.data() + at, p, n);
  }
  template <class T>
  void put_le(T v) { put(&v, sizeof v); }
  void put_str16(const std::string& s, size_t max_len);
  template <class T>
  void patch_le(size_t at, T v);

  std::unique_ptr<ByteSink> sink_;
  WriterOptions opt_;
  WriterStats stats_;
  std::vector<uint8_t> block_;   // block under construction
  bool in_section_ = false;
  bool closed_ = false;
};

}  // namespace trowel::capture
