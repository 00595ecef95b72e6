#include "record/time_spec.h"

#include <cinttypes>
#include <cstdio>
#include <ctime>

namespace trowel::record {

namespace {

constexpr uint64_t kSec = 1000000000ull;

[[noreturn]] void bad(std::string_view what, std::string_view text, const char* expected) {
  throw TimeSpecError(std::string(what) + " '" + std::string(text) + "': " + expected);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads digits at s[i...]; false if there are none or the value overflows.
bool read_uint(std::string_view s, size_t& i, uint64_t& out, size_t max_digits = 19) {
  size_t start = i;
  out = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (i - start >= max_digits) return false;
    out = out * 10 + static_cast<uint64_t>(s[i] - '0');
    ++i;
  }
  return i > start;
}

// Reads exactly n digits.
bool read_fixed(std::string_view s, size_t& i, size_t n, int& out) {
  if (i + n > s.size()) return false;
  out = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!is_digit(s[i + k])) return false;
    out = out * 10 + (s[i + k] - '0');
  }
  i += n;
  return true;
}

// ".ddddddddd" as nanoseconds (up to 9 digits); nothing is fine.
bool read_fraction_ns(std::string_view s, size_t& i, uint64_t& ns) {
  ns = 0;
  if (i >= s.size() || s[i] != '.') return true;
  ++i;
  size_t start = i;
  uint64_t scale = kSec;
  while (i < s.size() && is_digit(s[i])) {
    if (i - start >= 9) return false;
    scale /= 10;
    ns += static_cast<uint64_t>(s[i] - '0') * scale;
    ++i;
  }
  return i > start;
}

// A decimal number with an optional unit; `bare_unit` is the unit of a bare
// number. Exact (no floating point): whole and fractional parts separately.
bool parse_scaled(std::string_view s, uint64_t bare_unit, uint64_t& out) {
  size_t i = 0;
  uint64_t whole = 0;
  bool have_whole = read_uint(s, i, whole, 12);
  uint64_t frac_num = 0, frac_den = 1;
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t start = i;
    while (i < s.size() && is_digit(s[i])) {
      if (i - start >= 9) return false;
      frac_num = frac_num * 10 + static_cast<uint64_t>(s[i] - '0');
      frac_den *= 10;
      ++i;
    }
    if (i == start) return false;
  } else if (!have_whole) {
    return false;
  }
  std::string_view unit = s.substr(i);
  uint64_t mult;
  if (unit.empty()) mult = bare_unit;
  else if (unit == "ns") mult = 1;
  else if (unit == "us") mult = 1000;
  else if (unit == "ms") mult = 1000000;
  else if (unit == "s") mult = kSec;
  else if (unit == "m" || unit == "min") mult = 60 * kSec;
  else if (unit == "h") mult = 3600 * kSec;
  else return false;
  unsigned __int128 v = static_cast<unsigned __int128>(whole) * mult +
                        static_cast<unsigned __int128>(frac_num) * mult / frac_den;
  if (v > UINT64_MAX / 2) return false;
  out = static_cast<uint64_t>(v);
  return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

// HH:MM[:SS[.f]] at s[i...] -> ns after midnight.
bool read_clock(std::string_view s, size_t& i, uint64_t& ns) {
  int hh, mm, ss = 0;
  if (!read_fixed(s, i, 2, hh) || i >= s.size() || s[i] != ':') return false;
  ++i;
  if (!read_fixed(s, i, 2, mm)) return false;
  uint64_t frac = 0;
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!read_fixed(s, i, 2, ss) || !read_fraction_ns(s, i, frac)) return false;
  }
  if (hh > 23 || mm > 59 || ss > 60) return false;
  ns = (static_cast<uint64_t>(hh) * 3600 + static_cast<uint64_t>(mm) * 60 + static_cast<uint64_t>(ss)) * kSec + frac;
  return true;
}

bool parse_datetime(std::string_view s, uint64_t& out) {
  size_t i = 0;
  int y, mo, d;
  if (!read_fixed(s, i, 4, y) || i >= s.size() || s[i] != '-') return false;
  ++i;
  if (!read_fixed(s, i, 2, mo) || i >= s.size() || s[i] != '-') return false;
  ++i;
  if (!read_fixed(s, i, 2, d)) return false;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  uint64_t clock = 0;
  if (i < s.size()) {
    if (s[i] != 'T' && s[i] != ' ') return false;
    ++i;
    if (!read_clock(s, i, clock)) return false;
  }
  uint64_t secs_of_day = clock / kSec, frac = clock % kSec;
  int64_t secs;
  if (i == s.size()) {
    // No zone: local time, as evt.time and evt.datetime show it.
    struct tm tm {};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = static_cast<int>(secs_of_day / 3600);
    tm.tm_min = static_cast<int>(secs_of_day / 60 % 60);
    tm.tm_sec = static_cast<int>(secs_of_day % 60);
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    if (t == static_cast<time_t>(-1)) return false;
    secs = t;
  } else {
    int64_t offset = 0;
    if (s[i] == 'Z' || s[i] == 'z') {
      ++i;
    } else if (s[i] == '+' || s[i] == '-') {
      int sign = s[i] == '-' ? -1 : 1;
      ++i;
      int oh, om = 0;
      if (!read_fixed(s, i, 2, oh)) return false;
      if (i < s.size() && s[i] == ':') ++i;
      if (i < s.size() && !read_fixed(s, i, 2, om)) return false;
      if (oh > 23 || om > 59) return false;
      offset = sign * (oh * 3600 + om * 60);
    } else {
      return false;
    }
    if (i != s.size()) return false;
    secs = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
           static_cast<int64_t>(secs_of_day) - offset;
  }
  if (secs < 0) return false;
  out = static_cast<uint64_t>(secs) * kSec + frac;
  return true;
}

}  // namespace

uint64_t TimePoint::resolve(uint64_t first_ts) const {
  switch (kind) {
    case Kind::Epoch: return value;
    case Kind::Offset: return first_ts + value;
    case Kind::TimeOfDay: {
      time_t secs = static_cast<time_t>(first_ts / kSec);
      struct tm tm {};
      localtime_r(&secs, &tm);
      tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
      tm.tm_isdst = -1;
      time_t midnight = mktime(&tm);
      uint64_t t = static_cast<uint64_t>(midnight) * kSec + value;
      if (t + 12 * 3600 * kSec < first_ts) t += 24 * 3600 * kSec;
      return t;
    }
    default: return 0;
  }
}

TimePoint parse_time_point(std::string_view text) {
  TimePoint p;
  p.text = std::string(text);
  const char* expected =
      "expected a date and time (2026-11-26T13:23:18.5, optional Z or +HH:MM), a time of day "
      "(13:23:18.5), ns or s.fraction since the epoch, an offset from the start (+2.5s, +300ms) or "
      "an event number (#1234)";
  if (text.empty()) bad("invalid time", text, expected);
  if (text[0] == '#') {
    size_t i = 1;
    if (!read_uint(text, i, p.value) || i != text.size()) bad("invalid event number", text, "expected #N, N >= 1");
    if (p.value == 0) bad("invalid event number", text, "event numbers start at #1");
    p.kind = TimePoint::Kind::EventNum;
    return p;
  }
  if (text[0] == '+') {
    if (!parse_scaled(text.substr(1), kSec, p.value))
      bad("invalid offset", text, "expected +NUMBER[UNIT] with unit ns, us, ms, s, m or h (+2.5s, +300ms)");
    p.kind = TimePoint::Kind::Offset;
    return p;
  }
  bool digits_only = true, has_dot = false;
  for (char c : text) {
    if (c == '.') has_dot = true;
    else if (!is_digit(c)) digits_only = false;
  }
  if (digits_only && !has_dot) {
    size_t i = 0;
    if (!read_uint(text, i, p.value) || i != text.size()) bad("invalid time", text, "too many digits for ns since the epoch");
    p.kind = TimePoint::Kind::Epoch;
    return p;
  }
  if (digits_only) {  // seconds since the epoch with a fraction
    size_t i = 0;
    uint64_t secs = 0, frac = 0;
    if (!read_uint(text, i, secs, 11) || !read_fraction_ns(text, i, frac) || i != text.size())
      bad("invalid time", text, "expected SECONDS.FRACTION since the epoch (at most 9 decimals)");
    p.value = secs * kSec + frac;
    p.kind = TimePoint::Kind::Epoch;
    return p;
  }
  if (text.size() >= 5 && text[2] == ':') {
    size_t i = 0;
    if (!read_clock(text, i, p.value) || i != text.size()) bad("invalid time of day", text, "expected HH:MM[:SS[.fraction]]");
    p.kind = TimePoint::Kind::TimeOfDay;
    return p;
  }
  if (!parse_datetime(text, p.value)) bad("invalid time", text, expected);
  p.kind = TimePoint::Kind::Epoch;
  return p;
}

uint64_t parse_duration_ns(std::string_view text) {
  uint64_t v = 0;
  if (!parse_scaled(text, kSec, v))
    bad("invalid duration", text, "expected NUMBER[UNIT] with unit ns, us, ms, s, m or h (2s, 300ms)");
  return v;
}

Rate parse_rate(std::string_view text) {
  const char* expected = "expected N/s or N/DURATION (3/s, 10/500ms), N >= 1";
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) bad("invalid rate", text, expected);
  Rate r;
  size_t i = 0;
  std::string_view n = text.substr(0, slash);
  if (!read_uint(n, i, r.count, 9) || i != n.size() || r.count == 0) bad("invalid rate", text, expected);
  std::string_view w = text.substr(slash + 1);
  // "N/s" means N per 1 s: a unit alone stands for one of it.
  bool ok = false;
  if (!w.empty() && (is_digit(w[0]) || w[0] == '.')) ok = parse_scaled(w, kSec, r.window_ns);
  else if (!w.empty()) ok = parse_scaled(std::string("1").append(w), kSec, r.window_ns);
  if (!ok) bad("invalid rate", text, expected);
  if (r.window_ns == 0) bad("invalid rate", text, expected);
  return r;
}

uint64_t parse_bytes(std::string_view text) {
  const char* expected = "expected a byte count with an optional K, M or G suffix (256K, 64M)";
  size_t i = 0;
  uint64_t v = 0;
  if (!read_uint(text, i, v, 12)) bad("invalid size", text, expected);
  std::string_view unit = text.substr(i);
  uint64_t mult = 1;
  if (unit == "K" || unit == "k" || unit == "KiB") mult = 1ull << 10;
  else if (unit == "M" || unit == "m" || unit == "MiB") mult = 1ull << 20;
  else if (unit == "G" || unit == "g" || unit == "GiB") mult = 1ull << 30;
  else if (!unit.empty() && unit != "B") bad("invalid size", text, expected);
  if (v > (1ull << 50) / mult) bad("invalid size", text, "too large");
  return v * mult;
}

std::string format_utc(uint64_t ns) {
  time_t secs = static_cast<time_t>(ns / kSec);
  struct tm tm {};
  gmtime_r(&secs, &tm);
  char buf[64];
  size_t n = strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%09" PRIu64 "Z", ns % kSec);
  return buf;
}

std::string format_duration(uint64_t ns) {
  char buf[48];
  if (ns % kSec == 0) std::snprintf(buf, sizeof buf, "%" PRIu64 " s", ns / kSec);
  else if (ns >= kSec) std::snprintf(buf, sizeof buf, "%.3f s", static_cast<double>(ns) / 1e9);
  else if (ns % 1000000 == 0) std::snprintf(buf, sizeof buf, "%" PRIu64 " ms", ns / 1000000);
  else std::snprintf(buf, sizeof buf, "%.3f ms", static_cast<double>(ns) / 1e6);
  return buf;
}

}  // namespace trowel::record
