#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <string>

#include "record/time_spec.h"

using namespace trowel::record;
using Kind = TimePoint::Kind;

TEST_CASE("time points: every form") {
  TimePoint p = parse_time_point("#1234");
  CHECK(p.kind == Kind::EventNum);
  CHECK(p.value == 1234);
  p = parse_time_point("+2.5s");
  CHECK(p.kind == Kind::Offset);
  CHECK(p.value == 2500000000ull);
  CHECK(p.resolve(1000) == 2500001000ull);
  CHECK(parse_time_point("+300ms").value == 300000000ull);
  CHECK(parse_time_point("+1500us").value == 1500000ull);
  CHECK(parse_time_point("+7ns").value == 7);
  CHECK(parse_time_point("+2m").value == 120000000000ull);
  CHECK(parse_time_point("+.5").value == 500000000ull);
  p = parse_time_point("1764163396264430000");
  CHECK(p.kind == Kind::Epoch);
  CHECK(p.value == 1764163396264430000ull);
  CHECK(parse_time_point("1764163396.26443").value == 1764163396264430000ull);
  // 2026-11-26T13:23:16Z is 1795699396.
  CHECK(parse_time_point("2026-11-26T13:23:16.5Z").value == 1795699396500000000ull);
  CHECK(parse_time_point("2026-11-26T15:23:16.5+02:00").value == 1795699396500000000ull);
  CHECK(parse_time_point("2026-11-26T12:23:16.5-0100").value == 1795699396500000000ull);
  CHECK(parse_time_point("2026-11-26T13:23Z").value == 1795699380000000000ull);
  CHECK(parse_time_point("2026-11-26T13:23:16.123456789Z").value == 1795699396123456789ull);
}

TEST_CASE("time points: local time and time of day follow TZ") {
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", "UTC", 1);
  tzset();
  CHECK(parse_time_point("2026-11-26 13:23:16.5").value == 1795699396500000000ull);
  TimePoint tod = parse_time_point("13:23:17.25");
  CHECK(tod.kind == Kind::TimeOfDay);
  CHECK(tod.resolve(1795699396000000000ull) == 1795699397250000000ull);
  // A capture running over midnight: 00:00:01 is the next day.
  CHECK(parse_time_point("00:00:01").resolve(1795737599000000000ull) == 1795737601000000000ull);
  if (old) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
  tzset();
}

TEST_CASE("time points: bad text is a one-line error quoting it") {
  for (const char* bad : {"", "#", "#0", "#12a", "+", "+2x", "+s", "2026-13-01T00:00:00Z", "2026-11-26T25:00Z",
                          "2026-11-26T13:23:16.1234567890Z", "yesterday", "12:3", "1.2.3"}) {
    CAPTURE(bad);
    try {
      parse_time_point(bad);
      FAIL("accepted");
    } catch (const TimeSpecError& e) {
      std::string m = e.what();
      CHECK(m.find(std::string("'") + bad + "'") != std::string::npos);
      CHECK(m.find('\n') == std::string::npos);
    }
  }
}

TEST_CASE("durations, rates and sizes") {
  CHECK(parse_duration_ns("2s") == 2000000000ull);
  CHECK(parse_duration_ns("2") == 2000000000ull);
  CHECK(parse_duration_ns("250ms") == 250000000ull);
  CHECK(parse_duration_ns("1.5m") == 90000000000ull);
  CHECK_THROWS_AS(parse_duration_ns("2 s"), TimeSpecError);
  CHECK_THROWS_AS(parse_duration_ns("-1s"), TimeSpecError);
  Rate r = parse_rate("3/s");
  CHECK(r.count == 3);
  CHECK(r.window_ns == 1000000000ull);
  r = parse_rate("10/500ms");
  CHECK(r.count == 10);
  CHECK(r.window_ns == 500000000ull);
  CHECK(parse_rate("5/2s").window_ns == 2000000000ull);
  CHECK_THROWS_AS(parse_rate("0/s"), TimeSpecError);
  CHECK_THROWS_AS(parse_rate("3"), TimeSpecError);
  CHECK_THROWS_AS(parse_rate("3/"), TimeSpecError);
  CHECK_THROWS_AS(parse_rate("3/0s"), TimeSpecError);
  CHECK(parse_bytes("256K") == 262144);
  CHECK(parse_bytes("64M") == 64ull << 20);
  CHECK(parse_bytes("1000") == 1000);
  CHECK_THROWS_AS(parse_bytes("12Q"), TimeSpecError);
  CHECK(format_utc(1795699396500000000ull) == "2026-11-26T13:23:16.500000000Z");
  CHECK(format_duration(2000000000ull) == "2 s");
  CHECK(format_duration(300000000ull) == "300 ms");
}
