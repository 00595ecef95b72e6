#include "record/slice.h"

#include <memory>

#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"
#include "record/container_log.h"
#include "record/state_prologue.h"

namespace trowel::record {

namespace {

using capture::EventView;
using Kind = TimePoint::Kind;

// Whether the point is known and the event is at or after it.
bool reached(const TimePoint& p, const EventView& ev, uint64_t first_ts) {
  if (p.kind == Kind::EventNum) return ev.num >= p.value;
  if (p.needs_start() && first_ts == 0) return false;
  return ev.ts >= p.resolve(first_ts);
}

std::string where(const EventView& ev) {
  std::string s = "#";
  s += std::to_string(ev.num);
  s += " at ";
  s += format_utc(ev.ts);
  return s;
}

// Events that change what the tables describe (and the enter events their
// exits pair with): kept as state-only by keep_state.
bool changes_state(uint16_t type) {
  const engine::detail::TypeFacts& f = engine::detail::type_facts(engine::detail::type_facts_table(), type);
  return f.op != nullptr || f.container;
}

}  // namespace

void check_window(const SliceOptions& o) {
  if (!o.from.is_set() || !o.to.is_set() || o.from.kind != o.to.kind) return;
  if (o.from.kind == Kind::TimeOfDay) return;  // may cross midnight
  if (o.to.value <= o.from.value)
    throw SliceError("empty window: --to " + o.to.text + " is not after --from " + o.from.text);
}

SliceResult write_slice(capture::CaptureReader& reader, capture::CaptureWriter& writer,
                        const SliceOptions& o) {
  check_window(o);
  std::unique_ptr<engine::filter::Filter> filter;
  if (!o.filter.empty()) {
    engine::fields::EngineFieldResolver resolver;
    filter = engine::filter::compile_filter(o.filter, resolver);
  }
  SliceResult r;
  engine::State state;
  state.load_tables(reader.tables());
  ContainerLog containers;
  engine::EventContext ctx;
  EventView ev;
  uint32_t section = 0;
  bool leading = true, started = false;
  uint64_t first_ts = 0, seen = 0;
  EventView last{};
  bool have_last = false;
  while (reader.next(ev)) {
    if (ev.section != section) {
      section = ev.section;
      leading = true;
      state.load_tables(reader.tables());
      containers.clear();
      if (started) writer.write_section(reader.tables());
    }
    if (leading && ContainerLog::is_container_type(ev.type)) {
      // Section-opening container events: state, not window events.
      if (started) {
        writer.write_event(ev);
      } else {
        state.process(ev, ctx);
        containers.add(ev);
      }
      continue;
    }
    leading = false;
    if (first_ts == 0 && ev.ts != 0) first_ts = ev.ts;
    if (!started) {
      if (o.to.is_set() && reached(o.to, ev, first_ts)) {
        if (seen == 0)
          throw SliceError("--to " + o.to.text + " is at or before the capture's first event (" + where(ev) + ")");
        throw SliceError("empty window: --to " + o.to.text + " is reached (" + where(ev) +
                         ") before --from " + o.from.text);
      }
      ++seen;
      last = ev;
      have_last = true;
      if (o.from.is_set() && !reached(o.from, ev, first_ts)) {
        state.process(ev, ctx);
        if (ContainerLog::is_container_type(ev.type)) containers.add(ev);
        continue;
      }
      // The window starts here: the state the event starts from.
      started = true;
      PrologueCounts n = write_state_prologue(writer, state, reader.tables(), containers);
      r.threads = n.threads;
      r.fds = n.fds;
      r.enters = n.enters;
      r.first_num = ev.num;
      r.first_ts = ev.ts;
    } else if (o.to.is_set() && reached(o.to, ev, first_ts)) {
      break;
    }
    ++r.window_events;
    r.last_num = ev.num;
    r.last_ts = ev.ts;
    if (!filter) {
      writer.write_event(ev);
      ++r.written;
      continue;
    }
    state.process(ev, ctx);
    if (filter->matches(engine::filter::EventRef{&ctx})) {
      writer.write_event(ev);
      ++r.written;
    } else if (o.keep_state && changes_state(ev.type)) {
      EventView flagged = ev;
      flagged.flags |= 1u;  // SCAP_DF_STATE_ONLY
      writer.write_event(flagged);
      ++r.state_only_written;
    }
  }
  if (!started) {
    if (reader.status() == capture::CaptureReader::Status::Corrupt) return r;  // the caller reports it
    if (!have_last) throw SliceError("the capture has no events");
    throw SliceError("--from " + o.from.text + " is after the capture's last event (" + where(last) + ")");
  }
  return r;
}

}  // namespace trowel::record
