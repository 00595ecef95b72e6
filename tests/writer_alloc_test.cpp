// CaptureWriter::write_event must not allocate per event (it reuses its block
// buffer). Its own test binary, because it replaces the global operator new
// to count allocations.
#include <doctest/doctest.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

#include "capture/byte_source.h"
#include "capture/capture_reader.h"
#include "capture/capture_writer.h"

#include "alloc_counter.h"

using namespace trowel::capture;

namespace {

// Discards what it is given; never allocates after construction.
class NullSink final : public ByteSink {
 public:
  NullSink() : ByteSink("<null>") {}
  void write(const uint8_t*, size_t n) override { bytes_in_ += n; }
  void close() override {}
  const char* compression() const override { return "none"; }
};

}  // namespace

TEST_CASE("writer: write_event allocates nothing per event") {
  // A capture to re-encode, in memory.
  std::vector<uint8_t> file;
  std::vector<uint8_t> data(3000, 'x');
  int64_t res = 3000, fd = 3;
  using Param = std::span<const uint8_t>;
  std::array<Param, 2> exit_params{Param(reinterpret_cast<const uint8_t*>(&res), 8),
                                   Param(data)};
  std::array<Param, 1> enter_params{Param(reinterpret_cast<const uint8_t*>(&fd), 8)};
  {
    CaptureWriter w(open_memory_sink(file));
    w.write_section(SectionTables{});
    for (int i = 0; i < 200; ++i) {
      w.write_event(i, 100, 0, 0, 6, enter_params);
      w.write_event(i, 100, 0, i % 2, 7, exit_params);
    }
  }
  auto reader = CaptureReader::open(open_memory_source(file.data(), file.size()), "<mem>");
  CHECK(g_allocations.load() > 0);  // the counter sees the reader's allocations
  CaptureWriter w(std::make_unique<NullSink>());
  w.write_section(reader->tables());
  EventView ev;
  REQUIRE(reader->next(ev));
  w.write_event(ev);  // the first events size the buffer
  w.write_event(0, 100, 0, 0, 7, exit_params);

  int n = 0;
  while (reader->next(ev)) {
    long mark = g_allocations.load();
    w.write_event(ev);
    w.write_event(ev.ts, ev.tid, ev.cpuid, ev.flags, ev.type, exit_params);
    CHECK(g_allocations.load() == mark);
    ++n;
  }
  CHECK(n == 399);
  CHECK(w.stats().events == 2 + 2 * 399);
}
