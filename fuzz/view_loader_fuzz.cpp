// libFuzzer target: the view loader on one in-memory view file — the Lua
// sandbox (limits, stubs, forbidden functions) and the view_info reader and
// validator. Any input must end as a view, a chisel, an ignored file or
// errors, each message one line that starts with the file name; a view that
// loads satisfies the ViewInfo invariants.
//
// Build: CXX=clang++ meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined
// Run:   scripts/run-fuzzers SECONDS
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "views/view_loader.h"

using namespace trowel::views;

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

bool one_line_with_prefix(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0 && s.find('\n') == std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const LoadOptions options = [] {
    LoadOptions o;
    o.limits.memory_bytes = size_t{8} << 20;
    o.limits.instructions = 2'000'000;
    o.limits.time_ms = 1000;
    return o;
  }();
  const std::string name = "fuzz/v_input.lua";
  FileLoadResult r =
      load_view_source(std::string_view(reinterpret_cast<const char*>(data), size), name, options);
  for (const auto& e : r.errors) check(one_line_with_prefix(e, name));
  for (const auto& w : r.warnings) check(one_line_with_prefix(w, name));
  check((r.kind == FileKind::Error) == !r.errors.empty());
  if (r.kind != FileKind::View) return 0;

  ViewInfo& v = r.view;
  check(!v.id.empty() && !v.name.empty() && !v.columns.empty());
  for (const auto& c : v.columns) {
    check(!c.field.empty());
    check(c.field.find_first_of(" \t") == std::string::npos);
    check(c.colsize >= -1);
  }
  for (const auto& a : v.actions) check(a.hotkey != 0 && !a.command.empty());
  apply_tag(v, options.tag);
  int keys = 0, groupby = 0, sorting = 0;
  for (const auto& c : v.columns) {
    keys += c.is_key;
    groupby += c.is_groupby_key;
    sorting += c.is_sorting;
  }
  check(sorting <= 1 && groupby <= 1);
  if (v.type == ViewType::List) check(keys == 0 && groupby == 0);
  else check(keys == 1);
  ViewRegistry reg = ViewRegistry::from_views({v});
  check(reg.views().size() <= 1);
  return 0;
}
