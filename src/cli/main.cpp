// trowel: terminal troubleshooting for Linux system-call captures.
#include <cstdio>

#include "capture/capture_error.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"trowel: browse and dig into Linux system-call captures (.scap)", "trowel"};
  app.set_version_flag("--version", "trowel 0.1.0");
  app.require_subcommand(0, 1);  // none with --list-views
  trowel::cli::CommandRunner run;
  trowel::cli::register_info_command(app, run);
  trowel::cli::register_events_command(app, run);
  trowel::cli::register_convert_command(app, run);
  trowel::cli::register_print_command(app, run);
  trowel::cli::register_flight_recorder_command(app, run);
  trowel::cli::register_views_options(app, run);
  trowel::cli::register_view_table_options(app, run);
  trowel::cli::register_chisel_command(app, run);
  trowel::cli::register_record_command(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    if (!run) {
      std::fputs(app.help().c_str(), stderr);
      return 2;
    }
    return run();
  } catch (const trowel::capture::CaptureError& e) {
    std::fprintf(stderr, "trowel: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "trowel: %s\n", e.what());
    return 1;
  }
}
