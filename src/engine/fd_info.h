// FdInfo: one open file descriptor of a process, as the engine knows it.
//
// Invariants: `name` is the rendered name sysdig shows for fd.name (an
// absolute path for files, "cip:cport->sip:sport" for connected sockets,
// "ip:port" for listening ones, the unix path, "pipe:[ino]" ...); for
// sockets the tuple fields are authoritative and `name` is derived from them.
#pragma once
#include <array>
#include <cstdint>
#include <string>

namespace trowel::engine {

// The fd kinds sysdig distinguishes (fd.type / fd.typechar).
enum class FdKind : uint8_t {
  Unknown, File, Directory, Ipv4, Ipv6, Unix, Pipe, Event, SignalFd, EventPoll, Inotify,
  TimerFd, Netlink, Bpf, UserFaultFd, IoUring, Memfd, PidFd,
};

// fd.type text ("file", "ipv4", "unix", "pipe", ...) and fd.typechar ('f', '4' ...).
const char* fd_kind_name(FdKind k);
char fd_kind_char(FdKind k);

struct FdInfo {
  int64_t num = -1;
  FdKind kind = FdKind::Unknown;
  std::string name;
  uint32_t open_flags = 0;  // PPM_O_* of the open, 0 if unknown
  uint32_t dev = 0;
  uint64_t ino = 0;
  // Sockets: client/server view for fd.cip/fd.sip... `is_server_role` tells
  // whether this process is the server side of the connection.
  std::array<uint8_t, 16> cip{}, sip{};  // network order; IPv4 in the first 4
  uint16_t cport = 0, sport = 0;
  uint8_t l4proto = 0;                   // 0 unknown, 1 n/a, 2 tcp, 3 udp, 4 icmp, 5 raw
  bool is_listening = false;             // a server socket (bound and listening)
  bool is_server_role = false;           // accepted connection: we are the server
  bool connected = false;
  bool cloexec = false;
  uint64_t unix_source = 0, unix_dest = 0;
  uint64_t open_ts = 0;                  // when it was opened (0: from the table)
};

}  // namespace trowel::engine
