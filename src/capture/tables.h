// Metadata tables of one section of a capture: machine info, threads (PL),
// fds (FDL), interfaces (IL), users and groups (UL), as stored in the file.
// Strings are copied out of the blocks (tables are read once, not per event).
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace trowel::capture {

struct MachineInfo {
  uint32_t num_cpus = 0;
  uint64_t memory_bytes = 0;
  uint64_t max_pid = 0;
  std::string hostname;
  uint64_t boot_ts = 0;
  uint64_t flags = 0;
};

// One PL entry (a thread). Absent fields keep these defaults (§6.1).
struct ThreadEntry {
  int64_t tid = 0, pid = 0, ptid = 0;
  int64_t sid = -1, vpgid = -1;
  std::string comm, exe, exepath;
  std::string args;     // argv[1..], each NUL-terminated (raw)
  std::string cwd;
  int64_t fdlimit = 0;
  uint32_t flags = 0, uid = 0, gid = 0;
  uint32_t vmsize_kb = 0, vmrss_kb = 0, vmswap_kb = 0;
  uint64_t pfmajor = 0, pfminor = 0;
  std::string env;      // NAME=value, each NUL-terminated (raw)
  int64_t vtid = -1, vpid = -1;
  std::string cgroups;  // subsys=path, each NUL-terminated (raw)
  std::string root;
  // V9 tail
  uint64_t pidns_init_start_ts = 0;
  uint32_t tty = 0;
  uint32_t loginuid = 0xFFFFFFFF;
  uint8_t exe_writable = 0, exe_upper_layer = 0, exe_lower_layer = 0, exe_from_memfd = 0;
  uint64_t cap_inheritable = 0, cap_permitted = 0, cap_effective = 0;
  uint64_t exe_ino = 0, exe_ino_ctime = 0, exe_ino_mtime = 0;
  int64_t pgid = -1;
};

// scap fd types (§7.1).
enum class FdType : uint8_t {
  Unknown = 0, File = 1, Directory = 2, Ipv4Sock = 3, Ipv6Sock = 4, Ipv4ServSock = 5,
  Ipv6ServSock = 6, Fifo = 7, UnixSock = 8, Event = 9, Unsupported = 10, SignalFd = 11,
  EventPoll = 12, Inotify = 13, TimerFd = 14, Netlink = 15, FileV2 = 16, Bpf = 17,
  UserFaultFd = 18, IoUring = 19, Memfd = 20, PidFd = 21,
};
inline constexpr uint8_t kFdTypeCount = 22;
const char* fd_type_name(FdType t);

struct FdEntry {
  int64_t tid = 0;  // owner thread (the FDL block's tid)
  int64_t fd = 0;
  uint64_t ino = 0;
  FdType type = FdType::Unknown;
  std::string name;             // files, fifos, unix paths, eventfd ...
  uint32_t open_flags = 0;      // FILE_V2
  uint32_t dev = 0;             // FILE_V2 (if present)
  std::array<uint8_t, 16> sip{}, dip{};  // network order; IPv4 uses the first 4
  uint16_t sport = 0, dport = 0;
  uint8_t l4proto = 0;
  uint64_t unix_source = 0, unix_dest = 0;
};

struct InterfaceEntry {
  uint16_t type = 0;  // 1 IPV4, 2 IPV6, 3 IPV4_NOLINKSPEED, 4 IPV6_NOLINKSPEED
  std::string name;
  std::array<uint8_t, 16> addr{}, netmask{}, bcast{};
  uint64_t linkspeed = 0;
};

struct UserEntry {
  uint32_t uid = 0, gid = 0;
  std::string name, home, shell;
};

struct GroupEntry {
  uint32_t gid = 0;
  std::string name;
};

// Everything known about one section before its first event.
struct SectionTables {
  uint64_t offset = 0;  // uncompressed byte offset of the SHB
  uint16_t major = 0, minor = 0;
  uint32_t shb_options_bytes = 0;
  bool has_machine_info = false;
  MachineInfo machine;
  std::vector<ThreadEntry> threads;
  std::vector<FdEntry> fds;
  std::vector<InterfaceEntry> interfaces;
  std::vector<UserEntry> users;
  std::vector<GroupEntry> groups;
  std::map<uint32_t, uint64_t> blocks;  // block type -> count (SHB and metadata)
  uint64_t unknown_blocks = 0;          // skipped unknown metadata block types
  uint64_t fds_skipped = 0;             // FDL_V2 entries of unknown type
};

}  // namespace trowel::capture
