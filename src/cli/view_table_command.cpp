// `trowel -r FILE [-v VIEW] [--raw|--csv|-j] [--sortingcol N]
// [--drill FIELD=VALUE]... [--views-dir DIR]... [FILTER...]`: the
// csysdig-compatible top-level form. Runs one view over the whole capture
// (aggregated once, as csysdig does for files) and prints it:
//   --raw  csysdig's --raw rows without its bugs: one block (no empty first
//          block, lists once), numbers right-aligned in 10 characters,
//          strings in full, each value followed by one space, then 22 dashes;
//   --csv  a header of column names, then RFC 4180 rows;
//   -j     one JSON document: view, filter, columns, rows (key, values, text).
// Without any of them it opens the interactive browser (src/tui) on the
// view (default: procs, as csysdig).
// --drill follows the drill-down path from the start view: at each step FIELD
// must be the current view's drill-down field and VALUE the selected key.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "cli/commands.h"
#include "cli/json_writer.h"
#include "cli/live_tui.h"
#include "cli/read_status.h"
#include "cli/views_options.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state.h"
#include "tui/tui.h"
#include "views/drilldown.h"
#include "views/view_runner.h"
#include "views/view_table.h"

namespace trowel::cli {
namespace {

struct ViewRunOpts {
  std::string file;
  std::string view;
  bool raw = false;
  bool csv = false;
  bool no_color = false;
  int sortingcol = 0;  // 1-based; 0 = the view's default
  std::vector<std::string> drills;
  std::vector<std::string> filter;
  uint32_t delay_ms = 2000;  // live (no -r): -d
  std::string write;         // live (no -r): -w
};

void print_raw(const views::ViewTable& t) {
  const auto& cols = t.visible_columns();
  std::string line;
  for (size_t i = 0; i < t.rows(); ++i) {
    line.clear();
    for (size_t c = 0; c < cols.size(); ++c) {
      std::string text = t.cell_text(i, c);
      if (cols[c].align == views::Align::Right && text.size() < 10) line.append(10 - text.size(), ' ');
      line += text;
      line += ' ';
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  std::fputs("----------------------\n", stdout);
}

void csv_field(std::string& out, const std::string& s) {
  bool q = s.find_first_of(",\"\r\n") != std::string::npos || (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!q) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void print_csv(const views::ViewTable& t) {
  const auto& cols = t.visible_columns();
  std::string line;
  for (size_t c = 0; c < cols.size(); ++c) {
    if (c) line += ',';
    csv_field(line, cols[c].name);
  }
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stdout);
  for (size_t i = 0; i < t.rows(); ++i) {
    line.clear();
    for (size_t c = 0; c < cols.size(); ++c) {
      if (c) line += ',';
      csv_field(line, t.cell_text(i, c));
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
}

void print_json(const views::ViewTable& t, const views::DrillDown& dd) {
  const auto& cols = t.visible_columns();
  JsonWriter j(stdout);
  j.begin_object();
  j.field("view", t.view().id);
  j.field("name", t.view().name);
  j.field("view_type", views::to_string(t.view().type));
  j.field("filter", dd.complete_filter());
  j.field("for", dd.header());
  j.field("span_ns", t.span_ns());
  j.field("sorting_col", t.sorting_col() + 1);
  j.field("sort_ascending", t.sort_ascending());
  j.key("columns");
  j.begin_array();
  for (const auto& c : cols) {
    j.begin_object();
    j.field("name", c.name);
    j.field("field", c.field);
    j.field("type", engine::filter::value_type_name(c.type));
    j.field("aggregation", views::to_string(c.aggregation));
    j.field("groupby_aggregation", views::to_string(c.groupby_aggregation));
    j.field("rate", c.rate);
    j.field("width", c.width);
    j.field("align", c.align == views::Align::Right ? "right" : "left");
    j.end_object();
  }
  j.end_array();
  j.key("rows");
  j.begin_array();
  for (size_t i = 0; i < t.rows(); ++i) {
    j.newline();
    j.begin_object();
    j.field("key", t.key_text(i));
    j.key("values");
    j.begin_array();
    for (size_t c = 0; c < cols.size(); ++c) {
      const views::Cell& v = t.cell_value(i, c);
      if (cols[c].rate) { j.value(v.d); continue; }
      switch (cols[c].kind) {
        case views::CellKind::Int: j.value(v.i); break;
        case views::CellKind::UInt:
          if (cols[c].type == engine::filter::ValueType::Bool) j.value(v.u != 0);
          else j.value(v.u);
          break;
        case views::CellKind::Double: j.value(v.d); break;
        default: j.value(t.cell_text(i, c)); break;
      }
    }
    j.end_array();
    j.key("text");
    j.begin_array();
    for (size_t c = 0; c < cols.size(); ++c) j.value(t.cell_text(i, c));
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.field("count", static_cast<uint64_t>(t.rows()));
  j.field("dropped_rows", t.dropped_rows());
  j.end_object();
  j.newline();
}

// No --raw/--csv/-j: the interactive browser (src/tui).
int run_interactive(const ViewRunOpts& o, const views::ViewRegistry& reg, const views::ViewInfo& start,
                    const std::string& cmdline) {
  if (!o.drills.empty() || o.sortingcol > 0) {
    std::fprintf(stderr, "trowel: --drill and --sortingcol need --raw, --csv or -j\n");
    return 2;
  }
  if (!filter_compiles_or_report(cmdline)) return 2;
  if (o.file == "-") {
    std::fprintf(stderr, "trowel: the interactive UI reads keys from standard input; give a capture file, or use --raw, --csv or -j\n");
    return 2;
  }
  // A missing or unreadable file is one line here, before the screen opens.
  capture::CaptureReader::open(o.file);
  tui::TuiOptions to;
  to.view = start.id;
  to.cmdline_filter = cmdline;
  to.monochrome = o.no_color;
  return tui::run_tui(reg, std::make_unique<views::FileEventSource>(o.file), to);
}

int run_view_command(const ViewRunOpts& o) {
  const ViewsCliOptions& vo = views_cli_options();
  int formats = int(o.raw) + int(o.csv) + int(vo.json);
  if (formats > 1) {
    std::fprintf(stderr, "trowel: --raw, --csv and -j are exclusive\n");
    return 2;
  }
  // One view, shown as text with no drill-down: the other view files need
  // not be loaded (they cost more than a small capture's events).
  const bool one_view = formats > 0 && o.drills.empty() && !o.view.empty();
  views::ViewRegistry reg = one_view ? load_cli_view(o.view) : load_cli_views();
  for (const auto& w : reg.warnings()) std::fprintf(stderr, "trowel: warning: %s\n", w.c_str());
  for (const auto& e : reg.errors()) std::fprintf(stderr, "trowel: %s\n", e.c_str());
  // The browser opens on Processes, as csysdig does.
  const views::ViewInfo* start = start_view_or_report(reg, o.view, formats == 0);
  if (!start) return 2;
  std::string cmdline = join_filter_words(o.filter);
  if (formats == 0) return run_interactive(o, reg, *start, cmdline);
  views::DrillDown dd(reg.views(), cmdline);
  dd.start(start->id);
  std::string context;  // FIELD=VALUE selections that are not a view's key
  for (const std::string& d : o.drills) {
    size_t eq = d.find('=');
    if (eq == std::string::npos) {
      std::fprintf(stderr, "trowel: --drill expects FIELD=VALUE, got '%s'\n", d.c_str());
      return 2;
    }
    std::string field = d.substr(0, eq), value = d.substr(eq + 1);
    const views::ViewInfo& cur = *dd.current();
    int k = views::DrillDown::drill_key_column(cur);
    std::string expect, keyf;
    if (k >= 0) {
      const views::ViewColumn& col = cur.columns[size_t(k)];
      expect = views::substitute_depth(col.filterfield.empty() ? col.field : col.filterfield, dd.depth());
      keyf = views::substitute_depth(col.field, dd.depth());
    }
    if (k >= 0 && (field == expect || field == keyf)) {
      // The view's own key: drill down from it, as Enter on that row would.
      if (!dd.drill_down(value, views::field_is_string(expect))) {
        std::fprintf(stderr, "trowel: --drill %s: view '%s' has no drill-down target\n", d.c_str(), cur.id.c_str());
        return 2;
      }
      continue;
    }
    // Any other field: show the current view inside that selection, as
    // choosing the view with F2 after drilling into FIELD=VALUE does.
    if (!context.empty()) context += " and ";
    context += views::make_clause(field, value, views::field_is_string(field));
  }

  views::ViewTable::Options to;
  to.extra_filter = dd.context_filter();
  if (!context.empty())
    to.extra_filter = to.extra_filter.empty() ? context : "(" + to.extra_filter + ") and " + context;
  to.depth = dd.depth();
  to.sorting_col = o.sortingcol > 0 ? o.sortingcol - 1 : -1;
  std::unique_ptr<views::ViewTable> table;
  try {
    table = std::make_unique<views::ViewTable>(*dd.current(), to);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "trowel: %s\n", e.what());
    return 2;
  }
  const views::ViewInfo& shown = *dd.current();
  views::ViewFileRun run = views::run_view_file(capture::CaptureReader::open(o.file), o.file, *table,
                                                [&] { return std::make_unique<views::ViewTable>(shown, to); });
  static char outbuf[1 << 16];
  std::setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  if (o.raw) print_raw(*table);
  else if (o.csv) print_csv(*table);
  else print_json(*table, dd);
  std::fflush(stdout);
  if (table->dropped_rows())
    std::fprintf(stderr, "trowel: warning: list view kept the last %zu rows (%llu dropped)\n", table->rows(),
                 static_cast<unsigned long long>(table->dropped_rows()));
  return finish_reading(*run.reader);
}

}  // namespace

void register_view_table_options(CLI::App& app, CommandRunner& run) {
  auto o = std::make_shared<ViewRunOpts>();
  app.add_option("-r,--read", o->file, "capture file to show in a view (csysdig-style top-level form)");
  app.add_option("-v,--view", o->view, "view id (default: the root view, like csysdig)");
  app.add_flag("--raw", o->raw, "print the view's rows as csysdig --raw does (one block)");
  app.add_flag("--csv", o->csv, "print the view as CSV with a header of column names");
  app.add_flag("--no-color", o->no_color, "interactive UI without colours (as NO_COLOR=1)");
  app.add_option("--sortingcol", o->sortingcol, "sort by visible column N (1-based)")->check(CLI::PositiveNumber);
  app.add_option("--drill", o->drills, "drill down: FIELD=VALUE (repeatable, follows the path)")
      ->type_name("FIELD=VALUE")
      ->allow_extra_args(false);
  app.add_option("filter", o->filter, "filter (sysdig syntax; the words are joined with spaces)");
  app.add_option("-d,--delay", o->delay_ms, "live (no -r): sampling interval in ms (default 2000)");
  app.add_option("-w,--write", o->write, "live (no -r): also record every event to FILE (.gz/.zst compress)");
  app.callback([o, &app, &run] {
    if (!app.get_subcommands().empty()) return;
    if (o->file.empty()) {
      if (run) return;  // --list-views
      // No -r: the live machine, in the browser (live_tui_command.cpp).
      if (o->raw || o->csv || views_cli_options().json || !o->drills.empty() || o->sortingcol > 0)
        throw CLI::ValidationError("--raw, --csv, -j, --drill and --sortingcol need -r FILE");
      LiveTuiArgs a{o->view, o->filter, o->no_color, o->delay_ms, o->write};
      run = [a] { return run_live_tui(a); };
      return;
    }
    if (app.count("--delay") || app.count("--write"))
      throw CLI::ValidationError("-d and -w apply to the live browser (without -r)");
    run = [o] { return run_view_command(*o); };
  });
}

}  // namespace trowel::cli
