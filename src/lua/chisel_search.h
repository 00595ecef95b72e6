// Where chisels are found, and the listing/info texts.
//
// Search path, highest precedence first:
//   1. each --chisels-dir DIR, in command-line order;
//   2. trowel's built-in chisels: the first existing of
//      <exe dir>/../share/trowel/chisels, <exe dir>/chisels, <exe dir>/../chisels
//      (as the built-in views are found);
//   3. each $SYSDIG_CHISEL_DIR entry (';'-separated, as sysdig);
//   4. ./chisels;
//   5. ~/.chisels;
//   6. /usr/share/sysdig/chisels.
// A name is looked up as NAME.lua in each directory, then as a path as
// given. Every directory is also on package.path, so `require "common"`
// finds helper modules. In listings the first file with a given name wins.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "lua/chisel.h"

namespace trowel::lua {

struct ChiselSearchConfig {
  std::vector<std::string> cli_dirs;   // --chisels-dir
  std::filesystem::path exe_dir;       // empty: no built-in chisels
  std::string sysdig_env;              // $SYSDIG_CHISEL_DIR
  std::string home;                    // $HOME
  bool include_system = true;          // /usr/share/sysdig/chisels and ./chisels
};

// The built-in chisels directory for an executable in exe_dir, or empty.
std::filesystem::path builtin_chisels_dir(const std::filesystem::path& exe_dir);
// The search path for the running process's environment.
ChiselSearchConfig default_search_config(std::vector<std::string> cli_dirs);
std::vector<std::filesystem::path> chisel_search_path(const ChiselSearchConfig& config);

// The file for chisel `name`, or empty.
std::filesystem::path find_chisel(const std::vector<std::filesystem::path>& dirs, const std::string& name);

// Every *.lua file of the search path, loaded for its metadata (first name
// wins). Files that fail to load are reported in `errors` and skipped.
std::vector<ChiselInfo> load_chisel_infos(const std::vector<std::filesystem::path>& dirs,
                                          std::vector<std::string>& errors);

// sysdig -cl: chisels grouped by category, sorted by (category, name);
// views, modules without args and hidden chisels are left out.
std::string format_chisel_list(const std::vector<ChiselInfo>& infos);
// sysdig -i NAME.
std::string format_chisel_info(const ChiselInfo& info);

}  // namespace trowel::lua
