// LiveSource in a build without live capture (no clang, bpftool, libbpf or
// kernel BTF at configure time): open() explains why.
#include "live/live_source.h"

#ifndef TROWEL_LIVE_DISABLED_REASON
#define TROWEL_LIVE_DISABLED_REASON "unknown reason"
#endif

namespace trowel::live {

bool LiveSource::built(std::string* why) {
  if (why)
    *why = std::string("this trowel was built without live capture (") + TROWEL_LIVE_DISABLED_REASON + ")";
  return false;
}

std::unique_ptr<LiveSource> LiveSource::open(const LiveOptions&) {
  std::string why;
  built(&why);
  throw LiveError(why);
}

}  // namespace trowel::live
