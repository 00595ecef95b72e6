#include "engine/param_lookup.h"

#include <array>
#include <cstring>

#include "capture/event_schema.h"
#include "capture/param_decode.h"

namespace trowel::engine {
namespace {

constexpr int kArgs = static_cast<int>(Arg::Count_);

// The schema's parameter names for each Arg.
constexpr std::array<const char*, kArgs> kNames = {
    "res", "fd", "name", "path", "dirfd", "flags", "mode", "tuple", "addr", "data", "size",
    "oldfd", "newfd", "fd1", "fd2", "ino", "dev", "domain", "type", "proto", "cmd", "exe",
    "args", "tid", "pid", "ptid", "cwd", "fdlimit", "comm", "cgroups", "env", "uid", "gid",
    "vtid", "vpid", "vm_size", "vm_rss", "vm_swap", "pgft_maj", "pgft_min", "loginuid",
    "trusted_exepath", "filename", "resource", "newcur", "json", "id", "image", "euid", "egid",
    "pathname"};

struct Index {
  std::array<std::array<int8_t, kArgs>, capture::kEventTypeCount> pos;
  Index() {
    for (auto& row : pos) row.fill(-1);
    for (uint16_t t = 0; t < capture::kEventTypeCount; ++t) {
      const capture::EventInfo* info = capture::event_info(t);
      if (!info) continue;
      for (uint8_t i = 0; i < info->nparams; ++i)
        for (int a = 0; a < kArgs; ++a)
          if (pos[t][a] < 0 && std::strcmp(info->params[i].name, kNames[a]) == 0) pos[t][a] = static_cast<int8_t>(i);
    }
  }
};

const Index& index() {
  static const Index idx;
  return idx;
}

std::span<const uint8_t> param_of(const capture::EventView& ev, Arg a) {
  int i = param_index(ev.type, a);
  if (i < 0 || static_cast<uint32_t>(i) >= ev.nparams) return {};
  return ev.param(static_cast<uint32_t>(i));
}

}  // namespace

int param_index(uint16_t type, Arg a) {
  if (type >= capture::kEventTypeCount) return -1;
  return index().pos[type][static_cast<int>(a)];
}

std::span<const uint8_t> Args::raw(Arg a) const {
  auto p = param_of(ev_, a);
  if (!p.empty() || !enter_) return p;
  return param_of(*enter_, a);
}

std::optional<int64_t> Args::i64(Arg a) const {
  auto p = raw(a);
  switch (p.size()) {
    case 1: return static_cast<int8_t>(p[0]);
    case 2: return static_cast<int16_t>(capture::load_u16(p.data()));
    case 4: return static_cast<int32_t>(capture::load_u32(p.data()));
    case 8: return static_cast<int64_t>(capture::load_u64(p.data()));
    default: return std::nullopt;
  }
}

std::optional<uint64_t> Args::u64(Arg a) const {
  auto p = raw(a);
  switch (p.size()) {
    case 1: return p[0];
    case 2: return capture::load_u16(p.data());
    case 4: return capture::load_u32(p.data());
    case 8: return capture::load_u64(p.data());
    default: return std::nullopt;
  }
}

std::optional<std::string_view> Args::str(Arg a) const {
  auto p = raw(a);
  if (p.empty()) return std::nullopt;
  return capture::decode_charbuf(p);
}

}  // namespace trowel::engine
