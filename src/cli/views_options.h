// Top-level view options shared by the commands that load views:
// --views-dir DIR (repeatable) and -j/--json, and `--list-views`.
#pragma once
#include <string>
#include <vector>

#include "views/view_loader.h"

namespace trowel::cli {

struct ViewsCliOptions {
  std::vector<std::string> dirs;  // --views-dir, in order
  bool json = false;              // -j/--json
  bool list = false;              // --list-views
};

// The options as parsed (valid after CLI::App::parse).
const ViewsCliOptions& views_cli_options();

// Loads the views from the full search path (--views-dir, $TROWEL_VIEWS,
// ~/.config/trowel/views, the built-in views; see views/view_loader.h).
views::ViewRegistry load_cli_views(const views::LoadOptions& options = {});
// The same search path, loading only what view `id` needs
// (ViewRegistry::load_one), and all of it when that finds no such view (so
// that the errors and the "unknown view" message are the full load's).
views::ViewRegistry load_cli_view(const std::string& id);

// The view a command starts on: `view_id`, or (empty) Processes when
// `prefer_procs` and it exists, else the root view. Null after printing
// the one-line reason ("unknown view", "no root view") on stderr.
const views::ViewInfo* start_view_or_report(const views::ViewRegistry& reg, const std::string& view_id,
                                            bool prefer_procs);

// The filter words of a command line joined with single spaces.
std::string join_filter_words(const std::vector<std::string>& words);

// True when `cmdline` is empty or compiles as a filter; else prints
// "trowel: <reason>" on stderr and returns false (the command exits 2).
bool filter_compiles_or_report(const std::string& cmdline);

}  // namespace trowel::cli
