// `trowel --list-views [-j] [--views-dir DIR]...`: the views found on the
// search path — id, name, type and description (JSON: every field) — with
// each load error on stderr, one line each. Exit status 0, or 1 when some
// file or view could not be loaded (the others are still listed).
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli/commands.h"
#include "cli/json_writer.h"
#include "cli/views_options.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"

namespace trowel::cli {
namespace {

ViewsCliOptions g_views_options;

void write_json(const views::ViewRegistry& reg) {
  JsonWriter j(stdout);
  j.begin_object();
  j.key("views");
  j.begin_array();
  for (const views::ViewInfo& v : reg.views()) {
    j.begin_object();
    j.field("id", v.id);
    j.field("name", v.name);
    j.field("description", v.description);
    j.field("view_type", views::to_string(v.type));
    auto list = [&](const char* key, const std::vector<std::string>& items) {
      j.key(key);
      j.begin_array();
      for (const auto& s : items) j.value(s);
      j.end_array();
    };
    list("tips", v.tips);
    list("tags", v.tags);
    list("applies_to", v.applies_to);
    j.field("filter", v.filter);
    j.field("use_defaults", v.use_defaults);
    j.field("is_root", v.is_root);
    j.field("drilldown_target", v.drilldown_target);
    j.field("drilldown_increase_depth", v.drilldown_increase_depth);
    j.field("propagate_filter", v.propagate_filter);
    j.field("spectro_type", v.spectro_type);
    if (!v.snapshot.empty()) j.field("snapshot", v.snapshot);
    j.key("columns");
    j.begin_array();
    for (const views::ViewColumn& c : v.columns) {
      j.begin_object();
      j.field("name", c.name);
      j.field("field", c.field);
      j.field("description", c.description);
      j.field("colsize", c.colsize);
      j.field("aggregation", views::to_string(c.aggregation));
      j.field("groupby_aggregation", views::to_string(c.groupby_aggregation));
      j.field("is_key", c.is_key);
      j.field("is_groupby_key", c.is_groupby_key);
      j.field("is_sorting", c.is_sorting);
      j.field("filterfield", c.filterfield);
      j.field("filter_in_child_only", c.filter_in_child_only);
      list("tags", c.tags);
      j.end_object();
    }
    j.end_array();
    j.key("actions");
    j.begin_array();
    for (const views::ViewAction& a : v.actions) {
      j.begin_object();
      j.field("hotkey", std::string(1, a.hotkey));
      j.field("command", a.command);
      j.field("description", a.description);
      j.field("ask_confirmation", a.ask_confirmation);
      j.field("wait_finish", a.wait_finish);
      j.end_object();
    }
    j.end_array();
    j.field("source_file", v.source_file);
    j.end_object();
  }
  j.end_array();
  j.key("errors");
  j.begin_array();
  for (const auto& e : reg.errors()) j.value(e);
  j.end_array();
  j.end_object();
  j.newline();
}

int run_list_views() {
  views::ViewRegistry reg = load_cli_views();
  for (const auto& e : reg.errors()) std::fprintf(stderr, "trowel: %s\n", e.c_str());
  for (const auto& w : reg.warnings()) std::fprintf(stderr, "trowel: warning: %s\n", w.c_str());
  if (g_views_options.json) {
    write_json(reg);
  } else {
    for (const views::ViewInfo& v : reg.views())
      std::printf("%-22s %-24s %-12s %s\n", v.id.c_str(), v.name.c_str(), views::to_string(v.type),
                  v.description.c_str());
  }
  return reg.errors().empty() ? 0 : 1;
}

}  // namespace

const ViewsCliOptions& views_cli_options() { return g_views_options; }

namespace {
std::vector<std::filesystem::path> cli_search_path() {
  views::SearchPathConfig cfg;
  cfg.exe_dir = views::current_executable_dir();
  cfg.cli_dirs = g_views_options.dirs;
  if (const char* env = std::getenv("TROWEL_VIEWS")) cfg.env = env;
  if (const char* home = std::getenv("HOME")) cfg.home = home;
  return views::view_search_path(cfg);
}
}  // namespace

views::ViewRegistry load_cli_views(const views::LoadOptions& options) {
  return views::ViewRegistry::load(cli_search_path(), options);
}

views::ViewRegistry load_cli_view(const std::string& id) {
  const std::vector<std::filesystem::path> dirs = cli_search_path();
  views::ViewRegistry one = views::ViewRegistry::load_one(dirs, id);
  if (!one.views().empty()) return one;
  return views::ViewRegistry::load(dirs);
}

const views::ViewInfo* start_view_or_report(const views::ViewRegistry& reg, const std::string& view_id,
                                            bool prefer_procs) {
  const views::ViewInfo* start = view_id.empty() ? reg.root() : reg.find(view_id);
  if (view_id.empty() && prefer_procs && reg.find("procs")) start = reg.find("procs");
  if (!start) {
    if (view_id.empty()) std::fprintf(stderr, "trowel: no root view found; use -v VIEW\n");
    else std::fprintf(stderr, "trowel: unknown view '%s' (see trowel --list-views)\n", view_id.c_str());
  }
  return start;
}

std::string join_filter_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool filter_compiles_or_report(const std::string& cmdline) {
  if (cmdline.empty()) return true;
  engine::fields::EngineFieldResolver resolver;
  try {
    engine::filter::compile_filter(cmdline, resolver);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "trowel: %s\n", e.what());
    return false;
  }
  return true;
}

void register_views_options(CLI::App& app, CommandRunner& run) {
  app.add_option("--views-dir", g_views_options.dirs,
                 "Directory of view files (*.lua); repeatable, the first ones win over later ones, "
                 "$TROWEL_VIEWS, ~/.config/trowel/views and the built-in views")
      ->type_name("DIR")
      ->allow_extra_args(false);
  app.add_flag("-j,--json", g_views_options.json, "JSON output (with --list-views)");
  app.add_flag_callback(
      "--list-views",
      [&run] {
        g_views_options.list = true;
        run = [] { return run_list_views(); };
      },
      "List the available views (id, name, type, description; -j: every field) and exit");
}

}  // namespace trowel::cli
