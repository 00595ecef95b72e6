// Output sinks: a buffered file-descriptor sink and a memory sink at the
// bottom, and gzip/zstd sinks that compress into one of those.
#include "capture/byte_sink.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>

#include "capture/capture_error.h"

namespace trowel::capture {
namespace {

[[noreturn]] void fail(const std::string& name, const std::string& why) {
  throw CaptureError(name + ": " + why);
}

// Buffered writes to a file descriptor. Invariant: buf_[0 .. used_) holds
// bytes not yet handed to write(2); fd_ < 0 once closed.
class FdSink final : public ByteSink {
 public:
  FdSink(std::string name, int fd, bool owned)
      : ByteSink(std::move(name)), fd_(fd), owned_(owned), buf_(kBufSize) {}
  ~FdSink() override {
    try {
      close();
    } catch (...) {
    }
  }
  void write(const uint8_t* data, size_t n) override {
    if (fd_ < 0) fail(name_, "write after close");
    bytes_in_ += n;
    if (used_ + n > buf_.size()) {
      flush();
      if (n >= buf_.size()) {  // large write: bypass the buffer
        write_fd(data, n);
        return;
      }
    }
    std::memcpy(buf_.data() + used_, data, n);
    used_ += n;
  }
  void close() override {
    if (fd_ < 0) return;
    int fd = fd_;
    try {
      flush();
    } catch (...) {
      if (owned_) ::close(fd);
      fd_ = -1;
      throw;
    }
    fd_ = -1;
    if (owned_ && ::close(fd) != 0) fail(name_, std::string("close: ") + std::strerror(errno));
  }
  const char* compression() const override { return "none"; }

 private:
  static constexpr size_t kBufSize = 256 * 1024;
  void flush() {
    write_fd(buf_.data(), used_);
    used_ = 0;
  }
  void write_fd(const uint8_t* p, size_t n) {
    while (n > 0) {
      ssize_t w = ::write(fd_, p, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        fail(name_, std::string("write failed: ") + std::strerror(errno));
      }
      p += w;
      n -= static_cast<size_t>(w);
    }
  }
  int fd_;
  bool owned_;
  std::vector<uint8_t> buf_;
  size_t used_ = 0;
};

class MemorySink final : public ByteSink {
 public:
  explicit MemorySink(std::vector<uint8_t>& out) : ByteSink("<memory>"), out_(out) {}
  void write(const uint8_t* data, size_t n) override {
    if (closed_) fail(name_, "write after close");
    bytes_in_ += n;
    out_.insert(out_.end(), data, data + n);
  }
  void close() override { closed_ = true; }
  const char* compression() const override { return "none"; }

 private:
  std::vector<uint8_t>& out_;
  bool closed_ = false;
};

// gzip (one member) into a downstream sink. Invariant: zs_ is initialised
// while !finished_; out_ is the scratch buffer deflate writes into.
class GzipSink final : public ByteSink {
 public:
  GzipSink(std::unique_ptr<ByteSink> down, int level)
      : ByteSink(down->name()), down_(std::move(down)), out_(kOutSize) {
    std::memset(&zs_, 0, sizeof zs_);
    if (level < 0) level = Z_DEFAULT_COMPRESSION;
    // windowBits 15 + 16: gzip header and trailer.
    if (deflateInit2(&zs_, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      fail(name_, "cannot initialise gzip compression");
  }
  ~GzipSink() override {
    try {
      close();
    } catch (...) {
    }
    if (!finished_) deflateEnd(&zs_);
  }
  void write(const uint8_t* data, size_t n) override {
    if (finished_) fail(name_, "write after close");
    bytes_in_ += n;
    while (n > 0) {
      // avail_in is 32-bit: feed at most 1 GiB at a time.
      uInt chunk = static_cast<uInt>(n > (1u << 30) ? (1u << 30) : n);
      zs_.next_in = const_cast<Bytef*>(data);
      zs_.avail_in = chunk;
      pump(Z_NO_FLUSH);
      data += chunk;
      n -= chunk;
    }
  }
  void close() override {
    if (finished_) return;
    zs_.next_in = nullptr;
    zs_.avail_in = 0;
    try {
      pump(Z_FINISH);
    } catch (...) {
      deflateEnd(&zs_);
      finished_ = true;
      throw;
    }
    deflateEnd(&zs_);
    finished_ = true;
    down_->close();
  }
  const char* compression() const override { return "gzip"; }

 private:
  static constexpr size_t kOutSize = 256 * 1024;
  void pump(int flush) {
    for (;;) {
      zs_.next_out = out_.data();
      zs_.avail_out = static_cast<uInt>(out_.size());
      int rc = deflate(&zs_, flush);
      if (rc == Z_STREAM_ERROR) fail(name_, "gzip compression failed");
      size_t have = out_.size() - zs_.avail_out;
      if (have) down_->write(out_.data(), have);
      if (flush == Z_FINISH) {
        if (rc == Z_STREAM_END) return;
      } else if (zs_.avail_in == 0 && zs_.avail_out != 0) {
        return;
      }
    }
  }
  std::unique_ptr<ByteSink> down_;
  z_stream zs_;
  std::vector<uint8_t> out_;
  bool finished_ = false;
};

// zstd streaming compression into a downstream sink. Invariant: cctx_ is
// non-null while !finished_.
class ZstdSink final : public ByteSink {
 public:
  ZstdSink(std::unique_ptr<ByteSink> down, int level)
      : ByteSink(down->name()), down_(std::move(down)), out_(ZSTD_CStreamOutSize()) {
    cctx_ = ZSTD_createCCtx();
    if (!cctx_) fail(name_, "cannot initialise zstd compression");
    if (level < 0) level = 3;
    ZSTD_CCtx_setParameter(cctx_, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx_, ZSTD_c_checksumFlag, 1);
  }
  ~ZstdSink() override {
    try {
      close();
    } catch (...) {
    }
    ZSTD_freeCCtx(cctx_);
  }
  void write(const uint8_t* data, size_t n) override {
    if (finished_) fail(name_, "write after close");
    bytes_in_ += n;
    ZSTD_inBuffer in{data, n, 0};
    while (in.pos < in.size) {
      ZSTD_outBuffer out{out_.data(), out_.size(), 0};
      size_t rc = ZSTD_compressStream2(cctx_, &out, &in, ZSTD_e_continue);
      check(rc);
      if (out.pos) down_->write(out_.data(), out.pos);
    }
  }
  void close() override {
    if (finished_) return;
    finished_ = true;
    ZSTD_inBuffer in{nullptr, 0, 0};
    size_t remaining;
    do {
      ZSTD_outBuffer out{out_.data(), out_.size(), 0};
      remaining = ZSTD_compressStream2(cctx_, &out, &in, ZSTD_e_end);
      check(remaining);
      if (out.pos) down_->write(out_.data(), out.pos);
    } while (remaining != 0);
    down_->close();
  }
  const char* compression() const override { return "zstd"; }

 private:
  void check(size_t rc) {
    if (ZSTD_isError(rc)) fail(name_, std::string("zstd compression failed: ") +
                                          ZSTD_getErrorName(rc));
  }
  std::unique_ptr<ByteSink> down_;
  ZSTD_CCtx* cctx_ = nullptr;
  std::vector<uint8_t> out_;
  bool finished_ = false;
};

bool ends_with(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() > n && s.compare(s.size() - n, n, suffix) == 0;
}

std::unique_ptr<ByteSink> wrap(std::unique_ptr<ByteSink> down, SinkCompression c,
                               int level) {
  switch (c) {
    case SinkCompression::Gzip: return std::make_unique<GzipSink>(std::move(down), level);
    case SinkCompression::Zstd: return std::make_unique<ZstdSink>(std::move(down), level);
    case SinkCompression::None: break;
  }
  return down;
}

}  // namespace

SinkCompression compression_for_name(const std::string& path) {
  if (ends_with(path, ".gz")) return SinkCompression::Gzip;
  if (ends_with(path, ".zst")) return SinkCompression::Zstd;
  return SinkCompression::None;
}

std::unique_ptr<ByteSink> open_byte_sink(const std::string& path, int level) {
  return open_byte_sink(path, compression_for_name(path), level);
}

std::unique_ptr<ByteSink> open_byte_sink(const std::string& path, SinkCompression c,
                                         int level) {
  std::unique_ptr<ByteSink> base;
  if (path == "-") {
    base = std::make_unique<FdSink>("<stdout>", STDOUT_FILENO, false);
  } else {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail(path, std::string("cannot create: ") + std::strerror(errno));
    base = std::make_unique<FdSink>(path, fd, true);
  }
  return wrap(std::move(base), c, level);
}

std::unique_ptr<ByteSink> open_memory_sink(std::vector<uint8_t>& out, SinkCompression c) {
  return wrap(std::make_unique<MemorySink>(out), c, -1);
}

}  // namespace trowel::capture
