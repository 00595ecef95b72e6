// Mapped reading of large plain files: the same blocks as read(2), and a file
// truncated under the reader ends as Truncated (checked with fstat, or caught
// as SIGBUS between two checks) instead of crashing.
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "capture/block_reader.h"
#include "capture/byte_source.h"
#include "capture/mapped_file.h"

using namespace trowel::capture;

namespace {

constexpr uint32_t kBlock = 4096;

// A temporary file of n blocks of kBlock bytes (type = block index).
std::string make_blocks(uint32_t n) {
  char tmpl[] = "/tmp/trowel-mapped-XXXXXX";
  int fd = mkstemp(tmpl);
  REQUIRE(fd >= 0);
  std::vector<uint8_t> b(kBlock, 0xab);
  for (uint32_t i = 0; i < n; ++i) {
    std::memcpy(b.data(), &i, 4);
    std::memcpy(b.data() + 4, &kBlock, 4);
    std::memcpy(b.data() + kBlock - 4, &kBlock, 4);
    REQUIRE(write(fd, b.data(), b.size()) == static_cast<ssize_t>(b.size()));
  }
  close(fd);
  return tmpl;
}

}  // namespace

TEST_CASE("mapped block reading matches the blocks and ends cleanly") {
  std::string path = make_blocks(600);  // 2.4 MB
  BlockReader r(open_byte_source(path));
  CHECK(r.mapped());
  Block b;
  uint32_t i = 0;
  BlockReader::Status st;
  while ((st = r.next(b)) == BlockReader::Status::Ok) {
    CHECK(b.type == i);
    CHECK(b.trailer == kBlock);
    ++i;
  }
  CHECK(st == BlockReader::Status::End);
  CHECK(i == 600);
  unlink(path.c_str());
}

TEST_CASE("small files are read with read(2)") {
  std::string path = make_blocks(10);
  BlockReader r(open_byte_source(path));
  CHECK_FALSE(r.mapped());
  unlink(path.c_str());
}

TEST_CASE("a mapped file truncated under the reader ends as Truncated") {
  for (uint64_t cut : {(uint64_t{1536} << 10) + 100, uint64_t{300} * 1024 + 100}) {
    CAPTURE(cut);
    std::string path = make_blocks(600);
    BlockReader r(open_byte_source(path));
    REQUIRE(r.mapped());
    Block b;
    for (int k = 0; k < 10; ++k) REQUIRE(r.next(b) == BlockReader::Status::Ok);
    // 300 KiB + 100 is between two size checks: the access past the end is
    // caught as SIGBUS; 1.5 MiB is found by the size check at 1 MiB.
    REQUIRE(truncate(path.c_str(), static_cast<off_t>(cut)) == 0);
    uint64_t n = 10;
    BlockReader::Status st;
    while ((st = r.next(b)) == BlockReader::Status::Ok) ++n;
    CHECK(st == BlockReader::Status::Truncated);
    // The bytes past the end within the file's last page read as zeros
    // without a fault: at most that block may be handed out.
    CHECK(n * kBlock <= cut + kBlock);
    CHECK(n >= (cut - kBlock) / kBlock - 1);
    unlink(path.c_str());
  }
}
