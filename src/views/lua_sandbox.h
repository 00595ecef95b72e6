// LuaSandbox: one fresh Lua 5.4 state in which a single view file runs.
//
// What the sandbox allows: the base library without dofile/loadfile/load/
// collectgarbage/warn (print is a no-op), table (without move), string
// (without dump and the pattern functions find/match/gmatch/gsub, whose C
// loops the instruction hook cannot interrupt; rep refuses to loop over an
// empty result), math, utf8, os.time and os.clock. No io, os.execute,
// package/loadlib, debug or coroutine. Chunks are loaded as text only.
// `sysdig`, `chisel` and `evt` are stub tables whose every member is a no-op
// function, and `require` returns such a stub, so stock csysdig files that
// touch them at top level still run.
//
// Shared view modules: with set_module_dir(DIR), `require("NAME")` (NAME of
// letters, digits and '_') runs DIR/NAME.lua, if that file exists, as a text
// chunk in the same state and under the same limits, and returns its value
// (once per NAME and state; a require loop is an error). Any other name, or
// a missing file, still gets the stub. Nothing else is read: the loader sets
// DIR to the `common` folder next to the view file.
//
// Limits: a memory cap enforced by the allocator, and an instruction budget
// plus a wall-clock deadline checked by a count hook. Once a limit is hit the
// hook fires on every instruction, so a script cannot swallow the error with
// pcall and keep going.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

struct lua_State;

namespace trowel::views {

struct SandboxLimits {
  size_t memory_bytes = size_t{32} << 20;
  uint64_t instructions = 20'000'000;
  uint32_t time_ms = 2000;
};

class LuaSandbox {
 public:
  explicit LuaSandbox(const SandboxLimits& limits);
  ~LuaSandbox();
  LuaSandbox(const LuaSandbox&) = delete;
  LuaSandbox& operator=(const LuaSandbox&) = delete;

  // Runs `source` as a text chunk. Returns true on success; otherwise
  // `error` is one line: "<display_name>:<line>: message" for Lua errors,
  // "<display_name>: message" for a limit or setup failure.
  bool run(std::string_view source, const std::string& display_name, std::string& error);

  // Where require() finds shared modules (see above); "" (default): none.
  // Call before run().
  void set_module_dir(std::string dir) { module_dir_ = std::move(dir); }
  const std::string& module_dir() const { return module_dir_; }

  // After run(): the state, frozen for reading (GC stopped, memory cap raised
  // by a small slack). Read it with raw accesses only (no metamethods).
  lua_State* state() { return L_; }

  struct Budget {
    size_t used = 0;
    size_t limit = 0;
    bool memory_hit = false;
    uint64_t instructions = 0;
    uint64_t instruction_limit = 0;
    int64_t deadline_ns = 0;  // steady clock
    uint32_t time_ms = 0;
    int exceeded = 0;         // 0, 1 = instructions, 2 = time
  };

 private:
  lua_State* L_ = nullptr;
  Budget budget_;
  std::string setup_error_;
  std::string module_dir_;
};

// `s` made printable on one line and cut to `max` bytes ("..." appended).
std::string one_line(std::string_view s, size_t max = 400);

}  // namespace trowel::views
