// State tests on the leaked-descriptor captures and on built fixtures.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"

using namespace trowel;
namespace fs = std::filesystem;

namespace {

fs::path capture_path(const char* name) { return fs::path(TROWEL_SHARED_DIR) / "captures" / name; }

struct LeakFacts {
  uint64_t emfile_opens = 0;
  uint64_t emfile_on_logtxt_by_server = 0;
  int64_t server_pid = -1;
  size_t server_logtxt_fds = 0;
  size_t server_fds = 0;
  int64_t server_fdlimit = 0;
};

// Replays a capture through State and answers the leak questions.
LeakFacts replay_leak(const fs::path& p) {
  LeakFacts f;
  auto reader = capture::CaptureReader::open(p.string());
  engine::State state;
  state.load_tables(reader->tables());
  capture::EventView ev;
  engine::EventContext ctx;
  uint32_t section = 0;
  while (reader->next(ev)) {
    if (ev.section != section) {
      section = ev.section;
      state.load_tables(reader->tables());
    }
    state.process(ev, ctx);
    const capture::EventInfo* info = ev.info();
    if (!info || std::string(info->name) != "openat" || ev.is_enter() || ctx.fd_num != -24) continue;
    ++f.emfile_opens;
    if (ctx.thread && ctx.thread->proc().args.find("server.py") != std::string::npos &&
        ctx.path == "/srv/webapp/log.txt")
      ++f.emfile_on_logtxt_by_server;
  }
  for (auto& [tid, th] : state.threads()) {
    if (!th->is_main_thread() || th->comm != "python3" || th->args.find("server.py") == std::string::npos) continue;
    f.server_pid = th->pid;
    f.server_fdlimit = th->fdlimit;
    f.server_fds = th->fds->size();
    th->fds->for_each([&](const engine::FdInfo& fd) {
      if (fd.name == "/srv/webapp/log.txt") ++f.server_logtxt_fds;
    });
  }
  return f;
}

}  // namespace

TEST_CASE("leaky-logtxt.scap: EMFILE opens belong to the server and log.txt; 1019 leaked fds") {
  fs::path p = capture_path("leaky-logtxt.scap");
  if (!fs::exists(p)) return;
  LeakFacts f = replay_leak(p);
  CHECK(f.emfile_opens == 762);
  CHECK(f.emfile_on_logtxt_by_server == 762);
  CHECK(f.server_logtxt_fds == 1019);
  // stdio, the listening socket and 1019 log.txt: the last connection (fd 4)
  // was closed just before the server was killed (the peak was 1024/1024).
  CHECK(f.server_fds == 1023);
  CHECK(f.server_fdlimit == 1024);
}

TEST_CASE("leaky-logtxt-sysdig029.scap gives the same answers") {
  fs::path p = capture_path("leaky-logtxt-sysdig029.scap");
  if (!fs::exists(p)) return;
  LeakFacts f = replay_leak(p);
  CHECK(f.emfile_opens == 762);
  CHECK(f.emfile_on_logtxt_by_server == 762);
  CHECK(f.server_logtxt_fds == 1019);
  CHECK(f.server_fdlimit == 1024);
}

// evt.res=LIT and evt.res!=LIT compile to a fast test on the raw result; it
// must agree with the generic text comparison ("in" always takes that path).
TEST_CASE("evt.res = / != fast path agrees with the text comparison") {
  const char* lits[] = {"EMFILE", "SUCCESS", "ENOENT", "EAGAIN", "EINPROGRESS", "-9999", "0", "24", "-24", "foo", ""};
  for (const char* name : {"leaky-logtxt-sysdig029.scap", "falco_connect_localhost.scap", "libs_curl_google_comments.scap"}) {
    fs::path p = capture_path(name);
    if (!fs::exists(p)) continue;
    for (const char* lit : lits) {
      engine::fields::EngineFieldResolver resolver;
      std::string l = std::string("'") + lit + "'";
      auto fast_eq = engine::filter::compile_filter("evt.res=" + l, resolver);
      auto slow_eq = engine::filter::compile_filter("evt.res in (" + l + ")", resolver);
      auto fast_ne = engine::filter::compile_filter("evt.res!=" + l, resolver);
      auto slow_ne = engine::filter::compile_filter("evt.res exists and not evt.res in (" + l + ")", resolver);
      auto reader = capture::CaptureReader::open(p.string());
      engine::State state;
      state.load_tables(reader->tables());
      capture::EventView ev;
      engine::EventContext ctx;
      uint64_t mismatches = 0, matches = 0;
      while (reader->next(ev)) {
        state.process(ev, ctx);
        engine::filter::EventRef ref{&ctx};
        bool e = fast_eq->matches(ref);
        matches += e;
        if (e != slow_eq->matches(ref)) ++mismatches;
        if (fast_ne->matches(ref) != slow_ne->matches(ref)) ++mismatches;
      }
      INFO(name, " evt.res=", lit, " matched ", matches);
      CHECK(mismatches == 0);
    }
  }
}
