// Sequential byte sources for capture input: plain files/stdin, gzip and zstd.
// The compression is detected from the first bytes, never from the file name.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace trowel::capture {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes into dst. Returns the number read; 0 means end of
  // input. Throws CaptureError on an I/O or decompression error.
  virtual size_t read(uint8_t* dst, size_t n) = 0;
  // "none", "gzip" or "zstd".
  virtual const char* compression() const = 0;
  // Bytes consumed from the underlying file so far (compressed bytes).
  virtual uint64_t raw_offset() const = 0;
  // Size of the underlying file if known (regular file), else 0.
  virtual uint64_t raw_size() const { return 0; }
  // The name errors are reported under ("<stdin>", "<memory>" or the path);
  // every CaptureError a source throws starts with it and ": ".
  virtual const std::string& name() const = 0;

  // Zero-copy input: a plain regular file is mapped read-only as a whole
  // (see mapped_file.h); data == nullptr for every other source. `fault` is
  // the file offset where an access beyond a shrunken file was caught
  // (UINT64_MAX while none was): bytes from there on read as zeros.
  struct Mapping {
    const uint8_t* data = nullptr;
    uint64_t size = 0;
    const std::atomic<uint64_t>* fault = nullptr;
  };
  virtual Mapping mapping() const { return {}; }
  // Mapped mode: the consumer has reached offset `pos`. The source re-checks
  // the file size (fstat), releases pages well behind pos, asks the kernel to
  // read ahead, and returns how many bytes from 0 may be read now (never more
  // than the mapping; less if the file shrank).
  virtual uint64_t mapped_advance(uint64_t pos) { (void)pos; return 0; }
};

// Opens path ("-" = standard input) and wraps it in the right decompressor.
// Throws CaptureError("<path>: <reason>") if it cannot be opened.
std::unique_ptr<ByteSource> open_byte_source(const std::string& path);

// Wraps an in-memory buffer (not copied; it must outlive the source). Used by
// tests and the fuzzer; compression is detected the same way.
std::unique_ptr<ByteSource> open_memory_source(const uint8_t* data, size_t size);

}  // namespace trowel::capture
