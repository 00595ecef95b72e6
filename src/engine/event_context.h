// EventContext: everything the fields, filters and views need to know about
// the current event, filled by State::process(). It holds pointers into the
// state and the reader's buffer and is valid until the next event.
#pragma once
#include <cstdint>
#include <string_view>

#include "capture/event_view.h"
#include "engine/fd_info.h"
#include "engine/thread_info.h"

namespace trowel::engine {

// procinfo: a thread's CPU time, written by the capturing side once a second.
inline constexpr uint16_t kProcInfo = 234;

class State;

// State::process() resets every member field by field: a new member must be
// reset there too.
struct EventContext {
  const capture::EventView* ev = nullptr;
  // The paired enter event of an exit event in a 2022-style capture (a view
  // over the copy the thread keeps), or null.
  const capture::EventView* enter = nullptr;
  ThreadInfo* thread = nullptr;   // null for events without a thread
  FdInfo* fd = nullptr;           // the fd the event uses or created, or null
  int64_t fd_num = -1;            // its number (-1: the event has no fd)
  // The enter event of a call that creates an fd: no fd yet, fd.num shows -1
  // (as sysdig does).
  bool fd_pending = false;
  // This event gave its fd a (new) name: a successful open or accept, a bind
  // or connect of an IP socket (sysdig's fd.name_changed).
  bool fd_name_changed = false;
  // Open-type events: the absolute path that was opened or tried (also when
  // the open failed and no fd exists), else empty.
  std::string_view path;
  uint64_t latency_ns = 0;        // exit - enter (0 without a pair)
  uint64_t first_ts = 0;          // timestamp of the first event of the capture
  uint64_t prev_ts = 0;           // timestamp of the previous event
  const State* state = nullptr;
  // Hidden from ordinary output: internal (EC_INTERNAL), state-only or
  // leading container events. Views and filters still see them if asked.
  bool internal = false;
  bool state_only = false;
};

}  // namespace trowel::engine
