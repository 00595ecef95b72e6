#include "lua/chisel_api.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <lua.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "lua/chisel.h"

namespace trowel::lua {

namespace {

using engine::fields::Field;
using engine::filter::FieldValue;
using engine::filter::ValueType;

constexpr const char* kFieldMeta = "trowel.chisel.field";

Chisel& chisel_of(lua_State* L) { return **static_cast<Chisel**>(lua_getextraspace(L)); }

// An API function: returns the number of results, or -1 with `err` set.
// It must not call Lua functions that raise (luaL_check*, lua_error).
using ApiFn = int (*)(lua_State*, Chisel&, std::string&);

template <ApiFn F>
int api(lua_State* L) {
  int r;
  {
    std::string err;
    try {
      r = F(L, chisel_of(L), err);
    } catch (const std::exception& e) {
      err = e.what();
      r = -1;
    } catch (...) {
      err = "internal error";
      r = -1;
    }
    if (r < 0) {
      luaL_where(L, 1);
      lua_pushlstring(L, err.data(), err.size());
      lua_concat(L, 2);
    }
  }
  if (r < 0) return lua_error(L);
  return r;
}

// Argument helpers that never raise.
bool arg_string(lua_State* L, int i, std::string& out) {
  int t = lua_type(L, i);
  if (t != LUA_TSTRING && t != LUA_TNUMBER) return false;
  size_t n;
  const char* s = lua_tolstring(L, i, &n);
  out.assign(s, n);
  return true;
}
bool arg_number(lua_State* L, int i, double& out) {
  int ok = 0;
  out = lua_tonumberx(L, i, &ok);
  return ok;
}
// A u64 given as a number or a decimal string (timestamps).
bool arg_u64(lua_State* L, int i, uint64_t& out) {
  if (lua_type(L, i) == LUA_TSTRING) {
    size_t n;
    const char* s = lua_tolstring(L, i, &n);
    auto [p, ec] = std::from_chars(s, s + n, out);
    return ec == std::errc() && p == s + n;
  }
  if (lua_isinteger(L, i)) {
    out = static_cast<uint64_t>(lua_tointeger(L, i));
    return true;
  }
  double d;
  if (!arg_number(L, i, d) || d < 0) return false;
  out = static_cast<uint64_t>(d);
  return true;
}

void push_u64_string(lua_State* L, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  lua_pushlstring(L, buf, static_cast<size_t>(r.ptr - buf));
}

// API calls are valid from on_set_arg on (the reference segfaults on a call
// at top level; here it is an error).
bool need_callback(Chisel& c, const char* fn, std::string& err) {
  if (c.phase() != Phase::TopLevel) return true;
  err = std::string(fn) + "() cannot be called at the top level of a chisel; call it from a callback (on_init ...)";
  return false;
}

// ---- chisel.* ---------------------------------------------------------------

int chisel_request_field(lua_State* L, Chisel& c, std::string& err) {
  if (!need_callback(c, "chisel.request_field", err)) return -1;
  std::string name;
  if (!arg_string(L, 1, name)) {
    err = "chisel.request_field(): the field name must be a string";
    return -1;
  }
  Field* f = c.request_field(name, err);
  if (!f) return -1;
  auto** ud = static_cast<Field**>(lua_newuserdatauv(L, sizeof(Field*), 0));
  *ud = f;
  luaL_setmetatable(L, kFieldMeta);
  return 1;
}

int chisel_set_filter(lua_State* L, Chisel& c, std::string& err) {
  if (!need_callback(c, "chisel.set_filter", err)) return -1;
  std::string text;
  if (!lua_isnoneornil(L, 1) && !arg_string(L, 1, text)) {
    err = "chisel.set_filter(): the filter must be a string";
    return -1;
  }
  if (!c.set_filter(text, err)) return -1;
  return 0;
}

int chisel_set_event_formatter(lua_State* L, Chisel& c, std::string& err) {
  if (!need_callback(c, "chisel.set_event_formatter", err)) return -1;
  std::string fmt;
  if (!lua_isnoneornil(L, 1) && !arg_string(L, 1, fmt)) {
    err = "chisel.set_event_formatter(): the format must be a string";
    return -1;
  }
  if (!c.set_formatter(fmt, err)) return -1;
  return 0;
}

template <uint64_t Mult, bool Precise>
int chisel_set_interval(lua_State* L, Chisel& c, std::string& err) {
  if (!need_callback(c, "chisel.set_interval", err)) return -1;
  double d;
  if (!arg_number(L, 1, d) || d < 1) {
    err = "chisel.set_interval: the interval must be a positive number";
    return -1;
  }
  // The reference truncates to an integer.
  uint64_t v = static_cast<uint64_t>(d) * Mult;
  if (Precise) c.intervals().precise_ns = v;
  else c.intervals().aligned_ns = v;
  return 0;
}

int chisel_exec(lua_State* L, Chisel& c, std::string& err) {
  if (!need_callback(c, "chisel.exec", err)) return -1;
  std::string name;
  if (!arg_string(L, 1, name)) {
    err = "chisel.exec(): the chisel name must be a string";
    return -1;
  }
  std::vector<std::string> args;
  int n = lua_gettop(L);
  for (int i = 2; i <= n; ++i) {
    std::string a;
    if (!arg_string(L, i, a)) {
      err = "chisel.exec(): argument " + std::to_string(i - 1) + " is not a string";
      return -1;
    }
    args.push_back(std::move(a));
  }
  c.request_exec(std::move(name), std::move(args));
  return 0;
}

// ---- evt.* -----------------------------------------------------------------

const engine::EventContext* need_event(Chisel& c, const char* fn, std::string& err) {
  const engine::EventContext* ctx = c.host().ctx;
  if (!ctx || !ctx->ev) err = std::string("invalid call to ") + fn + "(): no event has been read yet";
  return ctx && ctx->ev ? ctx : nullptr;
}

// Pushes the first value of a field, by its kind.
struct PushSink final : engine::filter::ValueSink {
  lua_State* L;
  bool as_bool;
  bool pushed = false;
  PushSink(lua_State* l, bool b) : L(l), as_bool(b) {}
  bool on_value(const FieldValue& v) override {
    switch (v.kind) {
      case FieldValue::Kind::Int:
        if (as_bool) lua_pushboolean(L, v.i != 0);
        else lua_pushinteger(L, v.i);
        break;
      case FieldValue::Kind::UInt:
        if (as_bool) lua_pushboolean(L, v.u != 0);
        else lua_pushinteger(L, static_cast<lua_Integer>(v.u));
        break;
      case FieldValue::Kind::Double: lua_pushnumber(L, v.d); break;
      case FieldValue::Kind::Bytes: lua_pushlstring(L, v.bytes.data(), v.bytes.size()); break;
      case FieldValue::Kind::Ip: {
        char buf[INET6_ADDRSTRLEN] = {};
        inet_ntop(v.ip.family == 4 ? AF_INET : AF_INET6, v.ip.bytes.data(), buf, sizeof buf);
        lua_pushstring(L, buf);
        break;
      }
    }
    pushed = true;
    return false;
  }
};

int evt_field(lua_State* L, Chisel& c, std::string& err) {
  if (lua_isnoneornil(L, 1)) {
    lua_pushnil(L);
    return 1;
  }
  // The evt functions carry the field metatable as upvalue 1: comparing
  // with it avoids a registry lookup by name on every call.
  Field** ud = nullptr;
  if (lua_type(L, 1) == LUA_TUSERDATA && lua_getmetatable(L, 1)) {
    if (lua_rawequal(L, -1, lua_upvalueindex(1))) ud = static_cast<Field**>(lua_touserdata(L, 1));
    lua_pop(L, 1);
  }
  if (!ud) {
    err = "evt.field(): the argument is not a field handle from chisel.request_field()";
    return -1;
  }
  const engine::EventContext* ctx = need_event(c, "evt.field", err);
  if (!ctx) return -1;
  Field* f = *ud;
  ValueType t = f->info().type;
  if (t == ValueType::String) {
    static thread_local std::string text;
    text.clear();
    if (f->render(*ctx, text)) lua_pushlstring(L, text.data(), text.size());
    else lua_pushnil(L);
    return 1;
  }
  PushSink sink(L, t == ValueType::Bool);
  f->extract(*ctx, sink);
  if (!sink.pushed) lua_pushnil(L);
  return 1;
}

int evt_get_num(lua_State* L, Chisel& c, std::string& err) {
  const engine::EventContext* ctx = need_event(c, "evt.get_num", err);
  if (!ctx) return -1;
  lua_pushinteger(L, static_cast<lua_Integer>(ctx->ev->num));
  return 1;
}

int evt_get_ts(lua_State* L, Chisel& c, std::string& err) {
  const engine::EventContext* ctx = need_event(c, "evt.get_ts", err);
  if (!ctx) return -1;
  lua_pushinteger(L, static_cast<lua_Integer>(ctx->ev->ts / 1000000000));
  lua_pushinteger(L, static_cast<lua_Integer>(ctx->ev->ts % 1000000000));
  return 2;
}

int evt_get_type(lua_State* L, Chisel& c, std::string& err) {
  const engine::EventContext* ctx = need_event(c, "evt.get_type", err);
  if (!ctx) return -1;
  static thread_local std::unique_ptr<Field> type_field;
  if (!type_field) type_field = engine::fields::bind_field("evt.type", nullptr);
  static thread_local std::string text;
  text.clear();
  if (type_field && type_field->render(*ctx, text)) lua_pushlstring(L, text.data(), text.size());
  else lua_pushstring(L, "");
  return 1;
}

int evt_get_cpuid(lua_State* L, Chisel& c, std::string& err) {
  const engine::EventContext* ctx = need_event(c, "evt.get_cpuid", err);
  if (!ctx) return -1;
  lua_pushinteger(L, ctx->ev->cpuid);
  return 1;
}

// ---- sysdig.* --------------------------------------------------------------

int sysdig_set_filter(lua_State* L, Chisel& c, std::string& err) {
  if (!need_callback(c, "sysdig.set_filter", err)) return -1;
  std::string text;
  if (!arg_string(L, 1, text)) {
    err = "sysdig.set_filter(): the filter must be a string";
    return -1;
  }
  ChiselHost& h = c.host();
  if (!h.global_filter.empty()) {
    err = "invalid filter in chisel " + c.name() + ": filter can only be set once";
    return -1;
  }
  if (!h.set_global_filter) {
    err = "sysdig.set_filter(): no capture to filter";
    return -1;
  }
  std::string e = h.set_global_filter(text);
  if (!e.empty()) {
    err = "invalid filter in chisel " + c.name() + ": " + e;
    return -1;
  }
  return 0;
}

int sysdig_get_filter(lua_State* L, Chisel& c, std::string&) {
  lua_pushlstring(L, c.host().global_filter.data(), c.host().global_filter.size());
  return 1;
}

int sysdig_set_snaplen(lua_State* L, Chisel& c, std::string& err) {
  double d;
  if (!arg_number(L, 1, d) || d < 0) {
    err = "sysdig.set_snaplen(): the length must be a number";
    return -1;
  }
  c.host().snaplen = static_cast<uint32_t>(d);  // live capture only; files keep their bytes
  return 0;
}

int sysdig_set_output_format(lua_State* L, Chisel& c, std::string& err) {
  std::string f;
  if (!arg_string(L, 1, f)) {
    err = "sysdig.set_output_format(): the format must be a string";
    return -1;
  }
  static const std::pair<const char*, BufferMode> kModes[] = {
      {"normal", BufferMode::Normal}, {"json", BufferMode::Json},       {"simple", BufferMode::Simple},
      {"hex", BufferMode::Hex},       {"hexascii", BufferMode::HexAscii}, {"ascii", BufferMode::Ascii},
      {"base64", BufferMode::Base64}, {"jsonbase64", BufferMode::JsonBase64}};
  for (const auto& [name, mode] : kModes) {
    if (f == name) {
      ChiselHost& h = c.host();
      if (h.buffer_mode_forced) return 0;
      h.buffer_mode = mode;
      if (h.apply_buffer_mode) h.apply_buffer_mode(mode);
      return 0;
    }
  }
  err = "invalid set_output_format value in chisel " + c.name();
  return -1;
}

int sysdig_noop(lua_State*, Chisel&, std::string&) { return 0; }

int sysdig_is_live(lua_State* L, Chisel& c, std::string&) {
  lua_pushboolean(L, c.host().live);
  return 1;
}
int sysdig_is_tty(lua_State* L, Chisel& c, std::string&) {
  lua_pushboolean(L, c.host().is_tty);
  return 1;
}
int sysdig_get_terminal_info(lua_State* L, Chisel& c, std::string&) {
  lua_createtable(L, 0, 2);
  lua_pushinteger(L, c.host().term_width);
  lua_setfield(L, -2, "width");
  lua_pushinteger(L, c.host().term_height);
  lua_setfield(L, -2, "height");
  return 1;
}
int sysdig_is_print_container_data(lua_State* L, Chisel& c, std::string&) {
  lua_pushboolean(L, c.host().print_container);
  return 1;
}
int sysdig_get_output_format(lua_State* L, Chisel& c, std::string&) {
  lua_pushstring(L, c.host().json_output ? "json" : "normal");
  return 1;
}
int sysdig_get_evtsource_name(lua_State* L, Chisel& c, std::string&) {
  lua_pushlstring(L, c.host().evtsource.data(), c.host().evtsource.size());
  return 1;
}
int sysdig_get_firstevent_ts(lua_State* L, Chisel& c, std::string&) {
  push_u64_string(L, c.host().first_ts);
  return 1;
}
int sysdig_get_lastevent_ts(lua_State* L, Chisel& c, std::string&) {
  push_u64_string(L, c.host().last_ts);
  return 1;
}
int sysdig_get_read_progress(lua_State* L, Chisel& c, std::string&) {
  lua_pushnumber(L, c.host().read_progress);
  return 1;
}

int sysdig_get_machine_info(lua_State* L, Chisel& c, std::string& err) {
  ChiselHost& h = c.host();
  if (!h.opened || !h.state) {
    err = "sysdig.get_machine_info() can only be called from on_capture_start() onwards";
    return -1;
  }
  const capture::MachineInfo& m = h.state->machine();
  lua_createtable(L, 0, 4);
  lua_pushinteger(L, m.num_cpus);
  lua_setfield(L, -2, "num_cpus");
  lua_pushinteger(L, static_cast<lua_Integer>(m.memory_bytes));
  lua_setfield(L, -2, "memory_size_bytes");
  lua_pushinteger(L, static_cast<lua_Integer>(m.max_pid));
  lua_setfield(L, -2, "max_pid");
  lua_pushlstring(L, m.hostname.data(), m.hostname.size());
  lua_setfield(L, -2, "hostname");
  return 1;
}

int sysdig_make_ts(lua_State* L, Chisel&, std::string& err) {
  uint64_t s, ns;
  if (!arg_u64(L, 1, s) || !arg_u64(L, 2, ns)) {
    err = "sysdig.make_ts(): seconds and nanoseconds must be numbers";
    return -1;
  }
  push_u64_string(L, s * 1000000000ull + ns);
  return 1;
}

template <bool Add>
int sysdig_ts_arith(lua_State* L, Chisel&, std::string& err) {
  uint64_t a, b;
  if (!arg_u64(L, 1, a) || !arg_u64(L, 2, b)) {
    err = "timestamps must be decimal strings or numbers";
    return -1;
  }
  push_u64_string(L, Add ? a + b : a - b);
  return 1;
}

int sysdig_end_capture(lua_State*, Chisel& c, std::string& err) {
  if (!need_callback(c, "sysdig.end_capture", err)) return -1;
  c.host().end_capture = true;
  return 0;
}

int sysdig_run_app(lua_State* L, Chisel& c, std::string& err) {
  std::string cmd;
  if (!arg_string(L, 1, cmd)) {
    err = "sysdig.run_app(): the command line must be a string";
    return -1;
  }
  // Split on spaces; "..." groups words (as the reference).
  std::vector<std::string> words;
  std::string cur;
  bool have = false, quoted = false;
  for (char ch : cmd) {
    if (ch == '"') {
      quoted = !quoted;
      have = true;
      continue;
    }
    if (ch == ' ' && !quoted) {
      if (have) words.push_back(cur);
      cur.clear();
      have = false;
      continue;
    }
    cur += ch;
    have = true;
  }
  if (have) words.push_back(cur);
  c.host().run_app = std::move(words);
  return 0;
}

int sysdig_log(lua_State* L, Chisel& c, std::string&) {
  // sysdig sends these to its logger, which prints nothing unless logging
  // is enabled; trowel shows warnings and worse on stderr.
  std::string msg, sev = "info";
  arg_string(L, 1, msg);
  arg_string(L, 2, sev);
  if (sev == "warning" || sev == "error" || sev == "critical")
    std::fprintf(stderr, "%s: %s: %s\n", c.name().c_str(), sev.c_str(), msg.c_str());
  return 0;
}

int sysdig_udp_setpeername(lua_State* L, Chisel& c, std::string& err) {
  std::string ip;
  double port;
  if (!arg_string(L, 1, ip) || !arg_number(L, 2, port) || port < 0 || port > 65535) {
    err = "sysdig.udp_setpeername(): expected an IPv4 address and a port";
    return -1;
  }
  in_addr a{};
  if (inet_pton(AF_INET, ip.c_str(), &a) != 1) {
    err = "sysdig.udp_setpeername(): invalid IPv4 address " + ip;
    return -1;
  }
  ChiselHost& h = c.host();
  if (h.udp_fd < 0) h.udp_fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (h.udp_fd < 0) {
    err = std::string("sysdig.udp_setpeername(): socket: ") + std::strerror(errno);
    return -1;
  }
  h.udp_ip = a.s_addr;
  h.udp_port = static_cast<uint16_t>(port);
  h.udp_peer_set = true;
  return 0;
}

int sysdig_udp_send(lua_State* L, Chisel& c, std::string& err) {
  std::string data;
  if (!arg_string(L, 1, data)) {
    err = "sysdig.udp_send(): the data must be a string";
    return -1;
  }
  ChiselHost& h = c.host();
  if (!h.udp_peer_set || h.udp_fd < 0) {
    err = "sysdig.udp_send(): call sysdig.udp_setpeername() first";
    return -1;
  }
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = h.udp_ip;
  sa.sin_port = htons(h.udp_port);
  // Best effort, like the reference: a lost datagram is not an error.
  (void)sendto(h.udp_fd, data.data(), data.size(), 0, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
  return 0;
}

// Pushes a NUL-separated list as an array.
void push_list(lua_State* L, std::string_view list) {
  lua_newtable(L);
  lua_Integer i = 1;
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find('\0', start);
    if (end == std::string_view::npos) end = list.size();
    lua_pushlstring(L, list.data() + start, end - start);
    lua_rawseti(L, -2, i++);
    start = end + 1;
  }
}

const char* l4proto_name(uint8_t p) {
  switch (p) {
    case 2: return "tcp";
    case 3: return "udp";
    case 4: return "icmp";
    case 5: return "raw";
    default: return "<NA>";
  }
}

void push_ip(lua_State* L, const std::array<uint8_t, 16>& bytes, bool v6) {
  char buf[INET6_ADDRSTRLEN] = {};
  inet_ntop(v6 ? AF_INET6 : AF_INET, bytes.data(), buf, sizeof buf);
  lua_pushstring(L, buf);
}

void push_fd(lua_State* L, const engine::FdInfo& fd, bool barebone) {
  lua_createtable(L, 0, 8);
  if (barebone) return;
  lua_pushlstring(L, fd.name.data(), fd.name.size());
  lua_setfield(L, -2, "name");
  lua_pushstring(L, engine::fd_kind_name(fd.kind));
  lua_setfield(L, -2, "type");
  if (fd.kind == engine::FdKind::Ipv4 || fd.kind == engine::FdKind::Ipv6) {
    bool v6 = fd.kind == engine::FdKind::Ipv6;
    push_ip(L, fd.sip, v6);
    lua_setfield(L, -2, "sip");
    lua_pushinteger(L, fd.sport);
    lua_setfield(L, -2, "sport");
    lua_pushboolean(L, fd.is_listening || fd.is_server_role);
    lua_setfield(L, -2, "is_server");
    lua_pushstring(L, l4proto_name(fd.l4proto));
    lua_setfield(L, -2, "l4proto");
    if (!fd.is_listening) {
      push_ip(L, fd.cip, v6);
      lua_setfield(L, -2, "cip");
      lua_pushinteger(L, fd.cport);
      lua_setfield(L, -2, "cport");
    }
  }
}

template <bool Barebone, bool NoFds>
int sysdig_get_thread_table(lua_State* L, Chisel& c, std::string& err) {
  if (!need_callback(c, "sysdig.get_thread_table", err)) return -1;
  ChiselHost& h = c.host();
  if (!h.state) {
    err = "sysdig.get_thread_table(): no capture is open";
    return -1;
  }
  std::unique_ptr<engine::filter::Filter> filter;
  std::string text;
  if (!lua_isnoneornil(L, 1)) {
    if (!arg_string(L, 1, text)) {
      err = "sysdig.get_thread_table(): the filter must be a string";
      return -1;
    }
  }
  if (text.find_first_not_of(" \t\r\n") != std::string::npos) {
    try {
      engine::fields::EngineFieldResolver resolver;
      filter = engine::filter::compile_filter(text, resolver);
    } catch (const std::exception& e) {
      err = std::string("invalid filter in sysdig.get_thread_table(): ") + e.what();
      return -1;
    }
  }
  const engine::State& state = *h.state;
  // A synthetic event (no parameters) at the current time, so that filter
  // fields that look at the event see a harmless one.
  alignas(8) uint8_t header[32] = {};
  capture::EventView ev;
  ev.data = header;
  ev.lens = header + 26;
  ev.values = header + 26;
  ev.len = 26;
  ev.nparams = 0;
  ev.type = 197;  // scapevent, exit
  ev.v2 = true;
  ev.ts = h.ctx && h.ctx->ev ? h.ctx->ev->ts : state.last_ts();
  ev.num = h.ctx && h.ctx->ev ? h.ctx->ev->num : 0;

  // trowel extension: a true second argument also lists the processes that
  // exited (the engine keeps the most recent ones with their last fds), so
  // "what was open at the end" includes a server that was stopped.
  bool include_exited = lua_toboolean(L, 2);
  lua_newtable(L);
  for (const auto& [tid, tp] : state.threads()) {
    engine::ThreadInfo* t = tp.get();
    if (t->exited && !include_exited) continue;
    if (t->procinfo_only) continue;  // sysdig has no thread for these (kernel threads)
    engine::ThreadInfo& p = t->proc();
    // The fds to list (with a filter: the matching ones; threads with none
    // are left out).
    std::vector<engine::FdInfo*> fds;
    bool any = !filter;
    if (t->fds) {
      t->fds->for_each([&](engine::FdInfo& fd) {
        bool keep = true;
        if (filter) {
          ev.tid = t->tid;
          engine::EventContext ctx;
          ctx.ev = &ev;
          ctx.thread = t;
          ctx.fd = &fd;
          ctx.fd_num = fd.num;
          ctx.first_ts = state.first_ts();
          ctx.prev_ts = state.last_ts();
          ctx.state = &state;
          keep = filter->matches(engine::filter::EventRef{&ctx});
          any = any || keep;
        }
        if (keep && !NoFds) fds.push_back(&fd);
      });
    }
    if (!any) continue;
    lua_pushinteger(L, t->tid);
    lua_createtable(L, 0, 24);
    lua_pushinteger(L, t->tid);
    lua_setfield(L, -2, "tid");
    lua_pushinteger(L, t->pid);
    lua_setfield(L, -2, "pid");
    if (!Barebone) {
      lua_pushinteger(L, t->ptid);
      lua_setfield(L, -2, "ptid");
      lua_pushlstring(L, t->comm.data(), t->comm.size());
      lua_setfield(L, -2, "comm");
      lua_pushlstring(L, p.exe.data(), p.exe.size());
      lua_setfield(L, -2, "exe");
      lua_pushinteger(L, t->clone_flags);
      lua_setfield(L, -2, "flags");
      lua_pushinteger(L, p.fdlimit);
      lua_setfield(L, -2, "fdlimit");
      lua_pushinteger(L, t->uid);
      lua_setfield(L, -2, "uid");
      lua_pushinteger(L, t->gid);
      lua_setfield(L, -2, "gid");
      lua_pushinteger(L, t->is_main_thread() ? t->live_threads : 0);
      lua_setfield(L, -2, "nchilds");
      lua_pushinteger(L, t->vmsize_kb);
      lua_setfield(L, -2, "vmsize_kb");
      lua_pushinteger(L, t->vmrss_kb);
      lua_setfield(L, -2, "vmrss_kb");
      lua_pushinteger(L, t->vmswap_kb);
      lua_setfield(L, -2, "vmswap_kb");
      lua_pushinteger(L, static_cast<lua_Integer>(t->pfmajor));
      lua_setfield(L, -2, "pfmajor");
      lua_pushinteger(L, static_cast<lua_Integer>(t->pfminor));
      lua_setfield(L, -2, "pfminor");
      push_u64_string(L, t->clone_ts);
      lua_setfield(L, -2, "clone_ts");
      const engine::UserInfo* u = state.user(t->uid);
      if (u) lua_pushlstring(L, u->name.data(), u->name.size());
      else lua_pushstring(L, "<NA>");
      lua_setfield(L, -2, "username");
      push_list(L, p.args);
      lua_setfield(L, -2, "args");
      push_list(L, p.env);
      lua_setfield(L, -2, "env");
      if (t->exited) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, "exited");
      }
    }
    lua_newtable(L);
    for (engine::FdInfo* fd : fds) {
      lua_pushinteger(L, fd->num);
      push_fd(L, *fd, Barebone);
      lua_settable(L, -3);
    }
    lua_setfield(L, -2, "fdtable");
    lua_settable(L, -3);
  }
  return 1;
}

int sysdig_get_container_table(lua_State* L, Chisel& c, std::string& err) {
  if (!need_callback(c, "sysdig.get_container_table", err)) return -1;
  ChiselHost& h = c.host();
  lua_newtable(L);
  if (!h.state) return 1;
  lua_Integer i = 1;
  for (const auto& [id, ci] : h.state->containers()) {
    lua_createtable(L, 0, 4);
    lua_pushlstring(L, ci.id.data(), ci.id.size());
    lua_setfield(L, -2, "id");
    lua_pushlstring(L, ci.name.data(), ci.name.size());
    lua_setfield(L, -2, "name");
    lua_pushlstring(L, ci.image.data(), ci.image.size());
    lua_setfield(L, -2, "image");
    lua_pushlstring(L, ci.type.data(), ci.type.size());
    lua_setfield(L, -2, "type");
    lua_rawseti(L, -2, i++);
  }
  return 1;
}

// ---- output ----------------------------------------------------------------

// __trowel_write(s): the host's output (used by print and io.write).
int host_write(lua_State* L, Chisel& c, std::string&) {
  int n = lua_gettop(L);
  for (int i = 1; i <= n; ++i) {
    size_t len;
    const char* s = lua_tolstring(L, i, &len);
    if (s && c.host().out) c.host().out->write(std::string_view(s, len));
  }
  return 0;
}

// Appends v as LuaJIT prints it (integral floats without ".0", %.14g,
// inf/-inf/nan); other values through tostring semantics (__tostring).
void add_value(lua_State* L, luaL_Buffer* b, int i) {
  if (lua_type(L, i) == LUA_TNUMBER && !lua_isinteger(L, i)) {
    double d = lua_tonumber(L, i);
    char buf[64];
    if (d != d) std::snprintf(buf, sizeof buf, "nan");
    else if (d == HUGE_VAL) std::snprintf(buf, sizeof buf, "inf");
    else if (d == -HUGE_VAL) std::snprintf(buf, sizeof buf, "-inf");
    else std::snprintf(buf, sizeof buf, "%.14g", d);
    luaL_addstring(b, buf);
    return;
  }
  luaL_tolstring(L, i, nullptr);
  luaL_addvalue(b);
}

// print(...): one line to the host's output, LuaJIT's number text. A plain
// C function (no C++ objects in its frame: luaL_tolstring may raise).
int lua_print(lua_State* L) {
  int n = lua_gettop(L);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (int i = 1; i <= n; ++i) {
    if (i > 1) luaL_addchar(&b, '\t');
    add_value(L, &b, i);
  }
  luaL_addchar(&b, '\n');
  luaL_pushresult(&b);
  size_t len;
  const char* s = lua_tolstring(L, -1, &len);
  ChiselOutput* out = chisel_of(L).host().out;
  if (out) out->write(std::string_view(s, len));
  return 0;
}

int host_flush(lua_State*, Chisel& c, std::string&) {
  if (c.host().out) c.host().out->flush();
  return 0;
}

const luaL_Reg kChiselLib[] = {
    {"request_field", api<chisel_request_field>},
    {"set_filter", api<chisel_set_filter>},
    {"set_event_formatter", api<chisel_set_event_formatter>},
    {"set_interval_s", api<chisel_set_interval<1000000000ull, false>>},
    {"set_interval_ns", api<chisel_set_interval<1ull, false>>},
    {"set_precise_interval_ns", api<chisel_set_interval<1ull, true>>},
    {"exec", api<chisel_exec>},
    {nullptr, nullptr},
};

const luaL_Reg kEvtLib[] = {
    {"field", api<evt_field>},
    {"get_num", api<evt_get_num>},
    {"get_ts", api<evt_get_ts>},
    {"get_type", api<evt_get_type>},
    {"get_cpuid", api<evt_get_cpuid>},
    {nullptr, nullptr},
};

const luaL_Reg kSysdigLib[] = {
    {"set_filter", api<sysdig_set_filter>},
    {"get_filter", api<sysdig_get_filter>},
    {"set_snaplen", api<sysdig_set_snaplen>},
    {"set_output_format", api<sysdig_set_output_format>},
    {"set_fatfile_dump_mode", api<sysdig_noop>},
    {"is_live", api<sysdig_is_live>},
    {"is_tty", api<sysdig_is_tty>},
    {"get_terminal_info", api<sysdig_get_terminal_info>},
    {"get_machine_info", api<sysdig_get_machine_info>},
    {"get_thread_table", api<sysdig_get_thread_table<false, false>>},
    {"get_thread_table_nofds", api<sysdig_get_thread_table<false, true>>},
    {"get_thread_table_barebone", api<sysdig_get_thread_table<true, false>>},
    {"get_thread_table_barebone_nofds", api<sysdig_get_thread_table<true, true>>},
    {"get_container_table", api<sysdig_get_container_table>},
    {"is_print_container_data", api<sysdig_is_print_container_data>},
    {"get_output_format", api<sysdig_get_output_format>},
    {"get_evtsource_name", api<sysdig_get_evtsource_name>},
    {"get_firstevent_ts", api<sysdig_get_firstevent_ts>},
    {"get_lastevent_ts", api<sysdig_get_lastevent_ts>},
    {"make_ts", api<sysdig_make_ts>},
    {"add_ts", api<sysdig_ts_arith<true>>},
    {"subtract_ts", api<sysdig_ts_arith<false>>},
    {"run_app", api<sysdig_run_app>},
    {"end_capture", api<sysdig_end_capture>},
    {"log", api<sysdig_log>},
    {"udp_setpeername", api<sysdig_udp_setpeername>},
    {"udp_send", api<sysdig_udp_send>},
    {"get_read_progress", api<sysdig_get_read_progress>},
    {nullptr, nullptr},
};

}  // namespace

bool install_chisel_api(lua_State* L, const std::vector<std::filesystem::path>& dirs, std::string& error) {
  luaL_newmetatable(L, kFieldMeta);
  lua_pushstring(L, "chisel field");
  lua_setfield(L, -2, "__name");
  lua_pop(L, 1);
  luaL_newlib(L, kChiselLib);
  lua_setglobal(L, "chisel");
  luaL_newlibtable(L, kEvtLib);
  luaL_getmetatable(L, kFieldMeta);
  luaL_setfuncs(L, kEvtLib, 1);
  lua_setglobal(L, "evt");
  luaL_newlib(L, kSysdigLib);
  lua_setglobal(L, "sysdig");
  lua_pushcfunction(L, api<host_write>);
  lua_setglobal(L, "__trowel_write");
  lua_pushcfunction(L, api<host_flush>);
  lua_setglobal(L, "__trowel_flush");
  lua_pushcfunction(L, lua_print);
  lua_setglobal(L, "__trowel_print");

  // package.path: the chisel directories first.
  std::string path;
  for (const auto& d : dirs) {
    std::string s = d.string();
    if (!s.empty() && s.back() != '/') s += '/';
    path += s + "?.lua;";
  }
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "path");
  if (const char* old = lua_tostring(L, -1)) path += old;
  lua_pop(L, 1);
  lua_pushlstring(L, path.data(), path.size());
  lua_setfield(L, -2, "path");
  lua_pop(L, 1);

  const char* prelude = chisel_prelude_source();
  if (luaL_loadbufferx(L, prelude, std::strlen(prelude), "=chisel prelude", "t") != LUA_OK ||
      lua_pcall(L, 0, 0, 0) != LUA_OK) {
    error = lua_tostring(L, -1) ? lua_tostring(L, -1) : "prelude failed";
    lua_pop(L, 1);
    return false;
  }
  return true;
}

}  // namespace trowel::lua
