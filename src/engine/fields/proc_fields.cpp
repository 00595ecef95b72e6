// proc.* and thread.* fields: the process and thread of the event.
#include <algorithm>
#include <cstring>
#include <cstdio>

#include "engine/fields/field_table.h"
#include "engine/state.h"

namespace trowel::engine::fields {

namespace {

const ThreadInfo* th(const EventContext& c) { return c.thread; }
const ThreadInfo* pr(const EventContext& c) { return c.thread ? &c.thread->proc() : nullptr; }

// The parent process of a thread's process, if known.
const ThreadInfo* parent_of(const EventContext& c, const ThreadInfo* p) {
  if (!p || !c.state) return nullptr;
  const ThreadInfo* parent = c.state->thread(p->ptid);
  return parent ? &parent->proc() : nullptr;
}

// The n-th ancestor (0 = the process itself); null if unknown.
const ThreadInfo* ancestor(const EventContext& c, int64_t n) {
  const ThreadInfo* p = pr(c);
  for (int64_t i = 0; p && i < n; ++i) {
    const ThreadInfo* next = parent_of(c, p);
    if (next == p) return nullptr;
    p = next;
  }
  return p;
}

bool get_pid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return th(c) && set_int(v, th(c)->pid); }
bool get_tid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (th(c)) return set_int(v, th(c)->tid);
  // An event without a thread record (sysdig's procinfo of a kernel
  // thread): thread.tid is still the event's tid, as in sysdig.
  return c.ev && c.ev->tid > 0 && set_int(v, c.ev->tid);
}
// -1 (not known: old captures) shows as <NA>, as in sysdig.
bool get_vtid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return th(c) && th(c)->vtid >= 0 && set_int(v, th(c)->vtid); }
bool get_vpid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return th(c) && th(c)->vpid >= 0 && set_int(v, th(c)->vpid); }
bool get_ismain(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return th(c) && set_bool(v, th(c)->is_main_thread()); }
// A thread known only from its events has no name yet: sysdig 0.29.3 names
// it "<NA>" (the text, also for filters and JSON), and its exe too.
bool get_name(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return th(c) && set_str(v, th(c)->comm.empty() && th(c)->incomplete ? std::string_view("<NA>") : std::string_view(th(c)->comm));
}
bool get_exe(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return pr(c) && set_str(v, pr(c)->exe.empty() && pr(c)->incomplete ? std::string_view("<NA>") : std::string_view(pr(c)->exe));
}
bool get_exepath(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return pr(c) && set_str(v, pr(c)->exepath); }
bool get_args(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!pr(c)) return false;
  join_list(pr(c)->args, ' ', s.text);
  return set_str(v, s.text);
}
bool get_env(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!pr(c)) return false;
  join_list(pr(c)->env, ' ', s.text);
  return set_str(v, s.text);
}
bool get_cmdline(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!th(c)) return false;
  join_list(pr(c)->args, ' ', s.text2);
  s.text.assign(th(c)->comm.empty() && th(c)->incomplete ? std::string_view("<NA>") : std::string_view(th(c)->comm));
  if (!s.text2.empty()) { s.text += ' '; s.text += s.text2; }
  return set_str(v, s.text);
}
// sysdig 0.29.3: exe, one space, the arguments joined by spaces (so
// "./prog " without arguments, and "<NA> " for a thread it knows nothing of).
bool get_exeline(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!pr(c)) return false;
  s.text.assign(pr(c)->exe.empty() && pr(c)->incomplete ? std::string_view("<NA>") : std::string_view(pr(c)->exe));
  s.text += ' ';
  // The arguments joined with spaces, as join_list(args, ' ') gives them,
  // in place: one copy, then NULs -> spaces (the list's final NUL dropped).
  std::string_view args = pr(c)->args;
  if (!args.empty() && args.back() == '\0') args.remove_suffix(1);
  size_t start = s.text.size();
  s.text.append(args);
  // memchr finds the few NULs faster than a byte-by-byte std::replace.
  char* p = s.text.data() + start;
  char* const end = s.text.data() + s.text.size();
  while (p < end && (p = static_cast<char*>(std::memchr(p, '\0', static_cast<size_t>(end - p))))) *p++ = ' ';
  return set_str(v, s.text);
}
bool get_cwd(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!pr(c)) return false;
  s.text = pr(c)->cwd;
  if (!s.text.empty() && s.text.back() != '/') s.text += '/';
  return set_str(v, s.text);
}
bool get_ppid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ThreadInfo* p = pr(c);
  if (!p) return false;
  const ThreadInfo* parent = parent_of(c, p);
  return set_int(v, parent ? parent->pid : p->ptid);
}
bool get_pname(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ThreadInfo* parent = parent_of(c, pr(c));
  return parent && set_str(v, parent->comm);
}
bool get_pcmdline(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  const ThreadInfo* parent = parent_of(c, pr(c));
  if (!parent) return false;
  join_list(parent->args, ' ', s.text2);
  s.text = parent->comm;
  if (!s.text2.empty()) { s.text += ' '; s.text += s.text2; }
  return set_str(v, s.text);
}
// proc.aname[N] / proc.apid[N]; without an index every ancestor (filters).
bool get_aname(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  const ThreadInfo* p = ancestor(c, a.present ? a.index : 1);
  return p && set_str(v, p->comm);
}
bool get_apid(const EventContext& c, const FieldArg& a, Scratch&, FieldValue& v) {
  const ThreadInfo* p = ancestor(c, a.present ? a.index : 1);
  return p && set_int(v, p->pid);
}
template <bool Name>
void each_ancestor(const EventContext& c, const FieldArg& a, Scratch&, ValueSink& sink) {
  if (a.present) {
    const ThreadInfo* p = ancestor(c, a.index);
    if (p) sink.on_value(Name ? FieldValue::of_bytes(p->comm) : FieldValue::of_int(p->pid));
    return;
  }
  const ThreadInfo* p = pr(c);
  for (int depth = 0; p && depth < 64; ++depth) {
    const ThreadInfo* parent = parent_of(c, p);
    if (!parent || parent == p) return;
    if (!sink.on_value(Name ? FieldValue::of_bytes(parent->comm) : FieldValue::of_int(parent->pid))) return;
    p = parent;
  }
}
bool is_shell(std::string_view comm) {
  return comm == "bash" || comm == "sh" || comm == "zsh" || comm == "ksh" || comm == "csh" ||
         comm == "tcsh" || comm == "dash" || comm == "fish" || comm == "ash";
}
bool get_loginshellid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ThreadInfo* p = pr(c);
  int64_t found = -1;
  for (int depth = 0; p && depth < 64; ++depth) {
    if (is_shell(p->comm)) found = p->pid;
    const ThreadInfo* parent = parent_of(c, p);
    if (parent == p) break;
    p = parent;
  }
  return found >= 0 && set_int(v, found);
}
bool get_duration(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  const ThreadInfo* p = pr(c);
  if (!p || p->clone_ts == 0 || c.ev->ts < p->clone_ts) return false;
  return set_uint(v, c.ev->ts - p->clone_ts);
}
bool get_exectime(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!c.thread || (c.ev->type != kSwitchOld && c.ev->type != kSwitch)) return false;  // switch events only
  return set_uint(v, c.thread->exectime_ns);
}
bool get_totexectime(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return c.thread && set_uint(v, c.thread->totexectime_ns);
}
bool get_nthreads(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return pr(c) && set_uint(v, static_cast<uint64_t>(pr(c)->live_threads) + 1);
}
bool get_nchilds(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return pr(c) && set_uint(v, static_cast<uint64_t>(pr(c)->live_threads));
}
bool get_fdopencount(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  return th(c) && set_uint(v, th(c)->fds->size());
}
bool get_fdlimit(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return pr(c) && set_int(v, pr(c)->fdlimit); }
bool get_fdusage(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!pr(c) || pr(c)->fdlimit <= 0) return false;
  v = FieldValue::of_double(100.0 * static_cast<double>(th(c)->fds->size()) / static_cast<double>(pr(c)->fdlimit));
  return true;
}
bool render_fdusage(const EventContext& c, const FieldArg& a, Scratch& s, std::string& out) {
  FieldValue v;
  if (!get_fdusage(c, a, s, v)) return false;
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.1f", v.d);
  out.assign(buf, static_cast<size_t>(n));
  return true;
}
// thread.cpu[.user|.system]: the CPU percentage of the thread's last second,
// present on procinfo events only (State::on_procinfo); printed as sysdig
// prints it, with one decimal.
template <int Which>
double cpu_pct(const ThreadInfo& t) {
  if constexpr (Which == 0) return t.cpu_tot_pct;
  else if constexpr (Which == 1) return t.cpu_usr_pct;
  else return t.cpu_sys_pct;
}
template <int Which>
bool get_cpu(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!th(c) || c.ev->type != kProcInfo || th(c)->procinfo_only) return false;
  v = FieldValue::of_double(cpu_pct<Which>(*th(c)));
  return true;
}
template <int Which>
bool render_cpu(const EventContext& c, const FieldArg&, Scratch&, std::string& out) {
  if (!th(c) || c.ev->type != kProcInfo || th(c)->procinfo_only) return false;
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.1f", cpu_pct<Which>(*th(c)));
  out.assign(buf, static_cast<size_t>(n));
  return true;
}

bool get_vmsize(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return pr(c) && set_uint(v, pr(c)->vmsize_kb); }
bool get_vmrss(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return pr(c) && set_uint(v, pr(c)->vmrss_kb); }
bool get_vmswap(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return pr(c) && set_uint(v, pr(c)->vmswap_kb); }
bool get_pfmajor(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return th(c) && set_uint(v, th(c)->pfmajor); }
bool get_pfminor(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return th(c) && set_uint(v, th(c)->pfminor); }
bool get_sid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return pr(c) && set_int(v, pr(c)->sid); }
bool get_sname(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) {
  if (!pr(c) || !c.state) return false;
  const ThreadInfo* leader = c.state->thread(pr(c)->sid);
  return leader && set_str(v, leader->comm);
}
bool get_tty(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return pr(c) && set_uint(v, pr(c)->tty); }
bool get_vpgid(const EventContext& c, const FieldArg&, Scratch&, FieldValue& v) { return pr(c) && set_int(v, pr(c)->vpgid); }
bool get_cgroups(const EventContext& c, const FieldArg&, Scratch& s, FieldValue& v) {
  if (!pr(c)) return false;
  join_list(pr(c)->cgroups, ' ', s.text);
  return set_str(v, s.text);
}
// thread.cgroup.SUBSYS: the cgroup path of one subsystem ("cpu", "memory" ...).
bool get_cgroup(const EventContext& c, const FieldArg& a, Scratch& s, FieldValue& v) {
  if (!pr(c)) return false;
  std::string_view all = pr(c)->cgroups;
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find('\0', start);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(start, end - start);
    size_t eq = line.find('=');
    if (eq != std::string_view::npos && line.substr(0, eq) == a.name) {
      s.text.assign(line.substr(eq + 1));
      return set_str(v, s.text);
    }
    start = end + 1;
  }
  return false;
}

constexpr uint32_t kNone = 0;
constexpr uint32_t kMulti = filter::kFieldMultiValued;

const std::vector<FieldDef> kProcFields = {
    {{"proc.pid", ValueType::Int, kNone, ArgMode::None, "process", "process id"}, get_pid},
    {{"proc.exe", ValueType::String, kNone, ArgMode::None, "process", "first command-line argument (usually the executable)"}, get_exe},
    {{"proc.name", ValueType::String, kNone, ArgMode::None, "process", "name of the executable (comm)"}, get_name},
    {{"proc.args", ValueType::String, kNone, ArgMode::None, "process", "command-line arguments after the executable"}, get_args},
    {{"proc.env", ValueType::String, kNone, ArgMode::None, "process", "environment variables"}, get_env},
    {{"proc.cmdline", ValueType::String, kNone, ArgMode::None, "process", "name and arguments"}, get_cmdline},
    {{"proc.exeline", ValueType::String, kNone, ArgMode::None, "process", "executable and arguments"}, get_exeline},
    {{"proc.exepath", ValueType::String, kNone, ArgMode::None, "process", "full path of the executable"}, get_exepath},
    {{"proc.cwd", ValueType::String, kNone, ArgMode::None, "process", "current working directory"}, get_cwd},
    {{"proc.nthreads", ValueType::UInt, kNone, ArgMode::None, "process", "number of threads"}, get_nthreads},
    {{"proc.nchilds", ValueType::UInt, kNone, ArgMode::None, "process", "number of threads other than the main one"}, get_nchilds},
    {{"proc.ppid", ValueType::Int, kNone, ArgMode::None, "process", "parent process id"}, get_ppid},
    {{"proc.pname", ValueType::String, kNone, ArgMode::None, "process", "parent process name"}, get_pname},
    {{"proc.pcmdline", ValueType::String, kNone, ArgMode::None, "process", "parent name and arguments"}, get_pcmdline},
    {{"proc.apid", ValueType::Int, kMulti, ArgMode::OptionalIndex, "process", "pid of the N-th ancestor; without N, any ancestor (filters)"}, get_apid, each_ancestor<false>},
    {{"proc.aname", ValueType::String, kMulti, ArgMode::OptionalIndex, "process", "name of the N-th ancestor; without N, any ancestor (filters)"}, get_aname, each_ancestor<true>},
    {{"proc.loginshellid", ValueType::Int, kNone, ArgMode::None, "process", "pid of the oldest shell among the ancestors"}, get_loginshellid},
    {{"proc.duration", ValueType::RelTime, kNone, ArgMode::None, "process", "ns since the process started"}, get_duration},
    {{"proc.fdopencount", ValueType::UInt, kNone, ArgMode::None, "process", "number of open fds"}, get_fdopencount},
    {{"proc.fdlimit", ValueType::Int, kNone, ArgMode::None, "process", "maximum number of fds (RLIMIT_NOFILE)"}, get_fdlimit},
    {{"proc.fdusage", ValueType::Double, kNone, ArgMode::None, "process", "open fds as a percentage of the limit"}, get_fdusage, nullptr, render_fdusage},
    memory_data({{"proc.vmsize", ValueType::UInt, kNone, ArgMode::None, "process", "virtual memory size (KB)"}, get_vmsize}),
    memory_data({{"proc.vmrss", ValueType::UInt, kNone, ArgMode::None, "process", "resident memory (KB)"}, get_vmrss}),
    memory_data({{"proc.vmswap", ValueType::UInt, kNone, ArgMode::None, "process", "swapped memory (KB)"}, get_vmswap}),
    {{"proc.sid", ValueType::Int, kNone, ArgMode::None, "process", "session id"}, get_sid},
    {{"proc.sname", ValueType::String, kNone, ArgMode::None, "process", "name of the session leader"}, get_sname},
    {{"proc.tty", ValueType::UInt, kNone, ArgMode::None, "process", "controlling terminal (0 if none)"}, get_tty},
    {{"proc.vpgid", ValueType::Int, kNone, ArgMode::None, "process", "process group id in its pid namespace"}, get_vpgid},
    {{"proc.vpid", ValueType::Int, kNone, ArgMode::None, "process", "process id in its pid namespace"}, get_vpid},
    {{"thread.tid", ValueType::Int, kNone, ArgMode::None, "thread", "thread id"}, get_tid},
    {{"thread.ismain", ValueType::Bool, kNone, ArgMode::None, "thread", "true for the main thread of a process"}, get_ismain},
    {{"thread.exectime", ValueType::RelTime, kNone, ArgMode::None, "thread", "CPU time of the thread's last slice (ns), on switch events"}, get_exectime},
    {{"thread.totexectime", ValueType::RelTime, kNone, ArgMode::None, "thread", "CPU time of the thread over the capture (ns), from switch events"}, get_totexectime},
    gated({{"thread.cpu", ValueType::Double, kNone, ArgMode::None, "thread", "CPU used by the thread in the last second, percent of one core (procinfo events)"}, get_cpu<0>, nullptr, render_cpu<0>}, ValueGate::ProcInfo),
    gated({{"thread.cpu.user", ValueType::Double, kNone, ArgMode::None, "thread", "user CPU used by the thread in the last second, percent (procinfo events)"}, get_cpu<1>, nullptr, render_cpu<1>}, ValueGate::ProcInfo),
    gated({{"thread.cpu.system", ValueType::Double, kNone, ArgMode::None, "thread", "system CPU used by the thread in the last second, percent (procinfo events)"}, get_cpu<2>, nullptr, render_cpu<2>}, ValueGate::ProcInfo),
    {{"thread.vtid", ValueType::Int, kNone, ArgMode::None, "thread", "thread id in its pid namespace"}, get_vtid},
    {{"thread.pfmajor", ValueType::UInt, kNone, ArgMode::None, "thread", "major page faults"}, get_pfmajor},
    {{"thread.pfminor", ValueType::UInt, kNone, ArgMode::None, "thread", "minor page faults"}, get_pfminor},
    // sysdig 0.29.3 shows the same numbers for thread.vm* as for proc.vm*
    // on every shared capture (they come from the same /proc record).
    memory_data({{"thread.vmsize", ValueType::UInt, kNone, ArgMode::None, "thread", "virtual memory size of the process (KB), as proc.vmsize"}, get_vmsize}),
    memory_data({{"thread.vmrss", ValueType::UInt, kNone, ArgMode::None, "thread", "resident memory of the process (KB), as proc.vmrss"}, get_vmrss}),
    {{"thread.cgroups", ValueType::String, kNone, ArgMode::None, "thread", "all cgroups, subsys=path"}, get_cgroups},
    {{"thread.cgroup", ValueType::String, kNone, ArgMode::Name, "thread", "cgroup of one subsystem: thread.cgroup.cpu"}, get_cgroup},
};

}  // namespace

const std::vector<FieldDef>& proc_field_defs() { return kProcFields; }

}  // namespace trowel::engine::fields
