// State -> SectionTables: the engine's model of the machine at the current
// event, turned back into the tables a capture opens with (PL, FDL, UL, IL,
// MI), so that a capture written from the middle of a replay (a slice, a
// flight-recorder dump) starts with the right process names, owners and fd
// names in trowel and in sysdig 0.29.3.
//
// What is written:
//   * every live thread (exited ones are left out, except a main thread that
//     still has live threads, which need their process; so are threads known
//     only from procinfo events, which sysdig does not make); process-wide data
//     (exe, args, env, cwd, fd limit, memory) is taken from the process's main
//     thread, as the fields read it; a thread learnt only from its events
//     (incomplete) gets "<NA>" for an unknown name, as it is shown;
//   * one fd table per process (the main thread's), each fd converted to its
//     scap fd type: files as FILE_V2 (flags, dev), sockets local -> remote as
//     libscap writes them (an accepted IPv4 connection is written server
//     first when its listening socket is in the same table, so readers flip
//     it back to client -> server and keep the server role; otherwise, and
//     always for IPv6, which sysdig never flips, client first, so the name
//     stays right and the server role is lost), fd kinds sysdig 0.29.3 does not know (memfd,
//     pidfd, bpf, userfaultfd, io_uring) as "unsupported" with their name;
//   * users and groups (including those added by useradded/groupadded
//     events), the machine info; interfaces come from `base` (the section's
//     own tables), since State does not track them.
// Not representable in the tables (readers start without it): the CPU
// counters of procinfo events, thread creation times, the kept exited
// processes, and the stream/datagram kind of a unix socket (the t/u letter
// evt.info shows after its fd type). Enter events of calls in progress are
// not tables either: see pending_enter_events().
//
// Call State::apply_pending_removals() first when exporting "the state the
// next event starts from" (a close or procexit of the last event is applied
// only at the next event otherwise).
#pragma once
#include <vector>

#include "capture/event_view.h"
#include "capture/tables.h"
#include "engine/state.h"

namespace trowel::engine {

capture::SectionTables export_tables(const State& state, const capture::SectionTables& base);

// The enter events of the calls in progress: in 2022-style captures an exit
// event takes some parameters (the fd of read, connect ...) from its enter
// event, which a capture starting between the two would lack. Views over the
// copies the exported threads keep, oldest first, valid until the state
// changes; a writer adds them flagged state-only (applied, never shown).
std::vector<capture::EventView> pending_enter_events(const State& state);

}  // namespace trowel::engine
