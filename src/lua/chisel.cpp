#include "lua/chisel.h"

#include <lua.hpp>

#include <fstream>
#include <sstream>

#include "lua/chisel_api.h"
#include "lua/chisel_search.h"
#include "lua/rawarg_field.h"

namespace trowel::lua {

namespace fs = std::filesystem;

namespace {

// sysdig's DEFAULT_OUTPUT_STR (libsinsp), used by set_event_formatter("").
constexpr const char* kChiselDefaultFormat =
    "*%evt.num %evt.time %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.args";

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

// The error object on top of the stack as one line.
std::string pop_error(lua_State* L) {
  std::string msg;
  if (const char* s = lua_tostring(L, -1)) msg = s;
  else msg = std::string("(error object is a ") + luaL_typename(L, -1) + " value)";
  lua_pop(L, 1);
  return one_line(std::move(msg));
}

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// A global string, or "" (numbers converted). Raw access: no metamethods.
std::string global_string(lua_State* L, const char* name, bool* is_string = nullptr) {
  lua_getglobal(L, name);
  std::string s;
  bool str = lua_type(L, -1) == LUA_TSTRING;
  if (str || lua_type(L, -1) == LUA_TNUMBER) s = lua_tostring(L, -1);
  if (is_string) *is_string = str;
  lua_pop(L, 1);
  return s;
}

std::string field_string(lua_State* L, int table, const char* key) {
  lua_getfield(L, table, key);
  std::string s;
  if (lua_type(L, -1) == LUA_TSTRING || lua_type(L, -1) == LUA_TNUMBER) s = lua_tostring(L, -1);
  lua_pop(L, 1);
  return s;
}

}  // namespace

Chisel::Chisel(ChiselHost& host, std::vector<fs::path> dirs) : host_(host), dirs_(std::move(dirs)) {}

Chisel::~Chisel() {
  if (L_) lua_close(L_);
}

bool Chisel::open_state() {
  if (L_) lua_close(L_);
  fields_.clear();
  filter_.reset();
  formatter_.reset();
  intervals_ = {};
  interval_started_ = called_before_ = false;
  has_on_event_ = has_on_interval_ = terminated_ = false;
  phase_ = Phase::TopLevel;
  L_ = luaL_newstate();
  if (!L_) {
    fail("cannot create a Lua state");
    return false;
  }
  *static_cast<Chisel**>(lua_getextraspace(L_)) = this;
  luaL_openlibs(L_);
  std::string err;
  if (!install_chisel_api(L_, dirs_, err)) {
    fail(info_.name + " chisel error: " + err);
    return false;
  }
  return true;
}

bool Chisel::load(const std::string& name, const fs::path& path) {
  info_ = {};
  info_.name = name;
  info_.path = path.string();
  if (!open_state()) return false;
  std::string src;
  if (!read_file(path, src)) {
    fail("cannot read chisel " + name + " (" + path.string() + ")");
    return false;
  }
  std::string chunk(1, '@');
  chunk += path.string();
  if (luaL_loadbufferx(L_, src.data(), src.size(), chunk.c_str(), "t") != LUA_OK ||
      lua_pcall(L_, 0, 0, 0) != LUA_OK) {
    fail("Failed to load chisel " + name + ": " + pop_error(L_));
    return false;
  }
  if (!read_info()) return false;
  has_on_event_ = has_function("on_event");
  has_on_interval_ = has_function("on_interval");
  return true;
}

bool Chisel::read_info() {
  bool is_str = false;
  info_.description = global_string(L_, "description", &is_str);
  info_.is_view = !is_str;
  info_.short_description = global_string(L_, "short_description");
  info_.category = global_string(L_, "category");
  lua_getglobal(L_, "hidden");
  info_.hidden = lua_toboolean(L_, -1);
  lua_pop(L_, 1);
  lua_getglobal(L_, "args");
  if (!lua_istable(L_, -1)) {
    lua_pop(L_, 1);
    fail("Failed to load chisel " + info_.name + ": args table missing");
    return false;
  }
  int t = lua_gettop(L_);
  lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L_, t));
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L_, t, i);
    ChiselArgInfo a;
    if (lua_istable(L_, -1)) {
      int e = lua_gettop(L_);
      a.name = field_string(L_, e, "name");
      a.description = field_string(L_, e, "description");
      a.argtype = field_string(L_, e, "argtype");
      lua_getfield(L_, e, "optional");
      a.optional = lua_toboolean(L_, -1);
      lua_pop(L_, 1);
    } else if (lua_type(L_, -1) == LUA_TSTRING) {
      a.description = lua_tostring(L_, -1);  // the reference's quirk
    }
    lua_pop(L_, 1);
    info_.args.push_back(std::move(a));
  }
  lua_pop(L_, 1);
  return true;
}

bool Chisel::has_function(const char* fn) {
  lua_getglobal(L_, fn);
  bool f = lua_isfunction(L_, -1);
  lua_pop(L_, 1);
  return f;
}

bool Chisel::call(const char* fn, int nargs, int nresults, const char* what) {
  lua_getglobal(L_, fn);
  lua_insert(L_, -(nargs + 1));
  if (lua_pcall(L_, nargs, nresults, 0) != LUA_OK) {
    std::string msg = pop_error(L_);
    if (std::string_view(what) == "init")
      fail(info_.name + ": error in init(): " + msg);
    else
      fail(info_.name + " chisel error: " + msg);
    return false;
  }
  return true;
}

bool Chisel::set_args(const std::vector<std::string>& values) {
  size_t required = 0, optional = 0;
  for (const auto& a : info_.args) (a.optional ? optional : required)++;
  if (values.size() < required) {
    if (values.empty())
      fail("missing arguments for chisel " + info_.name);
    else
      fail("wrong number of parameters for chisel " + info_.name + ", " + std::to_string(required) +
           " required, " + std::to_string(values.size()) + " given");
    return false;
  }
  if (values.size() > required + optional) {
    fail("too many parameters for chisel " + info_.name + ", " + std::to_string(required) +
         " required, " + std::to_string(optional) + " optional, " + std::to_string(values.size()) + " given");
    return false;
  }
  for (size_t i = 0; i < values.size(); ++i)
    if (!set_arg(info_.args[i].name, values[i])) return false;
  return true;
}

bool Chisel::set_arg(const std::string& name, const std::string& value) {
  if (!has_function("on_set_arg")) {
    fail("chisel " + info_.name + " misses a set_arg() function.");
    return false;
  }
  phase_ = Phase::SetArg;
  lua_pushlstring(L_, name.data(), name.size());
  lua_pushlstring(L_, value.data(), value.size());
  return call_expecting_true("on_set_arg", 2, "set_arg", info_.name + " chisel error: wrong set_arg() return value.",
                             "set_arg() for chisel " + info_.name + " failed.");
}

bool Chisel::call_expecting_true(const char* fn, int nargs, const char* what, const std::string& wrong,
                                 const std::string& failed) {
  if (!call(fn, nargs, 1, what)) return false;
  int type = lua_type(L_, -1);
  bool ok = lua_toboolean(L_, -1);
  lua_pop(L_, 1);
  if (phase_ == Phase::Init && exec_requested_) return true;
  if (type != LUA_TBOOLEAN) {
    fail(wrong);
    return false;
  }
  if (!ok) {
    fail(failed);
    return false;
  }
  return true;
}

bool Chisel::call_init() {
  if (!has_function("on_init")) return true;
  return call_expecting_true("on_init", 0, "init", info_.name + " chisel error: wrong init() return value.",
                             "init() for chisel " + info_.name + " failed.");
}

bool Chisel::init() {
  phase_ = Phase::Init;
  exec_requested_ = false;
  if (!call_init()) return false;
  return run_exec_chain();
}

bool Chisel::run_exec_chain() {
  // Each exec replaces this chisel by another; a chain longer than this is
  // a loop.
  for (int depth = 0; exec_requested_; ++depth) {
    if (depth >= 16) {
      fail(info_.name + " chisel error: chisel.exec() chain too long");
      return false;
    }
    exec_requested_ = false;
    std::string name = exec_name_;
    std::string token = join_chisel_args(exec_args_);
    fs::path path = find_chisel(dirs_, name);
    if (path.empty()) {
      fail(info_.name + " chisel error: chisel.exec(): chisel " + name + " not found");
      return false;
    }
    if (!load(name, path)) return false;
    std::vector<std::string> values;
    if (!split_chisel_args(token, values)) {
      fail("corrupted parameters for chisel " + name);
      return false;
    }
    if (!set_args(values)) return false;
    phase_ = Phase::Init;
    if (!call_init()) return false;
  }
  return true;
}

bool Chisel::capture_start() {
  phase_ = Phase::CaptureStart;
  if (!has_function("on_capture_start")) return true;
  if (!call_expecting_true("on_capture_start", 0, "capture_start",
                           info_.name + " chisel error: wrong on_capture_start() return value. Boolean expected.",
                           "init() for chisel " + info_.name + " failed."))
    return false;
  phase_ = Phase::Events;
  return true;
}

bool Chisel::interval_tick(uint64_t ts) {
  phase_ = Phase::Events;
  if (!has_on_interval_) return true;
  auto fire = [&](uint64_t t, uint64_t delta) {
    lua_pushinteger(L_, static_cast<lua_Integer>(t / 1000000000));
    lua_pushinteger(L_, static_cast<lua_Integer>(t % 1000000000));
    lua_pushinteger(L_, static_cast<lua_Integer>(delta));
    if (!call("on_interval", 3, 1, "interval")) return false;
    bool ok = lua_toboolean(L_, -1);
    lua_pop(L_, 1);
    if (!ok) {
      terminated_ = true;
      fail("execution terminated by the " + info_.name + " chisel");
      return false;
    }
    return true;
  };
  if (intervals_.aligned_ns) {
    uint64_t n = intervals_.aligned_ns;
    uint64_t b = ts - ts % n;
    if (!interval_started_) {
      interval_started_ = true;
      bucket_ = b;
      return true;
    }
    if (b == bucket_) return true;
    bucket_ = b;
    uint64_t delta = called_before_ ? ts - last_call_ts_ : 0;
    called_before_ = true;
    last_call_ts_ = ts;
    return fire(ts, delta);
  }
  if (intervals_.precise_ns) {
    uint64_t n = intervals_.precise_ns;
    if (!interval_started_) {
      interval_started_ = true;
      slot_start_ = ts;
      return true;
    }
    while (ts >= slot_start_ + n) {
      uint64_t start = slot_start_;
      slot_start_ += n;
      if (!fire(start, n)) return false;
    }
  }
  return true;
}

bool Chisel::event() {
  phase_ = Phase::Events;
  const engine::EventContext& ctx = *host_.ctx;
  if (filter_ && !filter_->matches(engine::filter::EventRef{&ctx})) return true;
  if (!has_on_event_) return true;
  if (!call("on_event", 0, 1, "event")) return false;
  bool print = lua_toboolean(L_, -1);
  lua_pop(L_, 1);
  if (print && formatter_) {
    line_.clear();
    if (formatter_->format_append(ctx, line_)) {
      line_.push_back('\n');
      host_.out->write(line_);
      formatter_->printed(ctx);
    }
  }
  return true;
}

bool Chisel::capture_end() {
  phase_ = Phase::CaptureEnd;
  if (!has_function("on_capture_end")) {
    phase_ = Phase::Done;
    return true;
  }
  uint64_t te = host_.last_ts;
  uint64_t delta = host_.last_ts >= host_.first_ts ? host_.last_ts - host_.first_ts : 0;
  lua_pushinteger(L_, static_cast<lua_Integer>(te / 1000000000));
  lua_pushinteger(L_, static_cast<lua_Integer>(te % 1000000000));
  lua_pushinteger(L_, static_cast<lua_Integer>(delta));
  bool ok = call("on_capture_end", 3, 0, "capture_end");
  phase_ = Phase::Done;
  return ok;
}

engine::fields::Field* Chisel::request_field(const std::string& token, std::string& error) {
  std::unique_ptr<engine::fields::Field> f;
  if (token.rfind("evt.rawarg.", 0) == 0 && token.size() > 11) {
    f = make_rawarg_field(token.substr(11));
  } else {
    std::string err;
    bool not_found = false;
    f = engine::fields::bind_field(token, &err, &not_found);
    if (!f && not_found) f = make_tracer_field(token);
    if (!f) {
      error = not_found ? "chisel requesting nonexistent field " + token : "chisel requesting field " + token + ": " + err;
      return nullptr;
    }
  }
  fields_.push_back(std::move(f));
  return fields_.back().get();
}

bool Chisel::set_filter(const std::string& text, std::string& error) {
  bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank) {
    filter_.reset();
    return true;
  }
  try {
    engine::fields::EngineFieldResolver resolver;
    filter_ = engine::filter::compile_filter(text, resolver);
  } catch (const std::exception& e) {
    error = "invalid filter in chisel " + info_.name + ": " + e.what();
    return false;
  }
  return true;
}

bool Chisel::set_formatter(const std::string& format, std::string& error) {
  std::string fmt = (format.empty() || format == "default") ? std::string(kChiselDefaultFormat) : format;
  try {
    formatter_ = std::make_unique<engine::format::EventFormatter>(fmt);
  } catch (const std::exception& e) {
    error = e.what();
    return false;
  }
  return true;
}

bool split_chisel_args(const std::string& token, std::vector<std::string>& out) {
  out.clear();
  size_t b = token.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return true;
  size_t e = token.find_last_not_of(" \t\r\n");
  std::string s = token.substr(b, e - b + 1);
  std::string cur;
  bool have = false;
  char quote = 0;
  for (char c : s) {
    if (quote) {
      if (c == quote) quote = 0;
      else cur += c;
      continue;
    }
    if (c == '\'' || c == '`') {
      quote = c;
      have = true;
      continue;
    }
    if (c == ' ') {
      if (have) out.push_back(cur);
      cur.clear();
      have = false;
      continue;
    }
    cur += c;
    have = true;
  }
  if (quote) return false;
  if (have) out.push_back(cur);
  return true;
}

std::string join_chisel_args(const std::vector<std::string>& args) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ' ';
    if (args[i].find(' ') != std::string::npos || args[i].empty()) out += "'" + args[i] + "'";
    else out += args[i];
  }
  return out;
}

}  // namespace trowel::lua
