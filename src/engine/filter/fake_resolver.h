// A FieldResolver over a fake event, for the filter's unit tests and fuzz
// target. FakeEvent holds one value (or none: std::optional) per field.
//
// Fields: proc.name (string), proc.aname[N] (string; no index = any ancestor,
// multi-valued; index 0 = the process itself), proc.pid (int), evt.num (uint),
// evt.rawres (int), evt.failed (bool), evt.buffer (buffer), fd.name (string),
// fd.cip / fd.sip (ip), fd.ip (ip, either endpoint, filter-only), fd.net (ip
// network, either endpoint), fd.snet (ip network), fd.port (port, either
// endpoint), fd.sport (port), evt.latency (reltime), evt.rawtime (abstime),
// thread.cpu (double), evt.arg[N] / evt.arg.NAME (string, rendered into the
// extractor's scratch buffer as "VALUE(NAME)"; NAME one of fd, size),
// thread.cgroup.SUBSYS (string), evt.type.is.TYPE (uint, 1 if evt type is TYPE).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/filter/field_resolver.h"

namespace trowel::engine::filter::testing {

struct FakeEvent {
  std::optional<std::string> name;
  std::vector<std::string> anames;  // [0] the process, [1] its parent...
  std::optional<int64_t> pid;
  std::optional<uint64_t> num;
  std::optional<int64_t> rawres;
  std::optional<bool> failed;
  std::optional<std::string> buffer;
  std::optional<std::string> fdname;
  std::optional<IpAddress> cip, sip;
  std::optional<uint16_t> cport, sport;
  std::optional<uint64_t> latency, rawtime;
  std::optional<double> cpu;
  std::vector<std::string> args;    // evt.arg[N]; evt.arg.fd = [0], evt.arg.size = [1]
  std::optional<std::string> cgroup_cpuacct;
  std::string type;                 // evt.type.is.TYPE
};

class FakeResolver : public FieldResolver {
 public:
  ResolveResult resolve(std::string_view token) override;
  int resolved = 0;  // successful resolutions
};

IpAddress ip4(uint8_t a, uint8_t b, uint8_t c, uint8_t d);
IpAddress ip6(std::string_view text);

}  // namespace trowel::engine::filter::testing
