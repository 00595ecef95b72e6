// Test helpers (doctest files only): replay a capture through a State.
#pragma once
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"

namespace trowel::engine::testing {

// What some fields say of an event, as one line: "NUM|v1|v2..." (<NA>
// where a field has no value). Fields are bound once, here.
class FieldLine {
 public:
  template <size_t N>
  explicit FieldLine(const char* const (&names)[N]) : FieldLine(std::vector<const char*>(names, names + N)) {}
  explicit FieldLine(const std::vector<const char*>& names) {
    for (const char* name : names) {
      std::string err;
      fields_.push_back(fields::bind_field(name, &err));
      if (!fields_.back()) throw std::runtime_error(std::string(name) + ": " + err);
    }
  }
  std::string operator()(const EventContext& ctx) {
    std::string out = std::to_string(ctx.ev->num);
    for (auto& f : fields_) {
      out += '|';
      if (!f->render_append(ctx, out)) out += "<NA>";
    }
    return out;
  }

 private:
  std::vector<std::unique_ptr<fields::Field>> fields_;
};

// Two readers of one capture, each feeding its own State (each section's
// tables loaded as it starts): for replays that must end in the same state.
struct TwinReplay {
  std::unique_ptr<capture::CaptureReader> ra, rb;
  State a, b;
  explicit TwinReplay(const std::string& path)
      : ra(capture::CaptureReader::open(path)), rb(capture::CaptureReader::open(path)) {
    a.load_tables(ra->tables());
    b.load_tables(rb->tables());
    auto load = [](void* s, const capture::SectionTables& t) { static_cast<State*>(s)->load_tables(t); };
    ra->set_section_callback(load, &a);
    rb->set_section_callback(load, &b);
  }
};

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
