// State::pass() over header-only events (CaptureReader::next_skim()) leaves
// the state process() leaves.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/state.h"
#include "engine/test_replay.h"

using namespace trowel;

TEST_CASE("State::pass on header-only events leaves what State::process leaves") {
  // Replay b reads events of passable types header-only (every fourth one
  // in full) and passes them; every other event goes through process() in
  // both replays, and what the fields say of it must agree.
  static const char* kFields[] = {"proc.name", "thread.tid", "proc.pid", "fd.name", "fd.num", "fd.type",
                                  "evt.latency", "evt.deltatime", "evt.reltime", "proc.fdopencount", "fd.cip",
                                  "thread.exectime", "proc.vmsize", "evt.res", "proc.exeline", "thread.cpu",
                                  "proc.nthreads", "user.name", "container.id"};
  engine::testing::FieldLine la(kFields), lb(kFields);
  const bool* passable = engine::State::passable_types();
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(std::string(TROWEL_SHARED_DIR) + "/captures"))
    if (e.path().extension() == ".scap") paths.push_back(e.path().string());
  for (const char* f : {"two_sections.scap", "containers.scap", "exit_only.scap", "net_poll.scap"})
    paths.push_back(std::string(TROWEL_SOURCE_DIR) + "/testdata/" + f);
  for (const std::string& path : paths) {
    CAPTURE(path);
    engine::testing::TwinReplay twin(path);
    auto& [ra, rb, a, b] = twin;
    capture::EventView ea, eb;
    engine::EventContext ca, cb;
    size_t compared = 0, passed = 0, skimmed = 0, header_mismatches = 0, mismatched = 0;
    while (ra->next(ea)) {
      REQUIRE(rb->next_skim(eb, passable, 3));
      if (eb.num != ea.num || eb.ts != ea.ts || eb.tid != ea.tid || eb.type != ea.type || eb.len != ea.len ||
          eb.cpuid != ea.cpuid || eb.flags != ea.flags ||
          eb.section != ea.section || eb.block_offset != ea.block_offset)
        ++header_mismatches;
      if (eb.lens == nullptr) ++skimmed;
      a.process(ea, ca);
      if (ea.type < capture::kEventTypeCount && passable[ea.type]) {
        b.pass(eb);
        ++passed;
        continue;
      }
      b.process(eb, cb);
      ++compared;
      if (la(ca) != lb(cb)) ++mismatched;
    }
    CHECK_FALSE(rb->next(eb));
    CHECK(rb->status() == ra->status());
    CHECK(rb->stats().events == ra->stats().events);
    CHECK(header_mismatches == 0);
    CHECK(mismatched == 0);
    CHECK(b.first_ts() == a.first_ts());
    CHECK(b.last_ts() == a.last_ts());
    CHECK(b.threads().size() == a.threads().size());
    for (const auto& [tid, th] : a.threads()) {
      CAPTURE(tid);
      const engine::ThreadInfo* o = b.thread(tid);
      REQUIRE(o);
      CHECK(o->last_event_ts == th->last_event_ts);
      CHECK(o->last_latency_ns == th->last_latency_ns);
      CHECK(o->enter_type == th->enter_type);
      CHECK(o->procinfo_only == th->procinfo_only);
      CHECK(o->fds->size() == th->fds->size());
    }
    // The large captures have events of both kinds.
    if (ra->stats().events > 10000) {
      CHECK(passed > 0);
      CHECK(skimmed > 0);
      CHECK(compared > 0);
    }
  }
}
