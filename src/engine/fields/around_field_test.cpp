// evt.around[T]=D on a built capture with known timestamps (the rules were
// checked against sysdig 0.29.3 on leaky-logtxt-sysdig029.scap).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"
#include "engine/test_replay.h"
#include "fixture_builder.h"

using namespace trowel;
namespace fs = std::filesystem;

namespace {

constexpr uint64_t kT0 = 1'700'000'000'000'000'000ull;

// Five read pairs (ten events), one every 1 ms from kT0 (enter at +0, exit
// at +1 us).
fs::path around_capture() {
  fs::path p = fs::temp_directory_path() / "trowel_around_test.scap";
  fixture::FixtureBuilder b(p.string());
  b.machine("h", 1, 1 << 30, 0);
  b.thread(10, 10, 1, "app", "/bin/app", {});
  b.file_fd(10, 3, "/data");
  b.latency(1000);
  for (int i = 0; i < 5; ++i) {
    b.at(kT0 + uint64_t(i) * 1'000'000);
    b.read(10, 3, "x");
  }
  b.finish();
  return p;
}

int64_t count(const std::string& filter_text) {
  static const fs::path p = around_capture();
  return engine::testing::count_filter_matches(p.string(), filter_text);
}

std::string around(uint64_t t, const std::string& rest) { return "evt.around[" + std::to_string(t) + "]" + rest; }

}  // namespace

TEST_CASE("evt.around: T - D ms <= ts <= T + D ms, bounds included") {
  const uint64_t t2 = kT0 + 2'000'000;  // the third enter
  CHECK(count(around(t2, "=0")) == 1);
  CHECK(count(around(t2, "=1")) == 5);          // enters at 1, 2, 3 ms, exits at 1 and 2 ms + 1 us
  CHECK(count(around(t2 + 1, "=1")) == 4);      // the 1 ms enter is 1 ns too early
  CHECK(count(around(t2, "=2")) == 9);          // every event but the last exit
  CHECK(count(around(t2, "=100000")) == 10);
  CHECK(count("not " + around(t2, "=1")) == 5);
  CHECK(count(around(t2, "=1 or evt.dir=<")) == 8);
}

TEST_CASE("evt.around: sysdig 0.29.3's unsigned wrap-around and operators") {
  const uint64_t t2 = kT0 + 2'000'000;
  CHECK(count(around(t2, "=-1")) == 0);                      // D wraps: empty window
  CHECK(count(around(t2, "=18446744073709")) == 0);         // window wraps
  CHECK(count("evt.around[-5]=1") == 0);
  CHECK(count("evt.around[18446744073709551616]=1") == 0);  // T saturates
  CHECK(count(around(t2, "=+1")) == 5);
  CHECK(count(around(t2, " exists")) == 1);                 // only the event at T
  CHECK(count(around(t2, " in (1, 2)")) == 0);              // never true
  engine::fields::EngineFieldResolver resolver;
  for (const char* bad : {"!=1", ">1", "<=1", " contains 1", "=abc", "=1.5"})
    CHECK_THROWS_AS(engine::filter::compile_filter(around(t2, bad), resolver), engine::filter::FilterError);
  CHECK_THROWS_AS(engine::filter::compile_filter("evt.around=1", resolver), engine::filter::FilterError);
  CHECK_THROWS_AS(engine::filter::compile_filter("evt.around[abc]=1", resolver), engine::filter::FilterError);
}

TEST_CASE("evt.around never has a value in output") {
  std::string err;
  auto f = engine::fields::bind_field("evt.around[5]", &err);
  REQUIRE(f);
  CHECK(engine::fields::bind_field("evt.around", &err) == nullptr);
  CHECK(err == "filter syntax error: evt.around");
  CHECK(engine::fields::bind_field("evt.around[x1]", &err) == nullptr);
  CHECK(err == "x1 is not a valid number");
}
