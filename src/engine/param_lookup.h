// Named access to event parameters across an enter/exit pair.
//
// The engine asks for parameters by meaning (Arg::Fd, Arg::Name ...). A
// per-type index, built once from the schema's parameter names, maps them to
// positions. Args first looks in the exit event, then in its paired enter
// event: 2022-style captures keep some parameters only in the enter event
// (read's fd), current ones carry everything in the exit event.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "capture/event_view.h"

namespace trowel::engine {

enum class Arg : uint8_t {
  Res, Fd, Name, Path, DirFd, Flags, Mode, Tuple, Addr, Data, Size, OldFd, NewFd, Fd1, Fd2,
  Ino, Dev, Domain, Type, Proto, Cmd, Exe, Args, Tid, Pid, Ptid, Cwd, FdLimit, Comm, Cgroups,
  Env, Uid, Gid, Vtid, Vpid, VmSize, VmRss, VmSwap, PgftMaj, PgftMin, LoginUid,
  TrustedExepath, Filename, Resource, NewCur, Json, Id, Image, Euid, Egid, Pathname,
  Count_
};

// Position of `a` in events of `type`, or -1.
int param_index(uint16_t type, Arg a);

class Args {
 public:
  Args(const capture::EventView& ev, const capture::EventView* enter) : ev_(ev), enter_(enter) {}

  // Raw bytes of the parameter (exit first, then enter); empty if absent.
  std::span<const uint8_t> raw(Arg a) const;
  std::optional<int64_t> i64(Arg a) const;      // any integer width, sign-extended
  std::optional<uint64_t> u64(Arg a) const;     // any integer width, zero-extended
  std::optional<std::string_view> str(Arg a) const;  // CHARBUF/FSPATH without NUL
  bool has(Arg a) const { return !raw(a).empty(); }

 private:
  const capture::EventView& ev_;
  const capture::EventView* enter_;
};

}  // namespace trowel::engine
