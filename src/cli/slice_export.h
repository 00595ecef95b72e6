// `trowel convert IN OUT --from T --to T [--keep-state] [FILTER...]`: the
// slice form of convert (record/slice.h does the work).
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace trowel::cli {

struct SliceArgs {
  std::string from, to;
  bool keep_state = false;
  std::vector<std::string> filter;
  bool wanted() const { return !from.empty() || !to.empty() || !filter.empty() || keep_state; }
};

// Adds --from, --to, --keep-state and the trailing filter words to `cmd`.
void add_slice_options(CLI::App* cmd, SliceArgs& args);
// Writes the slice; returns the exit status (2 for bad times, filters and
// empty windows; 1 for unreadable input or write errors).
int convert_slice(const std::string& in, const std::string& out, const SliceArgs& args);

}  // namespace trowel::cli
