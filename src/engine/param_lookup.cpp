#include "engine/param_lookup.h"

#include <algorithm>
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

// Fills detail::g_param_rows.
struct Index {
  int8_t (&pos)[capture::kEventTypeCount + 1][kArgs] = detail::g_param_rows;
  Index() {
    for (auto& row : pos) std::fill(std::begin(row), std::end(row), int8_t{-1});
    for (uint16_t t = 0; t < capture::kEventTypeCount; ++t) {
      const capture::EventInfo* info = capture::event_info(t);
      if (!info) continue;
      for (uint8_t i = 0; i < info->nparams; ++i) {
        const char* name = info->params[i].name;
        // (The first letter first: this runs at every start.)
        for (int a = 0; a < kArgs; ++a)
          if (pos[t][a] < 0 && kNames[a][0] == name[0] && std::strcmp(name, kNames[a]) == 0)
            pos[t][a] = static_cast<int8_t>(i);
      }
    }
  }
};

// Runs during static initialization (the schema tables it reads are
// constant-initialized): no initialization guard on the per-event path.
const Index g_index;

}  // namespace

int8_t detail::g_param_rows[capture::kEventTypeCount + 1][detail::kArgCount];

int param_index(uint16_t type, Arg a) {
  if (type >= capture::kEventTypeCount) return -1;
  return param_row(type)[static_cast<int>(a)];
}

std::optional<std::string_view> Args::str(Arg a) const {
  auto p = raw(a);
  if (p.empty()) return std::nullopt;
  return capture::decode_charbuf(p);
}

}  // namespace trowel::engine
