#include "views/lua_sandbox.h"

#include <lua.hpp>
#include <sys/stat.h>

#include <cstdio>

#include <chrono>
#include <cstdlib>
#include <cstring>

namespace trowel::views {
namespace {

using Budget = LuaSandbox::Budget;

constexpr int kHookEvery = 1000;           // instructions between hook calls
constexpr size_t kReadSlack = size_t{4} << 20;  // extra memory once frozen

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

Budget* budget_of(lua_State* L) { return *static_cast<Budget**>(lua_getextraspace(L)); }

// The allocator: realloc/free with a byte count and a cap.
void* sandbox_alloc(void* ud, void* ptr, size_t osize, size_t nsize) {
  auto* b = static_cast<Budget*>(ud);
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    std::free(ptr);
    b->used -= old;
    return nullptr;
  }
  if (nsize > old) {
    size_t base = b->used - old;
    if (nsize > b->limit || base > b->limit - nsize) {
      b->memory_hit = true;
      return nullptr;
    }
  }
  void* p = std::realloc(ptr, nsize);
  if (!p) return nullptr;
  b->used = b->used - old + nsize;
  return p;
}

void count_hook(lua_State* L, lua_Debug*) {
  Budget* b = budget_of(L);
  if (b->exceeded == 0) {
    b->instructions += kHookEvery;
    if (b->instructions > b->instruction_limit)
      b->exceeded = 1;
    else if (now_ns() > b->deadline_ns)
      b->exceeded = 2;
    if (b->exceeded == 0) return;
    // From now on every instruction raises, so pcall cannot absorb it.
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
  }
  // Position of the running Lua function (level 0 inside a hook).
  lua_Debug ar;
  if (lua_getstack(L, 0, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
    lua_pushfstring(L, "%s:%d: ", ar.short_src, ar.currentline);
  else
    lua_pushliteral(L, "");
  if (b->exceeded == 1)
    lua_pushfstring(L, "view file exceeded the instruction limit (%I instructions)",
                    static_cast<lua_Integer>(b->instruction_limit));
  else
    lua_pushfstring(L, "view file ran longer than the time limit (%d ms)", static_cast<int>(b->time_ms));
  lua_concat(L, 2);
  lua_error(L);
}

int noop(lua_State*) { return 0; }

// string.rep without the empty-result loop (rep("", 1e18) spins in C).
int safe_rep(lua_State* L) {
  size_t len = 0, sep_len = 0;
  luaL_checklstring(L, 1, &len);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &sep_len);
  if (n <= 0 || len + sep_len == 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  int nargs = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, nargs, 1);
  return 1;
}

// setmetatable refusing metatables with __gc: finalizers run with hooks
// disabled, so the instruction limit could not stop one.
int safe_setmetatable(lua_State* L) {
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "__gc metamethods are not allowed in view files");
    lua_pop(L, 1);
  }
  int nargs = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, nargs, LUA_MULTRET);
  return lua_gettop(L);
}

void remove_field(lua_State* L, int table, const char* name) {
  lua_pushnil(L);
  lua_setfield(L, table, name);
}

template <size_t N>
void remove_fields(lua_State* L, int table, const char* const (&names)[N]) {
  for (const char* name : names) remove_field(L, table, name);
}

// What the sandbox takes out of the base and string libraries (see
// lua_sandbox.h): code loading, the collector, warnings; bytecode dumps, the
// pattern functions and the binary packers.
constexpr const char* kRemovedBase[] = {"dofile", "loadfile", "load", "collectgarbage", "warn"};
constexpr const char* kRemovedString[] = {"dump", "find", "match", "gmatch", "gsub", "pack", "packsize", "unpack"};

const char kStubs[] =
    "local setmetatable = setmetatable\n"
    "local function stub()\n"
    "  return setmetatable({}, { __index = function() return function() end end })\n"
    "end\n"
    "sysdig = stub()\n"
    "chisel = stub()\n"
    "evt = stub()\n"
    "require = function() return stub() end\n";

// Runs in protected mode: opens the allowed libraries and installs stubs.
// No C++ objects with destructors live in this frame (Lua errors longjmp).
int setup_state(lua_State* L) {
  luaL_requiref(L, "_G", luaopen_base, 1);
  int g = lua_gettop(L);
  remove_fields(L, g, kRemovedBase);
  lua_pushcfunction(L, noop);
  lua_setfield(L, g, "print");
  lua_getfield(L, g, "setmetatable");
  lua_pushcclosure(L, safe_setmetatable, 1);
  lua_setfield(L, g, "setmetatable");

  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  remove_field(L, lua_gettop(L), "move");
  lua_pop(L, 1);

  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  int s = lua_gettop(L);
  remove_fields(L, s, kRemovedString);
  lua_getfield(L, s, "rep");
  lua_pushcclosure(L, safe_rep, 1);
  lua_setfield(L, s, "rep");
  lua_pop(L, 1);

  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  lua_pop(L, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_pop(L, 1);

  // os: time and clock only.
  luaL_requiref(L, LUA_OSLIBNAME, luaopen_os, 0);
  int os_full = lua_gettop(L);
  lua_createtable(L, 0, 2);
  lua_getfield(L, os_full, "time");
  lua_setfield(L, -2, "time");
  lua_getfield(L, os_full, "clock");
  lua_setfield(L, -2, "clock");
  lua_setfield(L, g, "os");
  lua_pop(L, 1);

  if (luaL_loadbufferx(L, kStubs, sizeof kStubs - 1, "=stubs", "t") != LUA_OK) lua_error(L);
  lua_call(L, 0, 0);
  lua_pop(L, 1);  // _G
  return 0;
}

constexpr size_t kMaxModuleBytes = 256 * 1024;
const char kModulesKey[] = "trowel.view_modules";

// require(NAME) with upvalues (1) the LuaSandbox, (2) the stub require.
// Runs inside the view chunk's pcall; no C++ object with a destructor is
// alive when a Lua error can be raised (errors longjmp).
int module_require(lua_State* L) {
  size_t n = 0;
  const char* name = luaL_checklstring(L, 1, &n);
  bool plain = n > 0 && n <= 64;
  for (size_t i = 0; plain && i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  auto* box = static_cast<LuaSandbox*>(lua_touserdata(L, lua_upvalueindex(1)));
  char path[4096];
  struct stat st;
  bool found = plain && box && !box->module_dir().empty() &&
               std::snprintf(path, sizeof path, "%s/%s.lua", box->module_dir().c_str(), name) < int(sizeof path) &&
               ::stat(path, &st) == 0 && S_ISREG(st.st_mode);
  if (!found) {  // not one of ours: the csysdig stub
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    return 1;
  }
  // The cache: registry[kModulesKey][name] = value, or false while loading.
  if (lua_getfield(L, LUA_REGISTRYINDEX, kModulesKey) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, kModulesKey);
  }
  int cache = lua_gettop(L);
  int t = lua_getfield(L, cache, name);
  if (t == LUA_TBOOLEAN && !lua_toboolean(L, -1)) return luaL_error(L, "require loop on module '%s'", name);
  if (t != LUA_TNIL) return 1;
  lua_pop(L, 1);
  if (static_cast<uintmax_t>(st.st_size) > kMaxModuleBytes)
    return luaL_error(L, "module '%s' is too large (%d bytes)", name, static_cast<int>(st.st_size));
  size_t size = static_cast<size_t>(st.st_size);
  char* buf = static_cast<char*>(lua_newuserdatauv(L, size ? size : 1, 0));
  FILE* f = std::fopen(path, "rb");
  size_t got = f ? std::fread(buf, 1, size, f) : 0;
  if (f) std::fclose(f);
  if (!f || got != size) return luaL_error(L, "cannot read module '%s'", name);
  char chunk[96];
  std::snprintf(chunk, sizeof chunk, "=common/%s.lua", name);
  if (luaL_loadbufferx(L, buf, size, chunk, "t") != LUA_OK) return lua_error(L);
  lua_pushboolean(L, 0);
  lua_setfield(L, cache, name);  // loading
  lua_call(L, 0, 1);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, cache, name);
  return 1;
}

// Replaces the global require by module_require (arg 1: the LuaSandbox).
int install_module_require(lua_State* L) {
  lua_pushvalue(L, 1);
  lua_getglobal(L, "require");
  lua_pushcclosure(L, module_require, 2);
  lua_setglobal(L, "require");
  return 0;
}

std::string error_text(lua_State* L) {
  size_t n = 0;
  const char* s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &n) : nullptr;
  std::string out = s ? std::string(s, n) : std::string("(error object is a ") + luaL_typename(L, -1) + " value)";
  lua_pop(L, 1);
  return out;
}

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string one_line(std::string_view s, size_t max) {
  std::string out;
  out.reserve(s.size() < max ? s.size() : max);
  for (unsigned char c : s) {
    if (out.size() >= max) {
      out += "...";
      break;
    }
    if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else if (c < 0x20 || c == 0x7f)
      out += '?';
    else
      out += static_cast<char>(c);
  }
  return out;
}

LuaSandbox::LuaSandbox(const SandboxLimits& limits) {
  budget_.limit = limits.memory_bytes;
  budget_.instruction_limit = limits.instructions;
  budget_.time_ms = limits.time_ms;
  L_ = lua_newstate(sandbox_alloc, &budget_);
  if (!L_) {
    setup_error_ = "cannot create a Lua state (memory limit too small?)";
    return;
  }
  *static_cast<Budget**>(lua_getextraspace(L_)) = &budget_;
  lua_pushcfunction(L_, setup_state);
  if (lua_pcall(L_, 0, 0, 0) != LUA_OK) setup_error_ = "sandbox setup failed: " + error_text(L_);
}

LuaSandbox::~LuaSandbox() {
  if (!L_) return;
  // Finalizers run in lua_close: keep them under the hook and a memory cap.
  if (budget_.exceeded == 0) {
    budget_.deadline_ns = now_ns() + int64_t{100} * 1000000;
    if (budget_.instructions + 1000000 < budget_.instruction_limit)
      budget_.instruction_limit = budget_.instructions + 1000000;
    lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookEvery);
  }
  lua_close(L_);
}

bool LuaSandbox::run(std::string_view source, const std::string& display_name, std::string& error) {
  if (!setup_error_.empty()) {
    error = display_name + ": " + setup_error_;
    return false;
  }
  // Chunk name: the base name (Lua shortens long chunk names); the prefix is
  // replaced by the full display name below.
  std::string chunk = base_name(display_name);
  if (chunk.size() > 50) chunk.resize(50);
  std::string chunk_arg = "=" + chunk;

  budget_.deadline_ns = now_ns() + int64_t{budget_.time_ms} * 1000000;
  budget_.instructions = 0;
  budget_.exceeded = 0;
  lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookEvery);

  if (!module_dir_.empty()) {
    lua_pushcfunction(L_, install_module_require);
    lua_pushlightuserdata(L_, this);
    if (lua_pcall(L_, 1, 0, 0) != LUA_OK) {
      error = display_name + ": sandbox setup failed: " + error_text(L_);
      return false;
    }
  }
  int status = luaL_loadbufferx(L_, source.data(), source.size(), chunk_arg.c_str(), "t");
  if (status == LUA_OK) status = lua_pcall(L_, 0, 0, 0);

  // Freeze for reading: no GC steps (so no finalizers), a little headroom.
  lua_gc(L_, LUA_GCSTOP);
  size_t limit = budget_.limit;
  budget_.limit = limit > SIZE_MAX - kReadSlack ? SIZE_MAX : limit + kReadSlack;

  if (status == LUA_OK) return true;
  if (status == LUA_ERRMEM || (budget_.memory_hit && lua_type(L_, -1) == LUA_TSTRING &&
                               std::strcmp(lua_tostring(L_, -1), "not enough memory") == 0)) {
    lua_pop(L_, 1);
    error = display_name + ": view file exceeded the memory limit (" +
            std::to_string(limit >> 10) + " KiB)";
    return false;
  }
  std::string msg = error_text(L_);
  if (msg.compare(0, chunk.size() + 1, chunk + ":") == 0)
    msg = display_name + msg.substr(chunk.size());
  else
    msg = display_name + ": " + msg;
  error = one_line(msg, 600);
  return false;
}

}  // namespace trowel::views
