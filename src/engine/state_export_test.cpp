// export_tables(): the state in the middle of a replay, written as tables and
// read back, is the same state (threads, process data, fd tables, users).
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "capture/capture_reader.h"
#include "capture/capture_writer.h"
#include "engine/state.h"
#include "engine/state_export.h"

using namespace trowel;
namespace fs = std::filesystem;

namespace {

// Replays `name` up to (not including) event `stop`, with removals applied.
void replay_until(const fs::path& p, uint64_t stop, engine::State& state, capture::SectionTables& base) {
  auto reader = capture::CaptureReader::open(p.string());
  base = reader->tables();
  state.load_tables(base);
  capture::EventView ev;
  engine::EventContext ctx;
  while (reader->next(ev) && ev.num < stop) state.process(ev, ctx);
  state.apply_pending_removals();
}

void check_same(const engine::State& a, const engine::State& b) {
  size_t live = 0;
  for (const auto& [tid, th] : a.threads()) {
    if (th->exited) continue;
    ++live;
    CAPTURE(tid);
    const engine::ThreadInfo* o = b.thread(tid);
    REQUIRE(o);
    CHECK(o->pid == th->pid);
    CHECK(o->ptid == th->ptid);
    if (!th->comm.empty() || !th->incomplete) CHECK(o->comm == th->comm);
    CHECK(o->proc().exe == th->proc().exe);
    CHECK(o->proc().args == th->proc().args);
    CHECK(o->proc().cwd == th->proc().cwd);
    CHECK(o->proc().exepath == th->proc().exepath);
    CHECK(o->proc().fdlimit == th->proc().fdlimit);
    CHECK(o->uid == th->uid);
    CHECK(o->gid == th->gid);
    CHECK(o->fds->size() == th->fds->size());
    th->fds->for_each([&](const engine::FdInfo& fd) {
      CAPTURE(fd.num);
      const engine::FdInfo* g = o->fds->find(fd.num);
      REQUIRE(g);
      CHECK(g->name == fd.name);
      CHECK(g->kind == fd.kind);
      CHECK(g->is_listening == fd.is_listening);
      CHECK(g->cport == fd.cport);
      CHECK(g->sport == fd.sport);
    });
  }
  CHECK(live > 0);
  for (const auto& [uid, u] : a.users()) {
    REQUIRE(b.user(uid));
    CHECK(b.user(uid)->name == u.name);
  }
  for (const auto& [gid, g] : a.groups()) {
    REQUIRE(b.group(gid));
    CHECK(b.group(gid)->name == g.name);
  }
}

}  // namespace

TEST_CASE("export_tables: leaky-logtxt.scap halfway, through a file and back") {
  fs::path p = fs::path(TROWEL_SHARED_DIR) / "captures" / "leaky-logtxt.scap";
  if (!fs::exists(p)) return;
  for (uint64_t stop : {2000ull, 20000ull, 34000ull}) {
    CAPTURE(stop);
    engine::State state;
    capture::SectionTables base;
    replay_until(p, stop, state, base);
    capture::SectionTables t = engine::export_tables(state, base);
    CHECK(t.interfaces.size() == base.interfaces.size());

    fs::path tmp = fs::temp_directory_path() / ("trowel-export-" + std::to_string(::getpid()) + ".scap");
    {
      capture::CaptureWriter w(tmp.string());
      w.write_section(t);
      w.close();
      CHECK(w.stats().fds_dropped == 0);
    }
    auto reader = capture::CaptureReader::open(tmp.string());
    engine::State again;
    again.load_tables(reader->tables());
    check_same(state, again);
    fs::remove(tmp);

    if (stop == 20000) {
      // By then the server holds hundreds of leaked log.txt descriptors.
      size_t logtxt = 0;
      for (const auto& [tid, th] : again.threads())
        if (th->is_main_thread())
          th->fds->for_each([&](const engine::FdInfo& fd) { logtxt += fd.name == "/srv/webapp/log.txt"; });
      CHECK(logtxt > 100);
    }
  }
}
