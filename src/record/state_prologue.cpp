#include "record/state_prologue.h"

#include "engine/state_export.h"

namespace trowel::record {

PrologueCounts write_state_prologue(capture::CaptureWriter& w, engine::State& state,
                                    const capture::SectionTables& base, const ContainerLog& containers) {
  state.apply_pending_removals();
  PrologueCounts n;
  {
    capture::SectionTables t = engine::export_tables(state, base);
    n.threads = t.threads.size();
    n.fds = t.fds.size();
    w.write_section(t);
  }
  containers.write_to(w);
  for (const capture::EventView& ev : engine::pending_enter_events(state)) {
    w.write_event(ev);
    ++n.enters;
  }
  return n;
}

}  // namespace trowel::record
