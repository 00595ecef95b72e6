// Points in a capture and durations as users write them on the command line:
//
//   2026-11-26T13:23:18.5[Z|+02:00]   absolute date and time (no zone: local
//                                     time, as `trowel print` shows evt.time)
//   13:23:18.5                        time of day on the capture's first day
//   1764163398500000000               nanoseconds since the epoch
//   1764163398.5                      seconds since the epoch
//   +2.5s  +300ms  +1500us  +2m       offset from the capture's first event
//   #1234                             event number (trowel's evt.num)
//
// Durations: a decimal number with a unit (ns, us, ms, s, m, h; bare = s).
// Rates: N/s, N/DURATION ("3/s", "10/500ms"): N events within that window.
//
// Every parser throws TimeSpecError with a one-line message that quotes the
// text and says what was expected.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace trowel::record {

class TimeSpecError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct TimePoint {
  enum class Kind : uint8_t { None, Epoch, Offset, TimeOfDay, EventNum };
  Kind kind = Kind::None;
  // Epoch: ns since the epoch; Offset: ns after the first event; TimeOfDay:
  // ns after local midnight; EventNum: the event number.
  uint64_t value = 0;
  std::string text;  // as written, for messages

  bool is_set() const { return kind != Kind::None; }
  bool is_event_num() const { return kind == Kind::EventNum; }
  bool is_time() const { return is_set() && kind != Kind::EventNum; }
  // Whether resolve() needs the capture's first timestamp.
  bool needs_start() const { return kind == Kind::Offset || kind == Kind::TimeOfDay; }
  // The time in ns since the epoch (is_time() only). A time of day is taken
  // on the local date of `first_ts`, or the next day if that lies more than
  // 12 hours before the first event (a capture running over midnight).
  uint64_t resolve(uint64_t first_ts) const;
};

TimePoint parse_time_point(std::string_view text);
uint64_t parse_duration_ns(std::string_view text);

struct Rate {
  uint64_t count = 0;      // events ...
  uint64_t window_ns = 0;  // ... within this long
};
Rate parse_rate(std::string_view text);

// A byte count: a number with an optional K, M or G (KiB, MiB, GiB) suffix.
uint64_t parse_bytes(std::string_view text);

// "2026-11-26T13:23:16.264430000Z" (UTC, nanoseconds).
std::string format_utc(uint64_t ns);
// "1.5 s", "300 ms", "2 s": a duration for messages.
std::string format_duration(uint64_t ns);

}  // namespace trowel::record
