#include "views/view_runner.h"

namespace trowel::views {

namespace {
constexpr uint16_t kProcInfoType = 234;  // procinfo
}  // namespace

namespace {
bool is_container_type(uint16_t t) { return t == 228 || t == 272 || t == 324; }
}  // namespace

void run_view(capture::CaptureReader& reader, engine::State& state, ViewTable& table) {
  state.load_tables(reader.tables());
  reader.set_section_callback(
      [](void* ctx, const capture::SectionTables& t) { static_cast<engine::State*>(ctx)->load_tables(t); },
      &state);
  capture::EventView ev;
  engine::EventContext ctx;
  bool leading = true;
  uint32_t section = 0;
  while (reader.next(ev)) {
    if (ev.section != section) {
      section = ev.section;
      leading = true;
    }
    state.process(ev, ctx);
    if (leading && is_container_type(ev.type)) continue;
    leading = false;
    // csysdig feeds its views the internal procinfo events too (thread.cpu
    // and evt.count see them); those of tids it has no thread for (kernel
    // threads) come without a thread, so thread/process columns fail on
    // them (they only count in views that default such columns, e.g. I/O by
    // Type's "" row). Other internal events stay out.
    // A procinfo event has no latency in csysdig's views (State gives it the
    // thread's previous latency, as sysdig's print does for switch).
    if (ctx.state_only) continue;
    if (ctx.internal && ev.type != kProcInfoType) continue;
    if (ev.type == kProcInfoType) {
      engine::EventContext info = ctx;
      info.latency_ns = 0;
      if (info.thread && info.thread->procinfo_only) info.thread = nullptr;
      table.consume(info);
      continue;
    }
    table.consume(ctx);
  }
  table.finish(state);
}

}  // namespace trowel::views
