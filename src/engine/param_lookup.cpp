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

constexpr std::array<int8_t, kArgs> kNoRow = [] {
  std::array<int8_t, kArgs> r{};
  r.fill(-1);
  return r;
}();

}  // namespace

int param_index(uint16_t type, Arg a) {
  if (type >= capture::kEventTypeCount) return -1;
  return index().pos[type][static_cast<int>(a)];
}

const int8_t* param_row(uint16_t type) {
  if (type >= capture::kEventTypeCount) return kNoRow.data();
  return index().pos[type].data();
}

std::optional<std::string_view> Args::str(Arg a) const {
  auto p = raw(a);
  if (p.empty()) return std::nullopt;
  return capture::decode_charbuf(p);
}

}  // namespace trowel::engine
