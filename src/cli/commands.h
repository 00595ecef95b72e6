// Subcommand registration: each command file adds itself to the CLI11 app.
// A registered command stores its handler in `run`, which main() calls after
// parsing; the handler returns the process exit status (0 ok, 1 runtime
// error such as a corrupt capture, 2 usage error).
#pragma once
#include <CLI/CLI.hpp>
#include <functional>

namespace trowel::cli {

using CommandRunner = std::function<int()>;

void register_info_command(CLI::App& app, CommandRunner& run);
void register_events_command(CLI::App& app, CommandRunner& run);
void register_convert_command(CLI::App& app, CommandRunner& run);
void register_print_command(CLI::App& app, CommandRunner& run);
// `record-ring --replay FILE ...`: the flight recorder on a file (flight_recorder_command.cpp).
void register_flight_recorder_command(CLI::App& app, CommandRunner& run);
// Top-level --views-dir, -j/--json and --list-views (views_command.cpp).
void register_views_options(CLI::App& app, CommandRunner& run);
// Top-level -r FILE -v VIEW --raw|--csv|-j ... (view_table_command.cpp).
void register_view_table_options(CLI::App& app, CommandRunner& run);
// `trowel record` (record_command.cpp).
void register_record_command(CLI::App& app, CommandRunner& run);

// trowel chisel NAME ... / --list / --info (chisel_command.cpp).
void register_chisel_command(CLI::App& app, CommandRunner& run);

}  // namespace trowel::cli
