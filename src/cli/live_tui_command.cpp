// `trowel [-v VIEW] [-d MS] [-w FILE] [FILTER...]` with no -r: the browser
// (src/tui) on the live machine. The eBPF source is opened before the
// screen, so a missing privilege or live support is one line on stderr
// (exit 1). The kernel's event-type mask follows the browser: on every
// view, filter, drill-down or pane change the Session tells the source the
// event types it can use (views/session_source.h), and LiveEventSource
// enables only those syscalls plus what the state needs (capture_mask.h);
// most views (a filter without evt.type) keep everything. With -w FILE
// every syscall is captured, since the mask would apply to the file too.
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "capture/capture_writer.h"
#include "cli/live_event_source.h"
#include "cli/live_tui.h"
#include "cli/views_options.h"
#include "live/live_source.h"
#include "tui/tui.h"

namespace trowel::cli {

int run_live_tui(const LiveTuiArgs& a) {
  if (a.delay_ms < 100) {
    std::fprintf(stderr, "trowel: -d/--delay must be at least 100 ms\n");
    return 2;
  }
  views::ViewRegistry reg = load_cli_views();
  for (const auto& e : reg.errors()) std::fprintf(stderr, "trowel: %s\n", e.c_str());
  const views::ViewInfo* start = start_view_or_report(reg, a.view, true);
  if (!start) return 2;
  std::string cmdline = join_filter_words(a.filter);
  if (!filter_compiles_or_report(cmdline)) return 2;
  if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
    std::fprintf(stderr,
                 "trowel: the live browser needs a terminal (use `trowel record -w FILE` to capture, "
                 "then -r FILE with --raw, --csv or -j)\n");
    return 2;
  }
  std::unique_ptr<live::LiveSource> src;
  try {
    src = live::LiveSource::open(live::LiveOptions{});
  } catch (const live::LiveError& e) {
    std::fprintf(stderr, "trowel: live: %s\n", e.what());
    return 1;
  }
  std::unique_ptr<capture::CaptureWriter> writer;
  if (!a.write.empty()) writer = std::make_unique<capture::CaptureWriter>(a.write);  // CaptureError: one line
  auto summary = std::make_shared<LiveRunSummary>();
  tui::TuiOptions to;
  to.view = start->id;
  to.cmdline_filter = cmdline;
  to.monochrome = a.no_color;
  to.interval_ms = a.delay_ms;
  int rc = tui::run_tui(reg, std::make_unique<LiveEventSource>(std::move(src), std::move(writer), summary), to);
  if (!summary->file.empty()) {
    if (!summary->error.empty()) {
      std::fprintf(stderr, "trowel: %s: %s\n", summary->file.c_str(), summary->error.c_str());
      return 1;
    }
    std::fprintf(stderr, "trowel: %llu events written to %s, %llu dropped, %llu bytes\n",
                 static_cast<unsigned long long>(summary->written), summary->file.c_str(),
                 static_cast<unsigned long long>(summary->drops), static_cast<unsigned long long>(summary->bytes));
  }
  return rc;
}

}  // namespace trowel::cli
