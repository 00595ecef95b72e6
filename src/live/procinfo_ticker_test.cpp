// ProcInfoTicker: procinfo events from /proc, in the capture layout.
#include "live/procinfo_ticker.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <set>

#include "capture/event_view.h"

namespace trowel::live {

TEST_CASE("procinfo: utime and stime of a stat line, comm with spaces and parentheses") {
  uint64_t u = 0, s = 0;
  CHECK(parse_stat_times("1234 (a b) c)) S 1 1234 1234 0 -1 4194560 100 0 0 0 57 13 0 0 20 0 1 0 5 0 0", &u, &s));
  CHECK(u == 57);
  CHECK(s == 13);
  CHECK_FALSE(parse_stat_times("1234 (x) S 1 2", &u, &s));       // too short
  CHECK_FALSE(parse_stat_times("no parenthesis at all", &u, &s));
  CHECK_FALSE(parse_stat_times("1 (x) S 1 1 1 0 -1 0 0 0 0 0 5x 1", &u, &s));  // not a number
}

TEST_CASE("procinfo: one event per thread of /proc, once a period, decodable") {
  ProcInfoTicker t;
  std::set<int64_t> tids;
  size_t n = t.tick(1'000'000'000ull, [&](const capture::EventView& ev) {
    CHECK(ev.type == 234);
    CHECK(ev.nparams == 2);
    CHECK(ev.param(0).size() == 8);
    CHECK(ev.param(1).size() == 8);
    CHECK(ev.len == 46);
    tids.insert(ev.tid);
  });
  CHECK(n > 0);
  CHECK(n == tids.size());
  CHECK(tids.count(1) == 1);             // init is always there
  CHECK(tids.count(::getpid()) == 0);    // not ourselves
  CHECK(t.tick(1'500'000'000ull, [](const capture::EventView&) {}) == 0);  // within the period
  CHECK(t.tick(2'000'000'000ull, [](const capture::EventView&) {}) > 0);
  const capture::EventView& ev = t.make(42, 7, 100, 5);
  CHECK(ev.ts == 42);
  CHECK(ev.tid == 7);
  CHECK(capture::load_u64(ev.param(0).data()) == 100);
  CHECK(capture::load_u64(ev.param(1).data()) == 5);
}

}  // namespace trowel::live
