// `trowel chisel`: run sysdig chisels (src/lua) over a capture; also used by
// `trowel print -c NAME`.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace trowel::cli {

struct ChiselCliOptions {
  std::string file;                    // -r
  std::vector<std::string> dirs;       // --chisels-dir
  std::vector<std::string> words;      // NAME, its arguments and the filter, in order
  bool list = false;                   // --list
  std::string info;                    // --info NAME
  uint64_t limit = 0;                  // -n
  bool json = false;                   // -j
  bool print_container = false;        // --pc
  bool ascii = false, hex = false, hexascii = false, base64 = false;
  bool rerun = false;                  // this run comes from sysdig.run_app (no second one)
};

int run_chisel_cli(const ChiselCliOptions& o);

}  // namespace trowel::cli
