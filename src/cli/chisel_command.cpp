// `trowel chisel NAME [ARGS] -r FILE [FILTER...]`, `trowel chisel --list`,
// `trowel chisel --info NAME`.
//
// Arguments follow sysdig's -c rule (chisel-api.md §1.3): one word after
// NAME holds the chisel's arguments (split on spaces, '...' groups) when the
// chisel has a required argument, or takes a single filter argument, or
// when the words do not compile as a filter; every other word is the
// filter. trowel also accepts `--ARGNAME VALUE` for any declared argument.
#include "cli/chisel_command.h"

#include <unistd.h>
#include <sys/ioctl.h>

#include <csignal>
#include <cstdio>
#include <memory>

#include "capture/capture_error.h"
#include "cli/commands.h"
#include "cli/read_status.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "lua/chisel_search.h"
#include "lua/chisel_session.h"

namespace trowel::cli {

namespace {

volatile int g_interrupted = 0;
extern "C" void on_sigint(int) { g_interrupted = 1; }

bool compiles_as_filter(const std::string& text) {
  if (text.empty()) return false;
  try {
    engine::fields::EngineFieldResolver resolver;
    engine::filter::compile_filter(text, resolver);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

std::string join(const std::vector<std::string>& w, size_t from) {
  std::string s;
  for (size_t i = from; i < w.size(); ++i) {
    if (!s.empty()) s += ' ';
    s += w[i];
  }
  return s;
}

// Binds the chisel's arguments from the words after NAME; the words left
// over are the filter. False (with the message printed) on an error.
bool bind_arguments(lua::Chisel& c, const std::vector<std::string>& words, std::string& filter) {
  const auto& args = c.info().args;
  std::vector<std::pair<std::string, std::string>> named;
  std::vector<std::string> rest;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    bool is_named = false;
    if (w.size() > 2 && w[0] == '-' && w[1] == '-' && i + 1 < words.size()) {
      std::string n = w.substr(2);
      for (const auto& a : args)
        if (a.name == n) is_named = true;
      if (is_named) {
        named.emplace_back(n, words[i + 1]);
        ++i;
      }
    }
    if (!is_named) rest.push_back(w);
  }
  // The arguments not given by name take the positional word.
  std::vector<const lua::ChiselArgInfo*> open;
  for (const auto& a : args) {
    bool given = false;
    for (const auto& [n, v] : named)
      if (n == a.name) given = true;
    if (!given) open.push_back(&a);
  }
  size_t required = 0;
  for (const auto* a : open)
    if (!a->optional) ++required;
  bool take = false;
  if (!rest.empty() && !open.empty()) {
    if (required > 0) take = true;
    else if (open.size() == 1 && open[0]->argtype == "filter") take = true;
    else take = rest[0][0] != '-' && !compiles_as_filter(join(rest, 0));
  }
  std::vector<std::string> values;
  if (take) {
    if (!lua::split_chisel_args(rest[0], values)) {
      std::fprintf(stderr, "corrupted parameters for chisel %s\n", c.name().c_str());
      return false;
    }
    rest.erase(rest.begin());
  }
  filter = join(rest, 0);

  if (named.empty()) {
    if (!c.set_args(values)) {
      std::fprintf(stderr, "%s\n", c.error().c_str());
      return false;
    }
    return true;
  }
  if (values.size() < required) {
    std::fprintf(stderr, "missing arguments for chisel %s\n", c.name().c_str());
    return false;
  }
  if (values.size() > open.size()) {
    std::fprintf(stderr, "too many parameters for chisel %s\n", c.name().c_str());
    return false;
  }
  // Declaration order: named ones and positional ones interleaved.
  size_t next = 0;
  for (const auto& a : args) {
    const std::string* value = nullptr;
    for (const auto& [n, v] : named)
      if (n == a.name) value = &v;
    if (!value && next < values.size()) value = &values[next++];
    if (value && !c.set_arg(a.name, *value)) {
      std::fprintf(stderr, "%s\n", c.error().c_str());
      return false;
    }
  }
  return true;
}

// The sysdig command line of sysdig.run_app() as a chisel run: -r FILE,
// -c NAME, the word after it, the rest the filter. False for anything else
// (-w, -F, ...).
bool parse_run_app(const std::vector<std::string>& w, const ChiselCliOptions& o, ChiselCliOptions& out) {
  out = ChiselCliOptions{};
  out.dirs = o.dirs;
  out.json = o.json;
  out.print_container = o.print_container;
  out.rerun = true;
  std::vector<std::string> rest;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == "-r" && i + 1 < w.size()) {
      out.file = w[++i];
    } else if (w[i].rfind("-r", 0) == 0 && w[i].size() > 2) {
      out.file = w[i].substr(2);
    } else if (w[i] == "-c" && i + 1 < w.size()) {
      if (!out.words.empty()) return false;
      out.words.push_back(w[++i]);
    } else if (!w[i].empty() && w[i][0] == '-') {
      return false;
    } else {
      rest.push_back(w[i]);
    }
  }
  if (out.file.empty() || out.words.empty()) return false;
  out.words.insert(out.words.end(), rest.begin(), rest.end());
  return true;
}

}  // namespace

int run_chisel_cli(const ChiselCliOptions& o) {
  auto dirs = lua::chisel_search_path(lua::default_search_config(o.dirs));
  for (const auto& d : o.dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(d, ec)) {
      std::fprintf(stderr, "trowel: --chisels-dir %s: not a directory\n", d.c_str());
      return 2;
    }
  }
  if (o.list) {
    std::vector<std::string> errors;
    auto infos = lua::load_chisel_infos(dirs, errors);
    std::fputs(lua::format_chisel_list(infos).c_str(), stdout);
    for (const auto& e : errors) std::fprintf(stderr, "trowel: %s\n", e.c_str());
    return 0;
  }
  if (!o.info.empty()) {
    std::filesystem::path p = lua::find_chisel(dirs, o.info);
    lua::ChiselHost host;
    lua::Chisel c(host, dirs);
    if (p.empty() || !c.load(o.info, p) || c.info().is_view || c.info().hidden) {
      if (!p.empty() && !c.error().empty() && c.error().find("args table missing") == std::string::npos) {
        std::fprintf(stderr, "%s\n", c.error().c_str());
        return 1;
      }
      std::fprintf(stderr, "chisel %s not found - use --list to list them.\n", o.info.c_str());
      return 1;
    }
    std::fputs(lua::format_chisel_info(c.info()).c_str(), stdout);
    return 0;
  }
  if (o.words.empty()) {
    std::fprintf(stderr, "trowel chisel: a chisel name is required (trowel chisel --list lists them)\n");
    return 2;
  }
  if (o.file.empty()) {
    std::fprintf(stderr, "trowel chisel: -r FILE is required\n");
    return 2;
  }

  lua::SessionOptions so;
  so.capture_path = o.file;
  so.dirs = dirs;
  so.limit = o.limit;
  so.json = o.json;
  so.print_container = o.print_container;
  so.buffer_mode_forced = o.ascii || o.hex || o.hexascii || o.base64;
  if (o.base64) so.buffer_mode = lua::BufferMode::Base64;
  else if (o.hexascii) so.buffer_mode = lua::BufferMode::HexAscii;
  else if (o.hex) so.buffer_mode = lua::BufferMode::Hex;
  else if (o.ascii) so.buffer_mode = lua::BufferMode::Ascii;
  so.is_tty = isatty(1);
  if (so.is_tty) {
    winsize ws{};
    if (ioctl(1, TIOCGWINSZ, &ws) == 0) {
      so.term_width = ws.ws_col;
      so.term_height = ws.ws_row;
    }
  }

  so.interrupted = &g_interrupted;
  std::signal(SIGINT, on_sigint);
  std::signal(SIGTERM, on_sigint);

  static char outbuf[1 << 16];
  std::setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  lua::StdoutOutput out;
  lua::ChiselSession session(so, out);
  lua::Chisel* c = session.load(o.words[0]);
  if (!c) {
    for (const auto& e : session.errors()) std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  std::string filter;
  if (!bind_arguments(*c, o.words, filter)) return 1;
  session.set_filter(filter);
  int rc = 0;
  try {
    rc = session.run();
  } catch (const capture::CaptureError& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "trowel: %s\n", e.what());
    return 1;
  }
  std::fflush(stdout);
  for (const auto& e : session.errors()) std::fprintf(stderr, "%s\n", e.c_str());
  int read_rc = session.reader() ? finish_reading(*session.reader()) : 0;
  if (rc == 0 && !session.run_app().empty()) {
    // sysdig.run_app(): sysdig re-runs itself once with these arguments.
    // trowel re-runs the chisel form (-r FILE -c NAME [ARGS] [FILTER]).
    ChiselCliOptions again;
    if (o.rerun || !parse_run_app(session.run_app(), o, again)) {
      std::fprintf(stderr, "trowel: chisel %s asks to re-run sysdig with: %s (not run: only -r FILE -c NAME [ARGS] [FILTER] can be)\n",
                   o.words[0].c_str(), join(session.run_app(), 0).c_str());
      return 1;
    }
    return run_chisel_cli(again);
  }
  return rc ? rc : read_rc;
}

void register_chisel_command(CLI::App& app, CommandRunner& run) {
  auto* cmd = app.add_subcommand("chisel", "Run a sysdig chisel (Lua script) over a capture");
  auto o = std::make_shared<ChiselCliOptions>();
  cmd->add_option("-r,--read", o->file, "capture file");
  cmd->add_option("--chisels-dir", o->dirs, "search this directory for chisels first (repeatable)")
      ->allow_extra_args(false);
  cmd->add_flag("-l,--list", o->list, "list the chisels (like sysdig -cl)");
  cmd->add_option("-i,--info", o->info, "describe a chisel (like sysdig -i)");
  cmd->add_option("-n,--numevents", o->limit, "stop after N events");
  cmd->add_flag("-j,--json", o->json, "JSON output where the chisel supports it");
  cmd->add_flag("--pc", o->print_container, "container-aware output (sysdig -pc)");
  cmd->add_flag("-A,--print-ascii", o->ascii, "buffers: printable ASCII only");
  cmd->add_flag("-x,--print-hex", o->hex, "buffers: hex");
  cmd->add_flag("-X,--print-hex-ascii", o->hexascii, "buffers: hex and ASCII");
  cmd->add_flag("-b,--print-base64", o->base64, "buffers: base64");
  cmd->footer(
      "\nUsage: trowel chisel NAME [ARGS] [--ARGNAME VALUE]... -r FILE [FILTER...]\n"
      "ARGS is one word holding the chisel's arguments (split on spaces, '...' groups);\n"
      "the other words are the filter of the events the chisel sees (sysdig's -c rule).\n"
      "Chisels: --chisels-dir, trowel's own, $SYSDIG_CHISEL_DIR, ./chisels, ~/.chisels,\n"
      "/usr/share/sysdig/chisels. Example: trowel chisel lsof -r f.scap proc.name=python3");
  cmd->allow_extras();
  cmd->callback([o, cmd, &run] {
    o->words = cmd->remaining();
    run = [o] { return run_chisel_cli(*o); };
  });
}

}  // namespace trowel::cli
