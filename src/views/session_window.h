// Time windows and the timeline strip of a Session (curses-free).
//
// TimeWindow is a half-open interval [from, to) of event timestamps (ns since
// the epoch). Inactive (from == to == 0) means "the whole capture". While
// active, Session ANDs window_filter() into every filter it replays with
// (view tables, drill-down, echo, dig, spectrogram), so everything shown
// covers only the window; the state (threads, fds) is still built from every
// event before it.
//
// The operations are pure functions of the window and the capture extent
// [first, last]: they keep the invariant first <= from < to <= last + 1 for
// an active window (a window is never empty and never leaves the capture).
//
// Timeline: per-bucket counts of the events and failed events (evt.failed)
// matching a filter over the whole capture, `buckets` equal buckets from the
// first to the last timestamp. Invariant: counts.size() == errors.size() ==
// buckets and errors[i] <= counts[i].
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "views/session_compute.h"

namespace trowel::views {

struct TimeWindow {
  uint64_t from = 0, to = 0;  // [from, to), ns since the epoch
  bool active() const { return to > from; }
  uint64_t length() const { return active() ? to - from : 0; }
  bool operator==(const TimeWindow&) const = default;
};

// The capture's extent: the first and last event timestamps.
struct TimeExtent {
  uint64_t first = 0, last = 0;
  uint64_t end() const { return last + 1; }  // exclusive end
};

// The filter clause of an active window ("" when inactive).
std::string window_filter(const TimeWindow& w);
// "+1.20s..+3.40s (2.20s)": offsets from the capture's first event.
std::string window_label(const TimeWindow& w, const TimeExtent& ext);
// Formats a duration in seconds with two decimals ("2.20s").
std::string format_seconds(uint64_t ns);

// Mark-in at `t`: the window starts there and ends where it ended (or at the
// capture's end, when that would leave it empty or it was inactive).
TimeWindow mark_in(const TimeWindow& w, uint64_t t, const TimeExtent& ext);
// Mark-out at `t` (exclusive): the window ends there and starts where it
// started (or at the capture's start, when that would leave it empty).
TimeWindow mark_out(const TimeWindow& w, uint64_t t, const TimeExtent& ext);
// Moves the window by `delta` ns (either sign), keeping its length, stopped
// at the capture's ends.
TimeWindow move_window(const TimeWindow& w, int64_t delta, const TimeExtent& ext);
// Changes the window's end by `delta` ns (its length never below 1 ns nor
// past the capture's end).
TimeWindow resize_window(const TimeWindow& w, int64_t delta, const TimeExtent& ext);
// Step mode: the next (dir > 0) or previous (dir < 0) interval of the same
// length, adjacent to this one; the last interval may be cut by the
// capture's end. Unchanged when there is no further interval.
TimeWindow step_window(const TimeWindow& w, int dir, const TimeExtent& ext);

struct Timeline {
  uint64_t t0 = 0, bucket_ns = 1;
  std::vector<uint32_t> counts, errors;
  uint32_t max = 0;  // the largest count
  std::string error; // filter error (one line), counts then all zero
  // The bucket holding time t (clamped to the strip).
  size_t bucket_of(uint64_t t) const;
  uint64_t bucket_start(size_t b) const { return t0 + b * bucket_ns; }
};

// Counts the events (and failed ones) matching `filter` per bucket. Null when
// cancelled.
std::shared_ptr<Timeline> compute_timeline(const StoreSnapshot& snap, const std::string& filter, uint32_t buckets,
                                           const CancelCheck& cancel);

}  // namespace trowel::views
