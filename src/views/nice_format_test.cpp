#include "views/nice_format.h"

#include <doctest/doctest.h>

using namespace trowel::views;

static std::string num(double v, bool is_int) {
  std::string s;
  append_nice_number(s, v, is_int);
  return s;
}
static std::string tm(uint64_t ns) {
  std::string s;
  append_nice_time(s, ns);
  return s;
}

TEST_CASE("nice numbers: base 1024, unit only above it") {
  CHECK(num(0, true) == "0");
  CHECK(num(767, true) == "767");
  CHECK(num(1024, true) == "1024");
  CHECK(num(1025, true) == "1K");
  CHECK(num(4096 + 1, true) == "4K");
  CHECK(num(15.0 * 1024 * 1024 + 5, true) == "15M");
  CHECK(num(1986.56, false) == "1.94K");
  CHECK(num(99.9, false) == "99.90");
  CHECK(num(0.390625, false) == "0.39");
  CHECK(num(3.0 * 1024 * 1024 * 1024 + 1, true) == "3G");
}

TEST_CASE("nice relative times") {
  CHECK(tm(0) == "0ns");
  CHECK(tm(999) == "999ns");
  CHECK(tm(1820) == "1.82us");
  CHECK(tm(16000) == "16us");
  CHECK(tm(1500000) == "1.50ms");
  CHECK(tm(16000000) == "16ms");
  CHECK(tm(22030000000ULL) == "22.03s");
  CHECK(tm(125000000000ULL) == "2:5");
  CHECK(tm(3725000000000ULL) == "01:02:05");
}
