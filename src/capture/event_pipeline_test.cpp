// EventPipeline hands out the same events, in the same order, with the same
// section tables and the same final status as reading directly; stop()
// ends it early without waiting for the input.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "capture/capture_reader.h"
#include "capture/event_pipeline.h"

using namespace trowel::capture;
namespace fs = std::filesystem;

namespace {

struct Seen {
  std::vector<uint64_t> nums, ts, offsets;
  std::vector<uint32_t> sections;
  std::vector<size_t> table_threads;  // per section start: thread table size
  CaptureReader::Status status{};
  std::string message;
};

Seen read_direct(const std::string& path) {
  Seen s;
  auto r = CaptureReader::open(path);
  s.table_threads.push_back(r->tables().threads.size());
  r->set_section_callback([](void* p, const SectionTables& t) { static_cast<Seen*>(p)->table_threads.push_back(t.threads.size()); }, &s);
  EventView ev;
  while (r->next(ev)) {
    s.nums.push_back(ev.num);
    s.ts.push_back(ev.ts);
    s.offsets.push_back(ev.block_offset);
    s.sections.push_back(ev.section);
  }
  s.status = r->status();
  s.message = r->message();
  return s;
}

Seen read_pipelined(const std::string& path) {
  Seen s;
  auto r = CaptureReader::open(path);
  REQUIRE(r->events_stay_valid());
  s.table_threads.push_back(r->tables().threads.size());
  {
    EventPipeline pipe(*r);
    while (const EventPipeline::Batch* b = pipe.next()) {
      for (const auto& t : b->tables) s.table_threads.push_back(t->threads.size());
      for (uint32_t i = 0; i < b->count; ++i) {
        const EventView& ev = b->events[i];
        s.nums.push_back(ev.num);
        s.ts.push_back(ev.ts);
        s.offsets.push_back(ev.block_offset);
        s.sections.push_back(ev.section);
        CHECK(ev.len == ev.bytes().size());
      }
      pipe.release();
    }
  }
  s.status = r->status();
  s.message = r->message();
  return s;
}

void check_same(const std::string& path) {
  Seen a = read_direct(path), b = read_pipelined(path);
  CHECK(a.nums == b.nums);
  CHECK(a.ts == b.ts);
  CHECK(a.offsets == b.offsets);
  CHECK(a.sections == b.sections);
  CHECK(a.table_threads == b.table_threads);
  CHECK(a.status == b.status);
  CHECK(a.message == b.message);
}

std::string tmp_name(const char* tag) { return (fs::temp_directory_path() / ("trowel-pipe-" + std::string(tag) + std::to_string(::getpid()))).string(); }

}  // namespace

TEST_CASE("EventPipeline: same events, sections and status as direct reading") {
  fs::path src = fs::path(TROWEL_SHARED_DIR) / "captures" / "leaky-logtxt.scap";
  fs::path src2 = fs::path(TROWEL_SHARED_DIR) / "captures" / "leaky-logtxt-sysdig029.scap";
  if (!fs::exists(src) || !fs::exists(src2)) return;
  check_same(src.string());

  // Three sections in one file (concatenated captures).
  std::string multi = tmp_name("multi");
  {
    std::ofstream out(multi, std::ios::binary);
    for (const fs::path& p : {src2, src, src2}) {
      std::ifstream in(p, std::ios::binary);
      out << in.rdbuf();
    }
  }
  check_same(multi);

  // Truncated inside an event block, and a corrupt block length.
  std::string cut = tmp_name("cut");
  fs::copy_file(src, cut, fs::copy_options::overwrite_existing);
  fs::resize_file(cut, 2500000);
  check_same(cut);
  std::string bad = tmp_name("bad");
  fs::copy_file(src, bad, fs::copy_options::overwrite_existing);
  {
    std::fstream f(bad, std::ios::binary | std::ios::in | std::ios::out);
    f.seekp(2000004);
    const char len[4] = {'\xff', '\xff', '\xff', '\x7f'};
    f.write(len, 4);
  }
  check_same(bad);

  // stop() in the middle: returns promptly, the reader is left consistent.
  {
    auto r = CaptureReader::open(src.string());
    EventPipeline pipe(*r);
    const EventPipeline::Batch* b = pipe.next();
    REQUIRE(b);
    CHECK(b->count > 0);
    pipe.stop();
  }
  for (const std::string& f : {multi, cut, bad}) fs::remove(f);
}
