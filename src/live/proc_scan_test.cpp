#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>

#include "live/proc_scan.h"

using namespace trowel::live;
using trowel::capture::FdType;

TEST_CASE("scan_machine finds this process, its fds and the machine") {
  int p[2];
  REQUIRE(::pipe(p) == 0);
  ProcScanStats st;
  auto t = scan_machine({}, &st);
  long me = ::getpid();
  auto th = std::find_if(t.threads.begin(), t.threads.end(), [&](const auto& x) { return x.tid == me; });
  REQUIRE(th != t.threads.end());
  CHECK(th->pid == me);
  CHECK(th->ptid == ::getppid());
  CHECK(!th->comm.empty());
  CHECK(!th->exepath.empty());
  CHECK(th->cwd.back() == '/');
  CHECK(th->fdlimit != 0);
  CHECK(th->uid == ::geteuid());
  auto fd = std::find_if(t.fds.begin(), t.fds.end(), [&](const auto& f) { return f.tid == me && f.fd == p[0]; });
  REQUIRE(fd != t.fds.end());
  CHECK(fd->type == FdType::Fifo);
  CHECK(fd->name.rfind("pipe:[", 0) == 0);
  CHECK(fd->ino != 0);
  for (const auto& f : t.fds) {
    CHECK(static_cast<int>(f.type) >= 1);
    CHECK(static_cast<int>(f.type) <= 16);
  }
  CHECK(t.has_machine_info);
  CHECK(t.machine.num_cpus >= 1);
  CHECK(t.machine.memory_bytes > 0);
  CHECK(!t.users.empty());
  CHECK(!t.interfaces.empty());
  CHECK(st.processes >= 1);
  ::close(p[0]);
  ::close(p[1]);
}
