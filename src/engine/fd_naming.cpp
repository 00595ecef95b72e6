#include "engine/fd_naming.h"

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
  bool v6 = fd.kind == FdKind::Ipv6;
  fd.name.clear();
  if (fd.is_listening && !fd.connected) {
    append_ip(fd.name, fd.sip, v6);
    fd.name += ':';
    fd.name += std::to_string(fd.sport);
    return;
  }
  append_ip(fd.name, fd.cip, v6);
  fd.name += ':';
  fd.name += std::to_string(fd.cport);
  fd.name += "->";
  append_ip(fd.name, fd.sip, v6);
  fd.name += ':';
  fd.name += std::to_string(fd.sport);
}

}  // namespace trowel::engine
