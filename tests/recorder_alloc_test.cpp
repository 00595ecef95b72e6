// FlightRecorder::feed must not allocate per event: the ring is one buffer
// allocated up front, the trigger's match times a fixed array, the filter
// allocates nothing once compiled. What remains is the growth of its two
// States (new threads and fds, as in print_alloc_test) and, while a capture
// is written, the writer's block buffer growing to the largest block.
// Its own binary: it replaces the global operator new to count allocations.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "capture/capture_reader.h"
#include "record/flight_recorder.h"

#include "alloc_counter.h"

using namespace trowel;

TEST_CASE("FlightRecorder::feed allocates only for state growth") {
  const std::string file = std::string(TROWEL_SHARED_DIR) + "/captures/leaky-logtxt-sysdig029.scap";
  if (!std::filesystem::exists(file)) return;
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("trowel-fr-alloc-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  // A trigger that never fires, then one that fires once (its capture's
  // opening allocates; the events written after it must not).
  for (const char* trigger : {"proc.name=nosuchprocess", "evt.res=EMFILE"}) {
    record::RecorderOptions o;
    o.trigger = trigger;
    o.threshold = record::parse_rate("3/s");
    o.ring_bytes = 1 << 20;  // small: eviction into the base state all along
    o.out_dir = dir.string();
    record::FlightRecorder rec(o);
    long captures = 0;
    rec.on_capture([&](const record::CaptureReport&) { ++captures; });
    auto reader = capture::CaptureReader::open(file);
    rec.begin_section(reader->tables());
    capture::EventView ev;
    long allocations = 0, events = 0;
    while (reader->next(ev)) {
      bool was_capturing = rec.capturing();
      long before = g_allocations.load();
      rec.feed(ev);
      // The capture's start (tables, files) is not per-event work.
      if (was_capturing || !rec.capturing()) allocations += g_allocations.load() - before;
      ++events;
    }
    rec.finish();
    MESSAGE(std::string(trigger), ": ", events, " events, ", allocations, " allocations in feed(), ", captures, " captures");
    // Two States' growth: about twice print_alloc_test's bound.
    CHECK(allocations * 10 < events);
  }
  std::filesystem::remove_all(dir);
}
