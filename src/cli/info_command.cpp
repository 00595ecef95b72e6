// `trowel info FILE [--json]`: what a capture contains — compression,
// sections, block inventory, machine info, initial tables, events per type,
// time range, and how reading ended.
#include <arpa/inet.h>

#include <cinttypes>
#include <cstdio>
#include <ctime>
#include <string>

#include "capture/block_types.h"
#include "capture/capture_summary.h"
#include "cli/commands.h"
#include "cli/json_writer.h"
#include "cli/read_status.h"

namespace trowel::cli {
namespace {

using namespace trowel::capture;

std::string iso_time(uint64_t ns) {
  if (ns == 0) return "";
  time_t secs = static_cast<time_t>(ns / 1000000000ull);
  struct tm tm {};
  gmtime_r(&secs, &tm);
  char buf[64];
  size_t n = strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  snprintf(buf + n, sizeof buf - n, ".%09" PRIu64 "Z", static_cast<uint64_t>(ns % 1000000000ull));
  return buf;
}

std::string ip_text(const std::array<uint8_t, 16>& a, bool v6) {
  char buf[INET6_ADDRSTRLEN];
  inet_ntop(v6 ? AF_INET6 : AF_INET, a.data(), buf, sizeof buf);
  return buf;
}

// Human-readable description of an fd entry ("/etc/hosts",
// "10.0.2.15:22->10.0.2.2:49262", ...).
std::string fd_text(const FdEntry& fd) {
  switch (fd.type) {
    case FdType::Ipv4Sock:
    case FdType::Ipv6Sock: {
      bool v6 = fd.type == FdType::Ipv6Sock;
      return ip_text(fd.sip, v6) + ":" + std::to_string(fd.sport) + "->" + ip_text(fd.dip, v6) +
             ":" + std::to_string(fd.dport);
    }
    case FdType::Ipv4ServSock:
    case FdType::Ipv6ServSock:
      return ip_text(fd.sip, fd.type == FdType::Ipv6ServSock) + ":" + std::to_string(fd.sport);
    default:
      return fd.name;
  }
}

std::string event_key(uint16_t type) {
  const EventInfo* info = event_info(type);
  std::string name = info ? info->name : "unknown";
  return std::string(is_enter_type(type) ? "> " : "< ") + name;
}

// Block inventory of section i in file order of kinds: SHB, metadata, events.
std::vector<std::pair<uint32_t, uint64_t>> section_blocks(const CaptureSummary& s, size_t i) {
  std::vector<std::pair<uint32_t, uint64_t>> out;
  const SectionTables& t = s.sections[i];
  for (auto& [type, n] : t.blocks)
    if (type == block::kShb) out.emplace_back(type, n);
  for (auto& [type, n] : t.blocks)
    if (type != block::kShb) out.emplace_back(type, n);
  if (i < s.event_blocks.size())
    for (auto& [type, n] : s.event_blocks[i]) out.emplace_back(type, n);
  return out;
}

const char* status_word(CaptureReader::Status s) {
  switch (s) {
    case CaptureReader::Status::Truncated: return "truncated";
    case CaptureReader::Status::Corrupt: return "corrupt";
    default: return "complete";
  }
}

// Printable form of a capture string for the text report: control bytes are
// shown as \xNN so a hostile capture cannot drive the terminal.
std::string safe(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f) {
      char buf[8];
      snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// NUL-separated list -> space-separated text.
std::string nul_list(const std::string& s) {
  std::string out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find('\0', start);
    if (end == std::string::npos) end = s.size();
    if (!out.empty()) out += ' ';
    out.append(s, start, end - start);
    start = end + 1;
  }
  return out;
}

void print_text(const CaptureSummary& s, bool tables) {
  std::printf("file           %s\n", safe(s.name).c_str());
  std::printf("compression    %s", s.compression.c_str());
  if (s.file_bytes) std::printf(" (%" PRIu64 " bytes on disk)", s.file_bytes);
  std::printf("\nstatus         %s", status_word(s.status));
  if (s.status != CaptureReader::Status::End) std::printf(": %s", safe(s.message).c_str());
  std::printf("\nsections       %zu\n", s.sections.size());
  for (size_t i = 0; i < s.sections.size(); ++i) {
    const SectionTables& t = s.sections[i];
    std::printf("section %zu      at byte %" PRIu64 ", format %u.%u", i + 1, t.offset, t.major, t.minor);
    if (t.shb_options_bytes) std::printf(", %u bytes of SHB options skipped", t.shb_options_bytes);
    std::printf("\n  blocks      ");
    bool first = true;
    for (auto& [type, n] : section_blocks(s, i)) {
      std::printf("%s%s %" PRIu64, first ? "" : ", ", block::name(type), n);
      first = false;
    }
    if (t.unknown_blocks) std::printf(", %" PRIu64 " unknown skipped", t.unknown_blocks);
    std::printf("\n");
    if (t.has_machine_info) {
      const MachineInfo& m = t.machine;
      std::printf("  machine     %s, %u CPUs, %.1f GiB memory", safe(m.hostname).c_str(), m.num_cpus,
                  m.memory_bytes / 1073741824.0);
      if (m.boot_ts) std::printf(", booted %s", iso_time(m.boot_ts).c_str());
      std::printf("\n");
    }
    std::printf("  tables      %zu threads, %zu fds", t.threads.size(), t.fds.size());
    if (t.fds_skipped) std::printf(" (+%" PRIu64 " of unknown type skipped)", t.fds_skipped);
    std::printf(", %zu users, %zu groups, %zu interfaces\n", t.users.size(), t.groups.size(),
                t.interfaces.size());
    if (!tables) continue;
    std::printf("  threads     %8s %8s %8s  %-16s %s\n", "TID", "PID", "PPID", "COMM", "EXE ARGS");
    for (const ThreadEntry& th : t.threads)
      std::printf("              %8" PRId64 " %8" PRId64 " %8" PRId64 "  %-16s %s %s\n", th.tid, th.pid,
                  th.ptid, safe(th.comm).c_str(), safe(th.exe).c_str(), safe(nul_list(th.args)).c_str());
    std::printf("  fds         %8s %6s %-12s %s\n", "TID", "FD", "TYPE", "NAME");
    for (const FdEntry& fd : t.fds)
      std::printf("              %8" PRId64 " %6" PRId64 " %-12s %s\n", fd.tid, fd.fd, fd_type_name(fd.type),
                  safe(fd_text(fd)).c_str());
    std::printf("  users      ");
    for (const UserEntry& u : t.users) std::printf(" %s(%u)", safe(u.name).c_str(), u.uid);
    std::printf("\n  interfaces ");
    for (const InterfaceEntry& ifc : t.interfaces)
      std::printf(" %s=%s", safe(ifc.name).c_str(), ip_text(ifc.addr, ifc.type == 2 || ifc.type == 4).c_str());
    std::printf("\n");
  }
  std::printf("events         %" PRIu64 "\n", s.events);
  if (s.first_ts) {
    std::printf("first          %s\nlast           %s\nspan           %.9f s\n", iso_time(s.first_ts).c_str(),
                iso_time(s.last_ts).c_str(), (s.last_ts - s.first_ts) / 1e9);
  }
  if (s.leading_container_events)
    std::printf("leading container events  %" PRIu64 " (metadata for sysdig)\n", s.leading_container_events);
  if (s.state_only_events) std::printf("state-only events  %" PRIu64 " (never shown)\n", s.state_only_events);
  if (s.stats.unknown_type_events)
    std::printf("unknown event types  %" PRIu64 " events (no schema, parameters not decoded)\n",
                s.stats.unknown_type_events);
  if (s.stats.ignored_trailing_bytes)
    std::printf("ignored bytes  %" PRIu64 " after events inside event blocks (e.g. editcap options)\n",
                s.stats.ignored_trailing_bytes);
  if (s.stats.oversized_blocks)
    std::printf("oversized      %" PRIu64 " event blocks above %zu bytes (largest %u bytes; the read buffer grew to hold them)\n",
                s.stats.oversized_blocks, BlockReader::kReadChunk, s.stats.largest_block);
  std::printf("event types\n");
  for (uint16_t t = 0; t < kEventTypeCount; ++t)
    if (s.per_type[t]) std::printf("  %10" PRIu64 "  %-24s (type %u)\n", s.per_type[t], event_key(t).c_str(), t);
  for (auto& [t, n] : s.unknown_types) std::printf("  %10" PRIu64 "  unknown type %u\n", n, t);
}

void print_json(const CaptureSummary& s) {
  JsonWriter j(stdout);
  j.begin_object();
  j.field("file", s.name);
  j.field("compression", s.compression);
  j.field("file_bytes", s.file_bytes);
  j.field("status", status_word(s.status));
  j.field("truncated", s.status == CaptureReader::Status::Truncated);
  j.field("corrupt", s.status == CaptureReader::Status::Corrupt);
  if (s.status != CaptureReader::Status::End) {
    j.field("message", s.message);
    j.field("stop_offset", s.stop_offset);
  }
  j.field("events", s.events);
  j.key("event_types");
  j.begin_object();
  // name -> count; several type numbers may share a name (versions) and are
  // added up, so the counts always sum to "events".
  std::map<std::string, uint64_t> by_name;
  for (uint16_t t = 0; t < kEventTypeCount; ++t)
    if (s.per_type[t]) by_name[event_key(t)] += s.per_type[t];
  for (auto& [t, n] : s.unknown_types) by_name["unknown " + std::to_string(t)] += n;
  for (auto& [k, n] : by_name) j.field(k, n);
  j.end_object();
  j.key("event_type_ids");
  j.begin_object();
  for (uint16_t t = 0; t < kEventTypeCount; ++t)
    if (s.per_type[t]) j.field(std::to_string(t), s.per_type[t]);
  for (auto& [t, n] : s.unknown_types) j.field(std::to_string(t), n);
  j.end_object();
  j.field("first_ts", s.first_ts);
  j.field("last_ts", s.last_ts);
  j.field("first_time", iso_time(s.first_ts));
  j.field("last_time", iso_time(s.last_ts));
  j.field("span_ns", s.last_ts - s.first_ts);
  j.field("leading_container_events", s.leading_container_events);
  j.field("state_only_events", s.state_only_events);
  j.field("unknown_type_events", s.stats.unknown_type_events);
  j.field("unknown_blocks", s.stats.unknown_blocks);
  j.field("ignored_trailing_bytes", s.stats.ignored_trailing_bytes);
  j.field("largest_event_block", s.stats.largest_block);
  j.field("oversized_event_blocks", s.stats.oversized_blocks);
  size_t threads = 0, fds = 0, users = 0, groups = 0, ifs = 0;
  for (const SectionTables& t : s.sections) {
    threads += t.threads.size();
    fds += t.fds.size();
    users += t.users.size();
    groups += t.groups.size();
    ifs += t.interfaces.size();
  }
  j.field("threads", static_cast<uint64_t>(threads));
  j.field("fds", static_cast<uint64_t>(fds));
  j.field("users", static_cast<uint64_t>(users));
  j.field("groups", static_cast<uint64_t>(groups));
  j.field("interfaces", static_cast<uint64_t>(ifs));
  j.key("sections");
  j.begin_array();
  for (const SectionTables& t : s.sections) {
    j.begin_object();
    j.field("offset", t.offset);
    j.field("version", std::to_string(t.major) + "." + std::to_string(t.minor));
    j.field("shb_options_bytes", t.shb_options_bytes);
    j.key("blocks");
    j.begin_object();
    for (auto& [type, n] : section_blocks(s, &t - s.sections.data())) j.field(block::name(type), n);
    j.end_object();
    j.field("unknown_blocks", t.unknown_blocks);
    j.field("fds_skipped", t.fds_skipped);
    if (t.has_machine_info) {
      j.key("machine");
      j.begin_object();
      j.field("hostname", t.machine.hostname);
      j.field("num_cpus", t.machine.num_cpus);
      j.field("memory_bytes", t.machine.memory_bytes);
      j.field("boot_ts", t.machine.boot_ts);
      j.end_object();
    }
    j.key("threads");
    j.begin_array();
    for (const ThreadEntry& th : t.threads) {
      j.begin_object();
      j.field("tid", th.tid);
      j.field("pid", th.pid);
      j.field("ptid", th.ptid);
      j.field("comm", th.comm);
      j.field("exe", th.exe);
      j.field("exepath", th.exepath);
      j.field("args", nul_list(th.args));
      j.field("cwd", th.cwd);
      j.field("uid", th.uid);
      j.field("gid", th.gid);
      j.field("fdlimit", th.fdlimit);
      j.field("loginuid", th.loginuid);
      j.end_object();
    }
    j.end_array();
    j.key("fds");
    j.begin_array();
    for (const FdEntry& fd : t.fds) {
      j.begin_object();
      j.field("tid", fd.tid);
      j.field("fd", fd.fd);
      j.field("type", fd_type_name(fd.type));
      j.field("name", fd_text(fd));
      j.end_object();
    }
    j.end_array();
    j.key("users");
    j.begin_array();
    for (const UserEntry& u : t.users) {
      j.begin_object();
      j.field("uid", u.uid);
      j.field("gid", u.gid);
      j.field("name", u.name);
      j.field("home", u.home);
      j.field("shell", u.shell);
      j.end_object();
    }
    j.end_array();
    j.key("groups");
    j.begin_array();
    for (const GroupEntry& g : t.groups) {
      j.begin_object();
      j.field("gid", g.gid);
      j.field("name", g.name);
      j.end_object();
    }
    j.end_array();
    j.key("interfaces");
    j.begin_array();
    for (const InterfaceEntry& ifc : t.interfaces) {
      j.begin_object();
      j.field("name", ifc.name);
      j.field("type", static_cast<uint32_t>(ifc.type));
      j.field("address", ip_text(ifc.addr, ifc.type == 2 || ifc.type == 4));
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.end_object();
  j.newline();
}

}  // namespace

void register_info_command(CLI::App& app, CommandRunner& run) {
  auto* cmd = app.add_subcommand("info", "Describe a capture: format, tables, events per type, time range");
  struct Opts {
    std::string file;
    bool json = false;
    bool tables = false;
  };
  auto opts = std::make_shared<Opts>();
  cmd->add_option("file", opts->file, "capture file (.scap, plain, gzip or zstd; - for stdin)")->required();
  cmd->add_flag("--json", opts->json, "machine-readable output (keys documented in trowel(1))");
  cmd->add_flag("-t,--tables", opts->tables, "also list the initial threads, fds, users and interfaces");
  cmd->callback([opts, &run] {
    run = [opts] {
      auto reader = CaptureReader::open(opts->file);
      CaptureSummary s = summarize_capture(*reader);
      if (opts->json) print_json(s);
      else print_text(s, opts->tables);
      std::fflush(stdout);
      return finish_reading(*reader);
    };
  });
}

}  // namespace trowel::cli
