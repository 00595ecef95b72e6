// session_bench CAPTURE [VIEWS_DIR]: drives the TUI's session model
// (src/views/session.h) headless through 20 navigation steps and prints, for
// each, the wall time until its result is complete and the process's peak
// RSS so far. See bench/README.md (session_bench.sh runs it next to csysdig).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "views/session.h"

using namespace trowel::views;

namespace {

double peak_rss_mb() {
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return double(ru.ru_maxrss) / 1024.0;
}

// CPU time of the whole process (every thread: the session's worker
// computes in the background), in ms: on a shared machine the fair measure.
double cpu_ms() {
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
         double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

long find_text_row(const ViewResult& r, const char* text) {
  for (size_t i = 0; i < r.rows(); ++i)
    for (size_t c = 0; c < r.columns().size(); ++c)
      if (r.cell_text(i, c).find(text) != std::string::npos) return long(i);
  return r.rows() ? 0 : -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: session_bench CAPTURE [VIEWS_DIR]\n");
    return 2;
  }
  std::filesystem::path dir = argc > 2 ? argv[2] : "views";
  ViewRegistry reg = ViewRegistry::load({dir});
  Session s(reg, std::make_unique<FileEventSource>(argv[1]));
  // Cold steps: no precomputation between them (a user pausing between keys
  // gets common views of the level precomputed; the bench measures the worst).
  s.set_speculation(std::getenv("SPECULATE") != nullptr);
  int step = 0;
  auto t_all = std::chrono::steady_clock::now();
  auto timed = [&](const std::string& what, auto&& action) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpu_ms();
    action();
    s.wait_idle();
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    double cpu = cpu_ms() - c0;
    auto r = s.result();
    auto p = s.pane();
    std::printf("%2d  %-44s %9.1f ms  cpu %7.1f ms  rows %-7zu pane %-8zu peak RSS %7.1f MB\n", ++step, what.c_str(),
                ms, cpu, r ? r->rows() : 0, p ? p->size() : 0, peak_rss_mb());
    // STEP_CLOCK=1: each step's CLOCK_MONOTONIC span, for `perf record -k
    // CLOCK_MONOTONIC` + `perf report --time START,END` on one step.
    if (std::getenv("STEP_CLOCK"))
      std::printf("    clock %.6f,%.6f\n", std::chrono::duration<double>(t0.time_since_epoch()).count(),
                  std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count());
    std::fflush(stdout);
  };
  std::string err;
  auto t_first = std::chrono::steady_clock::now();
  timed("open: load + procs (whole capture)", [&] {
    if (!s.start("procs", &err)) {
      std::fprintf(stderr, "session_bench: %s\n", err.c_str());
      std::exit(2);
    }
  });
  (void)t_first;
  auto pr = s.progress();
  std::printf("    loaded %llu events, store %.1f MB\n", (unsigned long long)pr.events,
              double(s.store_bytes()) / 1048576.0);
  timed("F2 procs_errors", [&] { s.switch_view("procs_errors"); });
  timed("Enter on the python server (drill down)", [&] {
    auto r = s.result();
    s.drill_down(size_t(find_text_row(*r, "python")));
  });
  timed("F6 dig of the first row", [&] { s.request_dig(0, EchoFormat::Dotted); });
  timed("Backspace (back to procs_errors)", [&] { s.drill_up(); });
  timed("F2 procs_fd_usage", [&] { s.switch_view("procs_fd_usage"); });
  timed("F5 echo of the python server", [&] {
    auto r = s.result();
    s.request_echo(size_t(find_text_row(*r, "python")), EchoFormat::Dotted);
  });
  timed("F9 sort by column 2", [&] { s.sort_by(1); });
  timed("F4 free text 'python'", [&] { s.set_text_filter("python"); });
  timed("F4 clear free text", [&] { s.set_text_filter(""); });
  timed("F2 lsof", [&] { s.switch_view("lsof"); });
  timed("F2 files", [&] { s.switch_view("files"); });
  timed("Enter on the top file", [&] { s.drill_down(0); });
  timed("Backspace (back to files)", [&] { s.drill_up(); });
  timed("F2 connections", [&] { s.switch_view("connections"); });
  timed("F2 syscalls", [&] { s.switch_view("syscalls"); });
  timed("F4 sysdig filter evt.type=openat", [&] { s.set_user_filter("evt.type=openat", &err); });
  timed("F4 clear the sysdig filter (cached)", [&] { s.set_user_filter("", &err); });
  timed("F2 procs (cached)", [&] { s.switch_view("procs"); });
  timed("F2 threads", [&] { s.switch_view("threads"); });
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_all).count();
  std::printf("total %.2f s, peak RSS %.1f MB\n", total, peak_rss_mb());
  return 0;
}
