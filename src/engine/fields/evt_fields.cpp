// evt.* fields: the event itself (number, time, type, direction, result,
// latency, counters, I/O classification).
#include <atomic>
#include <charconv>
#include <cmath>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "capture/event_schema.h"
#include "capture/param_decode.h"
#include "engine/fd_naming.h"
#include "engine/fields/field_table.h"
#include "engine/fields/event_facts.h"
#include "engine/render/errno_names.h"

namespace trowel::engine::fields {

namespace {

namespace cat = capture::category;
using capture::EventView;

// The broken-down time of the last second asked for (localtime_r and
// strftime are slow; events come in seconds).
struct SecondCache {
  int64_t secs = -1;
  bool utc = false;
  char hms[40];        // HH:MM:SS
  char date[40];       // YYYY-MM-DD
};
thread_local SecondCache t_second;

// HH:MM:SS[.nnnnnnnnn] (local time, as sysdig).
void format_time(uint64_t ts, bool ns, bool date, bool iso, std::string& out) {
  time_t secs = static_cast<time_t>(ts / 1000000000ull);
  if (!iso) {
    SecondCache& c = t_second;
    if (c.secs != static_cast<int64_t>(secs) || c.utc) {
      struct tm tm {};
      localtime_r(&secs, &tm);
      std::snprintf(c.hms, sizeof c.hms, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
      std::snprintf(c.date, sizeof c.date, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
      c.secs = secs;
      c.utc = false;
    }
    out.clear();
    if (date) {
      out.append(c.date, 10);
      out.push_back(' ');
    }
    out.append(c.hms, 8);
    if (ns) {
      // '.' and 9 digits, three at a time.
      char b[10];
      uint32_t v = static_cast<uint32_t>(ts % 1000000000ull);
      b[0] = '.';
      for (int i = 7; i >= 1; i -= 3) {
        uint32_t t = v % 1000;
        v /= 1000;
        b[i] = static_cast<char>('0' + t / 100);
        b[i + 1] = static_cast<char>('0' + t / 10 % 10);
        b[i + 2] = static_cast<char>('0' + t % 10);
      }
      out.append(b, 10);
    }
    return;
  }
  struct tm tm {};
  if (iso) gmtime_r(&secs, &tm);
  else localtime_r(&secs, &tm);
  char buf[80];
  size_t n;
  if (iso) n = strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  else if (date) n = strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  else n = strftime(buf, sizeof buf, "%H:%M:%S", &tm);
  if (ns) n += std::snprintf(buf + n, sizeof buf - n, ".%09" PRIu64, static_cast<uint64_t>(ts % 1000000000ull));
  if (iso) n += std::snprintf(buf + n, sizeof buf - n, "+0000");
  out.assign(buf, n);
}

bool get_num(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, c.ev->num); }
bool get_cpu(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, c.ev->cpuid); }
bool get_rawtime(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, c.ev->ts); }
bool get_rawtime_s(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, c.ev->ts / 1000000000ull); }
bool get_rawtime_ns(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, c.ev->ts % 1000000000ull); }
uint64_t reltime(const EventContext& c) { return c.ev->ts >= c.first_ts ? c.ev->ts - c.first_ts : 0; }
bool get_reltime(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, reltime(c)); }
bool get_reltime_s(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, reltime(c) / 1000000000ull); }
bool get_reltime_ns(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, reltime(c) % 1000000000ull); }
bool get_latency(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  // sysdig 0.29.3: an internal event (procinfo) of a thread it has a record
  // for has no latency; one of a thread it has none for shows 0.
  if (c.internal && c.thread && !c.thread->procinfo_only) return false;
  return set_uint(v, c.latency_ns);
}
bool get_latency_s(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, c.latency_ns / 1000000000ull); }
bool get_latency_ns(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, c.latency_ns % 1000000000ull); }
uint64_t delta(const EventContext& c) { return c.prev_ts && c.ev->ts >= c.prev_ts ? c.ev->ts - c.prev_ts : 0; }
bool get_delta(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, delta(c)); }
bool get_delta_s(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, delta(c) / 1000000000ull); }
bool get_delta_ns(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, delta(c) % 1000000000ull); }

bool render_time(const EventContext& c, const FieldArg&, Scratch&, std::string& out) { format_time(c.ev->ts, true, false, false, out); return true; }
bool render_time_s(const EventContext& c, const FieldArg&, Scratch&, std::string& out) { format_time(c.ev->ts, false, false, false, out); return true; }
bool render_iso(const EventContext& c, const FieldArg&, Scratch&, std::string& out) { format_time(c.ev->ts, true, true, true, out); return true; }
bool render_datetime(const EventContext& c, const FieldArg&, Scratch&, std::string& out) { format_time(c.ev->ts, true, true, false, out); return true; }
bool render_datetime_s(const EventContext& c, const FieldArg&, Scratch&, std::string& out) { format_time(c.ev->ts, false, true, false, out); return true; }
bool get_time(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { render_time(c, a, s, s.text); return set_str(v, s.text); }
bool get_time_s(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { render_time_s(c, a, s, s.text); return set_str(v, s.text); }
bool get_iso(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { render_iso(c, a, s, s.text); return set_str(v, s.text); }
bool get_datetime(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { render_datetime(c, a, s, s.text); return set_str(v, s.text); }
bool get_datetime_s(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { render_datetime_s(c, a, s, s.text); return set_str(v, s.text); }

bool render_latency_human(const EventContext& c, const FieldArg&, Scratch&, std::string& out) {
  char buf[32];
  double ns = static_cast<double>(c.latency_ns);
  int n;
  if (ns < 1e3) n = std::snprintf(buf, sizeof buf, "%" PRIu64 "ns", c.latency_ns);
  else if (ns < 1e6) n = std::snprintf(buf, sizeof buf, "%.2fus", ns / 1e3);
  else if (ns < 1e9) n = std::snprintf(buf, sizeof buf, "%.2fms", ns / 1e6);
  else n = std::snprintf(buf, sizeof buf, "%.2fs", ns / 1e9);
  out.assign(buf, static_cast<size_t>(n));
  return true;
}
std::atomic<uint32_t> g_quantize_width{kDefaultQuantizeWidth};
bool get_latency_quantized(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (c.ev->is_enter() || c.latency_ns == 0) return false;
  double w = static_cast<double>(g_quantize_width.load(std::memory_order_relaxed));
  double b = std::floor(std::log10(static_cast<double>(c.latency_ns)) * w / 11.0) + 1.0;
  return set_uint(v, static_cast<uint64_t>(b));
}
bool get_latency_human(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  render_latency_human(c, a, s, s.text);
  return set_str(v, s.text);
}

bool get_dir(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_str(v, c.ev->is_enter() ? ">" : "<"); }
bool get_type(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_str(v, event_type_name(*c.ev)); }
// evt.type's text depends only on the event type, and for the generic
// events (types 0 and 1) on the syscall id too (see event_type_name).
bool memo_type(const EventContext& c, uint64_t& id) {
  const capture::EventView& ev = *c.ev;
  id = ev.type;
  if (ev.type <= 1 && ev.nparams > 0)
    if (auto sc = capture::decode_syscall_id(ev.param(0))) id = (uint64_t{1} << 32) | *sc;
  return true;
}
bool get_syscall_type(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const capture::EventInfo* info = capture::event_info(c.ev->type);
  if (!info) return false;
  // sysdig 0.29.3 names every event here (procexit and the scapevent of
  // csysdig's thread-table pass too) except the internal and tracepoint
  // events that skip the parse reset (procinfo, drop, page_fault) and switch.
  if (!(info->category & cat::kSyscall) &&
      ((info->flags & capture::event_flag::kSkipParseReset) || (info->category & cat::kScheduler)))
    return false;
  return set_str(v, event_type_name(*c.ev));
}
// evt.type.is.NAME compares the type name; evt.type.is.N (all digits, as in
// csysdig's stock views: evt.type.is.3 = open exit) the event type number.
bool get_type_is(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  const std::string& n = a.name;
  if (!n.empty() && n.find_first_not_of("0123456789") == std::string::npos) {
    uint64_t num = 0;
    auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), num);
    bool ok = ec == std::errc() && p == n.data() + n.size();
    return set_uint(v, ok && num == c.ev->type ? 1 : 0);
  }
  return set_uint(v, event_type_name(*c.ev) == n ? 1 : 0);
}
bool get_category(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_str(v, event_category_name(c)); }

bool get_rawres(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  int64_t r;
  return event_result(*c.ev, r) && set_int(v, r);
}
bool get_res(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  int64_t r;
  if (!event_result(*c.ev, r)) return false;
  if (r >= 0) return set_str(v, "SUCCESS");
  const char* name = render::errno_name(-r);
  if (name) return set_str(v, name);
  char b[24];
  s.text.assign(b, static_cast<size_t>(std::to_chars(b, b + sizeof b, r).ptr - b));
  return set_str(v, s.text);
}
// evt.res's text depends only on the result, and is the same for every r >= 0.
bool memo_res(const EventContext& c, uint64_t& id) {
  int64_t r;
  if (!event_result(*c.ev, r)) return false;
  id = static_cast<uint64_t>(r < 0 ? r : 0);
  return true;
}
bool get_failed(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  int64_t r;
  return set_bool(v, event_result(*c.ev, r) && r < 0);
}
bool get_count(const EventContext&, const FieldArg&, Scratch&, FieldValue& v) { return set_uint(v, 1); }
bool get_count_exit(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (c.ev->is_enter()) return false;
  return set_uint(v, 1);
}
// evt.count.error[.file|.net|.memory|.other]: 1 on a failed exit of that
// class (error_class(), event_facts.h).
template <int Which>
bool get_count_error(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  int64_t r;
  if (!event_result(*c.ev, r) || r >= 0) return false;
  if constexpr (Which == 0) return set_uint(v, 1);
  ErrorClass k = error_class(c);
  bool match;
  if constexpr (Which == 1) match = k == ErrorClass::File;
  else if constexpr (Which == 2) match = k == ErrorClass::Net;
  else if constexpr (Which == 3) match = k == ErrorClass::Memory;
  else match = k == ErrorClass::Other;
  if (!match) return false;
  return set_uint(v, 1);
}

bool get_is_io(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_bool(v, io_direction(*c.ev) != 0); }
bool get_is_io_read(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_bool(v, io_direction(*c.ev) == 'r'); }
bool get_is_io_write(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return set_bool(v, io_direction(*c.ev) == 'w'); }
bool get_io_dir(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  char d = io_direction(*c.ev);
  if (!d) return false;
  return set_str(v, d == 'r' ? "read" : "write");
}
bool get_is_wait(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const capture::EventInfo* info = capture::event_info(c.ev->type);
  return set_bool(v, info && (info->flags & capture::event_flag::kWaits));
}
bool get_wait_latency(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const capture::EventInfo* info = capture::event_info(c.ev->type);
  if (!info || !(info->flags & capture::event_flag::kWaits) || c.ev->is_enter()) return false;
  return set_uint(v, c.latency_ns);
}
bool get_is_syslog(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return set_bool(v, io_direction(*c.ev) == 'w' && c.fd && c.fd->name == "/dev/log");
}
bool get_buffer(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  auto data = io_buffer(c);
  if (!data) return false;
  return set_str(v, std::string_view(reinterpret_cast<const char*>(data->data()), data->size()));
}
// sysdig 0.29.3: the result of a read/write-class exit (0 for close) on an
// fd it knows; <NA> on unknown fds.
bool get_buflen(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (c.ev->is_enter() || !c.fd) return false;
  if (!io_direction(*c.ev)) {
    const capture::EventInfo* info = capture::event_info(c.ev->type);
    if (!info || std::strcmp(info->name, "close") != 0) return false;
  }
  int64_t r;
  if (!event_result(*c.ev, r) || r < 0) return false;
  return set_uint(v, static_cast<uint64_t>(r));
}
// evt.is_open_read/write/exec: an open-type event with those access bits.
template <int Which>
bool get_is_open(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  uint32_t flags;
  if (!open_flags(c, flags)) return set_bool(v, false);
  constexpr uint32_t kRd = 1, kWr = 2;
  if constexpr (Which == 0) return set_bool(v, flags & kRd);
  else if constexpr (Which == 1) return set_bool(v, flags & kWr);
  else return set_bool(v, false);  // O_EXEC-like opens are not flagged by the drivers we read
}
bool get_abspath(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (c.path.empty()) return false;
  return set_str(v, c.path);
}

// evt.args / evt.info / evt.arg: the render module over the state.
render::EventArgsRenderer& args_renderer(const EventContext& c, Scratch& s) {
  if (!s.args) s.args = std::make_unique<ArgsScratch>();
  s.args->view.set(c.state);
  return s.args->renderer;
}
bool render_args(const EventContext& c, const FieldArg&, Scratch& s, std::string& out) {
  out.clear();
  args_renderer(c, s).append_args(out, *c.ev);
  return true;
}
bool render_info(const EventContext& c, const FieldArg&, Scratch& s, std::string& out) {
  out.clear();
  args_renderer(c, s).append_info(out, *c.ev);
  return true;
}
bool render_arg(const EventContext& c, const FieldArg& a, Scratch& s, std::string& out) {
  out.clear();
  auto& r = args_renderer(c, s);
  if (!a.name.empty()) return r.append_arg(out, *c.ev, a.name);
  if (a.index < 0) return false;
  return r.append_arg_at(out, *c.ev, static_cast<uint32_t>(a.index));
}
bool get_args(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  render_args(c, a, s, s.text);
  return set_str(v, s.text);
}
bool get_info(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  render_info(c, a, s, s.text);
  return set_str(v, s.text);
}
bool get_arg(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  if (!render_arg(c, a, s, s.text)) return false;
  return set_str(v, s.text);
}

constexpr uint32_t kNone = 0;
constexpr uint32_t kMulti = filter::kFieldMultiValued;

const std::vector<FieldDef> kEvtFields = {
    {{"evt.num", ValueType::UInt, kNone, ArgMode::None, "evt", "event number (internal events are counted too)"}, get_num},
    {{"evt.time", ValueType::String, kNone, ArgMode::None, "evt", "event time, HH:MM:SS.nnnnnnnnn"}, get_time, nullptr, render_time},
    {{"evt.time.s", ValueType::String, kNone, ArgMode::None, "evt", "event time, HH:MM:SS"}, get_time_s, nullptr, render_time_s},
    {{"evt.time.iso8601", ValueType::String, kNone, ArgMode::None, "evt", "event time in ISO 8601 (UTC)"}, get_iso, nullptr, render_iso},
    {{"evt.datetime", ValueType::String, kNone, ArgMode::None, "evt", "event date and time, YYYY-MM-DD HH:MM:SS.nnnnnnnnn"}, get_datetime, nullptr, render_datetime},
    {{"evt.datetime.s", ValueType::String, kNone, ArgMode::None, "evt", "event date and time without nanoseconds"}, get_datetime_s, nullptr, render_datetime_s},
    {{"evt.rawtime", ValueType::AbsTime, kNone, ArgMode::None, "evt", "event time in ns since the epoch"}, get_rawtime},
    {{"evt.rawtime.s", ValueType::UInt, kNone, ArgMode::None, "evt", "seconds part of evt.rawtime"}, get_rawtime_s},
    {{"evt.rawtime.ns", ValueType::UInt, kNone, ArgMode::None, "evt", "nanoseconds part of evt.rawtime"}, get_rawtime_ns},
    {{"evt.reltime", ValueType::RelTime, kNone, ArgMode::None, "evt", "ns since the capture started"}, get_reltime},
    {{"evt.reltime.s", ValueType::UInt, kNone, ArgMode::None, "evt", "seconds part of evt.reltime"}, get_reltime_s},
    {{"evt.reltime.ns", ValueType::UInt, kNone, ArgMode::None, "evt", "nanoseconds part of evt.reltime"}, get_reltime_ns},
    {{"evt.latency", ValueType::RelTime, kNone, ArgMode::None, "evt", "exit minus enter time in ns (0 on enter events)"}, get_latency},
    {{"evt.latency.s", ValueType::UInt, kNone, ArgMode::None, "evt", "seconds part of evt.latency"}, get_latency_s},
    {{"evt.latency.ns", ValueType::UInt, kNone, ArgMode::None, "evt", "nanoseconds part of evt.latency"}, get_latency_ns},
    {{"evt.latency.quantized", ValueType::UInt, kNone, ArgMode::None, "evt", "spectrogram bucket of evt.latency: floor(log10(ns) * W / 11) + 1, W the screen width (80 outside the TUI)"}, get_latency_quantized},
    {{"evt.latency.human", ValueType::String, kNone, ArgMode::None, "evt", "evt.latency for humans, e.g. 3.89us"}, get_latency_human, nullptr, render_latency_human},
    {{"evt.deltatime", ValueType::RelTime, kNone, ArgMode::None, "evt", "ns since the previous event"}, get_delta},
    {{"evt.deltatime.s", ValueType::UInt, kNone, ArgMode::None, "evt", "seconds part of evt.deltatime"}, get_delta_s},
    {{"evt.deltatime.ns", ValueType::UInt, kNone, ArgMode::None, "evt", "nanoseconds part of evt.deltatime"}, get_delta_ns},
    {{"evt.dir", ValueType::String, kNone, ArgMode::None, "evt", "'>' for enter events, '<' for exit events"}, get_dir},
    {{"evt.type", ValueType::String, kNone, ArgMode::None, "evt", "event type name (the syscall name for generic events)"}, get_type, nullptr, nullptr, nullptr, nullptr, nullptr, memo_type},
    {{"evt.type.is", ValueType::UInt, kNone, ArgMode::Name, "evt", "1 if the event type is the argument (evt.type.is.open)"}, get_type_is},
    {{"syscall.type", ValueType::String, kNone, ArgMode::None, "evt", "syscall name (the event type name, as sysdig 0.29.3 gives it for every event but procinfo/drop/page_fault/switch)"}, get_syscall_type},
    {{"evt.category", ValueType::String, kNone, ArgMode::None, "evt", "event category: file, net, IPC, memory, process, ..."}, get_category},
    {{"evt.cpu", ValueType::UInt, kNone, ArgMode::None, "evt", "CPU the event happened on"}, get_cpu},
    {{"evt.res", ValueType::String, kNone, ArgMode::None, "evt", "result: SUCCESS or the error name (ENOENT ...)"}, get_res, nullptr, nullptr, nullptr, nullptr, nullptr, memo_res},
    {{"evt.rawres", ValueType::Int, kNone, ArgMode::None, "evt", "result as a number (negative errno on failure)"}, get_rawres},
    {{"evt.failed", ValueType::Bool, kNone, ArgMode::None, "evt", "true if the call failed"}, get_failed},
    {{"evt.is_io", ValueType::Bool, kNone, ArgMode::None, "evt", "true for read/write-class events"}, get_is_io},
    {{"evt.is_io_read", ValueType::Bool, kNone, ArgMode::None, "evt", "true for read-class events"}, get_is_io_read},
    {{"evt.is_io_write", ValueType::Bool, kNone, ArgMode::None, "evt", "true for write-class events"}, get_is_io_write},
    {{"evt.io_dir", ValueType::String, kNone, ArgMode::None, "evt", "'read' or 'write' for I/O events"}, get_io_dir},
    {{"evt.is_wait", ValueType::Bool, kNone, ArgMode::None, "evt", "true for events that wait (sleep, poll, ...)"}, get_is_wait},
    {{"evt.wait_latency", ValueType::RelTime, kNone, ArgMode::None, "evt", "time spent waiting by wait events"}, get_wait_latency},
    {{"evt.is_syslog", ValueType::Bool, kNone, ArgMode::None, "evt", "true for writes to /dev/log"}, get_is_syslog},
    {{"evt.buffer", ValueType::Buffer, kNone, ArgMode::None, "evt", "the data of an I/O event (up to the snaplen)"}, get_buffer},
    {{"evt.buflen", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes transferred by an I/O event"}, get_buflen},
    {{"evt.count", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for every event (for aggregation)"}, get_count},
    gated({{"evt.count.error", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for every failed event"}, get_count_error<0>}, ValueGate::FailedExit),
    gated({{"evt.count.error.file", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for every failed file event"}, get_count_error<1>}, ValueGate::FailedExit),
    gated({{"evt.count.error.net", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for every failed network event"}, get_count_error<2>}, ValueGate::FailedExit),
    gated({{"evt.count.error.memory", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for every failed memory event"}, get_count_error<3>}, ValueGate::FailedExit),
    gated({{"evt.count.error.other", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for every other failed event"}, get_count_error<4>}, ValueGate::FailedExit),
    {{"evt.count.exit", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for every exit event"}, get_count_exit},
    {{"evt.is_open_read", ValueType::Bool, kNone, ArgMode::None, "evt", "true for opens for reading"}, get_is_open<0>},
    {{"evt.is_open_write", ValueType::Bool, kNone, ArgMode::None, "evt", "true for opens for writing"}, get_is_open<1>},
    {{"evt.is_open_exec", ValueType::Bool, kNone, ArgMode::None, "evt", "true for opens of executables"}, get_is_open<2>},
    {{"evt.args", ValueType::String, kNone, ArgMode::None, "evt", "all the event's arguments, as name=value pairs"}, get_args, nullptr, render_args},
    {{"evt.info", ValueType::String, kNone, ArgMode::None, "evt", "the event's arguments as sysdig's default line shows them"}, get_info, nullptr, render_info},
    {{"evt.arg", ValueType::String, kNone, ArgMode::IndexOrName, "evt", "one argument, by name (evt.arg.fd) or index (evt.arg[0])"}, get_arg, nullptr, render_arg},
    {{"evt.abspath", ValueType::String, kNone, ArgMode::None, "evt", "absolute path of the file an open-type event names"}, get_abspath},
};

}  // namespace

const std::vector<FieldDef>& evt_field_defs() {
  (void)kMulti;
  return kEvtFields;
}

void set_latency_quantize_width(uint32_t width) { g_quantize_width.store(width, std::memory_order_relaxed); }
uint32_t latency_quantize_width() { return g_quantize_width.load(std::memory_order_relaxed); }

}  // namespace trowel::engine::fields
