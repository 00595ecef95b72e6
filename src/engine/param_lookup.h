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

namespace detail {
inline constexpr int kArgCount = static_cast<int>(Arg::Count_);
// param_row's table, filled during static initialization (param_lookup.cpp);
// the last row (types beyond the schema) is all -1.
extern int8_t g_param_rows[capture::kEventTypeCount + 1][kArgCount];
}  // namespace detail

// The positions of every Arg in events of `type` (indexed by Arg; -1: none).
// Never null: an all -1 row for unknown types.
inline const int8_t* param_row(uint16_t type) {
  return detail::g_param_rows[type < capture::kEventTypeCount ? type : capture::kEventTypeCount];
}

class Args {
 public:
  Args(const capture::EventView& ev, const capture::EventView* enter)
      : ev_(ev), enter_(enter), row_(param_row(ev.type)),
        enter_row_(enter ? param_row(enter->type) : nullptr) {}

  // Raw bytes of the parameter (exit first, then enter); empty if absent.
  [[gnu::always_inline]] std::span<const uint8_t> raw(Arg a) const {
    int i = row_[static_cast<int>(a)];
    if (i >= 0 && static_cast<uint32_t>(i) < ev_.nparams) {
      auto p = ev_.param(static_cast<uint32_t>(i));
      if (!p.empty()) return p;
    }
    if (!enter_) return {};
    int j = enter_row_[static_cast<int>(a)];
    if (j < 0 || static_cast<uint32_t>(j) >= enter_->nparams) return {};
    return enter_->param(static_cast<uint32_t>(j));
  }
  [[gnu::always_inline]] std::optional<int64_t> i64(Arg a) const {     // any integer width, sign-extended
    auto p = raw(a);
    switch (p.size()) {
      case 8: return static_cast<int64_t>(capture::load_u64(p.data()));
      case 4: return static_cast<int32_t>(capture::load_u32(p.data()));
      case 2: return static_cast<int16_t>(capture::load_u16(p.data()));
      case 1: return static_cast<int8_t>(p[0]);
      default: return std::nullopt;
    }
  }
  [[gnu::always_inline]] std::optional<uint64_t> u64(Arg a) const {    // any integer width, zero-extended
    auto p = raw(a);
    switch (p.size()) {
      case 8: return capture::load_u64(p.data());
      case 4: return capture::load_u32(p.data());
      case 2: return capture::load_u16(p.data());
      case 1: return p[0];
      default: return std::nullopt;
    }
  }
  std::optional<std::string_view> str(Arg a) const;  // CHARBUF/FSPATH without NUL
  bool has(Arg a) const { return !raw(a).empty(); }

 private:
  const capture::EventView& ev_;
  const capture::EventView* enter_;
  const int8_t* row_;
  const int8_t* enter_row_;
};

}  // namespace trowel::engine
