#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "lua/chisel.h"
#include "lua/chisel_search.h"
#include "lua/chisel_text.h"

using namespace trowel::lua;
namespace fs = std::filesystem;

namespace {

// Writes `src` as DIR/NAME.lua in a fresh temp directory.
fs::path write_chisel(const std::string& name, const std::string& src) {
  fs::path dir = fs::temp_directory_path() / ("trowel-chisel-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path p = dir / (name + ".lua");
  std::ofstream(p) << src;
  return p;
}

struct Loaded {
  ChiselHost host;
  StringOutput out;
  std::unique_ptr<Chisel> chisel;
  bool ok = false;
  explicit Loaded(const std::string& name, const std::string& src) {
    host.out = &out;
    fs::path p = write_chisel(name, src);
    chisel = std::make_unique<Chisel>(host, std::vector<fs::path>{p.parent_path()});
    ok = chisel->load(name, p);
  }
};

}  // namespace

TEST_CASE("chisel argument splitting and re-joining") {
  std::vector<std::string> v;
  CHECK(split_chisel_args("  a b  c ", v));
  CHECK(v == std::vector<std::string>{"a", "b", "c"});
  CHECK(split_chisel_args("'proc.name=curl and fd.type=ipv6'", v));
  CHECK(v == std::vector<std::string>{"proc.name=curl and fd.type=ipv6"});
  CHECK(split_chisel_args("`x y` z", v));
  CHECK(v == std::vector<std::string>{"x y", "z"});
  CHECK_FALSE(split_chisel_args("'unclosed", v));
  std::vector<std::string> args{"proc.name,proc.pid", "Process PID", "evt.count", "", "100"};
  std::string joined = join_chisel_args(args);
  CHECK(joined == "proc.name,proc.pid 'Process PID' evt.count '' 100");
  CHECK(split_chisel_args(joined, v));
  CHECK(v == args);
}

TEST_CASE("metadata and argument rules") {
  Loaded l("meta", R"(
description = "long text"
short_description = "short"
category = "Test"
args = { {name="a", description="first", argtype="string"},
         {name="b", description="second", argtype="int", optional=true} }
seen = {}
function on_set_arg(n, v) seen[#seen+1] = n .. "=" .. v return true end
)");
  REQUIRE(l.ok);
  CHECK(l.chisel->info().short_description == "short");
  CHECK(l.chisel->info().args.size() == 2);
  CHECK(l.chisel->info().args[1].optional);
  CHECK_FALSE(l.chisel->set_args({}));
  CHECK(l.chisel->error() == "missing arguments for chisel meta");
  CHECK_FALSE(l.chisel->set_args({"1", "2", "3"}));
  CHECK(l.chisel->error() == "too many parameters for chisel meta, 1 required, 1 optional, 3 given");
  CHECK(l.chisel->set_args({"x", "y"}));
  CHECK(l.chisel->init());
}

TEST_CASE("a chisel without args is refused; errors name the file and line") {
  Loaded none("noargs", "description = 'x'\n");
  CHECK_FALSE(none.ok);
  CHECK(none.chisel->error() == "Failed to load chisel noargs: args table missing");

  Loaded bad("bad", "description='x' short_description='y' args={}\nfunction on_init()\n  local t = nil\n  return t.x\nend\n");
  REQUIRE(bad.ok);
  CHECK_FALSE(bad.chisel->init());
  CHECK(bad.chisel->error().find("bad: error in init(): ") == 0);
  CHECK(bad.chisel->error().find("bad.lua:4: attempt to index a nil value") != std::string::npos);

  Loaded top("top", "description='x' short_description='y' args={}\nchisel.request_field('evt.num')\n");
  CHECK_FALSE(top.ok);
  CHECK(top.chisel->error().find("top.lua:2: chisel.request_field() cannot be called at the top level") !=
        std::string::npos);
}

TEST_CASE("return-value rules of the callbacks") {
  Loaded nil_init("nilinit", "description='x' short_description='y' args={}\nfunction on_init() end\n");
  REQUIRE(nil_init.ok);
  CHECK_FALSE(nil_init.chisel->init());
  CHECK(nil_init.chisel->error() == "nilinit chisel error: wrong init() return value.");
  Loaded false_arg("falsearg",
                   "description='x' short_description='y' args={{name='a',argtype='string'}}\n"
                   "function on_set_arg() return false end\n");
  REQUIRE(false_arg.ok);
  CHECK_FALSE(false_arg.chisel->set_args({"v"}));
  CHECK(false_arg.chisel->error() == "set_arg() for chisel falsearg failed.");
  Loaded no_set("noset", "description='x' short_description='y' args={{name='a',argtype='string'}}\n");
  REQUIRE(no_set.ok);
  CHECK_FALSE(no_set.chisel->set_args({"v"}));
  CHECK(no_set.chisel->error() == "chisel noset misses a set_arg() function.");
}

TEST_CASE("LuaJIT compatibility prelude") {
  Loaded l("compat", R"(
description='x' short_description='y' args={}
function on_init()
  print(5.0, 10/2, 17497.0, 1/3, 2^53)
  print(string.format("%d|%02u|%5.1f|%s|%x", 5.7, 23.45, 2.25, 3.0, 255.0))
  print(unpack({1, 2}), loadstring("return 7")(), table.getn({1, 2, 3}), math.pow(2, 10))
  print(bit.band(0xff, 0x0f), bit.bor(1, 2), bit.bxor(3, 1), bit.lshift(1, 4), bit.rshift(256, 4),
        bit.bnot(0), bit.tohex(255), bit.arshift(-16, 2))
  io.write("w", 1.0, " ", 2, "\n")
  io.stdout:write("s\n")
  print(tostring(0/0), tostring(1/0), tostring(-1/0))
  print(string.format("%.2f %.2f %.1f %.2f", 90.625, 7.125, 0.25, 1.005))
  return true
end
)");
  REQUIRE(l.ok);
  REQUIRE(l.chisel->init());
  CHECK(l.out.text() ==
        "5\t5\t17497\t0.33333333333333\t9.007199254741e+15\n"
        "5|23|  2.3|3|ff\n"
        "1\t7\t3\t1024\n"
        "15\t3\t2\t16\t16\t-1\t000000ff\t-4\n"
        "w1 2\n"
        "s\n"
        "nan\tinf\t-inf\n"
        "90.63 7.13 0.3 1.00\n");
}

TEST_CASE("chisel listing and info texts") {
  ChiselInfo a;
  a.name = "spy_file";
  a.category = "I/O";
  a.short_description = "Echo any read/write made by any process to all files. Optionally, you can provide the name of one file to only intercept reads/writes to that file.";
  ChiselInfo b;
  b.name = "topcontainers_error";
  b.category = "Errors";
  b.short_description = "Top containers by number of errors";
  std::string list = format_chisel_list({a, b});
  CHECK(list ==
        "\nCategory: Errors\n----------------\ntopcontainers_error\n                Top containers by number of errors\n"
        "\nCategory: I/O\n-------------\n"
        "spy_file        Echo any read/write made by any process to all files. Optionall\n"
        "                y, you can provide the name of one file to only intercept reads\n"
        "                /writes to that file.\n"
        "\nUse the -i flag to get detailed information about a specific chisel\n");
  ChiselInfo t;
  t.name = "topscalls";
  t.category = "Performance";
  t.short_description = "Top system calls by number of calls";
  t.description = "Show";
  CHECK(format_chisel_info(t) ==
        "\nCategory: Performance\n---------------------\ntopscalls       Top system calls by number of calls\n\nShow\nArgs:\n(None)\n");
}

#ifdef TROWEL_SOURCE_DIR
TEST_CASE("run_chisel_to_text: output captured, exec chain, errors") {
  std::string demo = std::string(TROWEL_SOURCE_DIR) + "/testdata/demo.scap";
  fs::path p = write_chisel("counter", R"(
description='x' short_description='y' category='t' args={{name='what', argtype='string'}}
local what
function on_set_arg(n, v) what = v return true end
function on_init() chisel.set_filter("evt.type=" .. what) return true end
function on_event() n = (n or 0) + 1 return false end
function on_capture_end() io.write("count ", n or 0, "\n") print(sysdig.is_tty(), sysdig.get_terminal_info().width) end
)");
  // A parent that execs a child without on_event (the reference keeps the
  // parent's on_event flag and fails; trowel does not).
  write_chisel("parent", R"(
description='x' short_description='y' category='t' args={}
function on_init() chisel.exec("counter", "close") end
function on_event() error("the parent's on_event must not run") end
)");
  ChiselTextRequest r;
  r.capture_path = demo;
  r.chisel_dirs = {p.parent_path().string()};
  r.chisel = "parent";
  r.is_tty = true;
  r.width = 120;
  ChiselTextResult res = run_chisel_to_text(r);
  CHECK(res.status == 0);
  CHECK(res.errors.empty());
  CHECK(res.text.rfind("count ", 0) == 0);
  CHECK(res.text.find("true\t120\n") != std::string::npos);

  r.chisel = "nosuch";
  res = run_chisel_to_text(r);
  CHECK(res.status == 1);
  REQUIRE(res.errors.size() == 1);
  CHECK(res.errors[0] == "chisel nosuch not found - use --list to list them.");

  r.chisel = "counter";
  r.args = "open";
  r.capture_path = "/nonexistent.scap";
  res = run_chisel_to_text(r);
  CHECK(res.status == 1);
  CHECK(!res.errors.empty());
}
#endif
