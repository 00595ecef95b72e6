// LiveSource on the running machine (root and eBPF needed; otherwise the
// test says why and passes): every event the programs produce has the 2022
// schema's parameter count, fixed-size parameters have their size, enter and
// exit events of a thread alternate, and a workload's syscalls all appear.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>

#include "capture/event_schema.h"
#include "live/live_source.h"

using namespace trowel;

namespace {

int fixed_size(capture::ParamType t) {
  using P = capture::ParamType;
  switch (t) {
    case P::Int8: case P::Uint8: case P::Flags8: case P::SigType: return 1;
    case P::Int16: case P::Uint16: case P::Flags16: case P::Port: case P::SyscallId: return 2;
    case P::Int32: case P::Uint32: case P::Flags32: case P::Uid: case P::Gid: case P::Mode:
    case P::SigSet: return 4;
    case P::Int64: case P::Uint64: case P::Errno: case P::Fd: case P::Pid: case P::RelTime:
    case P::AbsTime: return 8;
    default: return -1;
  }
}

}  // namespace

TEST_CASE("live events follow the 2022 schema") {
  std::string why;
  if (!live::LiveSource::built(&why)) {
    MESSAGE("skipped: " << why);
    return;
  }
  if (::geteuid() != 0) {
    MESSAGE("skipped: live capture needs root");
    return;
  }
  std::unique_ptr<live::LiveSource> src;
  try {
    live::LiveOptions o;
    o.buffer_bytes = 8 << 20;
    src = live::LiveSource::open(o);
  } catch (const live::LiveError& e) {
    MESSAGE("skipped: " << e.what());
    return;
  }
  CHECK(!src->tables().threads.empty());
  // A workload in a child shell: files, pipes, a socket, fork/exec, dup.
  int rc = std::system(
      "sh -c 'cat /etc/hostname > /dev/null; echo x | cat > /dev/null; "
      "exec 7>/dev/null; exec 8>&7; ls / > /dev/null' ; "
      "python3 -c 'import socket,os; s=socket.socket(); s.bind((\"127.0.0.1\",0)); s.listen(1); "
      "c=socket.socket(); c.connect(s.getsockname()); a,_=s.accept(); c.send(b\"hi\"); a.recv(2); "
      "os.close(os.dup(1))' 2>/dev/null");
  (void)rc;
  src->stop_capture();

  std::map<uint16_t, uint64_t> seen;
  std::map<int64_t, int> last_dir;  // tid -> 0 enter, 1 exit of its last syscall
  uint64_t bad_count = 0, bad_size = 0, bad_order = 0, n = 0;
  capture::EventView ev;
  while (src->next(ev, 0)) {
    ++n;
    ++seen[ev.type];
    const capture::EventInfo* info = capture::legacy_event_info(ev.type);
    REQUIRE(info != nullptr);
    if (ev.nparams != info->nparams) {
      ++bad_count;
      MESSAGE("type " << ev.type << " (" << info->name << "): " << ev.nparams << " params, schema "
                      << int(info->nparams));
      continue;
    }
    for (uint32_t i = 0; i < ev.nparams; ++i) {
      int want = fixed_size(info->params[i].type);
      uint32_t got = ev.param_len(i);
      if (want > 0 && got != 0 && got != static_cast<uint32_t>(want)) {
        ++bad_size;
        MESSAGE("type " << ev.type << " param " << info->params[i].name << ": " << got << " bytes");
      }
    }
    bool syscall = ev.type < 186 || (ev.type >= 222 && ev.type != 232 && ev.type != 234);
    if (syscall && ev.type != 186) {
      int dir = ev.is_enter() ? 0 : 1;
      auto it = last_dir.find(ev.tid);
      // Clone exits start a child: an exit without an enter is fine there.
      bool clone_exit = ev.type == 223 || ev.type == 225 || ev.type == 227 || ev.type == 335;
      if (it != last_dir.end() && it->second == dir && !clone_exit) {
        ++bad_order;
        if (bad_order < 12) MESSAGE("tid " << ev.tid << ": two " << (dir ? std::string("exits") : std::string("enters")) << ", now type " << ev.type);
      }
      last_dir[ev.tid] = dir;
    }
  }
  MESSAGE(n << " events");
  CHECK(n > 100);
  CHECK(bad_count == 0);
  CHECK(bad_size == 0);
  CHECK(bad_order <= n / 1000);  // a thread's first event may be an exit
  // The workload's syscalls, enter and exit.
  for (uint16_t t : {306, 307, 4, 5, 6, 7, 8, 9, 60, 61, 124, 125, 293, 18, 19, 20, 21, 22, 23, 24, 25,
                     249, 186}) {
    CAPTURE(t);
    CHECK(seen.count(t));
  }
  CHECK((seen.count(223) || seen.count(225) || seen.count(227) || seen.count(335)));
  live::LiveStats st = src->stats();
  CHECK(st.delivered == n);
  CHECK(st.drops == 0);
}
