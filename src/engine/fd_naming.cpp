#include "engine/fd_naming.h"

#include <charconv>
#include <cstring>

#include "capture/param_decode.h"

namespace trowel::engine {

const char* fd_kind_name(FdKind k) {
  switch (k) {
    case FdKind::File: return "file";
    case FdKind::Directory: return "directory";
    case FdKind::Ipv4: return "ipv4";
    case FdKind::Ipv6: return "ipv6";
    case FdKind::Unix: return "unix";
    case FdKind::Pipe: return "pipe";
    case FdKind::Event: return "event";
    case FdKind::SignalFd: return "signalfd";
    case FdKind::EventPoll: return "eventpoll";
    case FdKind::Inotify: return "inotify";
    case FdKind::TimerFd: return "timerfd";
    case FdKind::Netlink: return "netlink";
    case FdKind::Bpf: return "bpf";
    case FdKind::UserFaultFd: return "userfaultfd";
    case FdKind::IoUring: return "io_uring";
    case FdKind::Memfd: return "memfd";
    case FdKind::PidFd: return "pidfd";
    default: return "unknown";
  }
}

char fd_kind_char(FdKind k) {
  switch (k) {
    case FdKind::File: return 'f';
    case FdKind::Directory: return 'd';
    case FdKind::Ipv4: return '4';
    case FdKind::Ipv6: return '6';
    case FdKind::Unix: return 'u';
    case FdKind::Pipe: return 'p';
    case FdKind::Event: return 'e';
    case FdKind::SignalFd: return 's';
    case FdKind::EventPoll: return 'l';
    case FdKind::Inotify: return 'i';
    case FdKind::TimerFd: return 't';
    case FdKind::Netlink: return 'n';
    case FdKind::Bpf: return 'b';
    case FdKind::UserFaultFd: return 'u';
    case FdKind::IoUring: return 'r';
    case FdKind::Memfd: return 'm';
    case FdKind::PidFd: return 'P';
    default: return 'o';
  }
}

void append_ip(std::string& out, const std::array<uint8_t, 16>& addr, bool v6) {
  char buf[64];
  std::string_view s = v6 ? capture::format_ipv6(addr.data(), buf, sizeof buf)
                          : capture::format_ipv4(addr.data(), buf, sizeof buf);
  out.append(s);
}

void name_socket(FdInfo& fd) {
  // Built in one buffer and assigned once (a connect or accept names a
  // socket on every call).
  const bool v6 = fd.kind == FdKind::Ipv6;
  char buf[2 * 64 + 16];
  char* p = buf;
  auto endpoint = [&](const std::array<uint8_t, 16>& addr, uint16_t port) {
    std::string_view s = v6 ? capture::format_ipv6(addr.data(), p, 64) : capture::format_ipv4(addr.data(), p, 64);
    if (s.data() != p) std::memmove(p, s.data(), s.size());
    p += s.size();
    *p++ = ':';
    p = std::to_chars(p, p + 6, port).ptr;
  };
  if (fd.is_listening && !fd.connected) {
    endpoint(fd.sip, fd.sport);
  } else {
    endpoint(fd.cip, fd.cport);
    *p++ = '-';
    *p++ = '>';
    endpoint(fd.sip, fd.sport);
  }
  fd.name.assign(buf, static_cast<size_t>(p - buf));
}

}  // namespace trowel::engine
