// State::clone(): continuing from a clone gives what continuing from the
// original gives, and the two never share mutable data.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/state.h"
#include "engine/test_replay.h"

using namespace trowel;

namespace {

// What the fields say of each event from `from` on, replaying the capture
// through `state` and switching to a clone of it at event `from`.
struct Lines {
  std::vector<std::string> original, cloned;
};

// A copy of an event that outlives the reader's buffer.
struct SavedEvent {
  std::vector<uint8_t> bytes;
  capture::EventView view;
  std::shared_ptr<capture::SectionTables> section;  // set when a new section starts here
};

Lines replay_with_clone(const std::string& path, uint64_t from) {
  static const char* kFields[] = {"proc.name",   "proc.pid",        "proc.ppid",   "thread.tid", "proc.exeline",
                                  "fd.name",     "fd.num",          "fd.type",     "evt.latency", "thread.cpu",
                                  "proc.fdopencount", "user.name",  "container.id", "evt.deltatime", "proc.cwd",
                                  "fd.cip",      "fd.sport",        "thread.exectime", "proc.vmsize", "thread.vtid"};
  engine::testing::FieldLine line(kFields);
  Lines r;
  // The original runs to the end first, the clone afterwards over saved
  // copies of the same events: anything they shared would show.
  auto reader = capture::CaptureReader::open(path);
  engine::State state;
  state.load_tables(reader->tables());
  std::unique_ptr<engine::State> clone;
  std::vector<std::unique_ptr<SavedEvent>> saved;
  capture::EventView ev;
  engine::EventContext ctx;
  uint32_t section = 0;
  while (reader->next(ev)) {
    bool new_section = ev.section != section;
    if (new_section) {
      section = ev.section;
      state.load_tables(reader->tables());
    }
    if (ev.num == from) clone = state.clone();
    state.process(ev, ctx);
    if (!clone) continue;
    r.original.push_back(line(ctx));
    auto s = std::make_unique<SavedEvent>();
    s->bytes.assign(ev.data, ev.data + ev.len);
    s->view = ev;
    s->view.data = s->bytes.data();
    s->view.lens = s->bytes.data() + (ev.lens - ev.data);
    s->view.values = s->bytes.data() + (ev.values - ev.data);
    if (new_section) s->section = std::make_shared<capture::SectionTables>(reader->tables());
    saved.push_back(std::move(s));
  }
  if (!clone) return r;
  for (const auto& s : saved) {
    if (s->section) clone->load_tables(*s->section);
    clone->process(s->view, ctx);
    r.cloned.push_back(line(ctx));
  }
  return r;
}

}  // namespace

TEST_CASE("State::clone continues exactly as the original") {
  const std::filesystem::path shared = std::filesystem::path(TROWEL_SHARED_DIR) / "captures";
  for (const char* name : {"leaky-logtxt.scap", "leaky-logtxt-sysdig029.scap", "libs_curl_google_comments.scap",
                           "falco_connect_localhost.scap"}) {
    CAPTURE(name);
    uint64_t n = 0;
    {
      auto reader = capture::CaptureReader::open((shared / name).string());
      capture::EventView ev;
      while (reader->next(ev)) ++n;
    }
    REQUIRE(n > 4);
    for (uint64_t from : {uint64_t(2), n / 3, n / 2, n - 1}) {
      CAPTURE(from);
      Lines r = replay_with_clone((shared / name).string(), from);
      CHECK(!r.original.empty());
      CHECK(r.original == r.cloned);
    }
  }
}

TEST_CASE("State::process without resolving dropped events leaves the same state") {
  // Events processed with resolve = false (two in three here) must leave
  // what full processing leaves: every event processed with resolve = true
  // afterwards says the same in both replays.
  static const char* kFields[] = {"proc.name", "thread.tid", "fd.name", "fd.num", "fd.type", "evt.latency",
                                  "proc.fdopencount", "fd.cip", "fd.sport", "thread.exectime", "proc.vmsize",
                                  "evt.res", "proc.exeline", "thread.cpu"};
  engine::testing::FieldLine la(kFields), lb(kFields);
  const std::string dir = std::string(TROWEL_SHARED_DIR) + "/captures/";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".scap") continue;
    CAPTURE(e.path().string());
    engine::testing::TwinReplay twin(e.path().string());
    auto& [ra, rb, a, b] = twin;
    capture::EventView ea, eb;
    engine::EventContext ca, cb;
    size_t compared = 0, mismatched = 0;
    while (ra->next(ea)) {
      REQUIRE(rb->next(eb));
      const bool resolve = ea.num % 3 == 0;
      a.process(ea, ca);
      b.process(eb, cb, resolve);
      if (!resolve) continue;
      ++compared;
      if (la(ca) != lb(cb)) ++mismatched;
    }
    CHECK(compared > 0);
    CHECK(mismatched == 0);
  }
}
