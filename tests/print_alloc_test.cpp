// The print hot path must not allocate once warm: EventFormatter::format
// (default line, a -p format with many fields, JSON) and Filter::matches.
// Two passes over each capture with a fresh State each time; the second pass
// counts the allocations made inside format() and matches() only (the
// state's own growth — new threads, new fds — is not the formatter's).
// Its own binary: it replaces the global operator new to count allocations.
#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>
#include <new>
#include <string>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/format/event_formatter.h"
#include "engine/state.h"

#include "alloc_counter.h"

using namespace trowel;

namespace {

long hot_allocations(const std::string& file, engine::format::EventFormatter& fmt,
                     engine::filter::Filter& flt, int passes) {
  long counted = 0;
  std::string line;
  for (int pass = 0; pass < passes; ++pass) {
    auto reader = capture::CaptureReader::open(file);
    engine::State state;
    state.load_tables(reader->tables());
    capture::EventView ev;
    engine::EventContext ctx;
    while (reader->next(ev)) {
      state.process(ev, ctx);
      long before = g_allocations.load();
      bool m = flt.matches(engine::filter::EventRef{&ctx});
      if (m || true) fmt.format(ctx, line);
      if (pass == passes - 1) counted += g_allocations.load() - before;
    }
  }
  return counted;
}

}  // namespace

TEST_CASE("print hot path allocates nothing once warm") {
  const std::string dir = std::string(TROWEL_SHARED_DIR) + "/captures/";
  const char* formats[] = {
      "*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info",
      "*%evt.num %evt.time %evt.cpu %proc.name %thread.tid %proc.pid %proc.ppid %evt.dir %evt.type "
      "%fd.num %fd.type %fd.name %evt.res %evt.failed %evt.latency %user.name %proc.exeline %container.id",
      "%10proc.name %3evt.type %evt.args",
      "*%evt.arg.fd",
      "*%evt.arg[0]",
  };
  for (const char* name : {"falco_cat_write.scap", "libs_test_ipv6_client.scap", "leaky-logtxt-sysdig029.scap"}) {
    for (const char* f : formats) {
      for (bool json : {false, true}) {
        engine::format::FormatOptions o;
        o.json = json;
        engine::format::EventFormatter fmt(f, o);
        engine::fields::EngineFieldResolver resolver;
        auto flt = engine::filter::compile_filter(
            "proc.name!=foo and (fd.name contains / or evt.res=EMFILE or evt.type in (read, write))", resolver);
        INFO("capture ", std::string(name), " format ", std::string(f), " json ", json);
        CHECK(hot_allocations(dir + name, fmt, *flt, 2) == 0);
      }
    }
  }
}

// State::process itself: new threads and fds are real growth, but the common
// events (reads, writes, sockets, opens and closes of reused fd numbers,
// failed opens) must not allocate. The leaky-logtxt captures open and close
// the same few fd numbers thousands of times (~2100 opens, ~3100 closes,
// ~1400 sockets each); an allocation per open, close or socket would exceed
// the bound. What remains is growth: the ~1000 fds the server leaks (a new
// fd number's first name), clones, execs, users and groups.
TEST_CASE("State::process allocates only for real growth") {
  const std::string dir = std::string(TROWEL_SHARED_DIR) + "/captures/";
  for (std::string name : {"leaky-logtxt-sysdig029.scap", "leaky-logtxt.scap"}) {
    auto reader = capture::CaptureReader::open(dir + name);
    engine::State state;
    state.load_tables(reader->tables());
    capture::EventView ev;
    engine::EventContext ctx;
    long allocations = 0, events = 0;
    while (reader->next(ev)) {
      long before = g_allocations.load();
      state.process(ev, ctx);
      allocations += g_allocations.load() - before;
      ++events;
    }
    MESSAGE(name, ": ", events, " events, ", allocations, " allocations in State::process");
    CHECK(allocations * 20 < events);
  }
}
