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
    // and evt.count see them), except those of tids it has no thread for
    // (kernel threads); other internal events stay out.
    if (ctx.state_only) continue;
    if (ctx.internal && (ev.type != kProcInfoType || !ctx.thread || ctx.thread->procinfo_only)) continue;
    table.consume(ctx);
  }
  table.finish(state);
}

}  // namespace trowel::views
