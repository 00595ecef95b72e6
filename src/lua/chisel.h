// Chisel: one sysdig chisel (a Lua 5.4 script) loaded and driven through its
// life cycle (../shared/docs/chisel-api.md §1):
//
//   load()            run the file's top level; read description,
//                     short_description, category, args, hidden
//   set_arg()         on_set_arg(name, value), boolean return required
//   init()            on_init(), then any chisel.exec() chain
//   capture_start()   on_capture_start()
//   event()           on_event() for an event that passed the filters;
//                     prints the event formatter's line on a true return
//   interval_tick()   on_interval() as event time crosses interval edges
//   capture_end()     on_capture_end(last_s, last_ns, last - first)
//
// Every step returns false on failure with error() holding one line that
// names the chisel and, for Lua errors, the file and line. A chisel never
// throws through Lua frames and never crashes trowel.
//
// Invariants: the Lua state owns a pointer to this object in its registry;
// fields requested by the script are bound once (request_field) and owned
// here, in `fields_`, for the life of the state; the chisel filter and
// formatter are compiled once when set.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/format/event_formatter.h"
#include "lua/chisel_host.h"

struct lua_State;

namespace trowel::lua {

struct ChiselArgInfo {
  std::string name, description, argtype;
  bool optional = false;
};

// What a chisel file declares at top level.
struct ChiselInfo {
  std::string name;   // file name without .lua
  std::string path;
  std::string description, short_description, category;
  std::vector<ChiselArgInfo> args;
  bool hidden = false;
  bool is_view = false;  // description not a string: a csysdig view (or a module)
};

// The life-cycle phase, for the API's "not from here" checks.
enum class Phase : uint8_t { TopLevel, SetArg, Init, CaptureStart, Events, CaptureEnd, Done };

// How a chisel's callbacks asked to be timed.
struct IntervalSpec {
  uint64_t aligned_ns = 0;  // set_interval_s / set_interval_ns
  uint64_t precise_ns = 0;  // set_precise_interval_ns (only if no aligned one)
};

class Chisel {
 public:
  // `dirs` is the chisel search path (for require and chisel.exec).
  Chisel(ChiselHost& host, std::vector<std::filesystem::path> dirs);
  ~Chisel();
  Chisel(const Chisel&) = delete;
  Chisel& operator=(const Chisel&) = delete;

  // Loads the file at `path` as chisel `name`. With `listing`, only the
  // metadata is read (API calls at top level still raise).
  bool load(const std::string& name, const std::filesystem::path& path);

  const ChiselInfo& info() const { return info_; }
  const std::string& error() const { return error_; }
  const std::string& name() const { return info_.name; }

  // The reference's argument binding: values bound to args[i].name by
  // position (one on_set_arg call per value).
  bool set_args(const std::vector<std::string>& values);
  // Binds one value by argument name (trowel's --NAME VALUE form).
  bool set_arg(const std::string& name, const std::string& value);

  bool init();
  bool capture_start();
  // Runs the interval callbacks due at event time `ts` (any event, before
  // filtering). False on error or when on_interval returned false.
  bool interval_tick(uint64_t ts);
  // Runs the chisel filter and on_event for the current event of the host.
  bool event();
  // Always runs on_capture_end if defined; false if it raised.
  bool capture_end();

  bool has_on_event() const { return has_on_event_; }
  // True when on_interval returned false (the run stops, exit 1).
  bool terminated() const { return terminated_; }

  // --- used by the API functions (chisel_api.cpp) ----------------------------
  ChiselHost& host() { return host_; }
  Phase phase() const { return phase_; }
  engine::fields::Field* request_field(const std::string& token, std::string& error);
  bool set_filter(const std::string& text, std::string& error);
  bool set_formatter(const std::string& format, std::string& error);
  IntervalSpec& intervals() { return intervals_; }
  void request_exec(std::string name, std::vector<std::string> args) {
    exec_name_ = std::move(name);
    exec_args_ = std::move(args);
    exec_requested_ = true;
  }
  const std::vector<std::filesystem::path>& dirs() const { return dirs_; }

 private:
  bool open_state();
  bool read_info();
  // Calls global function `fn` with nargs already pushed; nresults kept.
  // On a Lua error sets error_ ("NAME chisel error: file:line: msg").
  bool call(const char* fn, int nargs, int nresults, const char* what);
  bool has_function(const char* fn);
  bool run_exec_chain();
  // Calls `fn` (its `nargs` arguments pushed) and checks its one result as
  // sysdig does: not a boolean -> `wrong`, false -> `failed`. A chisel.exec()
  // from on_init replaces the chisel, so its result is not checked then.
  bool call_expecting_true(const char* fn, int nargs, const char* what, const std::string& wrong,
                           const std::string& failed);
  bool call_init();  // on_init, when the chisel has one
  void fail(std::string msg) { error_ = std::move(msg); }

  ChiselHost& host_;
  std::vector<std::filesystem::path> dirs_;
  lua_State* L_ = nullptr;
  ChiselInfo info_;
  std::string error_;
  Phase phase_ = Phase::TopLevel;

  std::vector<std::unique_ptr<engine::fields::Field>> fields_;
  std::unique_ptr<engine::filter::Filter> filter_;
  std::unique_ptr<engine::format::EventFormatter> formatter_;
  std::string line_;  // formatter output, reused

  IntervalSpec intervals_;
  bool interval_started_ = false;
  uint64_t bucket_ = 0;         // aligned: current bucket start
  uint64_t last_call_ts_ = 0;   // aligned: ts passed to the previous call
  bool called_before_ = false;  // aligned: a call happened already
  uint64_t slot_start_ = 0;     // precise: start of the current slot

  bool has_on_event_ = false;
  bool has_on_interval_ = false;
  bool terminated_ = false;

  bool exec_requested_ = false;
  std::string exec_name_;
  std::vector<std::string> exec_args_;
};

// Splits a chisel argument token as the reference does: trimmed, split on
// spaces, '...' or `...` group words. False on an unclosed quote.
bool split_chisel_args(const std::string& token, std::vector<std::string>& out);

// Re-joins exec arguments into one token: arguments containing a space are
// quoted with '.
std::string join_chisel_args(const std::vector<std::string>& args);

}  // namespace trowel::lua
