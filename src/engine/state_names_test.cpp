// State::set_fd_names(false) changes nothing a names_free_field() says.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/state.h"
#include "engine/test_replay.h"

using namespace trowel;

namespace {

std::vector<std::string> test_captures() {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(std::string(TROWEL_SHARED_DIR) + "/captures"))
    if (e.path().extension() == ".scap") paths.push_back(e.path().string());
  for (const char* f : {"two_sections.scap", "containers.scap", "exit_only.scap", "net_poll.scap", "demo.scap"})
    paths.push_back(std::string(TROWEL_SOURCE_DIR) + "/testdata/" + f);
  return paths;
}

}  // namespace

TEST_CASE("names_free_field: what reads fd names and open paths is not") {
  for (const char* f : {"proc.name", "proc.pid", "proc.exeline", "thread.tid", "thread.cgroup.cpu", "thread.vmsize.b",
                        "proc.aname[2]", "user.name", "group.name", "container.name", "fd.num", "fd.type",
                        "fd.typechar", "evt.type", "evt.type.is.open", "syscall.type", "evt.res", "evt.failed", "evt.count.error.file",
                        "evt.count.error.net", "evt.buflen.net.in", "evt.latency", "evt.category"})
    CHECK_MESSAGE(engine::fields::names_free_field(f), f);
  for (const char* f : {"fd.name", "fd.directory", "fd.filename", "fd.sip", "fd.cport", "fd.containername",
                        "fd.containerdirectory", "fd.name_changed", "fdlist.names", "evt.args", "evt.info",
                        "evt.arg.fd", "evt.arg[0]", "evt.rawarg.fd", "evt.abspath", "evt.is_syslog",
                        "evt.is_open_read", "evt.buffer", "evt.around[1000]", "proc.cwd", "proc.exepath",
                        "syslog.message", "span.tag", "nosuch.field"})
    CHECK_FALSE_MESSAGE(engine::fields::names_free_field(f), f);
}

TEST_CASE("State without fd names: every names-free field says what it says with names") {
  // Every field that takes no argument and names_free_field() accepts.
  std::vector<std::string> names;
  for (const engine::fields::FieldInfo& f : engine::fields::all_fields())
    if (f.arg == engine::fields::ArgMode::None && engine::fields::names_free_field(f.name)) names.push_back(f.name);
  REQUIRE(names.size() > 60);
  std::vector<const char*> ptrs;
  for (const std::string& n : names) ptrs.push_back(n.c_str());
  engine::testing::FieldLine la(ptrs), lb(ptrs);
  for (const std::string& path : test_captures()) {
    CAPTURE(path);
    engine::testing::TwinReplay twin(path);
    auto& [ra, rb, a, b] = twin;
    b.set_fd_names(false);
    CHECK_FALSE(b.clone()->fd_names());
    capture::EventView ea, eb;
    engine::EventContext ca, cb;
    size_t mismatched = 0, named = 0;
    while (ra->next(ea)) {
      REQUIRE(rb->next(eb));
      a.process(ea, ca);
      b.process(eb, cb);
      if (la(ca) != lb(cb)) {
        if (mismatched == 0) CHECK(la(ca) == lb(cb));  // the first one, in full
        ++mismatched;
      }
      // Names exist with names on only (opens, connects ... of the capture).
      if (ca.fd && !ca.fd->name.empty() && ca.fd->open_ts != 0) {
        ++named;
        CHECK(cb.fd);
        if (cb.fd) CHECK(cb.fd->name.empty());
      }
    }
    CHECK(mismatched == 0);
    if (ra->stats().events > 10000) CHECK(named > 0);
    // Everything but the names of the fds opened during the capture agrees.
    REQUIRE(b.threads().size() == a.threads().size());
    for (const auto& [tid, th] : a.threads()) {
      const engine::ThreadInfo* o = b.thread(tid);
      REQUIRE(o);
      CHECK(o->fds->size() == th->fds->size());
      th->fds->for_each([&](const engine::FdInfo& f) {
        const engine::FdInfo* g = o->fds->find(f.num);
        REQUIRE(g);
        CHECK(g->kind == f.kind);
        CHECK(g->cip == f.cip);
        CHECK(g->sip == f.sip);
        CHECK(g->cport == f.cport);
        CHECK(g->sport == f.sport);
        CHECK(g->l4proto == f.l4proto);
        CHECK(g->connected == f.connected);
        CHECK(g->is_listening == f.is_listening);
        CHECK(g->is_server_role == f.is_server_role);
        CHECK(g->open_flags == f.open_flags);
        CHECK(g->ino == f.ino);
        if (f.open_ts == 0) CHECK(g->name == f.name);  // from the capture's tables
      });
    }
  }
}
