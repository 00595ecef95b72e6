// floor_bench: what it costs this machine just to bring a file's bytes into
// a process, before any decoding — the floor under every full pass over a
// capture (trowel's and sysdig's alike). Reads one byte per 64-byte cache
// line, so the memory traffic is the whole file, in four ways:
//
//   read     read(2) into a reused 128 KiB buffer
//   mmap     mmap, first touch faults the pages in, munmap
//   populate mmap, MADV_POPULATE_READ 2 MiB ahead of the reader (what
//            trowel's MappedFile does), munmap
//   mmap x2  mmap, two threads each touch one half, munmap
//
// Each is run RUNS times (default 5); the best and the median wall time are
// printed with the throughput. The file should be in the page cache (run it
// twice, or cat the file to /dev/null first).
//
// Usage: floor_bench FILE [RUNS]
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif

namespace {

constexpr size_t kLine = 64;
constexpr size_t kReadBuf = 128 * 1024;
constexpr size_t kAhead = 2u << 20;

// Sum of one byte per cache line of [p, p + n): the compiler may not drop it.
uint64_t touch(const uint8_t* p, size_t n) {
  uint64_t s = 0;
  for (size_t i = 0; i < n; i += kLine) s += p[i];
  return s;
}

uint64_t by_read(int fd, size_t) {
  std::vector<uint8_t> buf(kReadBuf);
  uint64_t s = 0;
  lseek(fd, 0, SEEK_SET);
  for (;;) {
    ssize_t n = read(fd, buf.data(), buf.size());
    if (n <= 0) break;
    s += touch(buf.data(), static_cast<size_t>(n));
  }
  return s;
}

const uint8_t* map_file(int fd, size_t size) {
  void* p = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED) {
    std::perror("floor_bench: mmap");
    std::exit(1);
  }
  return static_cast<const uint8_t*>(p);
}

uint64_t by_mmap(int fd, size_t size) {
  const uint8_t* p = map_file(fd, size);
  uint64_t s = touch(p, size);
  munmap(const_cast<uint8_t*>(p), size);
  return s;
}

uint64_t by_populate(int fd, size_t size) {
  const uint8_t* p = map_file(fd, size);
  uint64_t s = 0;
  for (size_t at = 0; at < size; at += kAhead) {
    size_t n = std::min(kAhead, size - at);
    madvise(const_cast<uint8_t*>(p + at), n, MADV_POPULATE_READ);
    s += touch(p + at, n);
  }
  munmap(const_cast<uint8_t*>(p), size);
  return s;
}

uint64_t by_mmap2(int fd, size_t size) {
  const uint8_t* p = map_file(fd, size);
  size_t half = size / 2 / kLine * kLine;
  uint64_t second = 0;
  std::thread t([&] { second = touch(p + half, size - half); });
  uint64_t s = touch(p, half);
  t.join();
  munmap(const_cast<uint8_t*>(p), size);
  return s + second;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: floor_bench FILE [RUNS]\n");
    return 2;
  }
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  int fd = open(argv[1], O_RDONLY);
  struct stat st{};
  if (fd < 0 || fstat(fd, &st) != 0 || st.st_size <= 0) {
    std::fprintf(stderr, "floor_bench: cannot read %s\n", argv[1]);
    return 1;
  }
  const size_t size = static_cast<size_t>(st.st_size);
  by_read(fd, size);  // warm the page cache
  struct Way {
    const char* name;
    uint64_t (*fn)(int, size_t);
  };
  const Way ways[] = {{"read", by_read}, {"mmap", by_mmap}, {"populate", by_populate}, {"mmap x2", by_mmap2}};
  std::printf("file: %s (%.1f MB), %d runs each\n", argv[1], static_cast<double>(size) / 1e6, runs);
  std::printf("%-10s %9s %9s %9s\n", "way", "best ms", "median ms", "GB/s");
  uint64_t check = 0;
  for (const Way& w : ways) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      check += w.fn(fd, size);
      auto t1 = std::chrono::steady_clock::now();
      ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-10s %9.1f %9.1f %9.2f\n", w.name, ms.front(), ms[ms.size() / 2],
                static_cast<double>(size) / 1e6 / ms.front());
  }
  std::fprintf(stderr, "(checksum %llu)\n", static_cast<unsigned long long>(check));
  close(fd);
  return 0;
}
