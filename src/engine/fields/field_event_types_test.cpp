#include "engine/fields/field_event_types.h"

#include <doctest/doctest.h>

#include "capture/event_schema.h"
#include "capture/event_view.h"
#include "engine/event_context.h"
#include "engine/fields/field.h"

using namespace trowel::engine;
namespace capture = trowel::capture;

namespace {
filter::EventTypeSet types(std::string_view text) {
  fields::EngineFieldResolver r;
  return fields::engine_event_types_of(*filter::compile_filter(text, r));
}
}  // namespace

TEST_CASE("engine event types: I/O checks follow the event categories") {
  auto w = types("evt.is_io_write=true");
  REQUIRE_FALSE(w.all);
  CHECK(w.names.count("write"));
  CHECK(w.names.count("sendto"));
  CHECK_FALSE(w.names.count("read"));
  CHECK_FALSE(w.names.count("open"));
  auto r = types("evt.is_io_read=true");
  REQUIRE_FALSE(r.all);
  CHECK(r.names.count("read"));
  CHECK(r.names.count("recvfrom"));
  CHECK_FALSE(r.names.count("write"));
  auto io = types("evt.is_io=true");
  CHECK(io.names.size() == r.names.size() + w.names.size());
  CHECK(types("evt.io_dir=write") == w);
  CHECK(types("evt.io_dir in (read, write)") == io);
  CHECK(types("evt.is_syslog=true") == w);
  CHECK(types("evt.is_io_write=false").all);
  CHECK(types("evt.is_io_write!=true").all);
}

TEST_CASE("engine event types: the stock views' filters") {
  // spy_syslog
  auto s = types("fd.name contains /dev/log and evt.is_io_write=true and evt.dir=< and evt.failed=false");
  REQUIRE_FALSE(s.all);
  CHECK(s.names.count("write"));
  CHECK_FALSE(s.names.count("read"));
  CHECK(types("evt.type in (open, openat, openat2, creat) and evt.dir=<") ==
        filter::EventTypeSet::of({"creat", "open", "openat", "openat2"}));
  CHECK(types("evt.type!=switch").all);
  CHECK(types("syscall.type exists").all);
  CHECK(types("evt.is_io=true and fd.type=file and (not fd.name contains '/dev/') and evt.latency>1000000").names ==
        types("evt.is_io=true").names);
}

TEST_CASE("filter type answers: decided by the event type alone, as matches() decides") {
  fields::EngineFieldResolver r;
  struct Case {
    const char* text;
    int open_exit;   // type_answer() of openat's exit
    int open_enter;  // ... and of its enter
    int generic;     // ... and of a generic exit event (named by its syscall)
  };
  const Case cases[] = {
      {"evt.type!=switch", 1, 1, -1},
      {"evt.type=switch", 0, 0, -1},
      {"not evt.type=openat", 0, 0, -1},
      {"evt.type in (openat, close)", 1, 1, -1},
      {"not evt.type in (openat, close)", 0, 0, -1},
      {"evt.type=openat or evt.type=close", 1, 1, -1},
      {"evt.dir=<", 1, 0, 1},
      {"evt.dir=>", 0, 1, 0},
      {"evt.type in (open, openat, openat2, creat) and evt.dir=<", 1, 0, -1},
      {"evt.type=close and proc.name=x", 0, 0, -1},    // the type alone says no
      {"evt.type=openat and proc.name=x", -1, -1, -1},  // the rest must be asked
      {"evt.type=close or proc.name=x", -1, -1, -1},
      {"evt.dir=> and proc.name=x", 0, -1, 0},
      {"proc.name=x", -1, -1, -1},
      {"evt.res in (EMFILE, ENOENT)", -1, -1, -1},
  };
  // The same resolver without event types: its filters always run their
  // checks (no type table), the reference for the answers.
  struct ChecksOnly final : filter::FieldResolver {
    fields::EngineFieldResolver inner;
    filter::ResolveResult resolve(std::string_view token) override { return inner.resolve(token); }
  } checks_only;
  const uint16_t openat_x = 307, openat_e = 306;  // PPME_SYSCALL_OPENAT_2_X / _E
  REQUIRE(std::string_view(capture::event_info(openat_x)->name) == "openat");
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto f = filter::compile_filter(c.text, r);
    auto ref = filter::compile_filter(c.text, checks_only);
    CHECK(f->type_answer(openat_x) == c.open_exit);
    CHECK(f->type_answer(openat_e) == c.open_enter);
    CHECK(f->type_answer(1) == c.generic);
    // Wherever a type gives an answer, the checks agree on an event of it,
    // and matches() (through its table) says the same.
    for (uint16_t t = 0; t < capture::kEventTypeCount; ++t) {
      int a = f->type_answer(t);
      if (a < 0) continue;
      capture::EventView ev;
      ev.type = t;
      EventContext ctx;
      ctx.ev = &ev;
      CHECK(ref->matches(filter::EventRef{&ctx}) == (a == 1));
      CHECK(f->matches(filter::EventRef{&ctx}) == (a == 1));
    }
  }
}
