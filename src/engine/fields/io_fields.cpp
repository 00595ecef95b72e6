// Fields that classify I/O by the kind of fd (evt.buflen.file.in ...), the
// decoded /dev/log messages (syslog.*), and a few view helpers
// (thread.nametid, thread.vmsize.b, fd.containerdirectory, evt.count.procinfo).
#include <charconv>
#include <cstring>
#include <optional>

#include "capture/event_schema.h"
#include "capture/param_decode.h"
#include "engine/fd_naming.h"
#include "engine/fields/event_facts.h"
#include "engine/fields/field_table.h"
#include "engine/path_util.h"
#include "engine/state.h"

namespace trowel::engine::fields {

namespace {

bool is_file(const FdInfo* f) { return f && (f->kind == FdKind::File || f->kind == FdKind::Directory); }
bool is_net(const FdInfo* f) { return f && (f->kind == FdKind::Ipv4 || f->kind == FdKind::Ipv6); }

// Bytes moved by an I/O exit event in direction `dir` ('r', 'w' or 0 for
// both) on an fd accepted by `kind_ok`.
template <char Dir, int Kind>
bool get_io_bytes(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (c.ev->is_enter() || !c.fd) return false;
  char d = io_direction(*c.ev);
  if (!d || (Dir && d != Dir)) return false;
  if constexpr (Kind == 1) { if (!is_file(c.fd)) return false; }
  if constexpr (Kind == 2) { if (!is_net(c.fd)) return false; }
  int64_t r;
  if (!event_result(*c.ev, r) || r < 0) return false;
  return set_uint(v, static_cast<uint64_t>(r));
}

bool get_nametid(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!c.thread) return false;
  s.text = c.thread->comm;
  s.text += '-';
  s.text += std::to_string(c.thread->tid);
  return set_str(v, s.text);
}
// As in sysdig: the process's memory on its main thread, 0 on the other
// threads (so a per-thread SUM, as in the containers view, counts it once).
bool get_vmsize_b(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!c.thread) return false;
  return set_uint(v, c.thread->is_main_thread() ? static_cast<uint64_t>(c.thread->proc().vmsize_kb) * 1024 : 0);
}
bool get_vmrss_b(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!c.thread) return false;
  return set_uint(v, c.thread->is_main_thread() ? static_cast<uint64_t>(c.thread->proc().vmrss_kb) * 1024 : 0);
}
bool get_containerdirectory(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!is_file(c.fd)) return false;
  s.text = (c.thread && !c.thread->container_id.empty()) ? c.thread->container_id : "host";
  s.text += ':';
  s.text.append(c.fd->kind == FdKind::Directory ? std::string_view(c.fd->name) : dir_name(c.fd->name));
  return set_str(v, s.text);
}
bool get_count_procinfo(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const capture::EventInfo* info = capture::event_info(c.ev->type);
  if (!info || std::strcmp(info->name, "procinfo") != 0 || !c.thread || !c.thread->is_main_thread()) return false;
  return set_uint(v, 1);
}
bool get_count_threadinfo(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const capture::EventInfo* info = capture::event_info(c.ev->type);
  if (!info || std::strcmp(info->name, "procinfo") != 0) return false;
  return set_uint(v, 1);
}

// A write to /dev/log: "<PRI>message", PRI = facility * 8 + severity.
struct Syslog {
  int facility = -1, severity = -1;
  std::string_view message;
};
bool parse_syslog(const EventContext& c, Syslog& out) {
  if (!c.fd || c.fd->name.find("/dev/log") == std::string::npos || io_direction(*c.ev) != 'w') return false;
  auto data = io_buffer(c);
  if (!data) return false;
  std::string_view text(reinterpret_cast<const char*>(data->data()), data->size());
  if (text.size() < 3 || text[0] != '<') return false;
  size_t close = text.find('>');
  if (close == std::string_view::npos || close > 4) return false;
  int pri = 0;
  for (size_t i = 1; i < close; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    pri = pri * 10 + (text[i] - '0');
  }
  out.facility = pri / 8;
  out.severity = pri % 8;
  out.message = text.substr(close + 1);
  return true;
}
const char* const kFacilities[] = {"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news",
                                   "uucp", "clock", "authpriv", "ftp", "ntp", "logaudit", "logalert",
                                   "cron", "local0", "local1", "local2", "local3", "local4", "local5",
                                   "local6", "local7"};
const char* const kSeverities[] = {"emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"};

bool get_syslog_facility(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  Syslog s;
  return parse_syslog(c, s) && set_uint(v, static_cast<uint64_t>(s.facility));
}
bool get_syslog_facility_str(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  Syslog s;
  if (!parse_syslog(c, s) || s.facility >= static_cast<int>(std::size(kFacilities))) return false;
  return set_str(v, kFacilities[s.facility]);
}
bool get_syslog_severity(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  Syslog s;
  return parse_syslog(c, s) && set_uint(v, static_cast<uint64_t>(s.severity));
}
bool get_syslog_severity_str(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  Syslog s;
  return parse_syslog(c, s) && set_str(v, kSeverities[s.severity]);
}
bool get_syslog_message(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  Syslog s;
  return parse_syslog(c, s) && set_str(v, s.message);
}

// fdlist.*: the fds of a poll-style event (its FDLIST parameter: the exit
// event's, else the paired enter event's), comma-separated.
std::optional<capture::FdListView> event_fdlist(const EventContext& c) {
  for (const capture::EventView* e : {c.ev, c.enter}) {
    if (!e) continue;
    const capture::EventInfo* info = e->info();
    if (!info) continue;
    for (uint32_t i = 0; i < info->nparams && i < e->nparams; ++i)
      if (info->params[i].type == capture::ParamType::FdList) return capture::decode_fdlist(e->param(i));
  }
  return std::nullopt;
}
bool get_fdlist_nums(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  auto list = event_fdlist(c);
  if (!list) return false;
  s.text.clear();
  char b[24];
  for (capture::FdListEntry e : *list) {
    if (!s.text.empty()) s.text.push_back(',');
    s.text.append(b, static_cast<size_t>(std::to_chars(b, b + sizeof b, e.fd).ptr - b));
  }
  return !s.text.empty() && set_str(v, s.text);  // an empty list: no value (sysdig 0.29.3)
}
// Names of the fds, as sysdig 0.29.3: <NA> for an fd the table does not
// know or one without a name.
bool get_fdlist_names(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  auto list = event_fdlist(c);
  if (!list || !c.thread) return false;
  s.text.clear();
  bool first = true;
  for (capture::FdListEntry e : *list) {
    const FdInfo* f = c.thread->fds->find(e.fd);
    if (!first) s.text.push_back(',');
    first = false;
    if (f && !f->name.empty()) s.text += f->name;
    else s.text += "<NA>";
  }
  return !first && set_str(v, s.text);
}

// fdlist.cips/sips/cports/sports, as sysdig 0.29.3: one entry per IPv4/IPv6
// socket of the list, in list order, comma-separated (unconnected sockets
// give 0.0.0.0 / :: and port 0); a listening or bound (server) socket adds
// its address to fdlist.sips only. Other and unknown fds add nothing; no
// entry at all: no value.
enum class NetPart { Cip, Sip, Cport, Sport };
template <NetPart P>
bool get_fdlist_net(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  auto list = event_fdlist(c);
  if (!list || !c.thread) return false;
  s.text.clear();
  bool any = false;
  char b[24];
  for (capture::FdListEntry e : *list) {
    const FdInfo* f = c.thread->fds->find(e.fd);
    if (!f || (f->kind != FdKind::Ipv4 && f->kind != FdKind::Ipv6)) continue;
    if (f->is_listening && P != NetPart::Sip) continue;
    if (any) s.text.push_back(',');
    any = true;
    const bool v6 = f->kind == FdKind::Ipv6;
    switch (P) {
      case NetPart::Cip: append_ip(s.text, f->cip, v6); break;
      case NetPart::Sip: append_ip(s.text, f->sip, v6); break;
      case NetPart::Cport: s.text.append(b, static_cast<size_t>(std::to_chars(b, b + sizeof b, f->cport).ptr - b)); break;
      case NetPart::Sport: s.text.append(b, static_cast<size_t>(std::to_chars(b, b + sizeof b, f->sport).ptr - b)); break;
    }
  }
  return any && set_str(v, s.text);
}

constexpr uint32_t kNone = 0;

const std::vector<FieldDef> kIoFields = {
    gated({{"evt.buflen.in", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes read by an I/O event"}, get_io_bytes<'r', 0>}, ValueGate::IoExit),
    gated({{"evt.buflen.out", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes written by an I/O event"}, get_io_bytes<'w', 0>}, ValueGate::IoExit),
    gated({{"evt.buflen.file", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes read or written on a file"}, get_io_bytes<0, 1>}, ValueGate::IoExit),
    gated({{"evt.buflen.file.in", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes read from a file"}, get_io_bytes<'r', 1>}, ValueGate::IoExit),
    gated({{"evt.buflen.file.out", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes written to a file"}, get_io_bytes<'w', 1>}, ValueGate::IoExit),
    gated({{"evt.buflen.net", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes received or sent on a network socket"}, get_io_bytes<0, 2>}, ValueGate::IoExit),
    gated({{"evt.buflen.net.in", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes received from the network"}, get_io_bytes<'r', 2>}, ValueGate::IoExit),
    gated({{"evt.buflen.net.out", ValueType::UInt, kNone, ArgMode::None, "evt", "bytes sent to the network"}, get_io_bytes<'w', 2>}, ValueGate::IoExit),
    {{"evt.count.procinfo", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for procinfo events of main threads"}, get_count_procinfo},
    {{"evt.count.threadinfo", ValueType::UInt, kNone, ArgMode::None, "evt", "1 for procinfo events"}, get_count_threadinfo},
    {{"thread.nametid", ValueType::String, kNone, ArgMode::None, "thread", "thread name and id, e.g. bash-1234"}, get_nametid},
    memory_data({{"thread.vmsize.b", ValueType::UInt, kNone, ArgMode::None, "thread", "virtual memory size of the process (bytes), on its main thread; 0 on other threads"}, get_vmsize_b}),
    memory_data({{"thread.vmrss.b", ValueType::UInt, kNone, ArgMode::None, "thread", "resident memory of the process (bytes), on its main thread; 0 on other threads"}, get_vmrss_b}),
    {{"fd.containerdirectory", ValueType::String, kNone, ArgMode::None, "fd", "container id and directory of a file fd"}, get_containerdirectory},
    {{"fdlist.nums", ValueType::String, kNone, ArgMode::None, "fdlist", "poll events: the fd numbers of the fds argument, comma-separated"}, get_fdlist_nums},
    {{"fdlist.names", ValueType::String, kNone, ArgMode::None, "fdlist", "poll events: the names of the fds of the fds argument, comma-separated"}, get_fdlist_names},
    {{"fdlist.cips", ValueType::String, kNone, ArgMode::None, "fdlist", "poll events: the client IP addresses of the sockets of the fds argument, comma-separated"}, get_fdlist_net<NetPart::Cip>},
    {{"fdlist.sips", ValueType::String, kNone, ArgMode::None, "fdlist", "poll events: the server IP addresses of the sockets of the fds argument, comma-separated"}, get_fdlist_net<NetPart::Sip>},
    {{"fdlist.cports", ValueType::String, kNone, ArgMode::None, "fdlist", "poll events: the client ports of the sockets of the fds argument, comma-separated"}, get_fdlist_net<NetPart::Cport>},
    {{"fdlist.sports", ValueType::String, kNone, ArgMode::None, "fdlist", "poll events: the server ports of the sockets of the fds argument, comma-separated"}, get_fdlist_net<NetPart::Sport>},
    {{"syslog.facility", ValueType::UInt, kNone, ArgMode::None, "syslog", "facility of a message written to /dev/log"}, get_syslog_facility},
    {{"syslog.facility.str", ValueType::String, kNone, ArgMode::None, "syslog", "facility name (kern, user, daemon, ...)"}, get_syslog_facility_str},
    {{"syslog.severity", ValueType::UInt, kNone, ArgMode::None, "syslog", "severity of a message written to /dev/log"}, get_syslog_severity},
    {{"syslog.severity.str", ValueType::String, kNone, ArgMode::None, "syslog", "severity name (emerg ... debug)"}, get_syslog_severity_str},
    {{"syslog.message", ValueType::String, kNone, ArgMode::None, "syslog", "text of a message written to /dev/log"}, get_syslog_message},
};

}  // namespace

const std::vector<FieldDef>& io_field_defs() { return kIoFields; }

}  // namespace trowel::engine::fields
