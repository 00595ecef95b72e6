// Sequential byte sinks for capture output: plain file/stdout, gzip, zstd.
// The compression is chosen from the output name: "*.gz" gzip, "*.zst" zstd,
// anything else (and "-" = standard output) uncompressed.
//
// Invariants: write() either consumes all n bytes or throws CaptureError
// ("<name>: <reason>", one line); after close() the output is complete (the
// compressed stream is finished and the file descriptor closed) and further
// writes throw. A sink destroyed without close() finishes the stream too, but
// swallows errors, so writers should call close() explicitly.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace trowel::capture {

class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual void write(const uint8_t* data, size_t n) = 0;
  // Flushes buffered data and finishes the stream. Idempotent.
  virtual void close() = 0;
  // "none", "gzip" or "zstd".
  virtual const char* compression() const = 0;
  // Uncompressed bytes accepted so far.
  uint64_t bytes_in() const { return bytes_in_; }
  const std::string& name() const { return name_; }

 protected:
  explicit ByteSink(std::string name) : name_(std::move(name)) {}
  std::string name_;
  uint64_t bytes_in_ = 0;
};

enum class SinkCompression { None, Gzip, Zstd };

// Compression implied by an output name (suffix ".gz" / ".zst").
SinkCompression compression_for_name(const std::string& path);

// Creates (truncates) path, or standard output for "-". level < 0 picks the
// library default (gzip 6, zstd 3). Throws CaptureError if it cannot open.
std::unique_ptr<ByteSink> open_byte_sink(const std::string& path, int level = -1);
std::unique_ptr<ByteSink> open_byte_sink(const std::string& path, SinkCompression c,
                                         int level = -1);

// Appends everything written to `out` (which must outlive the sink). For
// tests: read it back with open_memory_source().
std::unique_ptr<ByteSink> open_memory_sink(std::vector<uint8_t>& out,
                                           SinkCompression c = SinkCompression::None);

}  // namespace trowel::capture
