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

}  // namespace trowel::cli
