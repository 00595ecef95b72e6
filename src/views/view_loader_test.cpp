#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "views/view_loader.h"

using namespace trowel::views;
namespace fs = std::filesystem;

namespace {

const std::string kFile = "views/v_t.lua";

FileLoadResult load(const std::string& src, const LoadOptions& o = {}) {
  return load_view_source(src, kFile, o);
}

// A valid table view; `top` is spliced into view_info, `cols` replaces the
// columns, `acts` adds actions.
std::string view_src(const std::string& top = "", const std::string& cols = "",
                     const std::string& acts = "") {
  std::string c = cols.empty() ? R"({ name = "NA", field = "proc.pid", is_key = true },
      { name = "PID", field = "proc.pid", colsize = 8 },
      { name = "CPU", field = "thread.cpu", aggregation = "AVG", is_sorting = true })"
                               : cols;
  return "view_info = { id = 'foo', name = 'Foo', " + top + " columns = { " + c + " }, " +
         (acts.empty() ? "" : "actions = { " + acts + " }, ") + "}\n";
}

// Marks a source as a view file (a failing file that never mentions
// view_info is not reported).
FileLoadResult vload(const std::string& src, const LoadOptions& o = {}) {
  return load(src + "\n-- view_info\n", o);
}

bool has_error(const FileLoadResult& r, const std::string& line) {
  return std::find(r.errors.begin(), r.errors.end(), line) != r.errors.end();
}

std::string all_errors(const FileLoadResult& r) {
  std::string s;
  for (const auto& e : r.errors) s += e + "\n";
  return s;
}

void check_error(const std::string& src, const std::string& line) {
  FileLoadResult r = load(src);
  INFO("errors: " << all_errors(r));
  CHECK(r.kind == FileKind::Error);
  CHECK(has_error(r, line));
}

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& tag) {
    static int n = 0;
    path = fs::temp_directory_path() /
           ("trowel_views_test_" + std::to_string(getpid()) + "_" + tag + "_" + std::to_string(n++));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
  }
};

}  // namespace

TEST_CASE("a complete view is converted field by field") {
  std::string src = R"(
view_info = {
  id = "procs", name = "Processes", description = "top-like",
  tips = {"tip one", "tip two"}, tags = {"Default", "wsysdig"},
  view_type = "table", applies_to = {"", "container.id"},
  filter = "evt.type!=switch", use_defaults = true, is_root = true,
  drilldown_target = "threads", drilldown_increase_depth = true,
  propagate_filter = false, spectro_type = "tracers",
  columns = {
    { name = "NA", field = " thread.tid ", is_key = true, filterfield = "thread .\ttid" },
    { name = "NA", field = "proc.pid", is_groupby_key = true, filter_in_child_only = true },
    { name = "CPU", field = "thread.cpu", description = "cpu", colsize = 8,
      aggregation = "AVG", groupby_aggregation = "SUM", is_sorting = true, tags = {"default"} },
    { name = "T", field = "evt.buflen", aggregation = "TIME_AVG", groupby_aggregation = "MAX" },
    { name = "M", field = "evt.buflen", aggregation = "MIN", colsize = 0 },
  },
  actions = {
    { hotkey = "9", command = "kill -9 %proc.pid", description = "kill -9",
      ask_confirmation = true, wait_finish = false },
    { hotkey = "c", command = "gcore %proc.pid" },
  },
}
)";
  FileLoadResult r = load(src);
  INFO(all_errors(r));
  REQUIRE(r.kind == FileKind::View);
  CHECK(r.warnings.empty());
  const ViewInfo& v = r.view;
  CHECK(v.id == "procs");
  CHECK(v.name == "Processes");
  CHECK(v.description == "top-like");
  CHECK(v.tips == std::vector<std::string>{"tip one", "tip two"});
  CHECK(v.tags == std::vector<std::string>{"Default", "wsysdig"});
  CHECK(v.type == ViewType::Table);
  CHECK(v.applies_to == std::vector<std::string>{"", "container.id"});
  CHECK(v.filter == "evt.type!=switch");
  CHECK(v.use_defaults);
  CHECK(v.is_root);
  CHECK(v.drilldown_target == "threads");
  CHECK(v.drilldown_increase_depth);
  CHECK_FALSE(v.propagate_filter);
  CHECK(v.spectro_type == "tracers");
  CHECK(v.source_file == kFile);
  REQUIRE(v.columns.size() == 5);
  CHECK(v.columns[0].field == "thread.tid");
  CHECK(v.columns[0].filterfield == "thread.tid");
  CHECK(v.columns[0].is_key);
  CHECK(v.columns[0].colsize == -1);
  CHECK(v.columns[1].is_groupby_key);
  CHECK(v.columns[1].filter_in_child_only);
  CHECK(v.columns[2].name == "CPU");
  CHECK(v.columns[2].description == "cpu");
  CHECK(v.columns[2].colsize == 8);
  CHECK(v.columns[2].aggregation == Aggregation::Avg);
  CHECK(v.columns[2].groupby_aggregation == Aggregation::Sum);
  CHECK(v.columns[2].is_sorting);
  CHECK(v.columns[2].tags == std::vector<std::string>{"default"});
  CHECK(v.columns[3].aggregation == Aggregation::TimeAvg);
  CHECK(v.columns[3].groupby_aggregation == Aggregation::Max);
  CHECK(v.columns[4].aggregation == Aggregation::Min);
  CHECK(v.columns[4].colsize == 0);
  CHECK(v.key_index() == 0);
  CHECK(v.groupby_key_index() == 1);
  CHECK(v.sorting_index() == 2);
  REQUIRE(v.actions.size() == 2);
  CHECK(v.actions[0].hotkey == '9');
  CHECK(v.actions[0].command == "kill -9 %proc.pid");
  CHECK(v.actions[0].description == "kill -9");
  CHECK(v.actions[0].ask_confirmation);
  CHECK_FALSE(v.actions[0].wait_finish);
  CHECK(v.actions[1].hotkey == 'c');
  CHECK_FALSE(v.actions[1].ask_confirmation);
  CHECK(v.actions[1].wait_finish);
}

TEST_CASE("defaults and view types") {
  FileLoadResult r = load(view_src());
  REQUIRE(r.kind == FileKind::View);
  CHECK(r.view.type == ViewType::Table);
  CHECK_FALSE(r.view.use_defaults);
  CHECK_FALSE(r.view.is_root);
  CHECK(r.view.propagate_filter);
  CHECK_FALSE(r.view.drilldown_increase_depth);
  CHECK(r.view.actions.empty());

  r = load(view_src("view_type = 'list',", "{ name = 'A', field = 'evt.num' }"));
  REQUIRE(r.kind == FileKind::View);
  CHECK(r.view.type == ViewType::List);
  r = load(view_src("view_type = 'spectrogram',", "{ name = 'NA', field = 'evt.latency.quantized', is_key = true }"));
  REQUIRE(r.kind == FileKind::View);
  CHECK(r.view.type == ViewType::Spectrogram);
  CHECK(r.view.snapshot.empty());
}

TEST_CASE("snapshot = 'fds' (trowel's fd-table snapshot views)") {
  FileLoadResult r = load(view_src("view_type = 'list', snapshot = 'fds',", "{ name = 'FD', field = 'fd.num' }"));
  REQUIRE(r.kind == FileKind::View);
  CHECK(r.view.snapshot == "fds");
  CHECK(r.warnings.empty());
  check_error(view_src("snapshot = 'threads',"), kFile + ": view 'foo': 'snapshot' must be 'fds' (got 'threads')");
  check_error(view_src("snapshot = 3,"), kFile + ": view 'foo': 'snapshot' must be a string (got number)");
}

TEST_CASE("chisels, other files and non-table view_info") {
  CHECK(load("description = 'a chisel'\nview_info = { id = 'x' }").kind == FileKind::Chisel);
  CHECK(load("description = 'a chisel'\nerror('boom')").kind == FileKind::Chisel);
  CHECK(load("local x = 1").kind == FileKind::Other);
  CHECK(load("view_infoz = { id = 'cpus' }").kind == FileKind::Other);
  CHECK(load("").kind == FileKind::Other);
  check_error("view_info = 'x'", kFile + ": 'view_info' must be a table (got string)");
}

TEST_CASE("required view fields") {
  check_error("view_info = { name = 'A', columns = { { name = 'NA', field = 'a', is_key = true } } }",
              kFile + ": view_info: missing 'id'");
  check_error("view_info = { id = 5, name = 'A', columns = { { name = 'NA', field = 'a', is_key = true } } }",
              kFile + ": view_info: 'id' must be a string (got number)");
  check_error("view_info = { id = '', name = 'A', columns = { { name = 'NA', field = 'a', is_key = true } } }",
              kFile + ": view_info: 'id' is empty");
  check_error("view_info = { id = 'foo', columns = { { name = 'NA', field = 'a', is_key = true } } }",
              kFile + ": view 'foo': missing 'name'");
  check_error("view_info = { id = 'foo', name = 'Foo' }", kFile + ": view 'foo': missing 'columns'");
  check_error("view_info = { id = 'foo', name = 'Foo', columns = {} }", kFile + ": view 'foo': 'columns' is empty");
  check_error("view_info = { id = 'foo', name = 'Foo', columns = 'x' }",
              kFile + ": view 'foo': 'columns' must be a list of tables (got string)");
  check_error("view_info = { id = 'foo', name = 'Foo', columns = { a = 1 } }",
              kFile + ": view 'foo': 'columns' must be a list of tables (got a table with non-list keys)");
  check_error(view_src("", "{ name = 'NA', field = 'a', is_key = true }, 7"),
              kFile + ": view 'foo': column 2: must be a table (got number)");
}

TEST_CASE("value types of view fields") {
  check_error(view_src("view_type = 'tree',"),
              kFile + ": view 'foo': 'view_type' must be 'table', 'list' or 'spectrogram' (got 'tree')");
  check_error(view_src("view_type = 1,"), kFile + ": view 'foo': 'view_type' must be a string (got number)");
  for (const char* b : {"use_defaults", "is_root", "drilldown_increase_depth", "propagate_filter"})
    check_error(view_src(std::string(b) + " = 'true',"),
                kFile + ": view 'foo': '" + b + "' must be a boolean (got string)");
  for (const char* s : {"name", "description", "filter", "drilldown_target", "spectro_type"})
    check_error("view_info = { id = 'foo', name = 'Foo', " + std::string(s) + " = {}, columns = { { name = 'NA', field = 'a', is_key = true } } }",
                kFile + ": view 'foo': '" + s + "' must be a string (got table)");
  for (const char* l : {"tips", "tags", "applies_to"}) {
    check_error(view_src(std::string(l) + " = 'x',"),
                kFile + ": view 'foo': '" + l + "' must be a list of strings (got string)");
    check_error(view_src(std::string(l) + " = { 'a', 3 },"),
                kFile + ": view 'foo': '" + l + "' entry 2 must be a string (got number)");
  }
}

TEST_CASE("column rules") {
  auto col = [](const std::string& c) {
    return view_src("", "{ name = 'NA', field = 'proc.pid', is_key = true }, " + c);
  };
  check_error(col("{ name = 'CPU', field = 'thread.cpu', aggregation = 'MEDIAN' }"),
              kFile + ": view 'foo': column 2 'CPU': unknown aggregation MEDIAN");
  check_error(col("{ name = 'CPU', field = 'thread.cpu', groupby_aggregation = 'sum' }"),
              kFile + ": view 'foo': column 2 'CPU': unknown groupby_aggregation sum");
  check_error(col("{ name = 'CPU', field = 'thread.cpu', aggregation = 3 }"),
              kFile + ": view 'foo': column 2 'CPU': 'aggregation' must be a string (got number)");
  check_error(col("{ field = 'thread.cpu' }"), kFile + ": view 'foo': column 2: missing 'name'");
  check_error(col("{ name = 'X' }"), kFile + ": view 'foo': column 2 'X': missing 'field'");
  check_error(col("{ name = 'X', field = ' \t ' }"), kFile + ": view 'foo': column 2 'X': 'field' is empty");
  check_error(col("{ name = 'X', field = 5 }"), kFile + ": view 'foo': column 2 'X': 'field' must be a string (got number)");
  check_error(col("{ name = 'X', field = 'a', colsize = -1 }"),
              kFile + ": view 'foo': column 2 'X': 'colsize' must be a non-negative integer");
  check_error(col("{ name = 'X', field = 'a', colsize = 2.5 }"),
              kFile + ": view 'foo': column 2 'X': 'colsize' must be a non-negative integer");
  check_error(col("{ name = 'X', field = 'a', colsize = '8' }"),
              kFile + ": view 'foo': column 2 'X': 'colsize' must be a non-negative integer (got string)");
  for (const char* b : {"is_key", "is_groupby_key", "is_sorting", "filter_in_child_only"})
    check_error(col("{ name = 'X', field = 'a', " + std::string(b) + " = 1 }"),
                kFile + ": view 'foo': column 2 'X': '" + b + "' must be a boolean (got number)");
  check_error(col("{ name = 'X', field = 'a', filterfield = 'b' }"),
              kFile + ": view 'foo': column 2 'X': 'filterfield' is only allowed on the key or the groupby key column");
  check_error(col("{ name = 'X', field = 'a', is_groupby_key = true, is_key = true }"),
              kFile + ": view 'foo': column 2 'X': is both the key and the groupby key");
  check_error(col("{ name = 'X', field = 'a', tags = 'default' }"),
              kFile + ": view 'foo': column 2 'X': 'tags' must be a list of strings (got string)");
  // colsize as an integral float is fine
  FileLoadResult r = load(col("{ name = 'X', field = 'a', colsize = 8.0 }"));
  REQUIRE(r.kind == FileKind::View);
  CHECK(r.view.columns[1].colsize == 8);
}

TEST_CASE("key, groupby and sorting rules") {
  check_error(view_src("", "{ name = 'A', field = 'a' }"), kFile + ": view 'foo': table is missing the key");
  check_error(view_src("", "{ name = 'A', field = 'a', is_key = true }, { name = 'B', field = 'b', is_key = true }"),
              kFile + ": view 'foo': column 2 'B': multiple keys specified (column 1 'A' is already the key)");
  check_error(view_src("view_type = 'list',", "{ name = 'A', field = 'a', is_key = true }"),
              kFile + ": view 'foo': column 1 'A': list table can't have a key");
  check_error(view_src("view_type = 'list',", "{ name = 'A', field = 'a' }, { name = 'B', field = 'b', is_groupby_key = true }"),
              kFile + ": view 'foo': column 2 'B': group by not supported for list tables");
  check_error(view_src("view_type = 'spectrogram',",
                       "{ name = 'A', field = 'a', is_key = true }, { name = 'B', field = 'b', is_groupby_key = true }"),
              kFile + ": view 'foo': column 2 'B': group by not supported for spectrogram views");
  check_error(view_src("view_type = 'spectrogram',", "{ name = 'A', field = 'a' }"),
              kFile + ": view 'foo': spectrogram view is missing the key");
  check_error(view_src("", "{ name = 'A', field = 'a', is_key = true }, { name = 'B', field = 'b', is_groupby_key = true },"
                           "{ name = 'C', field = 'c', is_groupby_key = true }"),
              kFile + ": view 'foo': column 3 'C': more than one groupby key (column 2 'B' is already the groupby key)");
  check_error(view_src("", "{ name = 'A', field = 'a', is_key = true }, { name = 'B', field = 'b', is_sorting = true },"
                           "{ name = 'C', field = 'c', is_sorting = true }"),
              kFile + ": view 'foo': column 3 'C': more than one sorting column (column 2 'B' is already the sorting column)");
  // Two keys with different column tags (csysdig's connections view) are fine...
  std::string tagged = "{ name = 'NA', field = 'fd.name', is_key = true, tags = {'default'} },"
                       "{ name = 'NA', field = 'fd.containername', is_key = true, tags = {'containers'} },"
                       "{ name = 'X', field = 'x' }";
  FileLoadResult r = load(view_src("", tagged));
  INFO(all_errors(r));
  REQUIRE(r.kind == FileKind::View);
  CHECK(r.view.columns.size() == 3);
  // ... but a projection without a key is reported with its tag.
  check_error(view_src("", "{ name = 'NA', field = 'fd.name', is_key = true, tags = {'default'} }, { name = 'X', field = 'x' }"),
              kFile + ": view 'foo': table is missing the key (with column tag 'containers')");
}

TEST_CASE("action rules") {
  check_error(view_src("", "", "{ hotkey = 'ab', command = 'x' }"),
              kFile + ": view 'foo': action 1 'ab': 'hotkey' must be exactly one character (got 'ab')");
  check_error(view_src("", "", "{ hotkey = '', command = 'x' }"),
              kFile + ": view 'foo': action 1: 'hotkey' must be exactly one character (got '')");
  check_error(view_src("", "", "{ command = 'x' }"), kFile + ": view 'foo': action 1: missing 'hotkey'");
  check_error(view_src("", "", "{ hotkey = 'k' }"), kFile + ": view 'foo': action 1 'k': missing 'command'");
  check_error(view_src("", "", "{ hotkey = 'k', command = '' }"), kFile + ": view 'foo': action 1 'k': 'command' is empty");
  check_error(view_src("", "", "{ hotkey = 'k', command = 'x' }, { hotkey = 'l', command = 'y', wait_finish = 'no' }"),
              kFile + ": view 'foo': action 2 'l': 'wait_finish' must be a boolean (got string)");
  check_error(view_src("", "", "{ hotkey = 'k', command = 'x', ask_confirmation = 0 }"),
              kFile + ": view 'foo': action 1 'k': 'ask_confirmation' must be a boolean (got number)");
  check_error(view_src("actions = 3,"), kFile + ": view 'foo': 'actions' must be a list of tables (got number)");
}

TEST_CASE("several errors of one view are all reported, one line each") {
  FileLoadResult r = load(view_src("is_root = 1,", "{ name = 'A', field = 'a', is_key = true, aggregation = 'MEDIAN' },"
                                                   "{ name = 'B\\nC', field = 'b', colsize = -2 }"));
  CHECK(r.kind == FileKind::Error);
  CHECK(r.errors.size() == 3);
  for (const auto& e : r.errors) CHECK(e.find('\n') == std::string::npos);
  CHECK(has_error(r, kFile + ": view 'foo': column 2 'B C': 'colsize' must be a non-negative integer"));
}

TEST_CASE("unknown keys are warnings, not errors") {
  FileLoadResult r = load(view_src("colour = 'red',", "{ name = 'NA', field = 'a', is_key = true, width = 3 }",
                                   "{ hotkey = 'k', command = 'x', sudo = true }"));
  INFO(all_errors(r));
  REQUIRE(r.kind == FileKind::View);
  REQUIRE(r.warnings.size() == 3);
  CHECK(std::find(r.warnings.begin(), r.warnings.end(),
                  kFile + ": view 'foo': unknown key 'colour' ignored") != r.warnings.end());
  CHECK(std::find(r.warnings.begin(), r.warnings.end(),
                  kFile + ": view 'foo': column 1 'NA': unknown key 'width' ignored") != r.warnings.end());
}

TEST_CASE("Lua syntax and runtime errors name the file and line") {
  FileLoadResult r = vload("view_info = {\n  id = 'x'\n  name = 'y' }\n");
  CHECK(r.kind == FileKind::Error);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].rfind(kFile + ":3: ", 0) == 0);
  r = vload("local t = nil\n\nview_info = t.x\n");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].rfind(kFile + ":3: attempt to index", 0) == 0);
  r = vload("error({})");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == kFile + ": (error object is a table value)");
  r = vload("error('two\\nlines')");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == kFile + ":1: two lines");
  // Binary chunks are refused.
  r = vload(std::string("\x1bLua", 4));
  CHECK(r.kind == FileKind::Error);
}

TEST_CASE("sandbox: limits and forbidden functions") {
  LoadOptions o;
  o.limits.instructions = 2'000'000;
  o.limits.time_ms = 5000;
  FileLoadResult r = vload("while true do end", o);
  REQUIRE(r.kind == FileKind::Error);
  CHECK(r.errors[0] == kFile + ":1: view file exceeded the instruction limit (2000000 instructions)");
  // pcall cannot swallow the limit
  r = vload("while true do pcall(function() while true do end end) end", o);
  REQUIRE(r.kind == FileKind::Error);
  CHECK(r.errors[0].find("instruction limit") != std::string::npos);
  // the time limit
  o.limits.instructions = 1ull << 60;
  o.limits.time_ms = 200;
  r = vload("local x = 0\nwhile true do x = x + 1 end", o);
  REQUIRE(r.kind == FileKind::Error);
  CHECK(r.errors[0] == kFile + ":2: view file ran longer than the time limit (200 ms)");

  LoadOptions m;
  m.limits.memory_bytes = 4u << 20;
  r = vload("local t = {} for i = 1, 1e9 do t[i] = i end", m);
  REQUIRE(r.kind == FileKind::Error);
  CHECK(r.errors[0] == kFile + ": view file exceeded the memory limit (4096 KiB)");
  r = vload("local s = string.rep('x', 1 << 40)", m);
  REQUIRE(r.kind == FileKind::Error);
  r = vload("local s = ('x'):rep(1e8)", m);
  REQUIRE(r.kind == FileKind::Error);
  CHECK(r.errors[0].find("memory limit") != std::string::npos);
  r = vload("local s = string.rep('', 1e18) view_info = 1");  // no C spin
  CHECK(r.errors[0] == kFile + ": 'view_info' must be a table (got number)");

  CHECK(load("setmetatable({}, { __gc = function() end })").kind == FileKind::Other);  // no view_info: ignored
  r = vload("view_info = setmetatable({}, { __gc = function() while true do end end })");
  REQUIRE(r.kind == FileKind::Error);
  CHECK(r.errors[0] == kFile + ":1: __gc metamethods are not allowed in view files");
  for (const char* bad : {"os.execute('true')", "io.popen('true')", "package.loadlib('x', 'y')",
"dofile('/etc/passwd')", "loadfile('/etc/passwd')",
                          "vload('return 1')", "debug.sethook()", "string.dump(print)", "io.open('/etc/passwd')",
                          "os.remove('/tmp/x')", "string.find('a', 'a')", "collectgarbage()",
                          "load('return 1')", "warn('x')", "string.match('a', 'a')", "string.gmatch('a', 'a')",
                          "string.gsub('a', 'a', 'b')", "string.pack('i4', 1)", "string.packsize('i4')",
                          "string.unpack('i4', 'abcd')", "table.move({1}, 1, 1, 2)"}) {
    r = vload(std::string(bad) + " view_info = {}");
    INFO(bad);
    CHECK(r.kind == FileKind::Error);
  }
  // os.time/clock, string and table basics remain.
  r = vload(view_src("description = string.format('%d-%s', os.time() > 0 and 1 or 0, ('ab'):upper()) .. table.concat({'x','y'}),"));
  INFO(all_errors(r));
  REQUIRE(r.kind == FileKind::View);
  CHECK(r.view.description == "1-ABxy");
  // Stubs: csysdig globals exist and do nothing.
  r = vload("sysdig.set_snaplen(1) chisel.set_filter('x') evt.field('y') local c = require 'common'\n" + view_src());
  CHECK(r.kind == FileKind::View);
}

TEST_CASE("metatables cannot interfere with reading") {
  FileLoadResult r = load(
      "view_info = setmetatable({ id = 'foo', name = 'Foo' }, { __index = function() while true do end end })\n"
      "view_info.columns = setmetatable({ { name = 'NA', field = 'a', is_key = true } }, { __len = function() error('x') end })\n"
      "setmetatable(view_info.columns[1], { __index = function() while true do end end })\n");
  INFO(all_errors(r));
  CHECK(r.kind == FileKind::View);
}

TEST_CASE("apply_tag and field suffixes") {
  ViewInfo v;
  v.columns.resize(3);
  v.columns[0].tags = {"default"};
  v.columns[1].tags = {"containers"};
  ViewInfo d = v;
  apply_tag(d, "default");
  CHECK(d.columns.size() == 2);
  CHECK(d.columns[0].tags == std::vector<std::string>{"default"});
  CHECK(d.columns[1].tags.empty());
  ViewInfo c = v;
  apply_tag(c, "containers");
  CHECK(c.columns.size() == 2);
  CHECK(c.columns[0].tags == std::vector<std::string>{"containers"});
  apply_tag(v, "");
  CHECK(v.columns.size() == 3);
  CHECK(strip_field_suffix("span.tag[%depth]") == "span.tag");
  CHECK(strip_field_suffix("proc.pid") == "proc.pid");
  CHECK(strip_field_suffix("") == "");
}

namespace {
std::string simple_view(const std::string& id, const std::string& name, const std::string& extra = "") {
  return "view_info = { id = '" + id + "', name = '" + name + "', " + extra +
         " columns = { { name = 'NA', field = 'proc.pid', is_key = true }, { name = 'P', field = 'proc.pid' } } }\n";
}
}  // namespace

TEST_CASE("registry: a broken file only skips itself; order, root and applies_to") {
  TempDir d("reg");
  d.write("v_b.lua", simple_view("bview", "Bravo", "applies_to = {'', 'proc.pid'}, is_root = true,"));
  d.write("v_a.lua", simple_view("aview", "Alpha", "applies_to = {'span.tag'},"));
  d.write("v_broken.lua", "view_info = { id = 'broken', name = 'Broken', columns = { { name = 'X', field = 'x', aggregation = 'MEDIAN', is_key = true } } }");
  d.write("v_syntax.lua", "view_info = {");
  d.write("v_c.lua", simple_view("cview", "Charlie", "applies_to = {''}, is_root = true, tags = {'x'},"));
  d.write("v_hidden.lua", simple_view("hidden", "Hidden", "tags = {'Default', 'nocsysdig'},"));
  d.write("v_cont.lua", simple_view("cont", "Cont", "tags = {'Containers'},"));
  d.write("chisel.lua", "description = 'x'");
  d.write("lib.lua", "local M = {} return M");
  d.write("notlua.txt", "garbage");
  ViewRegistry reg = ViewRegistry::load({d.path});
  REQUIRE(reg.views().size() == 3);
  CHECK(reg.views()[0].id == "aview");
  CHECK(reg.views()[1].id == "bview");
  CHECK(reg.views()[2].id == "cview");
  REQUIRE(reg.errors().size() == 2);
  CHECK(reg.errors()[0] == (d.path / "v_broken.lua").string() +
                               ": view 'broken': column 1 'X': unknown aggregation MEDIAN");
  CHECK(reg.errors()[1].rfind((d.path / "v_syntax.lua").string() + ":1: ", 0) == 0);
  CHECK(reg.stats().files == 9);
  CHECK(reg.stats().chisels == 1);
  CHECK(reg.stats().other == 1);
  CHECK(reg.stats().broken == 2);
  CHECK(reg.stats().hidden == 2);
  REQUIRE(reg.root());
  CHECK(reg.root()->id == "bview");
  CHECK(reg.find("cview")->name == "Charlie");
  CHECK(reg.find("hidden") == nullptr);
  CHECK(reg.find("nope") == nullptr);
  auto top = reg.views_applying_to("");
  REQUIRE(top.size() == 2);
  CHECK(top[0]->id == "bview");
  CHECK(top[1]->id == "cview");
  auto span = reg.views_applying_to("span.tag[%depth]");
  REQUIRE(span.size() == 1);
  CHECK(span[0]->id == "aview");
  CHECK(reg.views_applying_to("proc.pid").size() == 1);

  LoadOptions all;
  all.include_nocsysdig = true;
  all.drop_containers_tagged = false;
  CHECK(ViewRegistry::load({d.path}, all).views().size() == 5);
}

TEST_CASE("registry: overrides by file name and by id; missing directories") {
  TempDir user("user"), builtin("builtin");
  builtin.write("v_procs.lua", simple_view("procs", "Processes"));
  builtin.write("v_threads.lua", simple_view("threads", "Threads"));
  builtin.write("v_files.lua", simple_view("files", "Files"));
  user.write("v_procs.lua", simple_view("myprocs", "My Processes"));     // same file name
  user.write("v_mythreads.lua", simple_view("threads", "My Threads"));  // same id
  user.write("v_dup.lua", simple_view("files2", "Files 2"));
  user.write("v_dup2.lua", simple_view("files2", "Files 2 again"));     // duplicate id, same dir
  ViewRegistry reg = ViewRegistry::load({user.path, builtin.path, builtin.path / "nope"});
  CHECK(reg.find("procs") == nullptr);
  REQUIRE(reg.find("myprocs"));
  REQUIRE(reg.find("threads"));
  CHECK(reg.find("threads")->name == "My Threads");
  REQUIRE(reg.find("files"));
  CHECK(reg.find("files2")->name == "Files 2");
  CHECK(reg.stats().shadowed_files == 1);
  CHECK(reg.stats().overridden_views == 1);
  REQUIRE(reg.warnings().size() == 1);
  CHECK(reg.warnings()[0].find("duplicate view id") != std::string::npos);
  REQUIRE(reg.errors().size() == 1);
  CHECK(reg.errors()[0] == (builtin.path / "nope").string() + ": not a views directory (no such directory)");
}

TEST_CASE("registry: load_one finds what load finds for one id") {
  TempDir user("one_user"), builtin("one_builtin");
  builtin.write("v_procs.lua", simple_view("procs", "Processes"));
  builtin.write("v_threads.lua", simple_view("threads", "Threads"));
  builtin.write("v_files.lua", simple_view("files", "Files"));
  builtin.write("v_hidden.lua", "view_info = { id = 'hidden', name = 'Hidden', tags = {'nocsysdig'},\n"
                                "  columns = { { name = 'PID', field = 'proc.pid', is_key = true } } }\n");
  user.write("a_notes.lua", "-- see also the threads view\n" + simple_view("notes", "Notes"));
  user.write("v_procs.lua", simple_view("myprocs", "My Processes"));     // shadows the built-in file
  user.write("v_mythreads.lua", simple_view("threads", "My Threads"));  // same id: wins
  user.write("v_broken.lua", "view_info = {");                           // not about threads
  const std::vector<fs::path> dirs{user.path, builtin.path};
  ViewRegistry all = ViewRegistry::load(dirs);
  for (const char* id : {"threads", "files", "myprocs", "procs", "hidden", "nosuch", "notes"}) {
    CAPTURE(id);
    ViewRegistry one = ViewRegistry::load_one(dirs, id);
    const ViewInfo* want = all.find(id);
    if (!want) {
      CHECK(one.views().empty());
      continue;
    }
    REQUIRE(one.views().size() == 1);
    CHECK(one.views()[0].id == want->id);
    CHECK(one.views()[0].name == want->name);
    CHECK(one.views()[0].source_file == want->source_file);
    CHECK(one.errors().empty());  // the broken file does not name any of them
  }
  CHECK(ViewRegistry::load_one(dirs, "threads").views()[0].name == "My Threads");
  CHECK(ViewRegistry::load_one(dirs, "threads").stats().files == 2);  // a_notes.lua, v_mythreads.lua
}

TEST_CASE("search path order and the built-in directory") {
  TempDir root("path");
  fs::create_directories(root.path / "build");
  fs::create_directories(root.path / "views");
  fs::create_directories(root.path / "env1");
  fs::create_directories(root.path / "home" / ".config" / "trowel" / "views");
  CHECK(builtin_views_dir(root.path / "build") == (root.path / "views").lexically_normal());
  CHECK(builtin_views_dir(root.path / "nope").empty());

  SearchPathConfig cfg;
  cfg.exe_dir = root.path / "build";
  cfg.cli_dirs = {(root.path / "cli_missing").string()};
  cfg.env = (root.path / "env1").string() + "::" + (root.path / "env_missing").string();
  cfg.home = (root.path / "home").string();
  auto p = view_search_path(cfg);
  REQUIRE(p.size() == 4);
  CHECK(p[0] == root.path / "cli_missing");
  CHECK(p[1] == root.path / "env1");
  CHECK(p[2] == root.path / "home" / ".config" / "trowel" / "views");
  CHECK(p[3] == (root.path / "views").lexically_normal());
  cfg.home.clear();
  cfg.exe_dir.clear();
  CHECK(view_search_path(cfg).size() == 2);

  // Installed layout: <prefix>/bin/trowel and <prefix>/share/trowel/views.
  fs::create_directories(root.path / "bin");
  fs::create_directories(root.path / "share" / "trowel" / "views");
  CHECK(builtin_views_dir(root.path / "bin") == (root.path / "share" / "trowel" / "views").lexically_normal());
  CHECK_FALSE(current_executable_dir().empty());
}

// ---- csysdig 0.29.3's stock views -------------------------------------------

TEST_CASE("csysdig stock view files load without errors") {
  const fs::path dir = "/usr/share/sysdig/chisels";
  if (!fs::exists(dir / "v_procs.lua")) {
    MESSAGE("csysdig views not installed; skipped");
    return;
  }
  const std::map<std::string, ViewType> expected = {
      {"backlog", ViewType::Table}, {"connections", ViewType::Table}, {"containers", ViewType::Table},
      {"containers_errors", ViewType::Table}, {"directories", ViewType::Table},
      {"docker_events", ViewType::List}, {"errors", ViewType::Table}, {"file_opens", ViewType::List},
      {"files", ViewType::Table}, {"incoming_connections", ViewType::List}, {"io_by_type", ViewType::Table},
      {"kubernetes_controllers", ViewType::Table}, {"kubernetes_deployments", ViewType::Table},
      {"kubernetes_namespaces", ViewType::Table}, {"kubernetes_pods", ViewType::Table},
      {"kubernetes_replicasets", ViewType::Table}, {"kubernetes_services", ViewType::Table},
      {"marathon_apps", ViewType::Table}, {"marathon_groups", ViewType::Table},
      {"mesos_frameworks", ViewType::Table}, {"mesos_tasks", ViewType::Table},
      {"notifications", ViewType::List}, {"page_faults", ViewType::Table}, {"port_bindings", ViewType::List},
      {"procs", ViewType::Table}, {"procs_cpu", ViewType::Table}, {"procs_errors", ViewType::Table},
      {"procs_fd_usage", ViewType::Table}, {"slow_io", ViewType::Table}, {"spans_list", ViewType::Table},
      {"spans_summary", ViewType::Table}, {"spectro_all", ViewType::Spectrogram},
      {"spectro_file", ViewType::Spectrogram}, {"spectro_traces", ViewType::Spectrogram},
      {"sports", ViewType::Table}, {"spy_syslog", ViewType::List}, {"spy_users", ViewType::List},
      {"spy_users_wsysdig", ViewType::Table}, {"syscall_procs", ViewType::Table},
      {"syscalls", ViewType::Table}, {"threads", ViewType::Table}, {"traces_list", ViewType::Table},
      {"traces_summary", ViewType::Table}};
  REQUIRE(expected.size() == 43);

  LoadOptions with_json;
  with_json.include_nocsysdig = true;
  ViewRegistry all = ViewRegistry::load({dir}, with_json);
  std::string errs;
  for (const auto& e : all.errors()) errs += e + "\n";
  for (const auto& w : all.warnings()) errs += "warning: " + w + "\n";
  INFO(errs);
  CHECK(all.errors().empty());
  CHECK(all.warnings().empty());
  CHECK(all.views().size() == 43);
  CHECK(all.stats().chisels > 0);
  for (const auto& entry : expected) {
    const std::string id = entry.first;
    const ViewInfo* v = all.find(id);
    INFO(id);
    REQUIRE(v);
    CHECK(v->type == entry.second);
  }
  CHECK(all.find("cpus") == nullptr);  // v_cpus.lua uses view_infoz

  ViewRegistry reg = ViewRegistry::load({dir});
  CHECK(reg.errors().empty());
  REQUIRE(reg.views().size() == 39);
  for (const char* hidden : {"docker_events", "notifications", "port_bindings", "spy_users_wsysdig"})
    CHECK(reg.find(hidden) == nullptr);
  CHECK(std::is_sorted(reg.views().begin(), reg.views().end(),
                       [](const ViewInfo& a, const ViewInfo& b) { return a.name < b.name; }));
  REQUIRE(reg.root());
  CHECK(reg.root()->id == "procs");
  CHECK(reg.views_applying_to("").size() == 35);

  // procs after apply_tag("default"): VPID and CONTAINER gone.
  const ViewInfo* procs = reg.find("procs");
  std::vector<std::string> names;
  for (const auto& c : procs->columns) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"NA", "NA", "PID", "PPID", "CPU", "USER", "TH", "VIRT", "RES",
                                          "FILE", "NET", "Command"});
  CHECK(procs->key_index() == 0);
  CHECK(procs->groupby_key_index() == 1);
  CHECK(procs->columns[procs->sorting_index()].name == "CPU");
  CHECK(procs->actions.size() == 9);
  CHECK(procs->drilldown_target == "threads");
  // connections: one key per tag
  const ViewInfo* conns = reg.find("connections");
  CHECK(conns->columns[conns->key_index()].field == "fd.name");
  LoadOptions pc;
  pc.tag = "containers";
  ViewRegistry creg = ViewRegistry::load({dir}, pc);
  CHECK(creg.errors().empty());
  conns = creg.find("connections");
  CHECK(conns->columns[conns->key_index()].field == "fd.containername");
  // spans_summary: drill-down with depth, field kept with %depth
  const ViewInfo* spans = reg.find("spans_summary");
  CHECK(spans->drilldown_increase_depth);
  CHECK(spans->columns[spans->key_index()].field == "span.tag[%depth]");

  // A broken file among the good ones only skips itself.
  TempDir d("stock");
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind("v_", 0) == 0) fs::copy_file(e.path(), d.path / e.path().filename());
  d.write("v_zbroken.lua", "view_info = { id = 'zb', name = 'ZB', columns = { { name = 'X', field = 'x', is_key = 1 } } }");
  ViewRegistry mixed = ViewRegistry::load({d.path});
  CHECK(mixed.views().size() == 39);
  REQUIRE(mixed.errors().size() == 1);
  CHECK(mixed.errors()[0] == (d.path / "v_zbroken.lua").string() +
                                 ": view 'zb': column 1 'X': 'is_key' must be a boolean (got number)");
}

TEST_CASE("require: shared modules from the common folder next to the view file") {
  TempDir d("modules");
  fs::create_directories(d.path / "common");
  d.write("common/cols.lua",
          "local M = {}\n"
          "function M.pid() return { name = 'PID', field = 'proc.pid', colsize = 8 } end\n"
          "M.loads = (M.loads or 0) + 1\n"
          "return M\n");
  d.write("common/bad.lua", "return {\n");
  d.write("common/loop_a.lua", "return require('loop_b')\n");
  d.write("common/loop_b.lua", "return require('loop_a')\n");
  d.write("common/nothing.lua", "local x = 1\n");
  d.write("secret.lua", "return { leaked = true }\n");
  auto view_with = [](const std::string& pre, const std::string& cols) {
    return pre + "\nview_info = { id = 'foo', name = 'Foo', columns = { "
                 "{ name = 'NA', field = 'proc.pid', is_key = true }, " + cols + " } }\n";
  };

  d.write("v_ok.lua", view_with("local C = require('cols'); local C2 = require('cols')\n"
                                "assert(C == C2 and C.loads == 1)",
                                "C.pid()"));
  FileLoadResult r = load_view_file(d.path / "v_ok.lua");
  REQUIRE(r.kind == FileKind::View);
  REQUIRE(r.view.columns.size() == 2);
  CHECK(r.view.columns[1].name == "PID");

  // Unknown names and anything that is not a plain name get csysdig's stub
  // (so stock files' require calls still work); nothing outside common/ is read.
  d.write("v_stub.lua", view_with("local a = require('nosuch'); local b = require('../secret');"
                                  "local c = require('common/cols');"
                                  "assert(type(b.leaked) == 'function' and type(c.loads) == 'function' and a.anything)",
                                  "{ name = 'X', field = 'proc.name' }"));
  r = load_view_file(d.path / "v_stub.lua");
  CHECK(r.kind == FileKind::View);
  CHECK(r.errors.empty());

  // A module that returns nothing gives true.
  d.write("v_nothing.lua", view_with("assert(require('nothing') == true)", "{ name = 'X', field = 'proc.name' }"));
  CHECK(load_view_file(d.path / "v_nothing.lua").kind == FileKind::View);

  // Errors in a module name the module and its line; loops are errors.
  d.write("v_bad.lua", view_with("local B = require('bad')", "{ name = 'X', field = 'proc.name' }"));
  r = load_view_file(d.path / "v_bad.lua");
  REQUIRE(r.kind == FileKind::Error);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].find("common/bad.lua:2:") != std::string::npos);
  CHECK(r.errors[0].find((d.path / "v_bad.lua").string()) == 0);
  d.write("v_loop.lua", view_with("local L = require('loop_a')", "{ name = 'X', field = 'proc.name' }"));
  r = load_view_file(d.path / "v_loop.lua");
  REQUIRE(r.kind == FileKind::Error);
  CHECK(r.errors[0].find("require loop on module 'loop_a'") != std::string::npos);

  // load_view_source (no file) has no module folder: stubs only.
  r = load(view_with("local C = require('cols'); assert(C.pid ~= nil)", "{ name = 'X', field = 'proc.name' }"));
  CHECK(r.kind == FileKind::View);

  // The registry does not load common/ itself as views.
  ViewRegistry reg = ViewRegistry::load({d.path});
  CHECK(reg.find("foo") != nullptr);
  CHECK(reg.stats().files == 6);  // the v_*.lua above and secret.lua
}
