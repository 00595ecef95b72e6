// fd.* fields: the file descriptor the event uses or creates.
#include <charconv>

#include "capture/event_schema.h"
#include "engine/fd_naming.h"
#include "engine/fields/field_table.h"
#include "engine/path_util.h"
#include "engine/state.h"

namespace trowel::engine::fields {

namespace {

const FdInfo* fd(const EventContext& c) { return c.fd; }
bool is_ip_socket(const FdInfo* f) { return f && (f->kind == FdKind::Ipv4 || f->kind == FdKind::Ipv6); }
// An IP socket with an address: connected or accepted, bound to a port, or
// from the capture's table. sysdig shows no address, port or protocol before
// that (after socket(), or a bind to port 0).
bool is_socket(const FdInfo* f) {
  return is_ip_socket(f) && (f->connected || f->open_ts == 0 || (f->is_listening && f->sport != 0));
}

filter::IpAddress ip_of(const FdInfo& f, const std::array<uint8_t, 16>& a) {
  filter::IpAddress ip;
  ip.family = f.kind == FdKind::Ipv4 ? 4 : 6;
  ip.bytes = a;
  return ip;
}

// Local and remote endpoints from the client/server view.
const std::array<uint8_t, 16>& local_ip(const FdInfo& f) { return f.is_server_role || (f.is_listening && !f.connected) ? f.sip : f.cip; }
const std::array<uint8_t, 16>& remote_ip(const FdInfo& f) { return f.is_server_role ? f.cip : f.sip; }
uint16_t local_port(const FdInfo& f) { return f.is_server_role || (f.is_listening && !f.connected) ? f.sport : f.cport; }
uint16_t remote_port(const FdInfo& f) { return f.is_server_role ? f.cport : f.sport; }

bool get_num(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (c.fd_pending) return set_int(v, -1);
  return c.fd_num != -1 && set_int(v, c.fd_num);
}
bool get_type(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return fd(c) && set_str(v, fd_kind_name(fd(c)->kind)); }
bool memo_type(const EventContext& c, uint64_t& id) {
  if (!fd(c)) return false;
  id = static_cast<uint64_t>(fd(c)->kind);
  return true;
}
bool get_typechar(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!fd(c) && c.fd_pending) {
    // sysdig 0.29.3 already knows the kind an fd-creating call will make on
    // its enter event: 'f' for opens, '4' for sockets and accepts (even IPv6).
    const capture::EventInfo* info = capture::event_info(c.ev->type);
    if (!info) return false;
    std::string_view n = info->name;
    if (n == "open" || n == "openat" || n == "openat2" || n == "creat") return set_str(v, "f");
    if (n == "socket" || n == "accept" || n == "accept4") return set_str(v, "4");
    return false;
  }
  if (!fd(c)) {
    // An fd number the state does not know: 'o' (other), as sysdig.
    if (c.fd_num >= 0) return set_str(v, "o");
    return false;
  }
  s.text.assign(1, fd_kind_char(fd(c)->kind));
  return set_str(v, s.text);
}
// fd.name: the fd's name, or for a failed open the path it tried.
bool get_name(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (fd(c)) return set_str(v, fd(c)->name);
  if (!c.path.empty()) return set_str(v, c.path);
  // An fd the state does not know: sysdig shows an empty name.
  if (c.fd_num >= 0 && !c.ev->is_enter()) return set_str(v, "");
  return false;
}
bool get_directory(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  FieldValue name;
  if (!get_name(c, a, s, name)) return false;
  if (fd(c) && fd(c)->kind == FdKind::Directory) return set_str(v, name.bytes);
  if (fd(c) && fd(c)->kind != FdKind::File) return false;
  if (!fd(c) && c.path.empty()) return set_str(v, "/");  // unknown fd: sysdig says "/"
  return set_str(v, dir_name(name.bytes));
}
bool get_filename(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  FieldValue name;
  if (!get_name(c, a, s, name)) return false;
  if (!fd(c) && c.path.empty()) return false;  // unknown fd
  if (fd(c) && fd(c)->kind != FdKind::File && fd(c)->kind != FdKind::Directory) return false;
  return set_str(v, base_name(name.bytes));
}
bool get_cip(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!is_socket(fd(c)) || !fd(c)->connected) return false;
  v = FieldValue::of_ip(ip_of(*fd(c), fd(c)->cip));
  return true;
}
bool get_sip(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!is_socket(fd(c))) return false;
  v = FieldValue::of_ip(ip_of(*fd(c), fd(c)->sip));
  return true;
}
bool get_lip(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!is_socket(fd(c))) return false;
  v = FieldValue::of_ip(ip_of(*fd(c), local_ip(*fd(c))));
  return true;
}
bool get_rip(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!is_socket(fd(c)) || !fd(c)->connected) return false;
  v = FieldValue::of_ip(ip_of(*fd(c), remote_ip(*fd(c))));
  return true;
}
bool get_cport(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return is_socket(fd(c)) && fd(c)->connected && set_uint(v, fd(c)->cport);
}
bool get_sport(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return is_socket(fd(c)) && set_uint(v, fd(c)->sport);
}
bool get_lport(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return is_socket(fd(c)) && set_uint(v, local_port(*fd(c)));
}
bool get_rport(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return is_socket(fd(c)) && fd(c)->connected && set_uint(v, remote_port(*fd(c)));
}
// fd.ip / fd.net: either endpoint; fd.port: either port.
void each_ip(const EventContext& c, const FieldArg&, Scratch&, ValueSink& sink) {
  if (!is_socket(fd(c))) return;
  if (fd(c)->connected && !sink.on_value(FieldValue::of_ip(ip_of(*fd(c), fd(c)->cip)))) return;
  sink.on_value(FieldValue::of_ip(ip_of(*fd(c), fd(c)->sip)));
}
void each_port(const EventContext& c, const FieldArg&, Scratch&, ValueSink& sink) {
  if (!is_socket(fd(c))) return;
  if (fd(c)->connected && !sink.on_value(FieldValue::of_uint(fd(c)->cport))) return;
  sink.on_value(FieldValue::of_uint(fd(c)->sport));
}
void append_int(std::string& out, int64_t v) {
  char b[24];
  out.append(b, static_cast<size_t>(std::to_chars(b, b + sizeof b, v).ptr - b));
}
// fd.cproto ... fd.rproto: sysdig 0.29.3's "protocol" of a port is its number
// as text (it resolves no service names unless asked to), so fd.sproto=80
// is a string comparison. They exist only for connected sockets (not after a
// bare bind/listen, where fd.sport already shows the port).
bool port_text(GetFn port, const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  FieldValue p;
  if (!fd(c) || !fd(c)->connected || !port(c, a, s, p)) return false;
  s.text.clear();
  append_int(s.text, static_cast<int64_t>(p.u));
  return set_str(v, s.text);
}
bool get_cproto(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { return port_text(get_cport, c, a, s, v); }
bool get_sproto(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { return port_text(get_sport, c, a, s, v); }
bool get_lproto(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { return port_text(get_lport, c, a, s, v); }
bool get_rproto(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) { return port_text(get_rport, c, a, s, v); }
// fd.proto (filters): either port, also of a bound or listening socket (as
// sysdig's filter matches it, although its display fields are empty there).
void each_proto(const EventContext& c, const FieldArg&, Scratch& s, ValueSink& sink) {
  if (!is_socket(fd(c))) return;
  if (fd(c)->connected) {
    s.text.clear();
    append_int(s.text, fd(c)->cport);
    if (!sink.on_value(FieldValue::of_bytes(s.text))) return;
  }
  s.text.clear();
  append_int(s.text, fd(c)->sport);
  sink.on_value(FieldValue::of_bytes(s.text));
}
bool get_name_changed(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return fd(c) && set_bool(v, c.fd_name_changed);
}
bool get_l4proto(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!fd(c) || (!is_socket(fd(c)))) return false;
  switch (fd(c)->l4proto) {
    case 2: return set_str(v, "tcp");
    case 3: return set_str(v, "udp");
    case 4: return set_str(v, "icmp");
    case 5: return set_str(v, "raw");
    default: return false;
  }
}
bool get_sockfamily(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!fd(c)) return false;
  if (is_ip_socket(fd(c))) return set_str(v, "ip");
  if (fd(c)->kind == FdKind::Unix) return set_str(v, "unix");
  return false;
}
bool get_is_server(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!is_socket(fd(c))) return false;
  return set_bool(v, fd(c)->is_server_role || (fd(c)->is_listening && !fd(c)->connected));
}
bool get_connected(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return fd(c) && set_bool(v, fd(c)->connected);
}
bool get_uid(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!c.thread || c.fd_num < 0) return false;
  s.text.clear();
  append_int(s.text, c.thread->tid);
  append_int(s.text, c.fd_num);
  return set_str(v, s.text);
}
bool get_containername(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  FieldValue name;
  if (!get_name(c, a, s, name)) return false;
  // name may point into s.text: build in text2 first.
  s.text2.assign((c.thread && !c.thread->container_id.empty()) ? std::string_view(c.thread->container_id)
                                                                : std::string_view("host"));
  s.text2 += ':';
  s.text2.append(name.bytes);
  s.text.swap(s.text2);
  return set_str(v, s.text);
}
bool get_dev(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return fd(c) && set_uint(v, fd(c)->dev); }
bool get_dev_major(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return fd(c) && set_uint(v, fd(c)->dev >> 20); }
bool get_dev_minor(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return fd(c) && set_uint(v, fd(c)->dev & 0xFFFFF); }
bool get_ino(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return fd(c) && set_uint(v, fd(c)->ino); }

bool get_no_value(const EventContext&, const FieldArg&, Scratch&, FieldValue&) { return false; }

constexpr uint32_t kNone = 0;
constexpr uint32_t kMultiFilter = filter::kFieldMultiValued | filter::kFieldFilterOnly;

const std::vector<FieldDef> kFdFields = {
    {{"fd.num", ValueType::Int, kNone, ArgMode::None, "fd", "fd number"}, get_num},
    {{"fd.type", ValueType::String, kNone, ArgMode::None, "fd", "file, directory, ipv4, ipv6, unix, pipe, event, signalfd, eventpoll, inotify, timerfd, netlink, ..."}, get_type, nullptr, nullptr, nullptr, nullptr, nullptr, memo_type},
    {{"fd.typechar", ValueType::String, kNone, ArgMode::None, "fd", "fd type as one letter: f d 4 6 u p e s l i t n ..."}, get_typechar},
    {{"fd.name", ValueType::String, kNone, ArgMode::None, "fd", "file path, or cip:cport->sip:sport for a connection (for a failed open: the path tried)"}, get_name},
    {{"fd.directory", ValueType::String, kNone, ArgMode::None, "fd", "directory of a file fd"}, get_directory},
    {{"fd.filename", ValueType::String, kNone, ArgMode::None, "fd", "file name without the directory"}, get_filename},
    {{"fd.ip", ValueType::IpAddr, kMultiFilter, ArgMode::None, "fd", "either IP of a connection (filters only)"}, nullptr, each_ip},
    {{"fd.net", ValueType::IpNet, kMultiFilter, ArgMode::None, "fd", "either IP of a connection, compared with a CIDR network (filters only)"}, nullptr, each_ip},
    {{"fd.port", ValueType::Port, kMultiFilter, ArgMode::None, "fd", "either port of a connection (filters only)"}, nullptr, each_port},
    {{"fd.cip", ValueType::IpAddr, kNone, ArgMode::None, "fd", "client IP"}, get_cip},
    {{"fd.sip", ValueType::IpAddr, kNone, ArgMode::None, "fd", "server IP"}, get_sip},
    {{"fd.lip", ValueType::IpAddr, kNone, ArgMode::None, "fd", "local IP"}, get_lip},
    {{"fd.rip", ValueType::IpAddr, kNone, ArgMode::None, "fd", "remote IP"}, get_rip},
    // sysdig 0.29.3 fills these from its live DNS cache only: reading a
    // capture they never have a value (printed <NA>).
    {{"fd.cip.name", ValueType::String, kNone, ArgMode::None, "fd", "domain name of the client IP (live DNS only: no value in captures)"}, get_no_value},
    {{"fd.sip.name", ValueType::String, kNone, ArgMode::None, "fd", "domain name of the server IP (live DNS only: no value in captures)"}, get_no_value},
    {{"fd.lip.name", ValueType::String, kNone, ArgMode::None, "fd", "domain name of the local IP (live DNS only: no value in captures)"}, get_no_value},
    {{"fd.rip.name", ValueType::String, kNone, ArgMode::None, "fd", "domain name of the remote IP (live DNS only: no value in captures)"}, get_no_value},
    {{"fd.cnet", ValueType::IpNet, filter::kFieldFilterOnly, ArgMode::None, "fd", "client IP against a CIDR network"}, get_cip},
    {{"fd.snet", ValueType::IpNet, filter::kFieldFilterOnly, ArgMode::None, "fd", "server IP against a CIDR network"}, get_sip},
    {{"fd.lnet", ValueType::IpNet, filter::kFieldFilterOnly, ArgMode::None, "fd", "local IP against a CIDR network"}, get_lip},
    {{"fd.rnet", ValueType::IpNet, filter::kFieldFilterOnly, ArgMode::None, "fd", "remote IP against a CIDR network"}, get_rip},
    {{"fd.cport", ValueType::Port, kNone, ArgMode::None, "fd", "client port"}, get_cport},
    {{"fd.sport", ValueType::Port, kNone, ArgMode::None, "fd", "server port"}, get_sport},
    {{"fd.lport", ValueType::Port, kNone, ArgMode::None, "fd", "local port"}, get_lport},
    {{"fd.rport", ValueType::Port, kNone, ArgMode::None, "fd", "remote port"}, get_rport},
    {{"fd.cproto", ValueType::String, kNone, ArgMode::None, "fd", "client port as text (sysdig's protocol of the client port)"}, get_cproto},
    {{"fd.sproto", ValueType::String, kNone, ArgMode::None, "fd", "server port as text"}, get_sproto},
    {{"fd.lproto", ValueType::String, kNone, ArgMode::None, "fd", "local port as text"}, get_lproto},
    {{"fd.rproto", ValueType::String, kNone, ArgMode::None, "fd", "remote port as text"}, get_rproto},
    {{"fd.proto", ValueType::String, kMultiFilter, ArgMode::None, "fd", "either port of a connection as text (filters only)"}, nullptr, each_proto},
    {{"fd.name_changed", ValueType::Bool, kNone, ArgMode::None, "fd", "true when this event gave the fd its name (open, accept, bind or connect of an IP socket)"}, get_name_changed},
    {{"fd.l4proto", ValueType::String, kNone, ArgMode::None, "fd", "tcp, udp, icmp or raw"}, get_l4proto},
    {{"fd.sockfamily", ValueType::String, kNone, ArgMode::None, "fd", "ip or unix"}, get_sockfamily},
    {{"fd.is_server", ValueType::Bool, kNone, ArgMode::None, "fd", "true if this process is the server side"}, get_is_server},
    {{"fd.connected", ValueType::Bool, kNone, ArgMode::None, "fd", "true for a connected socket"}, get_connected},
    {{"fd.uid", ValueType::String, kNone, ArgMode::None, "fd", "unique id of the fd (thread id and fd number)"}, get_uid},
    {{"fd.containername", ValueType::String, kNone, ArgMode::None, "fd", "container id and fd name"}, get_containername},
    {{"fd.dev", ValueType::UInt, kNone, ArgMode::None, "fd", "device number of a file"}, get_dev},
    {{"fd.dev.major", ValueType::UInt, kNone, ArgMode::None, "fd", "major device number"}, get_dev_major},
    {{"fd.dev.minor", ValueType::UInt, kNone, ArgMode::None, "fd", "minor device number"}, get_dev_minor},
    {{"fd.ino", ValueType::UInt, kNone, ArgMode::None, "fd", "inode number"}, get_ino},
};

}  // namespace

const std::vector<FieldDef>& fd_field_defs() { return kFdFields; }

}  // namespace trowel::engine::fields
