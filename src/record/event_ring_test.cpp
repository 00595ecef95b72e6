#include <doctest/doctest.h>

#include <deque>
#include <random>
#include <vector>

#include "capture/event_copy.h"
#include "record/event_ring.h"

using namespace trowel;
using record::EventRing;

namespace {

// An event in the v2 encoding with one parameter of `payload` bytes.
std::vector<uint8_t> make_event(uint64_t ts, int64_t tid, size_t payload) {
  std::vector<uint8_t> b(capture::kV2HeaderSize + 2 + payload);
  uint32_t len = static_cast<uint32_t>(b.size());
  uint16_t type = 3;  // open exit-ish: any type with 16-bit lengths
  uint32_t np = 1;
  uint16_t plen = static_cast<uint16_t>(payload);
  std::memcpy(b.data(), &ts, 8);
  std::memcpy(b.data() + 8, &tid, 8);
  std::memcpy(b.data() + 16, &len, 4);
  std::memcpy(b.data() + 20, &type, 2);
  std::memcpy(b.data() + 22, &np, 4);
  std::memcpy(b.data() + 26, &plen, 2);
  for (size_t i = 0; i < payload; ++i) b[28 + i] = static_cast<uint8_t>(ts + i);
  return b;
}

}  // namespace

TEST_CASE("event ring: FIFO order, wrap-around, byte bound, exact copies") {
  EventRing ring(4096);
  std::deque<std::vector<uint8_t>> model;
  std::mt19937 rng(7);
  for (uint64_t ts = 1; ts < 3000; ++ts) {
    auto bytes = make_event(ts, 100 + ts % 3, rng() % 300);
    capture::EventView ev = capture::view_v2(bytes.data(), static_cast<uint16_t>(ts % 4), 0);
    size_t need = EventRing::record_size(ev);
    while (!ring.has_room(need)) {
      REQUIRE(!model.empty());
      capture::EventView f = ring.front();
      REQUIRE(f.len == model.front().size());
      CHECK(std::memcmp(f.data, model.front().data(), f.len) == 0);
      ring.pop_front();
      model.pop_front();
    }
    REQUIRE(ring.push(ev));
    model.push_back(bytes);
    CHECK(ring.used() <= ring.capacity());
    CHECK(ring.count() == model.size());
    if (ts % 97 == 0) {  // walk everything
      size_t i = 0;
      for (auto c = ring.begin(); c.remaining; ring.advance(c), ++i) {
        capture::EventView v = ring.at(c);
        REQUIRE(v.len == model[i].size());
        CHECK(std::memcmp(v.data, model[i].data(), v.len) == 0);
        CHECK(v.cpuid == capture::load_u64(model[i].data()) % 4);
        CHECK(v.param(0).size() == v.len - 28);
      }
      CHECK(i == model.size());
    }
  }
  CHECK(ring.peak_used() <= 4096);
  while (!ring.empty()) ring.pop_front();
  CHECK(ring.used() == 0);
}

TEST_CASE("event ring: an event larger than the ring is refused") {
  EventRing ring(1024);
  auto big = make_event(1, 1, 2000);
  capture::EventView ev = capture::view_v2(big.data(), 0, 0);
  CHECK_FALSE(ring.has_room(EventRing::record_size(ev)));
  CHECK_FALSE(ring.push(ev));
  CHECK(ring.empty());
}
