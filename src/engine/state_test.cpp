// State tests on the leaked-descriptor captures and on built fixtures.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "capture/capture_reader.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"
#include "engine/test_replay.h"

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
  engine::State state;
  engine::testing::replay_capture(p.string(), state, [&](const capture::EventView& ev, engine::EventContext& ctx) {
    const capture::EventInfo* info = ev.info();
    if (!info || std::string(info->name) != "openat" || ev.is_enter() || ctx.fd_num != -24) return;
    ++f.emfile_opens;
    if (ctx.thread && ctx.thread->proc().args.find("server.py") != std::string::npos &&
        ctx.path == "/srv/webapp/log.txt")
      ++f.emfile_on_logtxt_by_server;
  });
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

namespace {

// FIELD=LIT and FIELD!=LIT compile to a fast test (FastStringEq); it must
// agree with the generic text comparison ("in" always takes that path) on
// every event of `captures`. `ne_guard` prefixes the != reference filter
// (evt.res has no value on some events, where != does not match).
void check_fast_eq(const char* field, std::initializer_list<const char*> lits,
                   std::initializer_list<const char*> captures, const std::string& ne_guard) {
  for (const char* name : captures) {
    fs::path p = capture_path(name);
    if (!fs::exists(p)) continue;
    for (const char* lit : lits) {
      engine::fields::EngineFieldResolver resolver;
      std::string l = std::string("'") + lit + "'", f = field;
      auto fast_eq = engine::filter::compile_filter(f + "=" + l, resolver);
      auto slow_eq = engine::filter::compile_filter(f + " in (" + l + ")", resolver);
      auto fast_ne = engine::filter::compile_filter(f + "!=" + l, resolver);
      auto slow_ne = engine::filter::compile_filter(ne_guard + "not " + f + " in (" + l + ")", resolver);
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
      INFO(name, " ", field, "=", lit, " matched ", matches);
      CHECK(mismatches == 0);
    }
  }
}

}  // namespace

TEST_CASE("evt.res = / != fast path agrees with the text comparison") {
  check_fast_eq("evt.res", {"EMFILE", "SUCCESS", "ENOENT", "EAGAIN", "EINPROGRESS", "-9999", "0", "24", "-24", "foo", ""},
                {"leaky-logtxt-sysdig029.scap", "falco_connect_localhost.scap", "libs_curl_google_comments.scap"},
                "evt.res exists and ");
}

// evt.type uses a per-type table (generic events compare the syscall name).
TEST_CASE("evt.type = / != fast path agrees with the text comparison") {
  check_fast_eq("evt.type", {"switch", "openat", "open", "close", "procexit", "procinfo", "getpid", "<unknown>",
                             "sysdigevent", "unknown", "nosuch", ""},
                {"leaky-logtxt-sysdig029.scap", "falco_syscall.scap", "libs_curl_google_comments.scap"}, "");
}

namespace {

// How many events of a shared capture match a filter (-1: capture missing).
int64_t count_matches(const char* capture, const std::string& filter_text) {
  fs::path p = capture_path(capture);
  if (!fs::exists(p)) return -1;
  return engine::testing::count_filter_matches(p.string(), filter_text);
}

// Skips the check when the capture is not there.
#define CHECK_COUNT(cap, filt, want)                 \
  do {                                               \
    int64_t got_ = count_matches(cap, filt);         \
    INFO(cap, ": ", filt);                           \
    if (got_ >= 0) CHECK(got_ == (want));            \
  } while (0)

}  // namespace

// Numbers from sysdig 0.29.3 on the same captures.
TEST_CASE("error classes: by the event's fd, else by the call (access is OTHER)") {
  CHECK_COUNT("falco_cat_write.scap", "proc.pid=20072 and evt.count.error.other=1", 3);
  CHECK_COUNT("falco_cat_write.scap", "proc.pid=20072 and evt.count.error.file=1", 0);
  // Unix-socket connect failures are NET.
  CHECK_COUNT("libs_single_ipv6_conn.scap", "evt.type=connect and evt.count.error.net=1", 3);
  // Exit-only capture: sysdig has no fd for an exit without its enter event,
  // so a failed ioctl is OTHER; failed opens stay FILE.
  CHECK_COUNT("leaky-logtxt-sysdig029.scap", "evt.type=ioctl and evt.count.error.other=1", 1164);
  CHECK_COUNT("leaky-logtxt-sysdig029.scap", "evt.type=ioctl and evt.count.error.file=1", 0);
  CHECK_COUNT("leaky-logtxt-sysdig029.scap", "evt.type=openat and evt.count.error.file=1", 831);
}

TEST_CASE("a thread created from an event of an unknown tid has fdlimit -1") {
  CHECK_COUNT("falco_syscall.scap", "thread.tid=16518 and proc.fdlimit=-1", count_matches("falco_syscall.scap", "thread.tid=16518"));
  CHECK_COUNT("falco_syscall.scap", "thread.tid=16518 and proc.fdlimit=0", 0);
}

TEST_CASE("evt.type.is.N compares the event type number, evt.type.is.NAME the name") {
  CHECK_COUNT("falco_cat_write.scap", "evt.type.is.3=1", 4);   // open exits
  CHECK_COUNT("falco_cat_write.scap", "evt.type.is.2=1", 4);   // open enters
  CHECK_COUNT("falco_cat_write.scap", "evt.type.is.open=1", 8);
}

TEST_CASE("evt.latency.quantized: floor(log10(ns) * W / 11) + 1") {
  CHECK(engine::fields::latency_quantize_width() == engine::fields::kDefaultQuantizeWidth);
  // Event 133 is a 653 ns exit: log10(653) * 80 / 11 = 20.47.
  CHECK_COUNT("falco_cat_write.scap", "evt.num=133 and evt.latency.quantized=21", 1);
  CHECK_COUNT("falco_cat_write.scap", "evt.dir=> and evt.latency.quantized exists", 0);
  // sysdig outside csysdig (width 0): every exit with a latency is bucket 1.
  engine::fields::set_latency_quantize_width(0);
  CHECK_COUNT("falco_cat_write.scap", "evt.latency.quantized=1", 41);
  engine::fields::set_latency_quantize_width(engine::fields::kDefaultQuantizeWidth);
}

TEST_CASE("thread.cpu from procinfo events, as sysdig 0.29.3") {
  // emacs 3638: cpu_usr 44836 -> 44839 -> 44840 ...
  CHECK_COUNT("falco_ping_sendto.scap", "thread.tid=3638 and thread.cpu=3", 1);
  CHECK_COUNT("falco_ping_sendto.scap", "thread.tid=3638 and thread.cpu.user=3 and thread.cpu.system=0", 1);
  CHECK_COUNT("falco_ping_sendto.scap", "thread.tid=3638 and thread.cpu=1", 9);
  // docker-containerd 18582: usr 0 -> 1 counts as no previous value (0.0),
  // total 1 -> 3 is 2.
  CHECK_COUNT("falco_ping_sendto.scap", "thread.tid=18582 and thread.cpu=2 and thread.cpu.user=0 and thread.cpu.system=1", 1);
  // Kernel threads seen only in procinfo: no value; other events: none.
  CHECK_COUNT("falco_ping_sendto.scap", "thread.tid=2 and thread.cpu exists", 0);
  CHECK_COUNT("falco_ping_sendto.scap", "evt.type!=procinfo and thread.cpu exists", 0);
}

TEST_CASE("a process that exits again and again keeps its latest record (exited list holds each tid once)") {
  // sysdig029 ends with 8 procexits; replayed 40 times through one State,
  // that is 320 exits of the same 8 tids, more than kMaxExitedProcesses.
  fs::path p = capture_path("leaky-logtxt-sysdig029.scap");
  if (!fs::exists(p)) return;
  engine::State state;
  capture::EventView ev;
  engine::EventContext ctx;
  for (int copy = 0; copy < 40; ++copy) {
    auto reader = capture::CaptureReader::open(p.string());
    if (copy == 0) state.load_tables(reader->tables());
    while (reader->next(ev)) state.process(ev, ctx);
  }
  size_t logtxt = 0;
  for (auto& [tid, th] : state.threads()) {
    if (!th->is_main_thread() || th->args.find("server.py") == std::string::npos) continue;
    th->fds->for_each([&](const engine::FdInfo& fd) { logtxt += fd.name == "/srv/webapp/log.txt"; });
  }
  CHECK(logtxt == 1019);
}
