#include "views/nice_format.h"

#include <cinttypes>
#include <cstdio>

namespace trowel::views {

void append_nice_number(std::string& out, double v, bool is_int) {
  static const struct { double limit; char unit; } kUnits[] = {
      {1024.0 * 1024 * 1024 * 1024 * 1024, 'P'},
      {1024.0 * 1024 * 1024 * 1024, 'T'},
      {1024.0 * 1024 * 1024, 'G'},
      {1024.0 * 1024, 'M'},
      {1024.0, 'K'},
  };
  char buf[64];
  for (const auto& u : kUnits) {
    if (v > u.limit) {
      std::snprintf(buf, sizeof buf, is_int ? "%.0f%c" : "%.2f%c", v / u.limit, u.unit);
      out += buf;
      return;
    }
  }
  std::snprintf(buf, sizeof buf, is_int ? "%.0f" : "%.2f", v);
  out += buf;
}

void append_nice_time(std::string& out, uint64_t ns) {
  constexpr uint64_t kSec = 1000000000ULL;
  char buf[64];
  if (ns >= 3600 * kSec) {
    std::snprintf(buf, sizeof buf, "%02" PRIu64 ":%02" PRIu64 ":%02" PRIu64, ns / (3600 * kSec),
                  (ns / (60 * kSec)) % 60, (ns / kSec) % 60);
  } else if (ns >= 60 * kSec) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 ":%" PRIu64, ns / (60 * kSec), (ns / kSec) % 60);
  } else if (ns >= kSec) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 ".%02" PRIu64 "s", ns / kSec, (ns % kSec) / 10000000);
  } else if (ns >= kSec / 100) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 "ms", ns / 1000000);
  } else if (ns >= kSec / 1000) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 ".%02" PRIu64 "ms", ns / 1000000, (ns % 1000000) / 10000);
  } else if (ns >= kSec / 100000) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 "us", ns / 1000);
  } else if (ns >= kSec / 1000000) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 ".%02" PRIu64 "us", ns / 1000, (ns % 1000) / 10);
  } else {
    std::snprintf(buf, sizeof buf, "%" PRIu64 "ns", ns);
  }
  out += buf;
}

}  // namespace trowel::views
