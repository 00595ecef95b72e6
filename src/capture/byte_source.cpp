// Byte sources: plain (read(2) on a file or stdin), gzip (zlib, concatenated
// members) and zstd (streaming, concatenated frames). Large plain regular files
// can also be read in place (mapped_file.h, with its truncation safety);
// read(2) serves pipes, small files and the compressed paths.
#include "capture/byte_source.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstring>
#include <vector>

#include "capture/capture_error.h"
#include "capture/mapped_file.h"

namespace trowel::capture {
namespace {

// Where compressed or plain bytes come from: a file descriptor or memory.
// The first bytes read for magic detection are kept in a small prefix and
// handed out again before the rest.
class RawInput {
 public:
  RawInput(int fd, bool owns, std::string name) : fd_(fd), owns_(owns), name_(std::move(name)) {
    struct stat st{};
    if (fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) size_ = static_cast<uint64_t>(st.st_size);
  }
  RawInput(const uint8_t* data, size_t size) : mem_(data), mem_size_(size), size_(size) {}
  ~RawInput() {
    if (owns_ && fd_ >= 0) ::close(fd_);
  }
  RawInput(const RawInput&) = delete;
  RawInput& operator=(const RawInput&) = delete;

  size_t read(uint8_t* dst, size_t n) {
    size_t got = 0;
    if (prefix_pos_ < prefix_.size()) {
      got = std::min(n, prefix_.size() - prefix_pos_);
      std::memcpy(dst, prefix_.data() + prefix_pos_, got);
      prefix_pos_ += got;
      if (got == n) return got;
    }
    return got + read_raw(dst + got, n - got);
  }

  // Reads up to n bytes for detection without consuming them.
  std::vector<uint8_t> peek(size_t n) {
    prefix_.resize(n);
    size_t got = 0;
    while (got < n) {
      size_t r = read_raw(prefix_.data() + got, n - got);
      if (r == 0) break;
      got += r;
    }
    prefix_.resize(got);
    prefix_pos_ = 0;
    return prefix_;
  }

  uint64_t offset() const { return offset_ - (prefix_.size() - prefix_pos_); }
  uint64_t size() const { return size_; }
  const std::string& name() const { return name_; }
  int fd() const { return fd_; }

 private:
  size_t read_raw(uint8_t* dst, size_t n) {
    if (n == 0) return 0;
    if (mem_) {
      size_t got = std::min(n, mem_size_ - mem_pos_);
      std::memcpy(dst, mem_ + mem_pos_, got);
      mem_pos_ += got;
      offset_ += got;
      return got;
    }
    for (;;) {
      ssize_t r = ::read(fd_, dst, n);
      if (r >= 0) {
        offset_ += static_cast<uint64_t>(r);
        return static_cast<size_t>(r);
      }
      if (errno == EINTR) continue;
      throw CaptureError(name_ + ": read error: " + std::strerror(errno));
    }
  }

  int fd_ = -1;
  bool owns_ = false;
  std::string name_ = "<memory>";
  const uint8_t* mem_ = nullptr;
  size_t mem_size_ = 0, mem_pos_ = 0;
  uint64_t size_ = 0;
  uint64_t offset_ = 0;
  std::vector<uint8_t> prefix_;
  size_t prefix_pos_ = 0;
};

// A plain file: read(2), or mapped in place when it is a regular file of at
// least MappedFile::kMinSize bytes (the consumer chooses by asking mapping()).
class PlainSource final : public ByteSource {
 public:
  explicit PlainSource(std::unique_ptr<RawInput> in) : in_(std::move(in)) {
    if (in_->fd() >= 0 && in_->size() > 0) map_.reset(MappedFile::map(in_->fd(), in_->size()));
  }
  size_t read(uint8_t* dst, size_t n) override { return in_->read(dst, n); }
  const char* compression() const override { return "none"; }
  const std::string& name() const override { return in_->name(); }
  uint64_t raw_offset() const override { return mapped_pos_ ? mapped_pos_ : in_->offset(); }
  uint64_t raw_size() const override { return in_->size(); }
  Mapping mapping() const override {
    if (!map_) return {};
    return {map_->data(), map_->size(), map_->fault()};
  }
  uint64_t mapped_advance(uint64_t pos) override {
    if (!map_) return 0;
    mapped_pos_ = pos;
    return map_->advance(pos);
  }

 private:
  std::unique_ptr<RawInput> in_;
  std::unique_ptr<MappedFile> map_;
  uint64_t mapped_pos_ = 0;
};

constexpr size_t kInChunk = 1 << 20;

class GzipSource final : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<RawInput> in) : in_(std::move(in)), inbuf_(kInChunk) {
    std::memset(&z_, 0, sizeof z_);
    if (inflateInit2(&z_, 15 + 32) != Z_OK) throw CaptureError(in_->name() + ": zlib init failed");
  }
  ~GzipSource() override { inflateEnd(&z_); }
  const char* compression() const override { return "gzip"; }
  const std::string& name() const override { return in_->name(); }
  uint64_t raw_offset() const override { return in_->offset() - z_.avail_in; }
  uint64_t raw_size() const override { return in_->size(); }

  size_t read(uint8_t* dst, size_t n) override {
    if (!pending_error_.empty()) throw CaptureError(pending_error_);
    if (done_ || n == 0) return 0;
    z_.next_out = dst;
    z_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    while (z_.avail_out > 0) {
      // Input ended inside a member: a truncated gzip stream; the caller
      // sees a short read and reports the truncation.
      if (z_.avail_in == 0 && !refill()) break;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        // Another gzip member may follow (concatenated files).
        if (z_.avail_in == 0 && !refill()) break;
        if (z_.avail_in < 2 || z_.next_in[0] != 0x1f || z_.next_in[1] != 0x8b) {
          done_ = true;  // trailing garbage after the last member: ignored
          break;
        }
        inflateReset(&z_);
        continue;
      }
      if (rc == Z_BUF_ERROR && z_.avail_in == 0) continue;
      if (rc != Z_OK) {
        // Hand out what was decoded before the damage; report it next time.
        pending_error_ = in_->name() + ": gzip data error at compressed byte " +
                         std::to_string(raw_offset()) + ": " + (z_.msg ? z_.msg : "corrupt");
        if (n - z_.avail_out > 0) return n - z_.avail_out;
        throw CaptureError(pending_error_);
      }
    }
    return n - z_.avail_out;
  }

 private:
  // Reads the next compressed chunk into z_; false (done_ set) at the end
  // of the input.
  bool refill() {
    size_t r = in_->read(inbuf_.data(), inbuf_.size());
    if (r == 0) {
      done_ = true;
      return false;
    }
    z_.next_in = inbuf_.data();
    z_.avail_in = static_cast<uInt>(r);
    return true;
  }

  std::unique_ptr<RawInput> in_;
  std::vector<uint8_t> inbuf_;
  z_stream z_;
  bool done_ = false;
  std::string pending_error_;  // a data error met after some output
};

class ZstdSource final : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<RawInput> in)
      : in_(std::move(in)), inbuf_(ZSTD_DStreamInSize()), ds_(ZSTD_createDStream()) {
    if (!ds_) throw CaptureError(in_->name() + ": zstd init failed");
    ZSTD_initDStream(ds_);
  }
  ~ZstdSource() override { ZSTD_freeDStream(ds_); }
  const char* compression() const override { return "zstd"; }
  const std::string& name() const override { return in_->name(); }
  uint64_t raw_offset() const override { return in_->offset() - (in_buf_.size - in_buf_.pos); }
  uint64_t raw_size() const override { return in_->size(); }

  size_t read(uint8_t* dst, size_t n) override {
    if (!pending_error_.empty()) throw CaptureError(pending_error_);
    if (done_ || n == 0) return 0;
    ZSTD_outBuffer out{dst, n, 0};
    while (out.pos < out.size) {
      if (in_buf_.pos == in_buf_.size) {
        size_t r = in_->read(inbuf_.data(), inbuf_.size());
        if (r == 0) {
          done_ = true;
          break;
        }
        in_buf_ = ZSTD_inBuffer{inbuf_.data(), r, 0};
      }
      size_t rc = ZSTD_decompressStream(ds_, &out, &in_buf_);
      if (ZSTD_isError(rc)) {
        pending_error_ = in_->name() + ": zstd data error at compressed byte " +
                         std::to_string(raw_offset()) + ": " + ZSTD_getErrorName(rc);
        if (out.pos > 0) return out.pos;
        throw CaptureError(pending_error_);
      }
    }
    return out.pos;
  }

 private:
  std::unique_ptr<RawInput> in_;
  std::vector<uint8_t> inbuf_;
  ZSTD_DStream* ds_;
  ZSTD_inBuffer in_buf_{nullptr, 0, 0};
  bool done_ = false;
  std::string pending_error_;  // a data error met after some output
};

std::unique_ptr<ByteSource> wrap(std::unique_ptr<RawInput> in) {
  std::vector<uint8_t> magic = in->peek(4);
  if (magic.size() >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
    return std::make_unique<GzipSource>(std::move(in));
  if (magic.size() >= 4 && magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f &&
      magic[3] == 0xfd)
    return std::make_unique<ZstdSource>(std::move(in));
  return std::make_unique<PlainSource>(std::move(in));
}

}  // namespace

std::unique_ptr<ByteSource> open_byte_source(const std::string& path) {
  if (path == "-") return wrap(std::make_unique<RawInput>(0, false, "<stdin>"));
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw CaptureError(path + ": cannot open: " + std::strerror(errno));
  struct stat st{};
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw CaptureError(path + ": is a directory, not a capture file");
  }
  return wrap(std::make_unique<RawInput>(fd, true, path));
}

std::unique_ptr<ByteSource> open_memory_source(const uint8_t* data, size_t size) {
  return wrap(std::make_unique<RawInput>(data, size));
}

}  // namespace trowel::capture
