#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "engine/state.h"
#include "record/flight_recorder.h"

using namespace trowel;
namespace fs = std::filesystem;

namespace {

fs::path shared(const char* name) { return fs::path(TROWEL_SHARED_DIR) / "captures" / name; }

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("trowel-fr-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

std::vector<record::CaptureReport> replay(const fs::path& in, record::RecorderOptions o,
                                          record::RecorderStats* stats = nullptr, size_t* peak = nullptr,
                                          uint64_t dump_at = 0) {
  std::vector<record::CaptureReport> out;
  record::FlightRecorder rec(o);
  rec.on_capture([&](const record::CaptureReport& r) { out.push_back(r); });
  auto reader = capture::CaptureReader::open(in.string());
  rec.begin_section(reader->tables());
  capture::EventView ev;
  while (reader->next(ev)) {
    if (dump_at && ev.num == dump_at) rec.request_dump();
    rec.feed(ev);
  }
  rec.finish();
  if (stats) *stats = rec.stats();
  if (peak) *peak = rec.ring().peak_used();
  return out;
}

// Timestamps of the EMFILE events of a capture, and its first event's time.
std::vector<uint64_t> emfile_times(const std::string& path, uint64_t* first_ts) {
  auto reader = capture::CaptureReader::open(path);
  engine::State state;
  state.load_tables(reader->tables());
  capture::EventView ev;
  engine::EventContext ctx;
  std::vector<uint64_t> t;
  *first_ts = 0;
  while (reader->next(ev)) {
    if (!*first_ts) *first_ts = ev.ts;
    state.process(ev, ctx);
    if ((ev.type & 1) && ev.nparams > 0) {
      auto p = ev.param(0);
      if (p.size() == 8 && static_cast<int64_t>(capture::load_u64(p.data())) == -24) t.push_back(ev.ts);
    }
  }
  return t;
}

// The trigger of the leaky server story: 3 EMFILE failures within a second.
record::RecorderOptions emfile_trigger() {
  record::RecorderOptions o;
  o.trigger = "evt.res=EMFILE";
  o.threshold = record::parse_rate("3/s");
  return o;
}

}  // namespace

TEST_CASE("flight recorder on leaky-logtxt-sysdig029: one capture, the first EMFILEs and 2 s before") {
  fs::path in = shared("leaky-logtxt-sysdig029.scap");
  if (!fs::exists(in)) return;
  TempDir dir;
  record::RecorderOptions o = emfile_trigger();
  o.out_dir = dir.path.string();
  record::RecorderStats s;
  auto caps = replay(in, o, &s);
  REQUIRE(caps.size() == 1);
  const auto& c = caps[0];
  CHECK(c.error.empty());
  CHECK_FALSE(c.pre_cut);
  CHECK(c.pre_ns <= 2000000000ull);
  CHECK(c.pre_ns > 1900000000ull);
  CHECK(s.suppressed > 0);  // the burst goes on: cooldown and the open capture hold it
  uint64_t full_first = 0, cap_first = 0;
  auto all = emfile_times(in.string(), &full_first);
  auto got = emfile_times(c.path, &cap_first);
  REQUIRE(all.size() == 762);
  REQUIRE(!got.empty());
  CHECK(got.front() == all.front());
  CHECK(cap_first <= all.front() - 2000000000ull + 50000000ull);
  CHECK(cap_first >= all.front() - 2000000000ull);
  CHECK(c.last_ts <= c.trigger_ts + 2000000000ull);
}

TEST_CASE("flight recorder: a small byte bound cuts the pre time and bounds memory") {
  fs::path in = shared("leaky-logtxt-sysdig029.scap");
  if (!fs::exists(in)) return;
  TempDir dir;
  record::RecorderOptions o = emfile_trigger();
  o.ring_bytes = 256 * 1024;
  o.out_dir = dir.path.string();
  size_t peak = 0;
  record::RecorderStats s;
  auto caps = replay(in, o, &s, &peak);
  REQUIRE(caps.size() == 1);
  CHECK(caps[0].pre_cut);
  CHECK(caps[0].pre_ns < 2000000000ull);
  CHECK(peak <= 256 * 1024);
  CHECK(s.evicted_by_bytes > 0);
  // The capture still opens with the server and its leaked descriptors.
  auto reader = capture::CaptureReader::open(caps[0].path);
  size_t logtxt = 0;
  for (const auto& fd : reader->tables().fds) logtxt += fd.name == "/srv/webapp/log.txt";
  CHECK(logtxt > 800);
}

TEST_CASE("flight recorder: cooldown 0 and max captures; manual dumps") {
  fs::path in = shared("leaky-logtxt-sysdig029.scap");
  if (!fs::exists(in)) return;
  TempDir dir;
  record::RecorderOptions o = emfile_trigger();
  o.pre_ns = 100000000ull;
  o.post_ns = 100000000ull;
  o.cooldown_ns = 0;
  o.max_captures = 2;
  o.out_dir = dir.path.string();
  auto caps = replay(in, o);
  CHECK(caps.size() == 2);
  if (caps.size() == 2) CHECK(caps[1].trigger_ts > caps[0].last_ts);

  record::RecorderOptions m;
  m.out_dir = dir.path.string();
  m.ring_ns = 1000000000ull;
  m.pre_ns = 0;
  auto dumps = replay(in, m, nullptr, nullptr, 5000);
  REQUIRE(dumps.size() == 1);
  CHECK(dumps[0].manual);
  CHECK(dumps[0].path.find("manual") != std::string::npos);
  CHECK(dumps[0].events > 0);
}

TEST_CASE("flight recorder: bad options are refused") {
  record::RecorderOptions o;
  o.pre_ns = 20000000000ull;
  CHECK_THROWS_AS(record::FlightRecorder{o}, std::invalid_argument);
  o = {};
  o.ring_bytes = 1000;
  CHECK_THROWS_AS(record::FlightRecorder{o}, std::invalid_argument);
  o = {};
  o.out_dir = "/nonexistent/dir";
  CHECK_THROWS_AS(record::FlightRecorder{o}, std::invalid_argument);
}

TEST_CASE("flight recorder: tick() ends a capture when no event comes, and serves dumps") {
  fs::path in = shared("leaky-logtxt-sysdig029.scap");
  if (!fs::exists(in)) return;
  TempDir dir;
  record::RecorderOptions o;
  o.out_dir = dir.path.string();
  o.post_ns = 1000000000ull;
  std::vector<record::CaptureReport> caps;
  record::FlightRecorder rec(o);
  rec.on_capture([&](const record::CaptureReport& r) { caps.push_back(r); });
  auto reader = capture::CaptureReader::open(in.string());
  rec.begin_section(reader->tables());
  capture::EventView ev;
  uint64_t last = 0;
  while (reader->next(ev) && ev.num < 3000) {
    rec.feed(ev);
    last = ev.ts;
  }
  rec.request_dump();
  rec.tick(last + 1);
  CHECK(rec.capturing());
  rec.tick(last + 500000000ull);
  CHECK(rec.capturing());
  rec.tick(last + 1000000002ull);
  CHECK_FALSE(rec.capturing());
  REQUIRE(caps.size() == 1);
  CHECK(caps[0].manual);
  CHECK(caps[0].events == 2999);
  CHECK_FALSE(caps[0].post_cut);
}
