#include "views/session_window.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

namespace trowel::views {

std::string window_filter(const TimeWindow& w) {
  if (!w.active()) return "";
  return "evt.rawtime >= " + std::to_string(w.from) + " and evt.rawtime < " + std::to_string(w.to);
}

std::string format_seconds(uint64_t ns) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%" PRIu64 ".%02" PRIu64 "s", ns / 1000000000, (ns % 1000000000) / 10000000);
  return buf;
}

std::string window_label(const TimeWindow& w, const TimeExtent& ext) {
  if (!w.active()) return "whole capture";
  uint64_t a = w.from > ext.first ? w.from - ext.first : 0;
  uint64_t b = w.to > ext.first ? w.to - ext.first : 0;
  return "+" + format_seconds(a) + "..+" + format_seconds(b) + " (" + format_seconds(w.length()) + ")";
}

namespace {

uint64_t clamp_t(uint64_t t, const TimeExtent& ext) { return std::clamp(t, ext.first, ext.end()); }

}  // namespace

TimeWindow mark_in(const TimeWindow& w, uint64_t t, const TimeExtent& ext) {
  t = std::min(clamp_t(t, ext), ext.last);
  TimeWindow r{t, w.active() ? w.to : ext.end()};
  if (r.to <= r.from) r.to = ext.end();
  return r;
}

TimeWindow mark_out(const TimeWindow& w, uint64_t t, const TimeExtent& ext) {
  t = std::max(clamp_t(t, ext), ext.first + 1);
  TimeWindow r{w.active() ? w.from : ext.first, t};
  if (r.to <= r.from) r.from = ext.first;
  return r;
}

TimeWindow move_window(const TimeWindow& w, int64_t delta, const TimeExtent& ext) {
  if (!w.active()) return w;
  uint64_t len = std::min(w.length(), ext.end() - ext.first);
  uint64_t from = w.from;
  if (delta < 0) {
    uint64_t d = uint64_t(-(delta + 1)) + 1;
    from = from - ext.first > d ? from - d : ext.first;
  } else {
    from += uint64_t(delta);
  }
  from = std::min(std::max(from, ext.first), ext.end() - len);
  return {from, from + len};
}

TimeWindow resize_window(const TimeWindow& w, int64_t delta, const TimeExtent& ext) {
  if (!w.active()) return w;
  uint64_t to = w.to;
  if (delta < 0) {
    uint64_t d = uint64_t(-(delta + 1)) + 1;
    to = to - w.from > d ? to - d : w.from + 1;
  } else {
    to = std::min(to + uint64_t(delta), ext.end());
  }
  return {w.from, std::max(to, w.from + 1)};
}

TimeWindow step_window(const TimeWindow& w, int dir, const TimeExtent& ext) {
  if (!w.active() || dir == 0) return w;
  uint64_t len = w.length();
  if (dir > 0) {
    if (w.to >= ext.end()) return w;
    return {w.to, std::min(w.to + len, ext.end())};
  }
  if (w.from <= ext.first) return w;
  uint64_t from = w.from - ext.first > len ? w.from - len : ext.first;
  return {from, from + len};
}

size_t Timeline::bucket_of(uint64_t t) const {
  if (counts.empty()) return 0;
  uint64_t rel = t > t0 ? t - t0 : 0;
  return size_t(std::min<uint64_t>(rel / bucket_ns, counts.size() - 1));
}

}  // namespace trowel::views
