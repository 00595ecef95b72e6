// MappedFile: a regular capture file mapped read-only, read in place.
//
// Truncation safety (what read(2) gives for free): the readable size is the
// file size at the last check; mapped_advance() re-checks it with fstat every
// kCheckEvery bytes, so a file truncated under us usually just ends early.
// If it shrinks between two checks, the access beyond its end raises SIGBUS:
// a process-wide handler recognises addresses inside a registered mapping,
// maps zero pages over the rest of it and records the faulting offset in
// `fault` (the reader then stops there, reporting truncation). A SIGBUS
// anywhere else gets the previous disposition.
//
// Memory: file pages count in the process's RSS while mapped, so pages more
// than kKeepBehind bytes behind the consumer are released (MADV_DONTNEED; the
// data stays in the page cache and reading them again just maps them
// again) and the next kReadAhead bytes are populated in one call.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>

namespace trowel::capture {

class MappedFile {
 public:
  static constexpr uint64_t kCheckEvery = 1u << 20;
  static constexpr uint64_t kKeepBehind = 2u << 20;
  static constexpr uint64_t kReadAhead = 2u << 20;
  // Smallest file worth mapping (smaller ones are read with read(2)).
  static constexpr uint64_t kMinSize = 1u << 20;

  // Maps fd (not taken over) of `size` bytes; returns null if it cannot.
  static MappedFile* map(int fd, uint64_t size);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const uint8_t* data() const { return data_; }
  uint64_t size() const { return size_; }
  const std::atomic<uint64_t>* fault() const;
  // See ByteSource::mapped_advance.
  uint64_t advance(uint64_t pos);

 private:
  MappedFile(int fd, const uint8_t* data, uint64_t size, int slot)
      : fd_(fd), data_(data), size_(size), slot_(slot) {}
  int fd_;
  const uint8_t* data_;
  uint64_t size_;
  int slot_;                 // index in the SIGBUS registry
  uint64_t valid_ = 0;       // readable bytes at the last check
  uint64_t released_ = 0;    // pages below this were released
  uint64_t populated_ = 0;   // pages below this were populated
};

}  // namespace trowel::capture
