#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "capture/capture_writer.h"
#include "record/slice.h"

using namespace trowel;
namespace fs = std::filesystem;

namespace {

fs::path shared(const char* name) { return fs::path(TROWEL_SHARED_DIR) / "captures" / name; }

fs::path temp(const std::string& tag) {
  return fs::temp_directory_path() / ("trowel-slice-" + std::to_string(::getpid()) + "-" + tag + ".scap");
}

record::SliceResult slice(const fs::path& in, const fs::path& out, const char* from, const char* to,
                          const std::string& filter = "") {
  record::SliceOptions o;
  if (from) o.from = record::parse_time_point(from);
  if (to) o.to = record::parse_time_point(to);
  o.filter = filter;
  auto reader = capture::CaptureReader::open(in.string());
  capture::CaptureWriter w(out.string());
  record::SliceResult r = record::write_slice(*reader, w, o);
  w.close();
  return r;
}

uint64_t count_events(const fs::path& p) {
  auto reader = capture::CaptureReader::open(p.string());
  capture::EventView ev;
  uint64_t n = 0;
  while (reader->next(ev)) ++n;
  return n;
}

}  // namespace

TEST_CASE("slices by event number and by offset partition the capture") {
  fs::path in = shared("falco_open-multiple-files.scap");
  if (!fs::exists(in)) return;
  uint64_t total = count_events(in);
  fs::path a = temp("a"), b = temp("b"), c = temp("c");
  auto ra = slice(in, a, nullptr, "#400");
  auto rb = slice(in, b, "#400", "#900");
  auto rc = slice(in, c, "#900", nullptr);
  CHECK(rb.first_num == 400);
  CHECK(ra.last_num == 399);
  CHECK(rb.last_num == 899);
  CHECK(rc.first_num == 900);
  // Every event is in exactly one slice (the leading container events of
  // the file, if any, open every slice).
  CHECK(ra.written + rb.written + rc.written + (ra.first_num - 1) == total);
  CHECK(count_events(b) >= rb.written);

  auto t1 = slice(in, a, nullptr, "+0.05s");
  auto t2 = slice(in, b, "+0.05s", nullptr);
  CHECK(t1.written + t2.written + (t1.first_num - 1) == total);
  CHECK(t1.last_num + 1 == t2.first_num);
  CHECK(t2.first_ts >= t1.first_ts + 50000000ull);
  CHECK(t1.last_ts < t1.first_ts + 50000000ull);
  fs::remove(a);
  fs::remove(b);
  fs::remove(c);
}

TEST_CASE("slice errors: empty windows name the bound and the capture's extent") {
  fs::path in = shared("falco_open-multiple-files.scap");
  if (!fs::exists(in)) return;
  fs::path out = temp("err");
  CHECK_THROWS_WITH_AS(slice(in, out, "#100", "#100"), doctest::Contains("not after --from"), record::SliceError);
  CHECK_THROWS_WITH_AS(slice(in, out, "#100000", nullptr), doctest::Contains("after the capture's last event (#1272"),
                       record::SliceError);
  CHECK_THROWS_WITH_AS(slice(in, out, nullptr, "1000000000"), doctest::Contains("at or before the capture's first event"),
                       record::SliceError);
  CHECK_THROWS_WITH_AS(slice(in, out, "+1h", nullptr), doctest::Contains("--from +1h is after"), record::SliceError);
  fs::remove(out);
}

TEST_CASE("a filtered slice keeps the matching events; keep_state adds state-only ones") {
  fs::path in = shared("leaky-logtxt.scap");
  if (!fs::exists(in)) return;
  fs::path out = temp("f");
  auto r = slice(in, out, "#20000", "#22000", "evt.type=openat");
  CHECK(r.window_events == 2000);
  CHECK(r.written > 0);
  CHECK(r.written < 2000);
  CHECK(count_events(out) == r.written);

  record::SliceOptions o;
  o.from = record::parse_time_point("#20000");
  o.to = record::parse_time_point("#22000");
  o.filter = "evt.type=read";
  o.keep_state = true;
  auto reader = capture::CaptureReader::open(in.string());
  capture::CaptureWriter w(out.string());
  auto k = record::write_slice(*reader, w, o);
  w.close();
  CHECK(k.state_only_written > 0);
  auto back = capture::CaptureReader::open(out.string());
  capture::EventView ev;
  uint64_t flagged = 0, n = 0;
  while (back->next(ev)) {
    ++n;
    flagged += ev.state_only();
  }
  CHECK(flagged == k.state_only_written);
  CHECK(n == k.written + k.state_only_written);
  fs::remove(out);
}
