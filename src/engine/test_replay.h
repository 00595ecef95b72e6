// Test helpers (doctest files only): replay a capture through a State.
#pragma once
#include <cstdint>
#include <string>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"

namespace trowel::engine::testing {

// Replays the capture at `path` through `state` (each section's tables
// loaded as it starts), calling fn(ev, ctx) after each event is processed.
template <typename Fn>
void replay_capture(const std::string& path, State& state, Fn fn) {
  auto reader = capture::CaptureReader::open(path);
  state.load_tables(reader->tables());
  capture::EventView ev;
  EventContext ctx;
  uint32_t section = 0;
  while (reader->next(ev)) {
    if (ev.section != section) {
      section = ev.section;
      state.load_tables(reader->tables());
    }
    state.process(ev, ctx);
    fn(ev, ctx);
  }
}

// How many events of the capture at `path` match `filter_text`.
inline int64_t count_filter_matches(const std::string& path, const std::string& filter_text) {
  fields::EngineFieldResolver resolver;
  auto filter = filter::compile_filter(filter_text, resolver);
  State state;
  int64_t n = 0;
  replay_capture(path, state, [&](const capture::EventView&, EventContext& ctx) {
    if (filter->matches(filter::EventRef{&ctx})) ++n;
  });
  return n;
}

}  // namespace trowel::engine::testing
